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

/** The Firefox to test in, or undefined when there is none (scripts/browsers.mjs decides whether that is an error). */
export function findFirefox() {
  return findExecutable('FIREFOX_PATH', candidates);
}
