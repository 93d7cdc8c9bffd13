// Which browsers the component tests run in. LOKET_BROWSERS (comma-separated: chromium, firefox, webkit)
// picks; otherwise Chromium, and Firefox and WebKit when they are installed. CI needs all three: a run that
// silently lost a browser would look as green as one that had it.
import { findFirefox, firefoxHelp } from './firefox.mjs';
import { findWebKit, webkitHelp } from './webkit.mjs';

const optional = {
  firefox: { find: findFirefox, name: 'Firefox', help: firefoxHelp },
  webkit: { find: findWebKit, name: 'WebKit', help: webkitHelp },
};

/** The browsers to test in, and a line for each optional one that is missing (locally). Throws when one asked for is missing. */
export function testBrowsers() {
  const asked = process.env.LOKET_BROWSERS?.split(',').map((b) => b.trim().toLowerCase());
  if (asked?.some((b) => b !== 'chromium' && !optional[b])) throw new Error(`LOKET_BROWSERS takes chromium, firefox and/or webkit, not "${process.env.LOKET_BROWSERS}".`);
  const names = ['chromium'];
  const missing = [];
  for (const [key, { find, name, help }] of Object.entries(optional)) {
    const wanted = asked ? asked.includes(key) : true;
    if (!wanted) continue;
    if (find()) names.push(key);
    else if (asked || process.env.CI) throw new Error(`${asked ? 'LOKET_BROWSERS asks for' : 'CI needs'} ${name} for the component tests, and none was found. ${help}`);
    else missing.push(`${name} is left out: none found. ${help}`);
  }
  return { names: asked ? names.filter((n) => asked.includes(n)) : names, missing };
}
