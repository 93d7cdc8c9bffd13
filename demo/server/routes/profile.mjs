// The demo's login session and profile (docs/protocols.md, "Identity and profile"), for <loket-header profile-url>.
//
// GET /api/profile                 -> 200 Profile for this browser's session
// GET /api/login                   -> 303 back: signed in as Sofie Peeters, acting for herself
// GET /api/logout                  -> 303 back: signed out
// GET /api/switch?login_hint=<h>   -> 303 back: acting for the identity with that loginHint (400 when unknown)
//
// The session lives in a cookie (loket_demo = "out" | "as:<loginHint>"), so every browser (and every
// e2e page) has its own; without the cookie the person is signed in as herself. The active identity is
// exposed as `context.activeIdentity(req)` so the notification backend shows each identity its own items,
// and whether anyone is signed in as `context.signedIn(req)` (signed out, the notifications answer 401).
import { sendError, sendJson } from '../http.mjs';

const COOKIE = 'loket_demo';
const user = { firstName: 'Sofie', name: 'Peeters' };

/** Sofie may act for herself, for two companies (one with two branches) and for an association. */
export const identities = [
  { onBehalfOf: { code: 'BUR', firstName: 'Sofie', name: 'Peeters' }, loginHint: 'self' },
  { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV', identifier: '0123.456.789' }, loginHint: 'ea-0123456789' },
  { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV – vestiging Gent', identifier: '2.145.678.901' }, loginHint: 'ea-2145678901' },
  { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV – vestiging Aalst', identifier: '980000611888' }, loginHint: 'ea-980000611888' },
  { onBehalfOf: { code: 'EA', name: 'Dienstenbedrijf Hulp aan Huis NV', identifier: '0812.345.678' }, loginHint: 'ea-0812345678' },
  { onBehalfOf: { code: 'VER', name: 'Vzw Buurtwerk De Brug', identifier: '0456.789.123' }, loginHint: 'ver-0456789123' },
];

function session(req) {
  const cookie = String(req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE);
  const value = cookie ? decodeURIComponent(cookie.slice(1).join('=')) : 'as:self';
  if (value === 'out') return { active: false };
  const hint = value.startsWith('as:') ? value.slice(3) : 'self';
  return { active: true, identity: identities.find((i) => i.loginHint === hint) ?? identities[0] };
}

/** Back to the page the person came from (same origin only), else the home page. */
function back(req, res, value) {
  let location = '/';
  try {
    const referer = new URL(String(req.headers.referer ?? ''));
    if (referer.host === req.headers.host) location = `${referer.pathname}${referer.search}`;
  } catch {
    // no or malformed referer: home
  }
  res.writeHead(303, {
    location,
    'set-cookie': `${COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax`,
    'cache-control': 'no-store',
  });
  res.end();
}

export function register(router, context) {
  context.signedIn = (req) => session(req).active;
  context.activeIdentity = (req) => {
    const s = session(req);
    return s.active && s.identity.onBehalfOf.code !== 'BUR' ? { onBehalfOf: s.identity.onBehalfOf, loginHint: s.identity.loginHint } : undefined;
  };

  router.get('/api/profile', (req, res) => {
    const s = session(req);
    if (!s.active) return sendJson(res, 200, { active: false });
    sendJson(res, 200, { active: true, user, activeIdentity: s.identity, identities });
  });
  router.get('/api/login', (req, res) => back(req, res, 'as:self'));
  router.get('/api/logout', (req, res) => back(req, res, 'out'));
  router.get('/api/switch', (req, res, _params, url) => {
    const hint = url.searchParams.get('login_hint') ?? 'self';
    if (!identities.some((i) => i.loginHint === hint)) return sendError(res, 400, 'Unknown login_hint');
    back(req, res, `as:${hint}`);
  });
}
