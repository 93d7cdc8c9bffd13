/**
 * An in-memory Notification protocol v1 server behind a fake `fetch`, and a fake EventSource, for
 * the data-layer tests. Not a test file itself.
 */
import type { StoreOptions } from '../../src/data/index.js';

export interface RawItem {
  id: string;
  title: string;
  sender: { id: string; name: string };
  createdAt: string;
  readAt: string | null;
  actionRequired?: boolean;
  url?: string;
  [key: string]: unknown;
}

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  credentials?: RequestCredentials;
}

/** Two days ago, whole minutes: items are in the past, so "mark all read" (before = now) covers them. */
export const T0 = Math.floor((Date.now() - 2 * 86400000) / 60000) * 60000;
export const at = (minutes: number): string => new Date(T0 + minutes * 60000).toISOString();

export function makeItem(n: number, extra: Partial<RawItem> = {}): RawItem {
  return {
    id: `n${n}`,
    title: `Melding ${n}`,
    sender: { id: n % 2 ? 'studietoelagen' : 'vaph', name: n % 2 ? 'Studietoelagen' : 'VAPH' },
    createdAt: at(n),
    readAt: null,
    ...extra,
  };
}

const order = (a: RawItem, b: RawItem): number => {
  const d = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  return d !== 0 ? d : a.id < b.id ? -1 : 1;
};

export class FakeServer {
  items = new Map<string, RawItem>();
  calls: Call[] = [];
  /** Status codes to answer for the next requests whose "kind" matches (read, unread, read-all, page, stream). */
  faults: Record<string, number[]> = {};
  offline = false;
  /** Extra (possibly malformed) raw items appended to the next page answer. */
  junk: unknown[] = [];
  streamStatus = 404;
  /** A `Retry-After` header for the fault answers. */
  retryAfter?: string;
  /** Called after every accepted change (what a real server would stream). */
  onMutate?: (kind: 'read' | 'unread' | 'read-all', data: Record<string, unknown>) => void;

  constructor(items: RawItem[] = []) {
    for (const i of items) this.items.set(i.id, i);
  }

  get unread(): number {
    return [...this.items.values()].filter((i) => i.readAt === null).length;
  }

  sorted(): RawItem[] {
    return [...this.items.values()].sort(order);
  }

  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    this.calls.push({ method, url, headers, body, credentials: init.credentials });
    await Promise.resolve();
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = url.pathname.replace(/^\/api\/notifications/, '');
    const kind = path === '' ? 'page' : path === '/stream' ? 'stream' : path === '/read-all' ? 'read-all' : path.split('/')[2];
    const fault = this.faults[kind]?.shift();
    if (fault === 0) throw new TypeError('Failed to fetch');
    if (fault) return new Response('{"error":"fault"}', { status: fault, headers: this.retryAfter ? { 'retry-after': this.retryAfter } : {} });
    if (kind === 'stream') return new Response('', { status: this.streamStatus });
    if (method === 'GET' && kind === 'page') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const filter = url.searchParams.get('filter') ?? 'all';
      const before = url.searchParams.get('before');
      let list = this.sorted().filter((i) => (filter === 'unread' ? i.readAt === null : filter === 'action' ? i.actionRequired : true));
      if (before) {
        // Keyset cursor "createdAt|id": stable while items change state.
        const [t, id] = before.split('|');
        const cursor = { createdAt: t, id } as RawItem;
        list = list.filter((i) => i.id !== id && order(i, cursor) > 0);
      }
      const page = list.slice(0, limit);
      const last = page[page.length - 1];
      const nextCursor = list.length > limit ? `${last.createdAt}|${last.id}` : null;
      const items = [...page.map((i) => ({ ...i })), ...this.junk];
      this.junk = [];
      return Response.json({ items, nextCursor, unreadCount: this.unread });
    }
    if (method === 'POST' && kind === 'read-all') {
      const t = Date.parse(body.before);
      for (const i of this.items.values()) if (Date.parse(i.createdAt) < t && i.readAt === null) i.readAt = body.before;
      this.onMutate?.('read-all', { all: true, before: body.before, readAt: body.before });
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && (kind === 'read' || kind === 'unread')) {
      const item = this.items.get(decodeURIComponent(path.split('/')[1]));
      if (!item) return new Response('{"error":"unknown"}', { status: 404 });
      const was = item.readAt;
      item.readAt = kind === 'read' ? (item.readAt ?? new Date().toISOString()) : null;
      if (was !== item.readAt) this.onMutate?.(kind, kind === 'read' ? { id: item.id, readAt: item.readAt } : { ...item });
      return new Response(null, { status: 204 });
    }
    return new Response('{"error":"not found"}', { status: 404 });
  };
}

/** A controllable EventSource: tests call open(), emit() and fail(). */
export class FakeEventSource {
  static instances: FakeEventSource[] = [];
  static get last(): FakeEventSource {
    return FakeEventSource.instances[FakeEventSource.instances.length - 1];
  }
  readonly url: string;
  closed = false;
  onopen: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  #listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  constructor(url: string | URL) {
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), fn]);
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.onopen?.(new Event('open'));
  }
  emit(type: string, data: unknown, id?: string): void {
    if (this.closed) return;
    const e = new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data), lastEventId: id ?? '' });
    for (const fn of this.#listeners.get(type) ?? []) fn(e);
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

/** Resolves after pending microtasks and fetch continuations settle. */
export const settle = async (ms = 0): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setTimeout(r, ms));
};

/** Waits (up to about 3 s) until `find()` returns something truthy, and returns its last answer. */
export async function until<T>(find: () => T): Promise<T> {
  let found = find();
  for (let i = 0; i < 300 && !found; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
    found = find();
  }
  return found;
}

/** A Storage in memory. */
export class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length(): number {
    return this.#m.size;
  }
  clear(): void {
    this.#m.clear();
  }
  getItem(k: string): string | null {
    return this.#m.get(k) ?? null;
  }
  key(i: number): string | null {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string): void {
    this.#m.delete(k);
  }
  setItem(k: string, v: string): void {
    this.#m.set(k, v);
  }
}

/** Options that wire a NotificationStore to `server`: fake stream, memory storage, one tab, fast retries. */
export function fakeStoreOptions(server: FakeServer, extra: StoreOptions = {}): StoreOptions {
  return {
    fetch: server.fetch,
    EventSource: FakeEventSource as unknown as typeof EventSource,
    storage: new MemoryStorage(),
    crossTab: false,
    backoffMs: 1,
    ...extra,
  };
}
