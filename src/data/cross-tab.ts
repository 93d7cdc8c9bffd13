/**
 * Cross-tab sync for one endpoint: a BroadcastChannel for messages, and leader election so only one
 * visible tab holds the stream. Election uses Web Locks when available (the lock is released when a
 * tab hides, stops or closes, and the next waiting tab gets it); otherwise a heartbeat on the channel:
 * the leader beats every second, a tab that hears none for 3 s takes over, and of two leaders the one
 * with the smaller random id steps down.
 */
export class CrossTab {
  #ch: BroadcastChannel;
  #abort?: AbortController;
  #release?: () => void;
  #leading = false;
  #me = Math.random();
  #heard = 0;
  #beat?: ReturnType<typeof setInterval>;
  #onMessage: (msg: unknown) => void;
  #onLead: (leading: boolean) => void;

  constructor(name: string, onMessage: (msg: unknown) => void, onLead: (leading: boolean) => void) {
    this.#onMessage = onMessage;
    this.#onLead = onLead;
    this.#ch = new BroadcastChannel(name);
    this.#ch.onmessage = (e: MessageEvent) => {
      const m = e.data as { hb?: number } | undefined;
      if (m && typeof m.hb === 'number') {
        this.#heard = Date.now();
        if (this.#leading && !this.#abort && m.hb > this.#me) this.#set(false);
      } else this.#onMessage(e.data);
    };
  }

  post(msg: unknown): void {
    this.#ch.postMessage(msg);
  }

  #set(on: boolean): void {
    if (on !== this.#leading) this.#onLead((this.#leading = on));
  }

  /** Asks for leadership; `onLead(true)` when granted. */
  lead(name: string): void {
    const locks = globalThis.navigator?.locks;
    if (locks) {
      if (this.#abort) return;
      const abort = (this.#abort = new AbortController());
      locks
        .request(name, { signal: abort.signal }, () => {
          this.#set(true);
          return new Promise<void>((r) => (this.#release = r));
        })
        .catch(() => undefined);
      return;
    }
    if (this.#beat) return;
    this.#heard = Date.now() - 2500;
    this.#beat = setInterval(() => {
      if (this.#leading) this.#ch.postMessage({ hb: this.#me });
      else if (Date.now() - this.#heard > 3000) this.#set(true);
    }, 1000);
  }

  /** Gives leadership up (or stops waiting for it). */
  release(): void {
    this.#abort?.abort();
    this.#release?.();
    this.#abort = this.#release = undefined;
    clearInterval(this.#beat);
    this.#beat = undefined;
    this.#set(false);
  }

  close(): void {
    this.release();
    this.#ch.close();
  }
}
