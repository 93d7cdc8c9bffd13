// The feedback protocol (docs/protocols.md, "Feedback") and the counter's summary.
//
// POST /api/feedback          { id?, rating, comment?, page, lang, context?, website? } -> 201 { ok: true }
//   id       optional idempotency key from the browser ([A-Za-z0-9_-], at most 64): a repeat is answered 201
//            again and not stored twice.
//   website  the form's honeypot: when filled (any value but a blank string or null) the answer is 201 as usual
//            but nothing is stored.
//   400 { error } for bad input, 429 + Retry-After when one client sends more than 5 new ones per minute
//   (repeats of a stored id and honeypot hits are not counted).
// GET  /api/feedback/summary  -> { count, average, distribution: {1..5}, perContext: { [context]: { count, average } },
//                                  latest: [{ rating, comment, context, createdAt, lang }] }  (the 10 newest comments)
// POST /api/feedback/_faults  { fail?: n, status?: 500, delayMs?: 0 } -> 204: the next n posts fail (tests only).
//
// Records are appended to `${dataDir}/feedback.jsonl`, so they survive a restart. The summary also counts
// a few earlier reactions (SEED), kept in memory only, so a fresh demo does not open on an empty page.
import { mkdir, readFile, appendFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { readJson, sendJson, sendEmpty, sendError } from '../http.mjs';

const MAX_COMMENT = 2000;
const LANGS = new Set(['nl', 'fr', 'en', 'de']);
const WINDOW_MS = 60_000;

/** Returns the cleaned record or a string that says what is wrong. */
export function validateFeedback(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'Body must be a JSON object';
  const { id, rating, comment = '', page, lang, context } = body;
  if (id !== undefined && (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id))) return 'id must be 1 to 64 letters, digits, - or _';
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return 'rating must be an integer from 1 to 5';
  if (typeof comment !== 'string') return 'comment must be a string';
  const text = comment.trim();
  if (text.length > MAX_COMMENT) return `comment must be at most ${MAX_COMMENT} characters`;
  if (typeof page !== 'string' || page.length === 0 || page.length > 2048) return 'page must be a URL of at most 2048 characters';
  let url;
  try {
    url = new URL(page, 'http://relative.invalid');
  } catch {
    return 'page must be a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'page must be an http(s) or relative URL';
  if (typeof lang !== 'string' || !LANGS.has(lang)) return 'lang must be one of nl, fr, en, de';
  if (context !== undefined && context !== '' && (typeof context !== 'string' || !/^[a-z0-9-]{1,100}$/.test(context))) {
    return 'context must be at most 100 lowercase letters, digits or hyphens';
  }
  // Query and fragment may hold personal data: never stored, even when a client sends them.
  const cleanPage = url.host === 'relative.invalid' ? url.pathname : `${url.origin}${url.pathname}`;
  return { id, rating, comment: text, page: cleanPage, lang, context: context || undefined };
}

/**
 * Whether the honeypot was filled in. Only an absent, null or blank value is empty: a bot that posts a
 * number, a list or an object there is a bot too, and its feedback must not be stored as a person's.
 */
export function honeypotFilled(value) {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

/** Earlier reactions to the counter's services: [hours ago, rating, context, lang, comment]. */
const SEED = [
  [3, 5, 'dienstencheques', 'nl', 'Bestelling was in twee minuten rond. Fijn dat ik meteen zie wanneer de betaling binnen is.'],
  [7, 4, 'dienstencheques', 'nl', 'Duidelijk, maar ik zocht even waar ik mijn fiscaal attest kon downloaden.'],
  [20, 2, 'dienstencheques', 'nl', 'Na het aanmelden met itsme moest ik opnieuw kiezen voor mijn bedrijf. Dat is omslachtig.'],
  [26, 5, 'studietoelagen', 'nl', 'Ik kon precies volgen waar mijn aanvraag zat.'],
  [30, 3, 'renovatiepremie', 'nl', 'Welke facturen er nog ontbreken, mocht concreter.'],
  [49, 4, 'dienstencheques', 'fr', 'Simple et rapide. La traduction de certains écrans manque encore.'],
  [52, 5, 'dienstencheques', 'nl', ''],
  [75, 1, 'renovatiepremie', 'nl', 'Mijn dossier staat al weken op "In behandeling" zonder uitleg.'],
  [98, 4, 'studietoelagen', 'nl', ''],
  [120, 5, 'dienstencheques', 'nl', 'Eindelijk zie ik al mijn meldingen op één plek.'],
  [150, 3, '', 'en', 'Works, but the notification emails link to a page that asks me to log in twice.'],
  [170, 4, 'dienstencheques', 'nl', ''],
];

/** The seed as records, oldest first, as they would have been appended. */
function seedRecords(now) {
  return [...SEED].reverse().map(([hours, rating, context, lang, comment], i) => ({
    id: `seed-${SEED.length - i}`,
    rating,
    comment,
    page: '/',
    lang,
    context: context || undefined,
    createdAt: new Date(now - hours * 3_600_000).toISOString(),
  }));
}

export function summarize(records) {
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const contexts = {};
  let total = 0;
  for (const r of records) {
    distribution[r.rating] += 1;
    total += r.rating;
    const key = r.context ?? '';
    const c = (contexts[key] ??= { count: 0, sum: 0 });
    c.count += 1;
    c.sum += r.rating;
  }
  const round = (value) => Math.round(value * 100) / 100;
  const perContext = Object.fromEntries(
    Object.entries(contexts).map(([key, c]) => [key, { count: c.count, average: round(c.sum / c.count) }]),
  );
  const latest = records
    .filter((r) => r.comment)
    .slice(-10)
    .reverse()
    .map(({ rating, comment, context, createdAt, lang }) => ({ rating, comment, context: context ?? null, createdAt, lang }));
  return { count: records.length, average: records.length ? round(total / records.length) : null, distribution, perContext, latest };
}

export async function register(router, context) {
  const dir = context.dataDir;
  const file = join(dir, 'feedback.jsonl');
  const limit = 5;
  /** @type {Array<Record<string, unknown>>} */
  const records = seedRecords(Date.now());
  const ids = new Set();
  const hits = new Map();
  const faults = { fail: 0, status: 500, delayMs: 0 };
  let writing = Promise.resolve();

  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line);
      if (typeof validateFeedback(record) === 'string') continue;
      records.push(record);
      if (record.id) ids.add(record.id);
    } catch {
      // A torn last line after a crash: skip it.
    }
  }

  router.post('/api/feedback', async (req, res) => {
    if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
    if (faults.fail > 0) {
      faults.fail -= 1;
      return sendError(res, faults.status, 'Injected fault');
    }
    const body = await readJson(req, 16384);
    // Honeypot filled: answer like a success, keep nothing, before any check a bot could learn from.
    if (honeypotFilled(body?.website)) return sendJson(res, 201, { ok: true });
    const result = validateFeedback(body);
    if (typeof result === 'string') return sendError(res, 400, result);
    // A repeat of feedback already stored (the browser missed the answer) succeeded: it is never "too much feedback".
    if (result.id && ids.has(result.id)) return sendJson(res, 201, { ok: true });

    const client = req.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    const recent = (hits.get(client) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length >= limit) {
      hits.set(client, recent);
      const retryAfter = Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000));
      return sendJson(res, 429, { error: 'Too many requests' }, { 'retry-after': String(retryAfter) });
    }
    recent.push(now);
    hits.set(client, recent);

    const record = { ...result, id: result.id ?? randomUUID(), createdAt: new Date().toISOString() };
    ids.add(record.id);
    records.push(record);
    writing = writing.then(async () => {
      await mkdir(dir, { recursive: true });
      await appendFile(file, `${JSON.stringify(record)}\n`);
    });
    try {
      await writing;
    } catch (error) {
      records.splice(records.indexOf(record), 1);
      ids.delete(record.id);
      writing = Promise.resolve();
      throw error;
    }
    sendJson(res, 201, { ok: true });
  });

  router.get('/api/feedback/summary', (_req, res, _params, url) => {
    const only = url.searchParams.get('context');
    sendJson(res, 200, summarize(only ? records.filter((r) => r.context === only) : records));
  });

  router.post('/api/feedback/_faults', async (req, res) => {
    const body = (await readJson(req)) ?? {};
    faults.fail = Number.isInteger(body.fail) ? body.fail : 0;
    faults.status = Number.isInteger(body.status) ? body.status : 500;
    faults.delayMs = Number.isInteger(body.delayMs) ? body.delayMs : 0;
    sendEmpty(res, 204);
  });
}
