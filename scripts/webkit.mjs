// WebKit for the component tests: WebKitGTK's MiniBrowser driven by WebKitWebDriver (W3C WebDriver), the
// engine Safari is built on. Debian/Ubuntu: apt-get install webkit2gtk-driver xvfb xdotool. Without a display
// the driver runs inside xvfb-run, and xdotool gives the window back its focus after a resize (there is no
// window manager to do it). WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH point at other installs.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExecutable } from './chrome.mjs';

export const webkitHelp =
  'Install WebKitGTK\'s WebDriver and a virtual display (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb) or point WEBKIT_DRIVER_PATH at a WebKitWebDriver.';

/** The driver and the browser it starts, or undefined when either is missing. */
export function findWebKit() {
  const driver = findExecutable('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
  const browser = findExecutable('WEBKIT_BROWSER_PATH', [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  if (!driver || !browser) return undefined;
  if (process.env.DISPLAY) return { driver, browser };
  const xvfb = findExecutable('XVFB_RUN_PATH', ['/usr/bin/xvfb-run']);
  const xdotool = findExecutable('XDOTOOL_PATH', ['/usr/bin/xdotool']);
  return xvfb && xdotool ? { driver, browser, xvfb, xdotool } : undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide; the tests set viewports down to 320 px. A GTK
 * style sheet of its own (the browser's chrome only, never the page) lets the toolbar shrink.
 */
function gtkConfig() {
  const home = mkdtempSync(join(tmpdir(), 'loket-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0/gtk.css'), '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n');
  return home;
}

/** A WebDriver session over plain HTTP: `call('POST', '/url', { url })`. */
export async function startWebDriver({ driver, browser, xvfb, xdotool }) {
  const port = await freePort();
  const config = gtkConfig();
  // Inside xvfb-run the driver tells which display (and its key) it got, for xdotool.
  const display = join(config, 'display');
  const command = xvfb
    ? [xvfb, ['-a', '-s', '-screen 0 1600x1200x24', 'sh', '-c', `echo "$DISPLAY $XAUTHORITY" > "${display}"; exec "${driver}" --port=${port}`]]
    : [driver, [`--port=${port}`]];
  const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true, env: { ...process.env, XDG_CONFIG_HOME: config } });
  const base = `http://127.0.0.1:${port}`;
  // A command that never answers (a window that cannot take input, a page that never loads) fails after a
  // minute instead of holding the test run.
  const raw = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
      signal: AbortSignal.timeout(60000),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`);
    return json.value;
  };
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await raw('GET', '/status')).ready) break;
    } catch (error) {
      if (tries > 100) throw new Error(`WebKitWebDriver did not start: ${error.message}`, { cause: error });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const session = await raw('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } } },
  });
  const id = session.sessionId;
  const x = () => {
    const [DISPLAY, XAUTHORITY] = readFileSync(display, 'utf8').trim().split(' ');
    return { ...process.env, DISPLAY, XAUTHORITY };
  };
  const run = (args) => new Promise((resolve) => execFile(xdotool, args, { env: x() }, (error, stdout) => resolve(error ? '' : stdout)));
  return {
    version: session.capabilities.browserVersion,
    /** Gives the browser window the keyboard focus (a resize takes it away when no window manager runs). */
    async focus() {
      if (!xdotool) return;
      const windows = (await run(['search', '--class', 'MiniBrowser'])).split('\n').filter(Boolean);
      for (const window of windows) await run(['windowfocus', window]);
    },
    call: (method, path, body) => raw(method, `/session/${id}${path}`, body),
    async quit() {
      await raw('DELETE', `/session/${id}`).catch(() => undefined);
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
      // The style sheet and display file of this run.
      rmSync(config, { recursive: true, force: true });
    },
  };
}
