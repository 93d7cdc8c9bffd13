/** A response outside 2xx; `status` lets callers tell "not signed in" (401) from a failure. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * GETs JSON for an element's `src`-style attribute. Rejects with HttpError on a non-2xx status, with a
 * SyntaxError on a body that is not JSON, and with an AbortError when `signal` aborts.
 */
export async function getJson(url: string, signal: AbortSignal, credentials: RequestCredentials = 'include'): Promise<unknown> {
  const response = await fetch(url, { credentials, headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new HttpError(response.status);
  return response.json();
}
