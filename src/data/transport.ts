import type { ConnectionState, StoreError } from './types.js';

/** Seams for tests; defaults are the browser's own. */
export interface TransportOptions {
  fetch?: typeof fetch;
  /** null forces the fetch-based stream reader even without a token. */
  EventSource?: typeof EventSource | null;
  /** Request timeout, ms (default 15 000). */
  timeoutMs?: number;
  /** `fetch` credentials mode (default 'same-origin'). */
  credentials?: RequestCredentials;
}

/** A thrown StoreError (a plain object, so it crosses BroadcastChannel and JSON). */
export const storeError = (kind: StoreError['kind'], status?: number): StoreError => (status ? { kind, status } : { kind });
export const isStoreError = (e: unknown): e is StoreError => typeof e === 'object' && e !== null && 'kind' in e;
/** `retry`: the answer's Retry-After (seconds, or an HTTP date), kept as ms from now. */
const fromStatus = (s: number, retry?: string | null): StoreError => {
  const e = storeError(s === 401 || s === 403 ? 'unauthorized' : s >= 500 || s === 408 || s === 429 ? 'server' : 'refused', s);
  // Seconds, else a date (Date.parse also reads "0": a date long past, so 0 ms all the same).
  const ms = retry ? +retry * 1000 || Date.parse(retry) - Date.now() : NaN;
  if (!Number.isNaN(ms)) e.retryAfter = Math.max(0, ms);
  return e;
};

/** Full-jitter exponential backoff: a random delay up to min(30 × base, base × 2^n), n = failures in a row. */
export const backoff = (base: number, n: number): number => Math.random() * Math.min(30 * base, base * 2 ** n);

/** `endpoint` + a sub path, keeping the endpoint's query. */
export function subUrl(endpoint: string, path: string, query?: Record<string, string | undefined>): string {
  const u = new URL(endpoint);
  u.pathname = u.pathname.replace(/\/+$/, '') + path;
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, v);
  return u.href;
}

const headers = (token: string | undefined, extra?: Record<string, string>): Record<string, string> => ({
  Accept: 'application/json',
  ...extra,
  ...(token ? { Authorization: `Bearer ${token}` } : {}),
});

/**
 * One HTTP request. Resolves the parsed JSON body (undefined for an empty one); rejects with a
 * StoreError: `network` (no answer, timeout), `unauthorized` (401/403), `server` (5xx, 408, 429),
 * `refused` (other 4xx) or `malformed` (a body that is not JSON).
 */
export async function request(
  url: string,
  init: { method?: string; body?: unknown; token?: string | undefined },
  o: TransportOptions = {},
): Promise<unknown> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), o.timeoutMs ?? 15000);
  let res: Response;
  try {
    res = await (o.fetch ?? fetch)(url, {
      method: init.method ?? 'GET',
      credentials: o.credentials ?? 'same-origin',
      headers: headers(init.token, init.body === undefined ? undefined : { 'Content-Type': 'application/json' }),
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: ctrl.signal,
    });
  } catch {
    clearTimeout(timer);
    throw storeError('network');
  }
  try {
    if (!res.ok) throw fromStatus(res.status, res.headers.get('retry-after'));
    // An action (POST) is done with any 2xx, whatever its body ("OK", HTML): only pages are read.
    if (init.method === 'POST') return undefined;
    const text = await res.text();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw storeError('malformed', res.status);
    }
  } catch (e) {
    throw isStoreError(e) ? e : storeError('network');
  } finally {
    clearTimeout(timer);
  }
}

export interface StreamHandlers {
  open(): void;
  event(type: string, data: unknown, id: string | undefined): void;
  /** The stream failed or ended; `unsupported` when the server does not offer one (404/405/501). */
  fail(error: StoreError, unsupported: boolean): void;
}

const EVENTS = ['notification', 'read', 'unread-count'];
const parse = (data: string): unknown => {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
};

/**
 * Opens `{endpoint}/stream`. Uses EventSource when there is no token (the resume point travels as
 * `?lastEventId=`, since EventSource cannot set headers on a fresh connection), otherwise a fetch
 * stream reader that sends `Authorization` and `Last-Event-ID`. Never reconnects by itself: every
 * failure is reported once and the stream is closed. Returns a close function.
 */
export function openStream(
  endpoint: string,
  lastId: string | undefined,
  token: string | undefined,
  h: StreamHandlers,
  o: TransportOptions = {},
): () => void {
  const ES = o.EventSource === undefined ? globalThis.EventSource : o.EventSource;
  let closed = false;
  const fail = (e: StoreError, unsupported = false): void => {
    if (closed) return;
    close();
    h.fail(e, unsupported);
  };
  let close: () => void;
  if (!token && ES) {
    const es = new ES(subUrl(endpoint, '/stream', { lastEventId: lastId }), { withCredentials: o.credentials === 'include' });
    close = () => {
      closed = true;
      es.close();
    };
    es.onopen = () => h.open();
    es.onerror = () => fail(storeError('network'));
    for (const type of EVENTS) {
      es.addEventListener(type, (ev) => {
        const m = ev as MessageEvent<string>;
        if (!closed) h.event(type, parse(m.data), m.lastEventId || undefined);
      });
    }
    return close;
  }
  const ctrl = new AbortController();
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  // Heartbeats arrive every ~15 s; 45 s of silence means a dead connection.
  const alive = (): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => fail(storeError('network')), 45000);
  };
  close = () => {
    closed = true;
    clearTimeout(watchdog);
    ctrl.abort();
  };
  alive();
  (async () => {
    const res = await (o.fetch ?? fetch)(subUrl(endpoint, '/stream'), {
      credentials: o.credentials ?? 'same-origin',
      headers: headers(token, { Accept: 'text/event-stream', ...(lastId ? { 'Last-Event-ID': lastId } : {}) }),
      signal: ctrl.signal,
      cache: 'no-store',
    });
    const s = res.status;
    if (s === 404 || s === 405 || s === 501 || (res.ok && !/event-stream/.test(res.headers.get('content-type') ?? ''))) {
      return fail(storeError('refused', s), true);
    }
    if (!res.ok || !res.body) return fail(fromStatus(s));
    h.open();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    let type = '';
    let data: string[] = [];
    let id: string | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done || closed) break;
      alive();
      const lines = (buf + value).split(/\r\n|\r|\n/);
      buf = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length && EVENTS.includes(type)) h.event(type, parse(data.join('\n')), id);
          type = '';
          data = [];
          continue;
        }
        if (line[0] === ':') continue;
        const at = line.indexOf(':');
        const field = at < 0 ? line : line.slice(0, at);
        const val = at < 0 ? '' : line.slice(at + (line[at + 1] === ' ' ? 2 : 1));
        if (field === 'event') type = val;
        else if (field === 'data') data.push(val);
        else if (field === 'id' && !val.includes('\0')) id = val || undefined;
      }
    }
    fail(storeError('network'));
  })().catch(() => fail(storeError('network')));
  return close;
}

/** What a Live connection needs from its owner. */
export interface LiveHost extends Omit<StreamHandlers, 'fail' | 'open'> {
  readonly endpoint: string;
  readonly token: string | undefined;
  lastId: string | undefined;
  state(s: ConnectionState): void;
  /** Called on every successful (re)open, with `again` after a drop: replay queued actions, catch up. */
  opened(again: boolean): void;
  /** Fetch the newest page (polling and catch-up). */
  poll(): void;
}

/**
 * The real-time connection: the stream with full-jitter exponential backoff (1 s base, 30 s cap),
 * and polling every `pollMs` while the stream is unsupported or has failed 3 times in a row.
 */
export class Live {
  #close?: () => void;
  #timer?: ReturnType<typeof setTimeout>;
  #poll?: ReturnType<typeof setInterval>;
  #fails = 0;
  #opened = false;
  #h: LiveHost;
  #o: TransportOptions & { pollMs?: number; backoffMs?: number };

  constructor(h: LiveHost, o: TransportOptions & { pollMs?: number; backoffMs?: number } = {}) {
    this.#h = h;
    this.#o = o;
  }

  start(): void {
    this.stop();
    if (!this.#poll) this.#h.state('connecting');
    this.#close = openStream(
      this.#h.endpoint,
      this.#h.lastId,
      this.#h.token,
      {
        open: () => {
          this.#fails = 0;
          this.#polling(false);
          this.#h.state('live');
          this.#h.opened(this.#opened);
          this.#opened = true;
        },
        event: (t, d, id) => {
          if (id) this.#h.lastId = id;
          this.#h.event(t, d, id);
        },
        fail: (_e, unsupported) => {
          this.#opened = true;
          this.#fails += 1;
          if (unsupported || this.#fails >= 3) this.#polling(true);
          if (!unsupported) {
            this.#timer = setTimeout(() => this.start(), backoff(this.#o.backoffMs ?? 1000, this.#fails));
            if (!this.#poll) this.#h.state('connecting');
          }
        },
      },
      this.#o,
    );
  }

  #polling(on: boolean): void {
    if (on && !this.#poll) {
      this.#h.state('polling');
      this.#h.poll();
      this.#poll = setInterval(() => this.#h.poll(), this.#o.pollMs ?? 30000);
    } else if (!on && this.#poll) {
      clearInterval(this.#poll);
      this.#poll = undefined;
    }
  }

  /** Closes the stream and stops polling and pending reconnects. */
  stop(): void {
    this.#close?.();
    this.#close = undefined;
    clearTimeout(this.#timer);
  }

  halt(): void {
    this.stop();
    this.#polling(false);
    this.#fails = 0;
  }
}
