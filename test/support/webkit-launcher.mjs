// A web-test-runner browser launcher for WebKit (scripts/webkit.mjs), and the commands the tests send
// (sendKeys, sendMouse, resetMouse, setViewport) as WebDriver actions. One page at a time.
import { startWebDriver } from '../../scripts/webkit.mjs';

/** WebDriver's codes for the keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
const keys = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  ' ': '\uE00D',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Backspace: '\uE003',
  Meta: '\uE03D',
};
/** The WebDriver value for a key name as the tests write it ("Escape", "a"). */
export const webDriverKey = (name) => {
  if (keys[name]) return keys[name];
  if ([...name].length === 1) return name;
  throw new Error(`WebKit launcher: no WebDriver code for the key "${name}"`);
};

export function webkitLauncher(found) {
  let driver;
  let active;
  let url;
  // The window's frame (toolbar, borders) around the viewport, measured once.
  let frame;
  return {
    name: 'WebKit',
    type: 'webkit-webdriver',
    concurrency: 1,
    // web-test-runner's own command plugins come first in its list and refuse a browser type they do not
    // know: the WebKit commands go ahead of them.
    async initialize(config) {
      config.plugins?.unshift(webkitCommandsPlugin());
      driver = await startWebDriver(found);
    },
    async stop() {
      await driver?.quit();
    },
    async startSession(sessionId, target) {
      active = sessionId;
      url = target;
      // Each test file starts at the viewport Chromium's and Firefox's pages start at, whatever the last one set.
      await this.viewport(800, 600);
      await driver.call('POST', '/url', { url: target });
    },
    isActive: (sessionId) => active === sessionId,
    getBrowserUrl: () => url,
    async stopSession() {
      active = undefined;
      await driver.call('POST', '/url', { url: 'about:blank' }).catch(() => undefined);
      return {};
    },
    startDebugSession() {
      throw new Error('WebKit runs headless only here.');
    },
    get version() {
      return driver?.version;
    },
    /** Pressed keys, as one WebDriver key action sequence. */
    async keys(steps) {
      await driver.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: steps }] });
    },
    async pointer(steps) {
      await driver.call('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }] });
    },
    async viewport(width, height) {
      if (!frame) {
        const [w, h] = await driver.call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
        const rect = await driver.call('GET', '/window/rect');
        frame = { width: rect.width - w, height: rect.height - h };
      }
      await driver.call('POST', '/window/rect', { width: width + frame.width, height: height + frame.height });
      await driver.focus();
      // The page is resized, and the window focused, a moment later: wait for both, so neither lands mid-test.
      for (let tries = 0; tries < 50; tries += 1) {
        const [w, h, focused] = await driver.call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight, document.hasFocus()]', args: [] });
        if (w === width && h === height && focused) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`WebKit launcher: the viewport did not become ${width}x${height}`);
    },
  };
}

/** sendKeys, sendMouse, resetMouse and setViewport for the WebKit launcher; other browsers' go on to the default plugins. */
function webkitCommandsPlugin() {
  return {
    name: 'loket-webkit-commands',
    async executeCommand({ command, payload, session }) {
      const browser = session.browser;
      if (browser.type !== 'webkit-webdriver') return undefined;
      if (command === 'send-keys') {
        if ('type' in payload) await browser.keys([...payload.type].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]));
        else if ('press' in payload) {
          const parts = payload.press.split('+').map(webDriverKey);
          await browser.keys([...parts.map((value) => ({ type: 'keyDown', value })), ...parts.reverse().map((value) => ({ type: 'keyUp', value }))]);
        } else if ('down' in payload) await browser.keys([{ type: 'keyDown', value: webDriverKey(payload.down) }]);
        else if ('up' in payload) await browser.keys([{ type: 'keyUp', value: webDriverKey(payload.up) }]);
        return true;
      }
      if (command === 'send-mouse') {
        const button = { left: 0, middle: 1, right: 2 }[payload.button ?? 'left'];
        const [x, y] = payload.position ?? [0, 0];
        if (payload.type === 'move') await browser.pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }]);
        else if (payload.type === 'click')
          await browser.pointer([
            { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
            { type: 'pointerDown', button },
            { type: 'pointerUp', button },
          ]);
        else await browser.pointer([{ type: payload.type === 'down' ? 'pointerDown' : 'pointerUp', button }]);
        return true;
      }
      if (command === 'reset-mouse') {
        await browser.pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', x: 0, y: 0 }]);
        return true;
      }
      if (command === 'set-viewport') {
        await browser.viewport(payload.width, payload.height);
        return true;
      }
      return undefined;
    },
  };
}
