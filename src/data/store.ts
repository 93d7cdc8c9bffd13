import { CrossTab } from './cross-tab.js';
import { Live, backoff, isStoreError, request, storeError, subUrl, type TransportOptions } from './transport.js';
import type {
  ConnectionState,
  LoketNotification,
  NotificationFilter,
  NotificationSnapshot,
  NotificationSource,
  PageState,
  SnapshotListener,
} from './types.js';
import { validateNotification, validatePage, type ValidPage } from './validate.js';

export interface StoreOptions extends TransportOptions {
  /** Page size (default 20, at most 100). */
  limit?: number;
  /** Polling interval when the stream is unavailable, ms (default 30 000). */
  pollMs?: number;
  /** Base of the backoff for stream reconnects and actions tried again, ms (default 1000). */
  backoffMs?: number;
  /** Where the offline queue persists (default localStorage; null: memory only). */
  storage?: Storage | null;
  /** Cross-tab sync and stream leader election (default: when BroadcastChannel exists). */
  crossTab?: boolean;
}

/** A read/unread action not yet confirmed by the server (in flight or queued offline). */
interface Op {
  k: 'read' | 'unread' | 'read-all';
  id?: string;
  /** read-all: ISO `before`. */
  b?: string;
  /** When it was taken (ISO), used as readAt. */
  at: string;
  /** Queued after a network failure. */
  q?: boolean;
  /** Owner tab (persistence). */
  o?: number;
  /** The identity it was taken as, when the page knew it (see identify). */
  i?: string;
  /** Tells it apart between tabs (not persisted). */
  n?: number;
  /** Settles the action's promise (not persisted). */
  done?: () => void;
  /** Answers "try again later" so far (not persisted). */
  t?: number;
}

/**
 * Between tabs: a stream event, the connection state, a request for it, a reset for another identity;
 * the stream holder's refreshes (polling, catch-up): `ps` as one starts, `p` with its page; a tab's own
 * actions: `f` when taken (or taken over), `d` when settled (with the action when the server accepted
 * it, or without when it is dropped).
 */
type Msg = {
  e?: [string, unknown, string?];
  c?: ConnectionState;
  ask?: 1;
  r?: [string?];
  ps?: number;
  p?: [number, unknown?];
  f?: Op;
  d?: [number?, Op?];
  /** A new tab asks the others for their waiting actions. */
  pq?: 1;
  /** Who acts for whom on a page that just learnt it: tabs showing someone else start over. */
  w?: string;
};
type Taken = { nextCursor: string | null; fresh: boolean };

const FILTERS: NotificationFilter[] = ['all', 'unread', 'action'];
const idle = (): PageState => ({ status: 'idle', nextCursor: null, complete: false });
/** Newest first; equal times by id so the order is total. */
const before = (a: LoketNotification, b: LoketNotification): boolean =>
  a.createdAtMs !== b.createdAtMs ? a.createdAtMs > b.createdAtMs : a.id < b.id;
const registry = (): Map<string, NotificationStore> =>
  ((globalThis as unknown as Record<symbol, Map<string, NotificationStore>>)[Symbol.for('loket.notificationStores')] ??= new Map());
const nowIso = (): string => new Date().toISOString();
/** Thrown for an answer that arrived after reset(): it belongs to the previous identity. */
const STALE = new Error('superseded by reset()');
const online = (): boolean => globalThis.navigator?.onLine !== false;
/** Statuses that mean "try again later". */
const TRANSIENT = /^(408|429|50[234])$/;
/** What of an action is persisted and passed between tabs. */
const lite = ({ k, id, b, at, o, i, n }: Op): Op => ({ k, id, b, at, o, i, n });
const isAll = (op: Op): boolean => op.k === 'read-all';
/** In the order they were taken. */
const byTime = (x: Op, y: Op): number => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0);

/**
 * The notification store: one per endpoint per page (`NotificationStore.for(endpoint)`), shared by
 * every bell and inbox on it.
 *
 * Reconciliation. The store keeps two views of each loaded item's read state: the server's (the
 * last readAt from a page, a stream event, or an own action the server accepted) and the local one
 * (the server's with every pending action replayed on top, in order). Snapshot items show the local
 * view. The unread count is
 *   local unread items + hidden,   hidden = max(0, S − server-unread loaded items)
 * where S is the server's last unreadCount (a page or `unread-count` event sets it; stream read /
 * change events and accepted own actions move it by ±1 so it stays in step). `hidden` estimates
 * unread items that are not loaded; it is 0 once every item (or every unread item) is loaded, and
 * while a read-all is pending. So the count equals the unread items whenever all are loaded, follows
 * optimistic actions at once, and is never below 0.
 */
export class NotificationStore implements NotificationSource {
  /** The shared store for an endpoint (resolved against the document). */
  static for(endpoint: string, options?: StoreOptions): NotificationStore {
    const url = new URL(endpoint, globalThis.document?.baseURI).href;
    const map = registry();
    let s = map.get(url);
    if (!s) map.set(url, (s = new NotificationStore(url, options)));
    return s;
  }

  readonly endpoint: string;
  #o: StoreOptions;
  #items!: Map<string, LoketNotification>;
  #sorted!: LoketNotification[];
  /** Server view: id -> readAt. */
  #srv!: Map<string, string | null>;
  #srvUnread!: number;
  #localUnread!: number;
  #S: number | undefined;
  /** Ordering of server facts, so a page answered before a newer event cannot undo it. */
  #epoch = 0;
  /** id -> [epoch, readAt] of the last server fact from an event or an accepted action. */
  #touched!: Map<string, [number, string | null]>;
  #countAt = 0;
  #readAlls!: { e: number; t: number; at: string }[];
  #pages = {} as Record<NotificationFilter, PageState>;
  #loading!: Partial<Record<NotificationFilter, Promise<void>>>;
  #ops: Op[] = [];
  /** Other tabs' actions not settled yet: shown like this tab's own, sent by their tab. */
  #foreign!: Op[];
  /** Actions the server accepted lately (this tab's and others'): older ones they replace are not sent (see #stale). */
  #accepted!: Op[];
  /** Action (by `n`) -> the epoch when this tab sent it or heard of it: what the stream said since wins over its answer (see #confirm). */
  #heard!: Map<number, number>;
  /** The stream's last word (it keeps the server's order): item -> epoch of its last event, and read-alls. */
  #streamed!: Map<string, number>;
  #streamedAll!: { e: number; t: number }[];
  /** Queued actions of other identities than the current one: kept, not sent (see identify). */
  #parked: Op[] = [];
  #sending = false;
  /** The server refused to show this reader anything (401/403: signed out, session expired): no stream, no polls. */
  #refused = false;
  /** Set while the queue waits to try again after a transient refusal (see #flush). */
  #wait?: ReturnType<typeof setTimeout>;
  #conn: ConnectionState = 'idle';
  #actionError: NotificationSnapshot['lastActionError'];
  #listeners = new Set<SnapshotListener>();
  #snap?: NotificationSnapshot;
  #snapItems: readonly LoketNotification[] = [];
  #itemsDirty = false;
  #version = 0;
  #scheduled = false;
  #token: string | undefined;
  #init = false;
  #me = Math.random();
  /** Tabs whose actions this tab took over: their entries in storage are no longer kept. */
  #adopted = new Set<number>();
  /** Tabs whose lock this tab waits for (see #watch). */
  #watched = new Set<number>();
  /** Aborted when this tab stops: frees the locks it holds and stops waiting for others. */
  #held?: AbortController;
  #tab?: CrossTab;
  #live?: Live;
  #leading = false;
  #off?: () => void;
  /** Bumped by reset(): answers to requests of an earlier generation are dropped. */
  #gen = 0;
  #identity: string | undefined;
  /** The epoch at which each refresh another tab relays started here (see Msg). */
  #peerSince!: Map<number, number>;
  lastId: string | undefined;

  constructor(endpoint: string, options: StoreOptions = {}) {
    this.endpoint = endpoint;
    this.#o = options;
    this.#clear();
  }

  /** No items, no pages, no server facts: the state of a new store, and of one that starts over. */
  #clear(): void {
    this.#items = new Map();
    this.#sorted = [];
    this.#srv = new Map();
    this.#touched = new Map();
    this.#srvUnread = this.#localUnread = 0;
    this.#S = undefined;
    this.#readAlls = [];
    this.#foreign = [];
    this.#accepted = [];
    this.#heard = new Map();
    this.#refused = false;
    this.#streamed = new Map();
    this.#streamedAll = [];
    this.#peerSince = new Map();
    this.#loading = {};
    for (const f of FILTERS) this.#pages[f] = idle();
  }

  get token(): string | undefined {
    return this.#token;
  }
  set token(value: string | undefined) {
    const token = value || undefined;
    if (token === this.#token) return;
    this.#token = token;
    if (this.#leading) this.#live?.start();
    // What was refused for want of this token is fetched again with it, also a refusal still on its way.
    for (const f of FILTERS)
      void Promise.resolve(this.#loading[f]).then(() => {
        if (token === this.#token && this.#pages[f].error?.kind === 'unauthorized') void this.load(f);
      });
  }

  get #key(): string {
    return `loket-notifications:${this.endpoint}`;
  }
  get #storage(): Storage | null {
    try {
      return this.#o.storage === undefined ? globalThis.localStorage : this.#o.storage;
    } catch {
      return null;
    }
  }

  /**
   * Lazy setup (not in the constructor: SSR-safe). Without Web Locks an open tab cannot be told from a
   * closed one: the persisted queue is taken over at once. With them, each owner's entries are taken over
   * once its tab is gone (see #watch, from #start).
   */
  #setup(): void {
    if (this.#init) return;
    this.#init = true;
    if (!(this.#crossTab && globalThis.navigator?.locks)) this.#adopt(this.#stored());
  }

  /** The persisted queue of every tab (entries unchecked). */
  #stored(): Op[] {
    try {
      const saved: unknown = JSON.parse(this.#storage?.getItem(this.#key) ?? '[]');
      return Array.isArray(saved) ? (saved as Op[]) : [];
    } catch {
      return [];
    }
  }

  get #crossTab(): boolean {
    return (this.#o.crossTab ?? true) && typeof BroadcastChannel === 'function';
  }

  /** Holds the lock `name` as soon as it is free, until this tab stops (only tabs in touch hold any); `then` runs when it is granted. */
  #hold(name: string, then?: () => void): void {
    const signal = this.#held?.signal;
    if (!signal) return;
    globalThis.navigator?.locks
      ?.request(name, { signal }, () => {
        then?.();
        return new Promise((r) => signal.addEventListener('abort', r));
      })
      .catch(() => undefined);
  }

  /**
   * Every running tab holds the lock `<key>#<tab id>`; a tab that knows of another's actions (told of them,
   * or finding them in storage) waits for that lock, which is free once the tab is gone, closed or crashed
   * alike. The first tab to get it takes the actions over and keeps the lock while it runs: the others
   * wait on, so the actions are sent once.
   */
  #watch(o: number | undefined): void {
    if (typeof o !== 'number' || o === this.#me || this.#watched.has(o)) return;
    this.#watched.add(o);
    const held = this.#held;
    // A closing tab's lock may be free before its last word (`d` for the actions it keeps, see #handOver)
    // arrives: the browser orders neither before the other. A moment's wait lets it arrive.
    this.#hold(`${this.#key}#${o}`, () =>
      setTimeout(() => {
        if (held !== this.#held) return;
        const ops = new Map([...this.#stored(), ...this.#foreign].filter((op) => op?.o === o).map((op) => [op.n ?? Math.random(), op]));
        this.#adopt([...ops.values()]);
        this.#flush();
      }, 100),
    );
  }

  /**
   * Takes over waiting actions: persisted by an earlier page, or handed over by a tab that went away.
   * Actions taken as an identity wait until the page is known to act for it again.
   */
  #adopt(saved: unknown): void {
    if (!Array.isArray(saved) || !saved.length) return;
    const now: Op[] = [];
    for (const op of saved as Op[]) {
      if (!op || typeof op.at !== 'string' || !(op.k === 'read-all' ? typeof op.b === 'string' : (op.k === 'read' || op.k === 'unread') && typeof op.id === 'string')) continue;
      // Its earlier owner (a closed page) must not keep it in storage.
      if (op.o !== undefined) this.#adopted.add(op.o);
      this.#dropForeign(op.n);
      if (this.#stale(op)) continue;
      // The same `n`: the other tabs show it as this tab's from now on (and wait for this tab's lock), or stop showing it while it waits for its identity.
      const n = typeof op.n === 'number' ? op.n : Math.random();
      const mine: Op = { k: op.k, id: op.id, b: op.b, at: op.at, q: true, o: this.#me, i: typeof op.i === 'string' ? op.i : undefined, n };
      const park = mine.i !== undefined && mine.i !== this.#identity;
      (park ? this.#parked : now).push(mine);
      this.#tab?.post(park ? { d: [n] } : { f: lite(mine) });
    }
    this.#enqueue(now);
    this.#changed();
  }

  /** How many actions lead the queue on their way: the one #flush is sending. They stay first. */
  get #busy(): number {
    return this.#sending ? 1 : 0;
  }

  /** Adds actions to the queue in the order they were taken, after the one on its way: a newer action on the same item stays last. */
  #enqueue(ops: Op[]): void {
    const busy = this.#busy;
    this.#ops = [...this.#ops.slice(0, busy), ...[...this.#ops.slice(busy), ...ops].sort(byTime)];
    this.#rebase();
    this.#persist();
  }

  /** Another tab's action is settled (or taken over): it is no longer shown as pending here. */
  #dropForeign(n: number | undefined): Op | undefined {
    const op = this.#foreign.find((f) => f.n === n);
    if (op) this.#foreign = this.#foreign.filter((f) => f.n !== n);
    return op;
  }

  // ---------------------------------------------------------------- snapshot

  get snapshot(): NotificationSnapshot {
    if (!this.#snap) {
      if (this.#itemsDirty) this.#snapItems = Object.freeze(this.#sorted.slice());
      this.#itemsDirty = false;
      const exact = this.#pages.all.complete || this.#pages.unread.complete || this.#ops.some(isAll) || this.#foreign.some(isAll);
      const hidden = exact || this.#S === undefined ? 0 : Math.max(0, this.#S - this.#srvUnread);
      this.#snap = Object.freeze({
        items: this.#snapItems,
        unreadCount: Math.max(0, this.#localUnread + hidden),
        pages: Object.freeze({ ...this.#pages }),
        connection: this.#conn,
        pending: this.#ops.filter((o) => o.q).length,
        lastActionError: this.#actionError,
        version: ++this.#version,
        generation: this.#gen,
      });
    }
    return this.#snap;
  }

  #changed(): void {
    this.#snap = undefined;
    if (this.#scheduled || !this.#listeners.size) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#snap) return;
      const snap = this.snapshot;
      for (const l of [...this.#listeners]) l(snap);
    });
  }

  subscribe(listener: SnapshotListener): () => void {
    this.#setup();
    this.#listeners.add(listener);
    listener(this.snapshot);
    if (this.#listeners.size === 1) this.#start();
    return () => {
      if (this.#listeners.delete(listener) && !this.#listeners.size) this.#stop();
    };
  }

  // ---------------------------------------------------------------- items

  /** Local readAt: the server's with pending actions applied in order (other tabs' first). */
  #overlay(id: string, createdAtMs: number, readAt: string | null): string | null {
    for (const list of [this.#foreign, this.#ops]) {
      for (const op of list) {
        if (op.id === id) readAt = op.k === 'read' ? (readAt ?? op.at) : null;
        else if (op.k === 'read-all' && createdAtMs < Date.parse(op.b!)) readAt ??= op.at;
      }
    }
    return readAt;
  }

  #index(item: LoketNotification): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.#sorted[mid], item)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Puts the local view of an item (server item + overlay) into the map and the sorted list. */
  #put(base: LoketNotification): void {
    const readAt = this.#overlay(base.id, base.createdAtMs, this.#srv.get(base.id) ?? null);
    const next = readAt === base.readAt ? base : Object.freeze({ ...base, readAt });
    const prev = this.#items.get(base.id);
    if (prev) {
      if (prev === next || JSON.stringify(prev) === JSON.stringify(next)) return;
      const i = this.#index(prev);
      if (prev.createdAtMs === next.createdAtMs) this.#sorted[i] = next;
      else this.#sorted.splice(i, 1);
      if (prev.readAt === null) this.#localUnread -= 1;
    }
    if (prev?.createdAtMs !== next.createdAtMs) this.#sorted.splice(this.#index(next), 0, next);
    this.#items.set(next.id, next);
    if (next.readAt === null) this.#localUnread += 1;
    this.#itemsDirty = true;
    this.#changed();
  }

  /**
   * Records the server's read state; returns +1/−1/0 for the change in its unread items. `since`: the
   * epoch a page request started at; its (older) state loses against events applied since.
   */
  #server(id: string, readAt: string | null, since?: number, createdAtMs = 0): number {
    if (since === undefined) this.#touched.set(id, [++this.#epoch, readAt]);
    else {
      const fact = this.#touched.get(id);
      if (fact && fact[0] > since) {
        if (this.#srv.has(id)) return 0;
        readAt = fact[1];
      }
      const r = this.#readAlls.find((x) => x.e > since && createdAtMs < x.t);
      if (r) readAt ??= r.at;
    }
    const prev = this.#srv.get(id);
    this.#srv.set(id, readAt);
    const d = (readAt === null ? 1 : 0) - (prev === undefined ? 0 : prev === null ? 1 : 0);
    this.#srvUnread += d;
    return d;
  }

  /** Merges a validated server item. `stream`: keep S in step (a page sets S itself). */
  #merge(item: LoketNotification, since?: number): void {
    const known = this.#srv.has(item.id);
    const newest = this.#sorted[0];
    const d = this.#server(item.id, item.readAt, since, item.createdAtMs);
    if (since === undefined && (known || (d > 0 && (!newest || before(item, newest))))) this.#adjust(d);
    this.#put(item);
  }

  #adjust(d: number): void {
    if (this.#S !== undefined && d) {
      this.#S = Math.max(0, this.#S + d);
      this.#countAt = this.#epoch;
    }
  }

  /** Re-derives the local view of every loaded item (#put leaves those that did not change alone). */
  #rebase(): void {
    for (const item of [...this.#items.values()]) this.#put(item);
  }

  /** The server marked read everything created before `b`. The caller re-derives the view (#affect). */
  #readAll(b: string, at: string, since?: number): void {
    const t = Date.parse(b);
    // An answer whose read-all the stream already reported adds nothing. Recorded again, under a later
    // epoch, it would count as newer than a page requested after the stream's later word on an item.
    if (since !== undefined && this.#streamedAll.some((r) => r.e > since && r.t === t)) return;
    const read = [...this.#items.values()].filter((i) => i.createdAtMs < t && this.#srv.get(i.id) === null && (since === undefined || !this.#newer(i.id, since)));
    this.#readAlls.push({ e: ++this.#epoch, t, at });
    for (const item of read) this.#server(item.id, at);
    // Not-loaded unread items are older than what is loaded: the server read them too.
    if (this.#S !== undefined) {
      this.#S = this.#srvUnread;
      this.#countAt = this.#epoch;
    }
  }

  /**
   * Applies one real-time event (`notification`, `read`, `unread-count`) as the stream delivers it.
   * Idempotent. Public for cross-tab relays, tests and benchmarks.
   */
  applyEvent(type: string, data: unknown): void {
    const d = (data ?? {}) as Record<string, unknown>;
    if (type === 'notification') {
      const item = validateNotification(data);
      if (item) {
        this.#merge(item);
        this.#streamed.set(item.id, this.#epoch);
      } else console.warn('loket: skipped 1 malformed notification(s)');
    } else if (type === 'read') {
      const at = typeof d.readAt === 'string' && Number.isFinite(Date.parse(d.readAt)) ? d.readAt : nowIso();
      // The same as an accepted action of the reader's.
      const op: Op | undefined =
        typeof d.id === 'string'
          ? { k: 'read', id: d.id, at }
          : d.all === true && typeof d.before === 'string' && Number.isFinite(Date.parse(d.before))
            ? { k: 'read-all', b: d.before, at }
            : undefined;
      if (op) {
        this.#confirm(op);
        if (op.id !== undefined) this.#streamed.set(op.id, this.#epoch);
        else this.#streamedAll = [...this.#streamedAll.slice(-9), { e: this.#epoch, t: Date.parse(op.b!) }];
        this.#affect(op);
      }
    } else if (type === 'unread-count' && typeof d.unreadCount === 'number' && d.unreadCount >= 0) {
      this.#S = Math.floor(d.unreadCount);
      this.#countAt = ++this.#epoch;
      this.#changed();
    }
  }

  // ---------------------------------------------------------------- pages

  #setPage(f: NotificationFilter, p: Partial<PageState>): void {
    this.#pages[f] = { ...this.#pages[f], ...p };
    if (!p.error) delete this.#pages[f].error;
    this.#changed();
  }

  /** Fetches and merges a page. `relay`: the stream holder's refresh, which goes to the other tabs too. */
  async #fetch(f: NotificationFilter, cursor?: string, relay = 0): Promise<Taken> {
    const since = this.#epoch;
    const gen = this.#gen;
    const raw = await request(
      subUrl(this.endpoint, '', { limit: String(Math.min(100, this.#o.limit ?? 20)), filter: f, before: cursor }),
      { token: this.#token },
      this.#o,
    );
    if (gen !== this.#gen) throw STALE;
    const page = validatePage(raw);
    if (!page) throw storeError('malformed');
    if (relay) this.#tab?.post({ p: [relay, page] });
    return this.#take(page, since);
  }

  /** Merges a page asked for when the epoch was `since`; `fresh`: none of its items was known. */
  #take(page: ValidPage, since: number): Taken {
    const fresh = page.items.every((i) => !this.#srv.has(i.id));
    for (const item of page.items) this.#merge(item, since);
    if (page.unreadCount !== undefined && this.#countAt <= since) this.#S = page.unreadCount;
    this.#changed();
    return { nextCursor: page.nextCursor, fresh };
  }

  /** A newest page that overlaps nothing loaded may leave a hole: paginate again from its end. */
  #gap({ nextCursor, fresh }: Taken): void {
    if (fresh && nextCursor && this.#pages.all.status === 'ready') this.#setPage('all', { nextCursor, complete: false });
  }

  #page(f: NotificationFilter, more: boolean): Promise<void> {
    this.#setup();
    const p = this.#pages[f];
    if (this.#loading[f]) return this.#loading[f]!;
    if (more && p.status === 'idle') more = false;
    if (more ? p.complete || !p.nextCursor : p.status === 'ready') return Promise.resolve();
    this.#setPage(f, { status: 'loading' });
    const gen = this.#gen;
    const run = this.#fetch(f, more ? p.nextCursor! : undefined).then(
      ({ nextCursor }) => {
        if (gen !== this.#gen) return;
        this.#setPage(f, { status: 'ready', nextCursor, complete: nextCursor === null });
        this.#refuse(false);
      },
      (error: unknown) => {
        if (gen !== this.#gen) return;
        const e = isStoreError(error) ? error : storeError('network');
        this.#setPage(f, { status: 'error', error: e });
        if (e.kind === 'unauthorized') this.#refuse(true);
      },
    );
    const loading: Promise<void> = run.finally(() => {
      if (this.#loading[f] === loading) this.#loading[f] = undefined;
    });
    return (this.#loading[f] = loading);
  }

  /**
   * A signed-out reader (or one whose session expired) gets no stream and no polls, which would only be
   * refused every 30 s. A page the server shows again lets it in: on a retry (also when the tab is shown
   * again, the network is back or the header learns whom the page acts for), or with a new token.
   */
  #refuse(refused: boolean): void {
    if (refused === this.#refused) return;
    this.#refused = refused;
    this.#sync();
  }

  load(filter: NotificationFilter = 'all'): Promise<void> {
    return this.#page(filter, false);
  }

  loadMore(filter: NotificationFilter = 'all'): Promise<void> {
    return this.#page(filter, true);
  }

  /** Fetches the newest page again (polling, catch-up after a gap) without losing pagination. */
  async refresh(): Promise<void> {
    if (this.#pages.all.status !== 'ready') return this.load('all');
    // The stream holder polls and catches up for every tab: the others see its page too.
    const relay = this.#leading && this.#tab ? Math.random() : 0;
    if (relay) this.#tab!.post({ ps: relay });
    try {
      this.#gap(await this.#fetch('all', undefined, relay));
    } catch {
      if (relay) this.#tab?.post({ p: [relay] });
      /* the next poll or reconnect tries again */
    }
  }

  async retry(): Promise<void> {
    const failed = FILTERS.filter((f) => this.#pages[f].status === 'error');
    if (this.#leading && this.#conn !== 'live') this.#live?.start();
    this.#flush();
    await Promise.all(failed.map((f) => this.load(f)));
  }

  reset(identity?: string): void {
    this.#reset(identity, false);
  }

  /**
   * Tells the store who acts for whom on the page (`actorKey`, from the header). The first call only records it:
   * what is loaded already belongs to that identity. A later call with another identity starts over, as
   * `reset(identity)` does. Actions queued offline remember the identity they were taken as and are sent
   * only while the page acts for it again, so a queued "mark all read" never reaches another identity
   * (another mandate, or another person on a shared computer).
   */
  identify(identity: string): void {
    this.#setup();
    if (this.#identity !== undefined) return this.reset(identity);
    this.#identity = identity;
    // Actions taken on this page before its header knew whom the page acts for were taken as that
    // identity: the session is the same. They wait for it like the others, should the page switch away.
    const untold = this.#ops.filter((op) => op.i === undefined && op.o === this.#me);
    for (const op of untold) op.i = identity;
    if (untold.length) this.#persist();
    this.#tab?.post({ w: identity });
    this.#unpark();
    // Refused until now: the reader may just have signed in (a single-page app, no page load).
    if (this.#refused) void this.retry();
  }

  /** Queued actions of the current identity, kept while the page acted for another, are sent now. */
  #unpark(): void {
    const mine = this.#parked.filter((op) => op.i === this.#identity);
    if (!mine.length) return;
    this.#parked = this.#parked.filter((op) => !mine.includes(op));
    this.#enqueue(mine);
    this.#flush();
  }

  #reset(identity: string | undefined, fromTab: boolean): void {
    if (identity !== undefined && identity === this.#identity) return;
    this.#identity = identity;
    // The other tabs share the session (cookies), so the server now answers them for this identity too.
    if (!fromTab) this.#tab?.post({ r: [identity] });
    this.#gen += 1;
    clearTimeout(this.#wait);
    this.#wait = undefined;
    this.#clear();
    // Actions still waiting were taken as the previous identity: they must not be sent as the new one.
    // Those with a known identity wait for it; the others cannot be told apart and go.
    for (const op of this.#ops) {
      op.done?.();
      op.q = true;
    }
    this.#parked.push(...this.#ops.filter((op) => op.i !== undefined));
    this.#ops = [];
    this.#persist();
    if (identity !== undefined) this.#unpark();
    this.#itemsDirty = true;
    this.#countAt = ++this.#epoch;
    this.#actionError = undefined;
    // The stream of the other identity resumes nothing: reconnect from scratch.
    this.lastId = undefined;
    if (this.#leading) this.#live?.start();
    this.#changed();
  }

  // ---------------------------------------------------------------- actions

  markRead(id: string): Promise<void> {
    return this.#act('read', id);
  }

  markUnread(id: string): Promise<void> {
    return this.#act('unread', id);
  }

  markAllRead(): Promise<void> {
    return this.#act('read-all');
  }

  clearActionError(): void {
    if (!this.#actionError) return;
    this.#actionError = undefined;
    this.#changed();
  }

  /** A read-all marks read what was created before it was chosen (`b`, the time it was taken). */
  #act(k: Op['k'], id?: string): Promise<void> {
    this.#setup();
    const at = nowIso();
    const op: Op = { k, id, b: id ? undefined : at, at, o: this.#me, i: this.#identity, n: Math.random() };
    // Coalesce: a waiting (not in-flight) action on the same id, or an older read-all, is replaced; its
    // promise settles with the one replacing it.
    const replaced = this.#drop((o) => o.id === id);
    const promise = new Promise<void>((r) => (op.done = r));
    for (const o of replaced) void promise.then(o.done);
    this.#ops.push(op);
    this.#affect(op);
    this.#tab?.post({ f: lite(op) });
    this.#persist();
    this.#flush();
    return promise;
  }

  /** Re-derives the local view of the items an op touches. */
  #affect(op: Op): void {
    if (op.id !== undefined) {
      const item = this.#items.get(op.id);
      if (item) this.#put(item);
    } else this.#rebase();
    this.#changed();
  }

  /**
   * An action was accepted (this tab's or another's): older ones on the same item still waiting here,
   * or shown as another tab's, would undo the reader's later choice, so they go.
   */
  #supersede(newer: Op): void {
    this.#accepted = [...this.#accepted.slice(-49), lite(newer)];
    const stale = this.#drop((o) => this.#stale(o));
    // Another tab's older action, maybe on its way when that tab dies: it must not be taken over and sent.
    const foreign = this.#foreign.filter((o) => this.#stale(o));
    if (!stale.length && !foreign.length) return;
    for (const o of stale) o.done?.();
    this.#foreign = this.#foreign.filter((o) => !foreign.includes(o));
    this.#persist();
    this.#rebase();
  }

  /**
   * Whether a newer action on the same item (or a newer read-all covering it) was accepted, or is under
   * way in this tab or another (or, with `newer`, among those): `o` would undo the reader's later choice.
   * Actions are ordered by their times, to the millisecond.
   */
  #stale(o: Op, newer = [...this.#accepted, ...this.#ops, ...this.#foreign]): boolean {
    return newer.some((a) => {
      const t = a.k === 'read-all' ? Date.parse(a.b!) : 0;
      return o.at < a.at && (a.k === 'read-all' ? o.k === 'read-all' || (this.#items.get(o.id!)?.createdAtMs ?? t) < t : o.id === a.id);
    });
  }

  /** Takes the waiting (not in-flight) actions that `match` out of the queue; the other tabs stop showing them. */
  #drop(match: (op: Op) => boolean): Op[] {
    const gone = this.#ops.slice(this.#busy).filter(match);
    this.#ops = this.#ops.filter((o) => !gone.includes(o));
    for (const o of gone) this.#tab?.post({ d: [o.n] });
    return gone;
  }

  /**
   * The server accepted an action (this tab's, or another's), or reported one: its server view follows.
   * Every caller then re-derives the local view with #affect.
   */
  #confirm(op: Op, since?: number): void {
    if (op.k === 'read-all') return this.#readAll(op.b!, op.at, since);
    if (since !== undefined && this.#newer(op.id!, since)) return;
    const readAt = op.k === 'read' ? (this.#srv.get(op.id!) ?? op.at) : null;
    if (this.#srv.has(op.id!)) this.#adjust(this.#server(op.id!, readAt));
    else this.#touched.set(op.id!, [++this.#epoch, readAt]);
  }

  /**
   * The epoch this tab sent or heard of action `n` at, forgotten now that its answer is in. The server
   * may have applied what the stream told this tab since before or after the action; the stream keeps
   * the server's order, so an answer does not undo its word (the action's own event follows if it came last).
   */
  #news(n: number | undefined): number | undefined {
    if (n === undefined) return undefined;
    const since = this.#heard.get(n);
    this.#heard.delete(n);
    return since;
  }

  /** Whether the stream spoke of the item after `since` (an event for it, or a read-all covering it). */
  #newer(id: string, since: number): boolean {
    const createdAtMs = this.#items.get(id)?.createdAtMs;
    return (this.#streamed.get(id) ?? 0) > since || (createdAtMs !== undefined && this.#streamedAll.some((r) => r.e > since && createdAtMs < r.t));
  }

  /** Stores this tab's actions next to the other tabs'; `away`: under an owner no running tab waits for (see #handOver). */
  #persist(away: Op[] = []): void {
    const o = Math.random();
    const all = [
      ...this.#stored().filter((op) => op?.o !== undefined && op.o !== this.#me && !this.#adopted.has(op.o) && !this.#stale(op)),
      ...[...this.#parked, ...this.#ops].map((op) => (away.includes(op) ? { ...lite(op), o } : lite(op))),
    ];
    try {
      if (all.length) this.#storage?.setItem(this.#key, JSON.stringify(all));
      else this.#storage?.removeItem(this.#key);
    } catch {
      /* storage full or denied: the queue stays in memory */
    }
  }

  /** Sends waiting actions one by one, in order. */
  async #flush(): Promise<void> {
    if (this.#sending || this.#wait || !online()) {
      if (!online()) this.#queueAll();
      return;
    }
    this.#sending = true;
    try {
      while (this.#ops.length) {
        const op = this.#ops[0];
        const gen = this.#gen;
        this.#heard.set(op.n!, this.#epoch);
        try {
          await request(
            subUrl(this.endpoint, op.k === 'read-all' ? '/read-all' : `/${encodeURIComponent(op.id!)}/${op.k}`),
            { method: 'POST', token: this.#token, body: op.k === 'read-all' ? { before: op.b } : undefined },
            this.#o,
          );
          // A reset while this was on its way dropped it: the answer concerns the previous identity.
          if (gen !== this.#gen) continue;
          this.#ops.shift();
          this.#confirm(op, this.#news(op.n));
          this.#supersede(op);
          this.#tab?.post({ d: [op.n, lite(op)] });
        } catch (e) {
          if (gen !== this.#gen) continue;
          const error = isStoreError(e) ? e : storeError('network');
          // No answer: the queue waits for the network. "Try again later" (408, 429, 502-504): the action
          // stays, shown as done, and goes again after Retry-After or a backoff (at most 30 s), 5 tries in all.
          const later = TRANSIENT.test(`${error.status}`) && (op.t = (op.t ?? 0) + 1) < 5;
          // Meanwhile the reader chose otherwise on the same item (here or in another tab): it is not worth
          // another try, nor an error.
          const replaced = this.#stale(op, this.#accepted);
          if (!replaced && (later || error.kind === 'network')) {
            this.#queueAll();
            if (later) {
              this.#wait = setTimeout(
                () => {
                  this.#wait = undefined;
                  this.#flush();
                },
                Math.min(30000, error.retryAfter ?? backoff(this.#o.backoffMs ?? 1000, op.t!)),
              );
            }
            break;
          }
          this.#ops.shift();
          this.#heard.delete(op.n!);
          if (!replaced) this.#actionError = { action: op.k, ...(op.id ? { id: op.id } : {}), error };
          this.#tab?.post({ d: [op.n] });
        }
        this.#affect(op);
        this.#persist();
        op.done?.();
      }
    } finally {
      this.#sending = false;
    }
  }

  #queueAll(): void {
    for (const op of this.#ops) {
      op.q = true;
      op.done?.();
    }
    this.#changed();
  }

  // ---------------------------------------------------------------- connection

  #setConn(state: ConnectionState): void {
    if (state === this.#conn) return;
    this.#conn = state;
    if (this.#leading) this.#tab?.post({ c: state });
    this.#changed();
  }

  /** Whether this tab should be connected: subscribed, visible, online, not refused (see #refuse). */
  get #wanted(): boolean {
    return this.#listeners.size > 0 && globalThis.document?.visibilityState !== 'hidden' && online() && !this.#refused;
  }

  #start(): void {
    const g = globalThis as unknown as Window;
    const sync = (): void => this.#sync();
    const back = (): void => {
      if (this.#refused && globalThis.document?.visibilityState !== 'hidden') void this.retry();
      this.#sync();
      if (this.#wanted) this.#flush();
    };
    const online = (): void => {
      this.#sync();
      void this.retry();
    };
    const leave = (): void => this.#handOver();
    g.addEventListener?.('online', online);
    g.addEventListener?.('offline', sync);
    g.addEventListener?.('pagehide', leave);
    globalThis.document?.addEventListener('visibilitychange', back);
    this.#off = () => {
      g.removeEventListener?.('online', online);
      g.removeEventListener?.('offline', sync);
      g.removeEventListener?.('pagehide', leave);
      globalThis.document?.removeEventListener('visibilitychange', back);
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.#live = new Live(
      {
        endpoint: this.endpoint,
        get token() {
          return self.#token;
        },
        get lastId() {
          return self.lastId;
        },
        set lastId(v) {
          self.lastId = v;
        },
        event: (type, data, id) => {
          this.#tab?.post({ e: [type, data, id] });
          this.applyEvent(type, data);
        },
        state: (s) => this.#setConn(s),
        opened: (again) => {
          this.#flush();
          if (again) void this.refresh();
        },
        poll: () => void this.refresh(),
      },
      this.#o,
    );
    if (this.#crossTab) {
      this.#held = new AbortController();
      this.#hold(`${this.#key}#${this.#me}`);
      this.#tab = new CrossTab(
        this.#key,
        (m) => this.#onMessage(m as Msg),
        (leading) => {
          this.#leading = leading;
          if (leading) this.#live!.start();
          else this.#live!.halt();
        },
      );
      this.#tab.post({ pq: 1 });
      if (this.#identity !== undefined) this.#tab.post({ w: this.#identity });
      for (const op of [...this.#stored(), ...this.#foreign]) this.#watch(op?.o);
    }
    this.#sync();
    this.#flush();
  }

  #onMessage(m: Msg): void {
    if (m.r) this.#reset(m.r[0], true);
    // Another page of this browser acts for someone else: the session changed (a switch or sign-out
    // through a page load), even if this tab's header could not load the new profile.
    if (m.w !== undefined && this.#identity !== undefined && m.w !== this.#identity) this.#reset(m.w, true);
    if (m.pq) for (const op of this.#ops) this.#tab!.post({ f: lite(op) });
    if (m.e) {
      if (m.e[2]) this.lastId = m.e[2];
      this.applyEvent(m.e[0], m.e[1]);
    }
    if (m.c && !this.#leading && this.#wanted) this.#setConn(m.c);
    if (m.ask && this.#leading) this.#tab!.post({ c: this.#conn });
    // Facts this tab learnt after the other tab's request left win over its answer, as they do there.
    if (m.ps) this.#peerSince.set(m.ps, this.#epoch);
    if (m.f) {
      // Once: a tab answering a new tab's `pq` repeats actions the others already show, and a tab that
      // takes another's over tells its new owner.
      const i = this.#foreign.findIndex((f) => f.n === m.f!.n);
      this.#foreign[i < 0 ? this.#foreign.length : i] = m.f;
      if (m.f.n !== undefined && !this.#heard.has(m.f.n)) this.#heard.set(m.f.n, this.#epoch);
      this.#watch(m.f.o);
      this.#affect(m.f);
    }
    if (m.d) {
      const [n, accepted] = m.d;
      const op = this.#dropForeign(n);
      const since = this.#news(n);
      if (accepted) {
        this.#confirm(accepted, since);
        this.#supersede(accepted);
      }
      if (accepted ?? op) this.#affect((accepted ?? op)!);
    }
    // Unknown: it started before this tab listened, or before a reset here (another identity's page).
    const since = m.p && this.#peerSince.get(m.p[0]);
    if (since !== undefined) {
      this.#peerSince.delete(m.p![0]);
      const page = validatePage(m.p![1]);
      if (page) this.#gap(this.#take(page, since));
    }
  }

  #sync(): void {
    const live = this.#live;
    if (!live) return;
    if (this.#wanted) {
      if (this.#tab) {
        if (!this.#leading) {
          if (this.#conn === 'idle' || this.#conn === 'paused' || this.#conn === 'offline') this.#setConn('connecting');
          this.#tab.lead(this.#key);
          this.#tab.post({ ask: 1 });
        }
      } else if (!this.#leading) {
        this.#leading = true;
        live.start();
      }
      return;
    }
    if (this.#tab) this.#tab.release();
    else live.halt();
    this.#leading = false;
    this.#setConn(!this.#listeners.size ? 'idle' : online() ? 'paused' : 'offline');
  }

  /**
   * Going away (the page closes, or no element is left): the other tabs take over the actions queued
   * offline once this tab's lock is free (see #watch). Not the one on its way, nor those waiting behind
   * it while online, nor any while it waits to try again after "try again later": the page may be
   * leaving for a switch of identity, and another tab would send them as the new one. The others stop
   * showing those; they stay in storage for the next page load, which sends them as the identity that
   * took them.
   */
  #handOver(): void {
    const kept = this.#wait ? this.#ops : this.#ops.filter((op, i) => i < this.#busy || !op.q);
    for (const op of kept) this.#tab?.post({ d: [op.n] });
    if (kept.length) this.#persist(kept);
  }

  #stop(): void {
    this.#handOver();
    clearTimeout(this.#wait);
    this.#wait = undefined;
    this.#held?.abort();
    this.#held = undefined;
    this.#watched.clear();
    this.#sync();
    this.#live?.halt();
    this.#tab?.close();
    this.#off?.();
    this.#tab = this.#live = this.#off = undefined;
    this.#leading = false;
  }
}
