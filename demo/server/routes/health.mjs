import { sendJson } from '../http.mjs';

/** GET /api/health: liveness for scripts and tests. */
export function register(router) {
  router.get('/api/health', (_req, res) => sendJson(res, 200, { ok: true }));
}
