// Fake endpoints for stories that talk to a server (feedback, feedback summary, status tracker),
// answered in the browser. One fetch wrapper for all of them, matched on the exact path, so one
// story's endpoints can never answer another's.

/** What an endpoint answers to a request for `url`; a promise that never settles keeps the element "loading". */
export type Answer = (url: URL) => Response | Promise<Response>;

interface FakeWindow {
  __loketStoryRoutes?: Map<string, Answer>;
  /** Answers on their way (not counting `never`): scripts/a11y.mjs waits for them as for the network. */
  __loketStoryPending?: number;
}

/** Answers requests for `path` (e.g. `/story-api/feedback/fail`) with `answer`; every other request goes out as usual. */
export function fakeEndpoint(path: string, answer: Answer): void {
  if (typeof window === 'undefined') return;
  const w = window as FakeWindow;
  if (!w.__loketStoryRoutes) {
    const routes = (w.__loketStoryRoutes = new Map());
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      const route = routes.get(url.pathname);
      if (!route) return original(input, init);
      if (route === never) return route(url) as Promise<Response>;
      w.__loketStoryPending = (w.__loketStoryPending ?? 0) + 1;
      return Promise.resolve(route(url)).finally(() => (w.__loketStoryPending! -= 1));
    };
  }
  w.__loketStoryRoutes.set(path, answer);
}

/** Never answers. */
export const never: Answer = () => new Promise<Response>(() => undefined);

/** Answers with `make(url)` after `ms` milliseconds, long enough to see the busy state. */
export const after =
  (ms: number, make: (url: URL) => Response): Answer =>
  (url) =>
    new Promise<Response>((resolve) => setTimeout(() => resolve(make(url)), ms));

/** An error answer with a JSON reason. */
export const failure =
  (status: number, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(JSON.stringify({ error: status === 429 ? 'Too many requests' : 'unavailable' }), { status, headers });

/** Fails (503) and succeeds in turn, starting with a failure: for retry stories. */
export function flaky(ok: (url: URL) => Response): Answer {
  let calls = 0;
  return (url) => ((calls += 1) % 2 ? failure(503)(url) : ok(url));
}
