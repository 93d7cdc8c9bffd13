// Finds a Chrome or Chromium to drive in tests. CHROME_PATH wins; otherwise the usual install places.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep headless Chromium quiet on machines without a network or GPU (the launchers add the headless flag). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-first-run',
  // Test pages run side by side; keep background pages from being throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The executable named by the environment variable `env` (which must exist), else the first of `places` that does; undefined when none. */
export function findExecutable(env, places) {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to ${fromEnv}, but no file is there.`);
  }
  return places.find((path) => existsSync(path));
}

export function findChrome() {
  const found = findExecutable('CHROME_PATH', candidates);
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
      'macOS/Windows: install Google Chrome) or point CHROME_PATH at its executable.',
  );
}
