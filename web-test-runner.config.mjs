import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { testBrowsers } from './scripts/browsers.mjs';
import { findFirefox } from './scripts/firefox.mjs';
import { findWebKit } from './scripts/webkit.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { accessibilityTreePlugin } from './test/support/accessibility-tree-plugin.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';

// Chromium, and Firefox and WebKit when installed (all required in CI; LOKET_BROWSERS picks). Only Chromium
// gives the accessibility tree and forced colors (its DevTools protocol): those suites skip elsewhere.
// Puppeteer drives Firefox over WebDriver BiDi; WebKitGTK's MiniBrowser is driven over WebDriver.
const browsers = [];
try {
  const { names, missing } = testBrowsers();
  if (names.includes('chromium')) browsers.push(chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } }));
  if (names.includes('firefox')) browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }));
  if (names.includes('webkit')) browsers.push(webkitLauncher(findWebKit()));
  for (const line of missing) console.log(`\nComponent tests: ${line}\n`);
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// Every component test runs under a style policy without 'unsafe-inline', as strict government portals
// set it: a style attribute written by a component is refused by the browser and fails the test file.
// The nonce is test/support/csp.ts's, for tests that add a stylesheet of their own.
const stylePolicy = "style-src 'self' 'nonce-loket-test-styles'";
const reportViolations = `document.addEventListener('securitypolicyviolation', (e) => {
  setTimeout(() => { throw new Error('Content-Security-Policy violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber); });
});`;
// Lit's development build warns about what wastes work or breaks in production (an update scheduled after
// one completed, a class field shadowing a property): such a warning fails the test file. Only the notice
// that Lit is in development mode is let through.
const reportLitWarnings = `{
  const warn = console.warn;
  console.warn = (...args) => {
    warn.apply(console, args);
    const text = args.map(String).join(' ');
    if (/lit\\.dev\\/msg\\//.test(text) && !/lit\\.dev\\/msg\\/dev-mode/.test(text)) setTimeout(() => { throw new Error('Lit warning: ' + text); });
  };
}`;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), forcedColorsPlugin(), accessibilityTreePlugin()],
  browsers,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    async (context, next) => {
      await next();
      if (context.response.is('html')) context.set('Content-Security-Policy', stylePolicy);
    },
  ],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>${reportViolations}${reportLitWarnings}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
