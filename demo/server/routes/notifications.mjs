// Notification protocol v1 (docs/protocols.md, "Notification protocol v1"), in memory, under /api/notifications.
//
// GET  /api/notifications?limit=20&before=<cursor>&filter=all|unread|action
//        -> 200 { items, nextCursor, unreadCount }   newest first (createdAt desc, then id); limit 1..100
//        (larger is clamped to 100); `before` is the opaque nextCursor of the previous page; unreadCount
//        counts every unread item of the active identity, whatever the filter. 400 on a bad parameter.
// POST /api/notifications/:id/read     -> 204 (404 unknown id)  streams `read {id, readAt}` + `unread-count`
// POST /api/notifications/:id/unread   -> 204                    streams `notification` (changed) + `unread-count`
// POST /api/notifications/read-all     { before: ISO } -> 204   only items created before `before`;
//                                                                streams `read {all, before, readAt}` + `unread-count`
// GET  /api/notifications/stream       text/event-stream. Every event has an id (a global counter). A client
//        sending `Last-Event-ID` (header, or `?lastEventId=` since EventSource cannot set headers on a new
//        connection) gets the events it missed replayed from a ring buffer of the last 1000. Heartbeat comments
//        every 15 s. Closed cleanly on shutdown (context.onClose).
// POST /api/notifications              push a notification: { title, sender: { name, id? }, body?, url?,
//        actionRequired?, dossier?: { id, label }, onBehalfOf?: { code, identifier? } } -> 201 Notification
//        (id and createdAt assigned); 400 { error: reason } on bad input. Streams it live to every open
//        stream of the identity it is for.
//
// Identities: items without `onBehalfOf` (or with code BUR) are the citizen's; company/association items
// carry `onBehalfOf`. The active identity is `context.activeIdentity` (an Authorization from docs/protocols.md
// "Identity and profile", set by the header/mandate routes; a function of the request is accepted too); absent or
// without `onBehalfOf` means the citizen. Identifiers compare by their digits (0123.456.789 = 0123456789).
// A browser signed out (`context.signedIn(req)` false) gets 401 on the reader's routes (pages, stream, read,
// unread, read-all); pushing a notification is the counter's own call and stays open.
//
// Test-only endpoints:
// POST /api/notifications/_faults  JSON, every key optional, merged into the current faults -> 204
//        read | unread | readAll | page | push : 500           the next such request answers that status
//                                   or { status: 500, count: 3 } the next `count` ones
//                                   or { status: 503, retryAfter: 1 } with a Retry-After header (seconds, or a date string)
//        malformedPage: n     the next n page GETs answer 200 with a body that is not JSON
//        malformedItems: n    the next n pages also carry 3 malformed items (no title, bad date, javascript: url)
//        dropStream: true     closes every open stream now (clients reconnect with Last-Event-ID)
//        streamStatus: 404    stream requests answer this status until reset (0 or null clears it)
//        delayMs: 300         every notifications request waits this long first (0 clears it)
//        unreachable: true    the reader's requests (pages, stream, read, unread, read-all) get their
//                             connection closed without an answer, as if the network were down, until false
// GET  /api/notifications/_faults  -> the current faults
// POST /api/notifications/_reset   -> 204: seed data and no faults again (event ids keep counting up)
// POST /api/notifications/_seed    { count } -> 201 { added }: adds `count` (at most 20000) generated citizen
//        items, for benchmarks and long-list tests.
import { readJson, sendJson, sendEmpty, sendError } from '../http.mjs';

const BASE = '/api/notifications';
const CODES = new Set(['BUR', 'EA', 'VER', 'GID', 'LB', 'OV']);
const RING = 1000;
const HEARTBEAT_MS = 15_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const company = { code: 'EA', identifier: '0123.456.789' };
const association = { code: 'VER', identifier: '0456.789.123' };

/** Seed items as [minutesAgo | {days, at:'HH:MM'}, fields]. */
function seed(start) {
  const today = new Date(start);
  const ago = (spec) => {
    if (typeof spec === 'number') return new Date(start - spec * MINUTE);
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - spec.days);
    const [h, m] = spec.at.split(':').map(Number);
    d.setHours(h, m);
    return d;
  };
  const s = (id, name) => ({ id, name });
  const studie = s('studietoelagen', 'Studietoelagen');
  const vaph = s('vaph', 'VAPH');
  const wonen = s('wonen-antwerpen', 'Wonen-Antwerpen');
  const vlabel = s('vlabel', 'VLABEL');
  const dc = s('dienstencheques', 'Dienstencheques');
  const rows = [
    [12, { title: 'De status van uw Studietoelage is gewijzigd', body: 'Uw aanvraag voor het schooljaar 2025-2026 is goedgekeurd. Bekijk het bedrag en de uitbetalingsdatum in uw dossier.', sender: studie, url: '/dossiers.html#studietoelage-2026', dossier: { id: 'studietoelage-2026', label: 'Studietoelage 2025-2026' } }],
    [95, { title: 'Betaling van uw dienstencheques ontvangen', body: 'Uw bestelling 4471 van 20 dienstencheques is betaald. De cheques staan binnen 2 werkdagen op uw rekening.', sender: dc, url: '/dossiers.html#dienstencheques-bestelling-4471', dossier: { id: 'dienstencheques-bestelling-4471', label: 'Bestelling 4471' } }],
    [240, { title: 'Actie vereist in uw dossier Renovatiepremie', body: 'Er ontbreekt een factuur voor de dakisolatie. Bezorg ze binnen 30 dagen, anders kunnen we uw aanvraag niet verder behandelen.', sender: wonen, actionRequired: true, url: '/dossiers.html#renovatiepremie-2026', dossier: { id: 'renovatiepremie-2026', label: 'Renovatiepremie 2026' } }],
    [{ days: 1, at: '17:34' }, { title: 'Uw studietoelage wordt behandeld', body: 'We hebben alle gegevens ontvangen en behandelen uw aanvraag.', sender: studie, readAt: true, url: '/dossiers.html#studietoelage-2026', dossier: { id: 'studietoelage-2026', label: 'Studietoelage 2025-2026' } }],
    [{ days: 1, at: '09:12' }, { title: 'Actie vereist voor betaling van uw verkeersbelasting', body: 'Betaal uw verkeersbelasting voor de personenwagen 1-ABC-123 vóór 21 juli.', sender: vlabel, actionRequired: true, url: 'https://www.vlaanderen.be/belastingen-en-begroting/vlaamse-belastingen/verkeersbelasting' }],
    [{ days: 2, at: '11:05' }, { title: 'Nieuw document in uw e-box: aanslagbiljet onroerende voorheffing', sender: s('vlabel', 'VLABEL'), url: '/inbox.html' }],
    [{ days: 3, at: '14:20' }, { title: 'Uw fiscaal attest dienstencheques 2025 staat klaar', body: 'Gebruik het attest voor uw belastingaangifte. U vindt het ook in de Beveiligde Zone.', sender: dc, readAt: true }],
    [{ days: 4, at: '08:45' }, { title: 'Kind en Gezin: herinnering vaccinatie', body: 'Uw kind kan binnenkort de volgende vaccinatie krijgen. Maak een afspraak bij het consultatiebureau.', sender: s('kind-en-gezin', 'Kind en Gezin') }],
    [{ days: 5, at: '16:02' }, { title: 'Uw Omnipas is verlengd', body: 'Uw abonnement loopt nu tot 31 augustus.', sender: s('de-lijn', 'De Lijn'), readAt: true, url: 'https://www.delijn.be' }],
    [{ days: 7, at: '10:30' }, { title: 'Uw aanvraag voor een studietoelage is ontvangen', sender: studie, readAt: true, dossier: { id: 'studietoelage-2026', label: 'Studietoelage 2025-2026' }, url: '/dossiers.html#studietoelage-2026' }],
    [{ days: 9, at: '13:15' }, { title: 'Uw renovatiepremie is gedeeltelijk toegekend omdat u niet aan alle voorwaarden voldoet', body: 'Voor de vervanging van het buitenschrijnwerk kennen we een premie toe; voor de zonnepanelen niet. U kunt binnen 30 dagen bezwaar indienen.', sender: wonen, url: '/dossiers.html#renovatiepremie-2026', dossier: { id: 'renovatiepremie-2026', label: 'Renovatiepremie 2026' } }],
    [{ days: 12, at: '09:00' }, { title: 'Stad Kortrijk: uw aanvraag voor een bewonerskaart is goedgekeurd', sender: s('stad-kortrijk', 'Stad Kortrijk'), readAt: true }],
    [{ days: 15, at: '15:40' }, { title: 'U ontving een betaling ihkv uw dossier Hulpmiddelen', body: 'We betaalden € 1.245,00 voor uw rolstoel.', sender: vaph, readAt: true }],
    [{ days: 18, at: '11:11' }, { title: 'Mypension - Aanvullend pensioen - Samenvatting van uw gegevens 2025.pdf', sender: s('sigedis', 'Sigedis vzw'), readAt: true, url: 'https://www.mypension.be' }],
    [{ days: 21, at: '08:30' }, { title: 'Bestelling dienstencheques 4471 geplaatst', body: 'Betaal binnen 14 dagen via overschrijving of online.', sender: dc, readAt: true, dossier: { id: 'dienstencheques-bestelling-4471', label: 'Bestelling 4471' }, url: '/dossiers.html#dienstencheques-bestelling-4471' }],
    [{ days: 25, at: '17:05' }, { title: 'Uw aanvraag renovatiepremie is volledig', sender: wonen, readAt: true, dossier: { id: 'renovatiepremie-2026', label: 'Renovatiepremie 2026' }, url: '/dossiers.html#renovatiepremie-2026' }],
    [{ days: 30, at: '10:00' }, { title: 'VAPH: uw persoonsvolgend budget is herzien', sender: vaph, readAt: true }],
    [{ days: 34, at: '14:44' }, { title: 'Stad Kortrijk: afvalkalender 2026 beschikbaar', sender: s('stad-kortrijk', 'Stad Kortrijk'), readAt: true, url: 'https://www.kortrijk.be' }],
    [{ days: 40, at: '09:30' }, { title: 'Kind en Gezin: uw Groeipakket wordt uitbetaald', sender: s('kind-en-gezin', 'Kind en Gezin'), readAt: true }],
    [{ days: 46, at: '12:00' }, { title: 'De Lijn: wijziging dienstregeling lijn 12', sender: s('de-lijn', 'De Lijn'), readAt: true }],
    [{ days: 52, at: '16:30' }, { title: 'Studietoelagen: vergeet uw aanvraag niet in te dienen', sender: studie, readAt: true }],
    [{ days: 60, at: '08:15' }, { title: 'Sigedis vzw: uw pensioenoverzicht is bijgewerkt', sender: s('sigedis', 'Sigedis vzw'), readAt: true }],
    [{ days: 75, at: '10:45' }, { title: 'Dienstencheques: uw erkenning als gebruiker is verlengd', sender: dc, readAt: true }],
    [{ days: 90, at: '13:00' }, { title: 'VLABEL: aanslagbiljet erfbelasting verstuurd', sender: vlabel, readAt: true }],
    [{ days: 120, at: '09:20' }, { title: 'Wonen-Antwerpen: infosessie renovatie in uw buurt', sender: wonen, readAt: true }],
    // Companies and associations (onBehalfOf).
    [35, { title: 'Actie vereist: valideer 12 prestaties dienstencheques', body: 'Bevestig de prestaties van week 47 binnen 5 dagen. Een prestatie annuleren vraagt een opmerking.', sender: dc, actionRequired: true, onBehalfOf: company }],
    [{ days: 1, at: '10:10' }, { title: 'Terugbetaling dienstencheques geblokkeerd', body: 'Selecteer de betrokken leveringen om de terugbetaling vrij te geven.', sender: dc, actionRequired: true, onBehalfOf: company }],
    [{ days: 6, at: '15:00' }, { title: 'Nieuwe toegangsaanvraag in het Vlaams gebruikersbeheer', body: 'Een medewerker vraagt toegang voor vestiging 980000611888.', sender: s('vlaamse-overheid', 'Vlaamse overheid'), onBehalfOf: company }],
    [{ days: 20, at: '11:30' }, { title: 'Uw KMO-portefeuille: subsidie uitbetaald', sender: s('vlaio', 'VLAIO'), readAt: true, onBehalfOf: company }],
    [{ days: 3, at: '19:00' }, { title: 'Uw subsidieaanvraag voor het jeugdkamp is ontvangen', sender: s('verenigingsloket', 'Verenigingsloket'), onBehalfOf: association }],
  ];
  return rows.map(([when, fields], i) => {
    const createdAt = ago(when);
    const { readAt, ...rest } = fields;
    return {
      id: `n-seed-${String(i + 1).padStart(3, '0')}`,
      ...rest,
      createdAt: createdAt.toISOString(),
      readAt: readAt ? new Date(createdAt.getTime() + 2 * 60 * MINUTE).toISOString() : null,
      ...(rest.actionRequired ? {} : { actionRequired: false }),
    };
  });
}

const digits = (s) => String(s ?? '').replace(/\D/g, '');
const isIso = (v) => typeof v === 'string' && v.length <= 64 && Number.isFinite(Date.parse(v));
const safeUrl = (v) => {
  try {
    return ['http:', 'https:'].includes(new URL(v, 'http://relative.invalid').protocol);
  } catch {
    return false;
  }
};

/** Which identity an item is for: the citizen (`BUR`) or `{ code, identifier }`. */
function audienceOf(item) {
  const o = item.onBehalfOf;
  return !o || o.code === 'BUR' ? { code: 'BUR' } : o;
}

function matches(item, identity) {
  const a = audienceOf(item);
  if (a.code !== identity.code) return false;
  if (a.code === 'BUR' || !a.identifier || !identity.identifier) return true;
  return digits(a.identifier) === digits(identity.identifier);
}

/** Validates a pushed notification; returns the item fields or a reason string. */
export function validatePush(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Body must be a JSON object';
  const { title, body: text, sender, url, actionRequired, dossier, onBehalfOf } = body;
  if (typeof title !== 'string' || !title.trim() || title.length > 300) return 'title must be a non-empty string of at most 300 characters';
  if (text !== undefined && (typeof text !== 'string' || text.length > 2000)) return 'body must be a string of at most 2000 characters';
  if (!sender || typeof sender !== 'object' || typeof sender.name !== 'string' || !sender.name.trim() || sender.name.length > 120) {
    return 'sender.name must be a non-empty string of at most 120 characters';
  }
  if (sender.id !== undefined && (typeof sender.id !== 'string' || !/^[\w.-]{1,80}$/.test(sender.id))) return 'sender.id must be 1 to 80 letters, digits, . - or _';
  if (url !== undefined && (typeof url !== 'string' || url.length > 2048 || !safeUrl(url))) return 'url must be an http(s) or relative URL';
  if (actionRequired !== undefined && typeof actionRequired !== 'boolean') return 'actionRequired must be a boolean';
  if (dossier !== undefined && (!dossier || typeof dossier.id !== 'string' || !dossier.id || typeof dossier.label !== 'string' || !dossier.label)) {
    return 'dossier must be { id, label } with non-empty strings';
  }
  if (onBehalfOf !== undefined && (!onBehalfOf || !CODES.has(onBehalfOf.code) || (onBehalfOf.identifier !== undefined && typeof onBehalfOf.identifier !== 'string'))) {
    return 'onBehalfOf must be { code: BUR|EA|VER|GID|LB|OV, identifier?: string }';
  }
  const senderName = sender.name.trim();
  return {
    title: title.trim(),
    ...(text?.trim() ? { body: text.trim() } : {}),
    sender: { id: sender.id ?? (senderName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'afzender'), name: senderName },
    actionRequired: actionRequired === true,
    ...(url ? { url } : {}),
    ...(dossier ? { dossier: { id: dossier.id, label: dossier.label } } : {}),
    ...(onBehalfOf && onBehalfOf.code !== 'BUR' ? { onBehalfOf: { code: onBehalfOf.code, ...(onBehalfOf.identifier ? { identifier: onBehalfOf.identifier } : {}) } } : {}),
  };
}

const order = (a, b) => b.createdAtMs - a.createdAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const encodeCursor = (item) => Buffer.from(`${item.createdAtMs}|${item.id}`).toString('base64url');
function decodeCursor(cursor) {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const at = text.indexOf('|');
  const ms = Number(text.slice(0, at));
  return at > 0 && Number.isFinite(ms) ? { createdAtMs: ms, id: text.slice(at + 1) } : undefined;
}
const publicItem = (item) => {
  const { createdAtMs, ...rest } = item;
  return createdAtMs === undefined ? item : rest;
};

export function register(router, context) {
  const started = Date.now();
  /** @type {Map<string, object>} */
  let items = new Map();
  /** Sorted newest first; rebuilt lazily. */
  let sorted = null;
  let faults = {};
  let seq = 0;
  let eventId = 0;
  /** @type {{ id: number, type: string, data: unknown, audience: object | null }[]} */
  let ring = [];
  /** @type {Set<{ res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage, timer: NodeJS.Timeout }>} */
  const clients = new Set();

  const add = (item) => {
    items.set(item.id, { ...item, createdAtMs: Date.parse(item.createdAt) });
    sorted = null;
  };
  const reset = () => {
    items = new Map();
    sorted = null;
    faults = {};
    for (const item of seed(started)) add(item);
  };
  reset();

  const identityOf = (req) => {
    const active = typeof context.activeIdentity === 'function' ? context.activeIdentity(req) : context.activeIdentity;
    const o = active?.onBehalfOf;
    return o && CODES.has(o.code) && o.code !== 'BUR' ? { code: o.code, identifier: o.identifier } : { code: 'BUR' };
  };
  const visible = (identity) => {
    sorted ??= [...items.values()].sort(order);
    return sorted.filter((item) => matches(item, identity));
  };
  const unreadCount = (identity) => visible(identity).filter((i) => i.readAt === null).length;

  const record = (ev) => {
    ring.push(ev);
    if (ring.length > RING) ring = ring.slice(-RING);
    return ev;
  };
  const write = (client, ev) => {
    if (!client.res.writableEnded) client.res.write(`id: ${ev.id}\nevent: ${ev.type}\ndata: ${JSON.stringify(ev.data)}\n\n`);
  };
  /** Records an event (for replay) and sends it to every stream of the identity `item` is for. */
  const emit = (type, data, item) => {
    const ev = record({ id: ++eventId, type, data, audience: audienceOf(item) });
    for (const client of clients) if (matches(item, identityOf(client.req))) write(client, ev);
  };
  const emitCount = () => {
    const ev = record({ id: ++eventId, type: 'unread-count', data: null, audience: null });
    for (const client of clients) write(client, { ...ev, data: { unreadCount: unreadCount(identityOf(client.req)) } });
  };

  /** Applies a fault for `kind` if one is armed; returns true when the response was sent. */
  const fault = (kind, res) => {
    const f = faults[kind];
    if (!f) return false;
    const { status, count = 1, retryAfter } = typeof f === 'number' ? { status: f } : f;
    faults[kind] = count <= 1 ? undefined : { status, count: count - 1, retryAfter };
    sendJson(res, status, { error: `Injected fault (${kind})` }, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
    return true;
  };
  const delay = () => (faults.delayMs > 0 ? new Promise((r) => setTimeout(r, faults.delayMs)) : undefined);

  /** The reader's routes answer 401 to a browser that signed out (and nothing at all while `unreachable`). */
  const personal = (handler) => (req, res, ...rest) => {
    if (faults.unreachable) return req.socket.destroy();
    return context.signedIn?.(req) === false ? sendError(res, 401, 'Not signed in') : handler(req, res, ...rest);
  };

  router.get(BASE, personal(async (req, res, _params, url) => {
    await delay();
    if (fault('page', res)) return;
    if (faults.malformedPage > 0) {
      faults.malformedPage -= 1;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end('{"items": [{"id": "broken", "title": ');
      return;
    }
    const q = url.searchParams;
    const limitText = q.get('limit') ?? '20';
    const limit = Number(limitText);
    if (!/^\d+$/.test(limitText) || limit < 1) return sendError(res, 400, 'limit must be a positive integer');
    const filter = q.get('filter') ?? 'all';
    if (!['all', 'unread', 'action'].includes(filter)) return sendError(res, 400, 'filter must be all, unread or action');
    const identity = identityOf(req);
    let list = visible(identity);
    if (filter === 'unread') list = list.filter((i) => i.readAt === null);
    if (filter === 'action') list = list.filter((i) => i.actionRequired);
    const before = q.get('before');
    if (before) {
      const c = decodeCursor(before);
      if (!c) return sendError(res, 400, 'before is not a valid cursor');
      list = list.filter((i) => i.createdAtMs < c.createdAtMs || (i.createdAtMs === c.createdAtMs && i.id > c.id));
    }
    const page = list.slice(0, Math.min(limit, 100));
    const nextCursor = list.length > page.length ? encodeCursor(page[page.length - 1]) : null;
    const out = page.map(publicItem);
    if (faults.malformedItems > 0) {
      faults.malformedItems -= 1;
      const now = new Date().toISOString();
      out.push({ id: 'bad-1', sender: { id: 'x', name: 'X' }, createdAt: now, readAt: null });
      out.push({ id: 'bad-2', title: 'Geen datum', sender: { id: 'x', name: 'X' }, createdAt: 'gisteren', readAt: null });
      out.push({ id: 'bad-3', title: 'Klik hier', sender: { id: 'x', name: 'X' }, createdAt: 'nope', url: 'javascript:alert(1)', readAt: null });
    }
    sendJson(res, 200, { items: out, nextCursor, unreadCount: unreadCount(identity) });
  }));

  router.post(BASE, async (req, res) => {
    await delay();
    if (fault('push', res)) return;
    const fields = validatePush(await readJson(req));
    if (typeof fields === 'string') return sendError(res, 400, fields);
    const item = { id: `n-${Date.now().toString(36)}-${++seq}`, ...fields, createdAt: new Date().toISOString(), readAt: null };
    add(item);
    emit('notification', item, item);
    emitCount();
    sendJson(res, 201, item);
  });

  const findFor = (req, res, id) => {
    const item = items.get(id);
    if (!item || !matches(item, identityOf(req))) {
      sendError(res, 404, 'Unknown notification');
      return undefined;
    }
    return item;
  };

  router.post(`${BASE}/read-all`, personal(async (req, res) => {
    await delay();
    if (fault('readAll', res)) return;
    const body = await readJson(req);
    if (!isIso(body?.before)) return sendError(res, 400, 'before must be an ISO-8601 date');
    const t = Date.parse(body.before);
    const readAt = new Date().toISOString();
    const identity = identityOf(req);
    let changed = 0;
    for (const item of visible(identity)) {
      if (item.createdAtMs < t && item.readAt === null) {
        item.readAt = readAt;
        changed += 1;
      }
    }
    if (changed) {
      // Scoped to the identity: other identities' streams do not get it.
      emit('read', { all: true, before: body.before, readAt }, { onBehalfOf: identity });
      emitCount();
    }
    sendEmpty(res);
  }));

  router.post(`${BASE}/:id/read`, personal(async (req, res, { id }) => {
    await delay();
    if (fault('read', res)) return;
    const item = findFor(req, res, id);
    if (!item) return;
    if (item.readAt === null) {
      item.readAt = new Date().toISOString();
      emit('read', { id, readAt: item.readAt }, item);
      emitCount();
    }
    sendEmpty(res);
  }));

  router.post(`${BASE}/:id/unread`, personal(async (req, res, { id }) => {
    await delay();
    if (fault('unread', res)) return;
    const item = findFor(req, res, id);
    if (!item) return;
    if (item.readAt !== null) {
      item.readAt = null;
      emit('notification', publicItem(item), item);
      emitCount();
    }
    sendEmpty(res);
  }));

  router.get(`${BASE}/stream`, personal(async (req, res, _params, url) => {
    await delay();
    if (faults.streamStatus) return sendError(res, faults.streamStatus, 'Injected fault (stream)');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n: verbonden\n\n');
    const client = { req, res, timer: setInterval(() => res.write(': hartslag\n\n'), HEARTBEAT_MS) };
    clients.add(client);
    const last = Number(req.headers['last-event-id'] ?? url.searchParams.get('lastEventId') ?? NaN);
    if (Number.isFinite(last)) {
      const identity = identityOf(req);
      let countDue = false;
      for (const ev of ring) {
        if (ev.id <= last) continue;
        if (ev.type === 'unread-count') countDue = true;
        else if (matches({ onBehalfOf: ev.audience }, identity)) write(client, ev);
      }
      if (countDue) write(client, { id: eventId, type: 'unread-count', data: { unreadCount: unreadCount(identity) } });
    }
    const done = () => {
      clearInterval(client.timer);
      clients.delete(client);
    };
    req.on('close', done);
    res.on('close', done);
  }));

  router.post(`${BASE}/_faults`, async (req, res) => {
    const body = (await readJson(req)) ?? {};
    if (typeof body !== 'object' || Array.isArray(body)) return sendError(res, 400, 'Body must be a JSON object');
    const { dropStream, ...rest } = body;
    faults = Object.fromEntries(Object.entries({ ...faults, ...rest }).filter(([, v]) => v !== undefined && v !== null && v !== 0));
    if (dropStream) for (const client of [...clients]) client.res.destroy();
    sendEmpty(res);
  });
  router.get(`${BASE}/_faults`, (_req, res) => sendJson(res, 200, Object.fromEntries(Object.entries(faults).filter(([, v]) => v))));

  router.post(`${BASE}/_reset`, (_req, res) => {
    reset();
    ring = [];
    sendEmpty(res);
  });

  router.post(`${BASE}/_seed`, async (req, res) => {
    const count = Math.min(20000, Math.max(0, Math.floor(Number((await readJson(req))?.count ?? 0))));
    const senders = [['studietoelagen', 'Studietoelagen'], ['vaph', 'VAPH'], ['dienstencheques', 'Dienstencheques'], ['de-lijn', 'De Lijn'], ['stad-kortrijk', 'Stad Kortrijk']];
    const now = Date.now();
    for (let i = 0; i < count; i += 1) {
      const [id, name] = senders[i % senders.length];
      const createdAt = new Date(now - (i + 1) * 7 * MINUTE - DAY).toISOString();
      add({ id: `n-bulk-${++seq}`, title: `${name}: bericht ${i + 1} over uw dossier`, sender: { id, name }, createdAt, readAt: i % 4 === 0 ? null : createdAt, actionRequired: i % 50 === 0 });
    }
    sendJson(res, 201, { added: count });
  });

  context.onClose.push(() => {
    for (const client of [...clients]) {
      clearInterval(client.timer);
      client.res.end();
    }
    clients.clear();
  });
}
