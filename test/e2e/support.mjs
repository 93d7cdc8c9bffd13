// Shared setup for end-to-end specs: the built demo served by its embedded backend, and Chromium.
// Specs use node:test; `npm run build` (or scripts/test.mjs) must have built dist-demo first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server/server.mjs';
import { chromeArgs, findChrome } from '../../scripts/chrome.mjs';

/** Starts the demo backend on a free port with its own data directory (removed on close, unless it was given). */
export async function startDemo(options = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'loket-e2e-'));
  const server = await startServer({ port: 0, quiet: true, dataDir, ...options });
  return {
    ...server,
    dataDir,
    async close() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium (CHROME_PATH or the usual install places). */
export async function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
}

/**
 * A fresh page whose `pageErrors` collects uncaught errors, errors the browser reports without an
 * exception ("ResizeObserver loop completed with undelivered notifications"), anything the page's
 * Content-Security-Policy refused (the demo serves a strict one) and a script or style sheet that did
 * not load (a module script that fails to load throws nothing), so tests can fail on any of them.
 */
export async function newPage(browser, { viewport = VIEWPORTS.desktop, locale = 'nl-BE' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const errors = [];
  await context.exposeBinding('__loketPageError', (_source, text) => errors.push(new Error(text)));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__loketPageError(`Content-Security-Policy refused ${e.violatedDirective}: ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    );
    // Uncaught exceptions arrive as `pageerror`; these have no exception to throw.
    window.addEventListener('error', (e) => {
      if (!e.error) window.__loketPageError(e.message);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error));
  const loaded = (request, failure) => {
    if (['script', 'stylesheet'].includes(request.resourceType())) errors.push(new Error(`${request.resourceType()} ${request.url()} did not load: ${failure}`));
  };
  page.on('requestfailed', (request) => loaded(request, request.failure()?.errorText));
  page.on('response', (response) => response.status() >= 400 && loaded(response.request(), response.status()));
  page.pageErrors = errors;
  return page;
}

/**
 * For a describe block against the demo: starts the demo backend and Chromium before its tests and
 * closes both after. The returned object's `demo` and `browser` are set once the block runs.
 */
export function useDemo() {
  const suite = { demo: undefined, browser: undefined };
  before(async () => {
    suite.demo = await startDemo();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.demo?.close();
  });
  return suite;
}

/** The demo backend's notification endpoint. */
export const notificationsApi = (demo) => new URL('/api/notifications', demo.url).href;

/** The demo backend's unread count for the signed-in identity. */
export async function unreadCount(demo) {
  return (await (await fetch(`${notificationsApi(demo)}?limit=1`)).json()).unreadCount;
}

/** POSTs `body` as JSON (or nothing) to the demo backend. */
export function postJson(url, body) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };

/**
 * A static file server on a free port, with no build tool in between: `fileFor(url)` names the file for
 * a request URL and may return `{ file, edit }` to change its text. Resolves to the server; 404 for a missing file.
 */
export function serveFiles(fileFor) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const found = fileFor(url);
    const { file, edit } = typeof found === 'string' ? { file: found } : found;
    try {
      let body = await readFile(file);
      if (edit) body = edit(body.toString());
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** axe-core, to evaluate in a page: the demo's Content-Security-Policy allows no injected script tag. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The header's skip link sits before the banner, as GOV.UK's does. axe knows a skip link by its coming
 * before the page's first link to another page (compareDocumentPosition), which fails when that link is
 * in another tree: on the start page, whose header links to itself, it is one of the portal's. axe then
 * takes the skip link for content outside a landmark. Only that link is left out.
 */
export const axeExclude = [{ fromShadowDom: ['loket-header', '.skip'] }];

/** In the page, once axe is loaded: the violations of `tags` and axe's best practices, one line each. */
export async function axeViolations({ tags, exclude }) {
  const result = await window.axe.run({ include: [document], exclude }, { runOnly: { type: 'tag', values: [...tags, 'best-practice'] }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** The demo's pages. */
export const DEMO_PAGES = ['', 'dossiers.html', 'inbox.html', 'feedback.html', 'dev.html'];

/** In the page: whether every Loket element is upgraded (has its shadow root). */
export const upgraded = () => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('loket-') || el.shadowRoot);

/** Waits until every Loket element on the page is upgraded and the page's first requests have settled. */
export async function settled(page) {
  await page.waitForFunction(upgraded);
  // A long-lived notification stream may keep the page from ever idling.
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
}

/**
 * What opens on the start page, for audits of the open state: the button that opens it (a path of
 * selectors, each inside the previous one's shadow root), and when it is open (in the page). `phone` ones
 * need the narrow layout (the menu), `desktop` ones the wide one (the mandate list in the bar).
 */
export const OPEN_STATES = {
  'the notification panel': {
    widths: ['desktop', 'phone'],
    button: ['loket-notifications', '.bell'],
    opened: () => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-expanded') === 'true',
  },
  'the feedback dialog': {
    widths: ['desktop'],
    button: ['loket-feedback', '.trigger'],
    opened: () => !!document.querySelector('loket-feedback')?.shadowRoot?.querySelector('dialog[open]'),
  },
  'the mandate list': {
    widths: ['desktop'],
    button: ['loket-header', 'loket-mandate-switcher', '.trigger'],
    opened: () => document.querySelector('loket-header')?.shadowRoot?.querySelector('loket-mandate-switcher')?.open === true,
  },
  'the menu': {
    widths: ['phone'],
    button: ['loket-header', '.menu'],
    opened: () => document.querySelector('loket-header')?.shadowRoot?.querySelector('.menu')?.getAttribute('aria-expanded') === 'true',
  },
};

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** Every demo page at every width, and the start page with each of OPEN_STATES open at its widths. */
export function* demoCases() {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    for (const path of DEMO_PAGES) yield { title: `${path || 'index.html'} (${width})`, path, viewport };
    for (const [label, state] of Object.entries(OPEN_STATES)) {
      if (state.widths.includes(width)) yield { title: `index.html with ${label} open (${width})`, path: '', viewport, state };
    }
  }
}

/** A demo case (see demoCases) in a fresh page: loaded, settled, and its state open. */
export async function openDemoCase(browser, demo, { path, viewport, state }) {
  const page = await newPage(browser, { viewport });
  await page.goto(new URL(path, demo.url).href);
  await settled(page);
  if (path === 'inbox.html') await page.locator('loket-inbox .row').first().waitFor();
  if (state) {
    // Playwright's CSS selectors look through shadow roots: the path's selectors, one inside the other.
    await page.locator(state.button.join(' ')).first().click();
    await page.waitForFunction(state.opened);
  }
  return page;
}
