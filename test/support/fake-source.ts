/**
 * An in-memory `NotificationSource` for component tests, stories and benchmarks. It implements the
 * contract of src/data/types.ts only (no HTTP): items are given up front, pages are revealed
 * `pageSize` at a time, and every state (loading, error, offline, refused action) can be forced.
 * Listeners are called synchronously, so `await el.updateComplete` is enough after a change.
 */
import type {
  ConnectionState,
  LoketNotification,
  NotificationFilter,
  NotificationSnapshot,
  NotificationSource,
  PageState,
  SnapshotListener,
  StoreError,
} from '../../src/data/types.js';

export type FakeLoad = 'instant' | 'pending' | 'error';

export interface FakeOptions {
  items?: Array<Partial<LoketNotification> & { id: string }>;
  /** How many items each page reveals (default: all at once). */
  pageSize?: number;
  /** 'instant': load() succeeds; 'pending': stays loading until `resolveLoad()`; 'error': fails. */
  load?: FakeLoad;
  /** The error a failing load reports (default `{ kind: 'network' }`). */
  loadError?: StoreError;
  connection?: ConnectionState;
  /** Overrides the unread count (default: counted from the items). */
  unreadCount?: number;
  /** Actions that the "server" refuses: the optimistic change is rolled back and lastActionError set. */
  refuse?: Array<'read' | 'unread' | 'read-all'>;
  pending?: number;
  endpoint?: string;
}

const SENDERS = [
  { id: 'studietoelagen', name: 'Studietoelagen' },
  { id: 'vaph', name: 'VAPH' },
  { id: 'sigedis', name: 'Sigedis vzw' },
  { id: 'wonen-antwerpen', name: 'Wonen-Antwerpen' },
  { id: 'vlabel', name: 'VLABEL' },
  { id: 'stad-kortrijk', name: 'Stad Kortrijk' },
];
const TITLES = [
  'De status van uw Studietoelage is gewijzigd',
  'U ontving een betaling ihkv uw dossier Hulpmiddelen',
  'Mypension - Aanvullend pensioen - Samenvatting van uw gegevens 2016.pdf',
  'Actie vereist in uw dossier Renovatiepremie',
  'Actie vereist voor betaling van uw verkeersbelasting',
  'Uw aanvraag voor een bewonerskaart is goedgekeurd',
];

/** A base time in the past, whole minutes, so relative times are stable within a test run. */
export const NOW = Math.floor(Date.now() / 60000) * 60000;

/** A valid item; `n` picks sender and title round-robin; newer for smaller n. */
export function makeNotification(n: number, extra: Partial<LoketNotification> = {}): LoketNotification {
  const s = n % SENDERS.length;
  const createdAtMs = extra.createdAt ? Date.parse(extra.createdAt) : NOW - (n + 1) * 37 * 60000;
  return {
    id: `n${n}`,
    title: `${TITLES[s]} (${n + 1})`,
    sender: SENDERS[s],
    createdAt: new Date(createdAtMs).toISOString(),
    createdAtMs,
    readAt: null,
    actionRequired: s === 3 || s === 4,
    url: `/dossiers.html#n${n}`,
    ...extra,
  };
}

/** `count` items, `unread` of them (the newest) unread. */
export function makeNotifications(count: number, unread = count): LoketNotification[] {
  const out: LoketNotification[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const item = makeNotification(i);
    out[i] = i < unread ? item : { ...item, readAt: new Date(item.createdAtMs + 60000).toISOString() };
  }
  return out;
}

/** The seed from the Mijn Burgerprofiel screenshot (DOMAIN.md), grouped by sender. */
export function burgerprofielSeed(): LoketNotification[] {
  const day = 86400000;
  const row = (id: string, title: string, sender: [string, string], ago: number, extra: Partial<LoketNotification> = {}) =>
    makeNotification(0, {
      id,
      title,
      sender: { id: sender[0], name: sender[1] },
      createdAt: new Date(NOW - ago).toISOString(),
      createdAtMs: NOW - ago,
      actionRequired: false,
      url: `/dossiers.html#${id}`,
      ...extra,
    });
  const read = (ago: number) => new Date(NOW - ago + 3600000).toISOString();
  return [
    row('s1', 'De status van uw Studietoelage is gewijzigd', ['studietoelagen', 'Studietoelagen'], 60000 * 20),
    row('s2', 'Uw studietoelage wordt behandeld', ['studietoelagen', 'Studietoelagen'], 2 * day, { readAt: read(2 * day) }),
    row('s3', 'Uw aanvraag voor een studietoelage is ontvangen', ['studietoelagen', 'Studietoelagen'], 9 * day, { readAt: read(9 * day) }),
    row('v1', 'U ontving een betaling ihkv uw dossier Hulpmiddelen', ['vaph', 'VAPH'], 3 * day),
    row('p1', 'Mypension - Aanvullend pensioen - Samenvatting van uw gegevens 2016.pdf', ['sigedis', 'Sigedis vzw'], 5 * day, { readAt: read(5 * day) }),
    row('w1', 'Actie vereist in uw dossier Renovatiepremie', ['wonen-antwerpen', 'Wonen-Antwerpen'], 7 * day, { actionRequired: true }),
    row('w2', 'Uw renovatiepremie is gedeeltelijk toegekend omdat u niet aan alle voorwaarden voldoet', ['wonen-antwerpen', 'Wonen-Antwerpen'], 8 * day, { readAt: read(8 * day) }),
    row('b1', 'Actie vereist voor betaling van uw verkeersbelasting: 21 juli', ['vlabel', 'VLABEL'], 10 * day, { actionRequired: true }),
    row('k1', 'Uw aanvraag voor een bewonerskaart is goedgekeurd', ['stad-kortrijk', 'Stad Kortrijk'], 12 * day, { readAt: read(12 * day) }),
  ];
}

/** A notification with a long sender name, a long file name in its title and a body, before three of the seed: for wrapping. */
export function longTextSeed(): LoketNotification[] {
  return [
    makeNotification(0, {
      id: 'long',
      title: 'Uw aanslagbiljet staat klaar: aanslagbiljet-onroerende-voorheffing-2026-perceel-0123456789.pdf',
      body: 'Zonder attest kunnen we uw aanvraag voor een studietoelage niet verder behandelen.',
      sender: { id: 'wonen', name: 'Agentschap Wonen-Vlaanderen – afdeling Woningkwaliteit en Renovatiepremies' },
      createdAt: new Date(NOW).toISOString(),
      actionRequired: true,
    }),
    ...burgerprofielSeed().slice(0, 3),
  ];
}

const order = (a: LoketNotification, b: LoketNotification): number =>
  b.createdAtMs - a.createdAtMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every filter's page state before its first load. */
const idlePages = (): Record<NotificationFilter, PageState> => {
  const idle = (): PageState => ({ status: 'idle', nextCursor: null, complete: false });
  return { all: idle(), unread: idle(), action: idle() };
};

export class FakeSource implements NotificationSource {
  readonly endpoint: string;
  token: string | undefined;
  /** Every call, for assertions: "load:all", "markRead:n3", … */
  readonly calls: string[] = [];
  loadMode: FakeLoad;
  loadError: StoreError;
  refuse: Set<string>;
  pageSize: number;

  #all: LoketNotification[];
  #shown: number;
  #pages: Record<NotificationFilter, PageState>;
  #connection: ConnectionState;
  #unreadOverride: number | undefined;
  #pending: number;
  #actionError: NotificationSnapshot['lastActionError'];
  #listeners = new Set<SnapshotListener>();
  #snap: NotificationSnapshot | undefined;
  #version = 0;
  #generation = 0;
  #waiting: Array<() => void> = [];

  constructor(options: FakeOptions = {}) {
    this.endpoint = options.endpoint ?? '/fake/notifications';
    this.#all = (options.items ?? []).map((i) => normalize(i)).sort(order);
    this.pageSize = options.pageSize ?? Number.POSITIVE_INFINITY;
    this.loadMode = options.load ?? 'instant';
    this.loadError = options.loadError ?? { kind: 'network' };
    this.refuse = new Set(options.refuse ?? []);
    this.#connection = options.connection ?? 'live';
    this.#unreadOverride = options.unreadCount;
    this.#pending = options.pending ?? 0;
    this.#shown = 0;
    this.#pages = idlePages();
  }

  get snapshot(): NotificationSnapshot {
    if (!this.#snap) {
      const items = Object.freeze(this.#all.slice(0, this.#shown));
      const unread = this.#unreadOverride ?? this.#all.reduce((n, i) => n + (i.readAt === null ? 1 : 0), 0);
      this.#snap = Object.freeze({
        items,
        unreadCount: unread,
        pages: Object.freeze({ ...this.#pages }),
        connection: this.#connection,
        pending: this.#pending,
        lastActionError: this.#actionError,
        version: ++this.#version,
        generation: this.#generation,
      });
    }
    return this.#snap;
  }

  #changed(): void {
    this.#snap = undefined;
    const snap = this.snapshot;
    for (const l of [...this.#listeners]) l(snap);
  }

  subscribe(listener: SnapshotListener): () => void {
    this.calls.push('subscribe');
    this.#listeners.add(listener);
    listener(this.snapshot);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #setPage(filter: NotificationFilter, page: Partial<PageState>): void {
    this.#pages[filter] = { ...this.#pages[filter], ...page };
  }

  async #page(filter: NotificationFilter, more: boolean): Promise<void> {
    const p = this.#pages[filter];
    if (p.status === 'loading') return;
    if (more ? p.complete || p.status !== 'ready' : p.status === 'ready') return;
    this.#setPage(filter, { status: 'loading', error: undefined });
    this.#changed();
    if (this.loadMode === 'pending') await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else await Promise.resolve();
    if (this.loadMode === 'error') {
      this.#setPage(filter, { status: 'error', error: this.loadError });
    } else {
      this.#shown = Math.min(this.#all.length, Math.max(this.#shown, (more ? this.#shown : 0) + this.pageSize));
      const complete = this.#shown >= this.#all.length;
      this.#setPage(filter, { status: 'ready', complete, nextCursor: complete ? null : `c${this.#shown}` });
      // Filters share the fake's single cursor: a page for one filter serves the others too.
      for (const f of ['all', 'unread', 'action'] as const) {
        if (f !== filter && this.#pages[f].status === 'ready') this.#setPage(f, { complete, nextCursor: complete ? null : `c${this.#shown}` });
      }
    }
    this.#changed();
  }

  /** Records whom the page acts for (the real store keeps queued actions to that identity). */
  identify(identity: string): void {
    this.calls.push(`identify:${identity}`);
  }

  /** Starts over with `items` (another identity's notifications). */
  reset(identity?: string, items: (Partial<LoketNotification> & { id: string })[] = []): void {
    this.calls.push(`reset:${identity ?? ''}`);
    this.#generation += 1;
    this.#all = items.map((i) => normalize(i)).sort(order);
    this.#shown = 0;
    this.#pages = idlePages();
    this.#changed();
  }

  load(filter: NotificationFilter = 'all'): Promise<void> {
    this.calls.push(`load:${filter}`);
    return this.#page(filter, false);
  }

  loadMore(filter: NotificationFilter = 'all'): Promise<void> {
    this.calls.push(`loadMore:${filter}`);
    return this.#page(filter, true);
  }

  /** Finishes loads started in 'pending' mode (after switching `loadMode`, or as they are). */
  resolveLoad(mode: FakeLoad = 'instant'): void {
    this.loadMode = mode;
    const waiting = this.#waiting.splice(0);
    for (const resolve of waiting) resolve();
  }

  async #act(action: 'read' | 'unread' | 'read-all', id: string | undefined, apply: () => void, undo: () => void): Promise<void> {
    apply();
    this.#changed();
    await Promise.resolve();
    if (this.refuse.has(action)) {
      undo();
      this.#actionError = { action, id, error: { kind: 'server', status: 500 } };
      this.#changed();
    }
  }

  #replace(id: string, readAt: string | null): LoketNotification | undefined {
    const i = this.#all.findIndex((x) => x.id === id);
    if (i < 0) return undefined;
    const prev = this.#all[i];
    this.#all[i] = { ...prev, readAt };
    return prev;
  }

  markRead(id: string): Promise<void> {
    this.calls.push(`markRead:${id}`);
    let prev: LoketNotification | undefined;
    return this.#act(
      'read',
      id,
      () => (prev = this.#replace(id, this.#all.find((x) => x.id === id)?.readAt ?? new Date().toISOString())),
      () => prev && this.#replace(id, prev.readAt),
    );
  }

  markUnread(id: string): Promise<void> {
    this.calls.push(`markUnread:${id}`);
    let prev: LoketNotification | undefined;
    return this.#act(
      'unread',
      id,
      () => (prev = this.#replace(id, null)),
      () => prev && this.#replace(id, prev.readAt),
    );
  }

  markAllRead(): Promise<void> {
    this.calls.push('markAllRead');
    const before = this.#all;
    const at = new Date().toISOString();
    return this.#act(
      'read-all',
      undefined,
      () => {
        this.#all = this.#all.map((i) => (i.readAt === null && i.createdAtMs < Date.parse(at) ? { ...i, readAt: at } : i));
        this.#unreadOverride = undefined;
      },
      () => (this.#all = before),
    );
  }

  async retry(): Promise<void> {
    this.calls.push('retry');
    for (const f of ['all', 'unread', 'action'] as const) {
      if (this.#pages[f].status === 'error') {
        this.#setPage(f, { status: 'idle' });
        await this.load(f);
      }
    }
  }

  clearActionError(): void {
    this.calls.push('clearActionError');
    this.#actionError = undefined;
    this.#changed();
  }

  // ------------------------------------------------------------- test controls

  /** A new notification arrives (as over the stream): newest first, shown at once. */
  push(...items: Array<Partial<LoketNotification> & { id: string }>): void {
    for (const raw of items) {
      const item = normalize(raw);
      this.#all = this.#all.filter((x) => x.id !== item.id);
      this.#all.push(item);
      this.#shown += 1;
    }
    this.#all.sort(order);
    this.#shown = Math.min(this.#shown, this.#all.length);
    this.#changed();
  }

  setConnection(connection: ConnectionState, pending = this.#pending): void {
    this.#connection = connection;
    this.#pending = pending;
    this.#changed();
  }

}

function normalize(raw: Partial<LoketNotification> & { id: string }): LoketNotification {
  const base = makeNotification(0);
  const createdAt = raw.createdAt ?? base.createdAt;
  return { ...base, ...raw, createdAt, createdAtMs: raw.createdAtMs ?? Date.parse(createdAt) };
}
