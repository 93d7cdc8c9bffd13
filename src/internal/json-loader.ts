import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from './safe-url.js';

/** A response outside 2xx; `status` lets callers tell "not signed in" (401) from a failure. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    // Named in the console even when minified ("HttpError: HTTP 500", not "Dn: HTTP 500").
    this.name = 'HttpError';
  }
}

export type LoadStatus = 'idle' | 'loading' | 'error';

export interface JsonLoaderOptions {
  /** Where to load from, read at every `load()` (the element's `src`, `profile-url`…); only http(s) or relative URLs are fetched. */
  url: () => string | undefined;
  credentials?: RequestCredentials;
  /** Takes the parsed JSON; throwing (data of the wrong shape) makes it a failure. */
  loaded: (data: unknown) => void;
  /** Called for a failure (HttpError, network, timeout, bad JSON, `loaded` threw); returns the status to show (default `error`). */
  failed?: (error: unknown) => LoadStatus;
  /** A load with no complete answer by then fails, ms (default 15 000, as notification requests). */
  timeoutMs?: number;
}

/** The reason a load that took too long was aborted with. */
export const TIMEOUT = new Error('no answer in time');

/**
 * Loads JSON for an element (`src`, `profile-url`), one request at a time: a new load, or a URL that
 * was cleared, cancels the one on its way, so an old answer never lands. `status` re-renders the host.
 * A load cut off by disconnecting starts again when the element is connected again.
 */
export class JsonLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  #abort?: AbortController;
  #interrupted = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: JsonLoaderOptions;

  constructor(host: ReactiveControllerHost, options: JsonLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    void this.load();
  }

  hostDisconnected(): void {
    this.#interrupted = this.status === 'loading';
    this.#abort?.abort();
  }

  async load(): Promise<void> {
    this.#abort?.abort();
    const url = safeUrl(this.#options.url());
    if (url === undefined) return this.#set('idle');
    const abort = (this.#abort = new AbortController());
    // A server that never answers must not leave the element loading for ever.
    const timer = setTimeout(() => abort.abort(TIMEOUT), this.#options.timeoutMs ?? 15000);
    this.#set('loading');
    try {
      const response = await fetch(url, { credentials: this.#options.credentials ?? 'include', headers: { accept: 'application/json' }, signal: abort.signal });
      if (!response.ok) throw new HttpError(response.status);
      const data: unknown = await response.json();
      if (abort.signal.aborted) throw abort.signal.reason;
      this.#options.loaded(data);
      this.#set('idle');
    } catch (error) {
      if (!abort.signal.aborted || abort.signal.reason === TIMEOUT) this.#set(this.#options.failed?.(error) ?? 'error');
    } finally {
      clearTimeout(timer);
    }
  }

  #set(status: LoadStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.#host.requestUpdate();
  }
}
