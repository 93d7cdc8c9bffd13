// Finds a Firefox for the component tests' second browser. FIREFOX_PATH wins; otherwise the usual install
// places. Puppeteer drives it through WebDriver BiDi, so a stock Firefox does (tested with Firefox ESR 153).
import { findExecutable } from './chrome.mjs';

const candidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
];

export const firefoxHelp =
  'Install Firefox (Debian/Ubuntu: sudo apt-get install firefox-esr; macOS/Windows: from mozilla.org) or point FIREFOX_PATH at its executable.';

/**
 * The Firefox to test in, or undefined when there is none. In CI one is required (.ci/run installs it):
 * a run that silently lost its second browser would look as green as one that had it.
 */
export function findFirefox() {
  const found = findExecutable('FIREFOX_PATH', candidates);
  if (found || !process.env.CI) return found;
  throw new Error(`CI needs Firefox for the component tests, and none was found. ${firefoxHelp}`);
}

/**
 * The browsers the component tests run in: `LOKET_BROWSERS` (chromium, firefox or both, comma-separated)
 * when set, else Chromium and, when one is installed, Firefox.
 */
export function testBrowsers() {
  const asked = process.env.LOKET_BROWSERS?.split(',').map((b) => b.trim().toLowerCase());
  if (asked?.some((b) => b !== 'chromium' && b !== 'firefox')) throw new Error(`LOKET_BROWSERS takes chromium and/or firefox, not "${process.env.LOKET_BROWSERS}".`);
  if (asked) {
    if (asked.includes('firefox') && !findFirefox()) throw new Error(`LOKET_BROWSERS asks for Firefox, and none was found. ${firefoxHelp}`);
    return asked;
  }
  return findFirefox() ? ['chromium', 'firefox'] : ['chromium'];
}
