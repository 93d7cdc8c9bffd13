// Firefox and WebKit for the cross-browser journeys (cross-browser.e2e.mjs), behind one small interface:
// Firefox through puppeteer-core (WebDriver BiDi), WebKit through WebKitGTK's WebDriver (scripts/webkit.mjs).
// Pages are driven with real pointer clicks and key presses; what a test reads runs in the page, where
// `$('loket-header', '.menu')` finds an element through the shadow roots on its way.
import * as puppeteer from 'puppeteer-core';
import { findFirefox, firefoxHelp } from '../../scripts/firefox.mjs';
import { findWebKit, startWebDriver, webkitHelp } from '../../scripts/webkit.mjs';
import { webDriverKey } from '../support/webkit-launcher.mjs';
import { VIEWPORTS } from './support.mjs';

/** In the page: the element at the end of a path of selectors, each looked up in the previous one's shadow root. */
function deepQuery(...path) {
  let scope = document;
  let found = null;
  for (const selector of path) {
    found = (scope?.shadowRoot ?? scope)?.querySelector(selector) ?? null;
    if (!found) return null;
    scope = found;
  }
  return found;
}

/**
 * The in-page script for `fn($, ...args)`, whose result (awaited) must be JSON or a node (which reads as
 * `true`). `helpers` (functions by name) are defined in the page too, so `fn` and they may call them.
 */
const script = (fn, args, helpers) =>
  `(async () => { const $ = ${deepQuery}; ${Object.entries(helpers)
    .map(([name, helper]) => `const ${name} = ${helper};`)
    .join(' ')} const result = await (${fn})($, ...${JSON.stringify(args)}); return result instanceof Node ? true : result; })()`;

/** In the page: collects uncaught errors and unhandled rejections in `window.__loketErrors`. */
const collectErrors = `window.__loketErrors ??= [];
  const describe = (error) => [String(error), error?.stack].filter(Boolean).join('\\n');
  addEventListener('error', (e) => __loketErrors.push(describe(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => __loketErrors.push(describe(e.reason)));`;

/** The page-level operations every driver offers on top of its own `evaluate`, `goto`, `clickAt` and `press`. */
function pageApi({ evaluate, goto, clickAt, press }, helpers) {
  const api = {
    goto,
    /** The uncaught errors of the page so far (see collectErrors). */
    errors: () => evaluate('Promise.resolve(window.__loketErrors ?? [])'),
    evaluate: (fn, ...args) => evaluate(script(fn, args, helpers)),
    /** Runs a whole script (a library such as axe-core) in the page. */
    inject: (source) => evaluate(`(async () => {\n${source}\n})()`),
    press,
    /** Polls `fn` in the page until it returns something truthy (and returns that), for at most `timeout` ms. */
    async waitFor(fn, args = [], { timeout = 10000, message = `${fn}` } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await api.evaluate(fn, ...args).catch((error) => ({ error }));
        if (value && !value.error) return value;
        if (Date.now() > end) throw new Error(`Timed out waiting for ${message}${value?.error ? ` (${value.error.message})` : ''}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Scrolls the element at `path` into view and clicks its middle with the pointer. */
    async click(...path) {
      const point = await api.waitFor(
        ($, path) => {
          const el = $(...path);
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return r.width && r.height ? [r.x + r.width / 2, r.y + r.height / 2] : null;
        },
        [path],
        { message: `a visible ${path.join(' → ')}` },
      );
      await clickAt(point[0], point[1]);
    },
  };
  return api;
}

async function firefox(executablePath, helpers) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  return {
    name: 'Firefox',
    version: await browser.version(),
    /** A new tab of the same browser (same storage, same BroadcastChannels). Closing it twice does nothing. */
    async newPage({ viewport = VIEWPORTS.desktop } = {}) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      // Before any of the page's scripts run.
      await page.evaluateOnNewDocument(collectErrors);
      return {
        ...pageApi({
          goto: (url) => page.goto(url).then(() => undefined),
          evaluate: (code) => page.evaluate(code),
          clickAt: (x, y) => page.mouse.click(x, y),
          press: (key) => page.keyboard.press(key),
        }, helpers),
        async close() {
          if (!page.isClosed()) await page.close();
        },
      };
    },
    close: () => browser.close(),
  };
}

async function webkit(found, helpers) {
  const driver = await startWebDriver(found);
  const first = await driver.call('GET', '/window');
  let current = first;
  /** The session's first window stays open (WebDriver needs one to open others from); it is reused when free. */
  let firstFree = true;
  /** WebDriver talks to one window at a time: each call first makes its page's window the current one. */
  const on = async (handle) => {
    if (handle !== current) await driver.call('POST', '/window', { handle });
    current = handle;
  };
  return {
    name: 'WebKit',
    version: driver.version,
    async newPage({ viewport = VIEWPORTS.desktop } = {}) {
      // New windows share storage and BroadcastChannels, like tabs. (Not tabs: WebKitGTK's MiniBrowser takes
      // no pointer input in a tab in the background, and the command never answers.)
      await on(first);
      const handle = firstFree ? first : (await driver.call('POST', '/window/new', { type: 'window' })).handle;
      if (handle === first) firstFree = false;
      let closed = false;
      await on(handle);
      // The window's outer size: MiniBrowser's headless windows have no frame, so it is the viewport's too.
      await driver.call('POST', '/window/rect', viewport);
      await driver.focus();
      return {
        ...pageApi({
          // WebDriver classic cannot run a script before the page's own: errors are collected from the end of the load on.
          goto: async (url) => {
            await on(handle);
            await driver.call('POST', '/url', { url });
            await driver.call('POST', '/execute/sync', { script: collectErrors, args: [] });
          },
          evaluate: async (code) => {
            await on(handle);
            const result = await driver.call('POST', '/execute/async', {
              script: `const done = arguments[0]; ${code}.then((value) => done({ value }), (error) => done({ error: String(error?.stack ?? error) }));`,
              args: [],
            });
            if (result?.error) throw new Error(result.error);
            return result?.value;
          },
          clickAt: async (x, y) => {
            await on(handle);
            await driver.call('POST', '/actions', {
              actions: [
                {
                  type: 'pointer',
                  id: 'mouse',
                  parameters: { pointerType: 'mouse' },
                  actions: [
                    { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
                    { type: 'pointerDown', button: 0 },
                    { type: 'pointerUp', button: 0 },
                  ],
                },
              ],
            });
          },
          press: async (name) => {
            await on(handle);
            const value = webDriverKey(name);
            await driver.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
          },
        }, helpers),
        async close() {
          if (closed) return;
          closed = true;
          await on(handle);
          if (handle === first) {
            await driver.call('POST', '/url', { url: 'about:blank' });
            firstFree = true;
          } else {
            await driver.call('DELETE', '/window');
            current = undefined;
          }
        },
      };
    },
    close: () => driver.quit(),
  };
}

/**
 * The browsers besides Chromium: `{ name, launch(helpers) }` for each one installed, `{ name, missing }`
 * (what to install) for each one that is not. `helpers`: functions by name that scripts run in the pages can call.
 */
export function otherBrowsers() {
  const firefoxPath = findFirefox();
  const webkitFound = findWebKit();
  return [
    firefoxPath ? { name: 'Firefox', launch: (helpers = {}) => firefox(firefoxPath, helpers) } : { name: 'Firefox', missing: firefoxHelp },
    webkitFound ? { name: 'WebKit', launch: (helpers = {}) => webkit(webkitFound, helpers) } : { name: 'WebKit', missing: webkitHelp },
  ];
}
