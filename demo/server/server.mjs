// The demo portal's embedded backend: serves the built demo and the Loket protocols, in memory.
// Every module in ./routes registers its own API: export function register(router, context).
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Router } from './router.mjs';
import { sendError } from './http.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Starts the demo server.
 * @param {{ port?: number, host?: string, staticDir?: string, dataDir?: string, quiet?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, context: Record<string, unknown> }>}
 */
export async function startServer(options = {}) {
  const staticDir = options.staticDir ?? join(here, '../../dist-demo');
  const dataDir = options.dataDir ?? join(here, '../../.data');
  const router = new Router();
  /** Shared state between route modules (e.g. the notification hub), and their shutdown hooks. */
  const context = { dataDir, quiet: options.quiet ?? false, onClose: [] };

  const routeDir = join(here, 'routes');
  const modules = (await readdir(routeDir)).filter((f) => f.endsWith('.mjs')).sort();
  for (const file of modules) {
    const mod = await import(pathToFileURL(join(routeDir, file)).href);
    await mod.register(router, context);
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname.startsWith('/api/')) {
        const found = router.match(req.method ?? 'GET', url.pathname);
        if (!found) return sendError(res, 404, 'Not found');
        if (found.methodNotAllowed) return sendError(res, 405, 'Method not allowed');
        await found.handler(req, res, found.params, url);
        return;
      }
      await serveStatic(staticDir, url.pathname, res);
    } catch (error) {
      // A URIError is a malformed %-escape in the path or a cookie: the client's mistake.
      const status = error instanceof URIError ? 400 : typeof error?.status === 'number' ? error.status : 500;
      if (!res.headersSent) sendError(res, status, status === 500 ? 'Internal error' : error instanceof URIError ? 'Bad URL encoding' : error.message);
      else res.end();
      if (status === 500 && !context.quiet) console.error(error);
    }
  });

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, resolve);
    });
  } catch (error) {
    // The port is taken (npm start tries the next one): the route modules' timers and files go too.
    for (const hook of context.onClose) await hook();
    throw error;
  }
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    url: `http://localhost:${port}/`,
    port,
    context,
    close: async () => {
      for (const hook of context.onClose) await hook();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** No inline scripts, no inline styles, no other origins: what strict government portals send. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

async function serveStatic(root, pathname, res) {
  let relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (relative.startsWith('..')) return sendError(res, 400, 'Bad path');
  let file = join(root, relative);
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  } else if (!info && !extname(relative)) {
    file = `${file}.html`;
    info = await stat(file).catch(() => undefined);
  }
  if (!info) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // Government portals run strict policies; the demo runs Loket under one, with no inline script or style.
    ...(extname(file) === '.html' ? { 'content-security-policy': contentSecurityPolicy } : {}),
  });
  res.end(body);
}
