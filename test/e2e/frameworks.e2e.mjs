// Loket elements inside React 19, Vue 3 and Angular 21 apps, built with Vite from the package's own entries
// (`import 'loket/header'`) exactly as README "Frameworks" shows. Needs the build (dist/).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, newPage, serveFiles } from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/e2e/fixtures/frameworks');
const frameworks = ['react', 'vue', 'angular'];

describe('in framework apps', () => {
  const out = mkdtempSync(join(tmpdir(), 'loket-frameworks-'));
  let server;
  let browser;
  before(async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: fixtures,
      base: './',
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      build: { outDir: out, emptyOutDir: true, target: 'es2022', rollupOptions: { input: Object.fromEntries(frameworks.map((name) => [name, join(fixtures, `${name}.html`)])) } },
    });
    server = await serveFiles((url) => join(out, url.pathname));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('types every tag for TypeScript React projects (loket/custom-elements-jsx) and refuses misuse', () => {
    // react-types.tsx uses the tags as README shows; each of its @ts-expect-error lines (a wrong variant,
    // an unknown icon, a number for an object, a detail field the event does not have) must be an error.
    const tsc = join(root, 'node_modules/.bin/tsc');
    let output = '';
    try {
      execFileSync(tsc, ['-p', join(fixtures, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '', 'tsc reports nothing');
  });

  for (const framework of frameworks) {
    it(`${framework}: sets objects as properties, hears loket-* events, cancels their default, keeps working through re-renders`, async () => {
      const page = await newPage(browser);
      // Frameworks report misuse (Angular: an unknown element without CUSTOM_ELEMENTS_SCHEMA) on the console.
      const consoleErrors = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      const start = `http://127.0.0.1:${server.address().port}/${framework}.html`;
      await page.goto(start);
      const header = page.locator('loket-header');
      // Signed out ({ active: false } given as a property): "Aanmelden".
      await header.locator('.login').waitFor();
      assert.equal((await header.locator('.login').textContent()).trim(), 'Aanmelden');
      // The app cancels loket-login and signs in itself: no navigation to login-url, the new profile shows.
      await header.locator('.login').click();
      await page.getByText('An Peeters').waitFor();
      assert.equal(page.url(), start, 'the cancelled login did not navigate');
      assert.equal(await header.evaluate((el) => el.profile.user.name), 'Peeters');
      // The framework re-renders the page around the elements: they keep working.
      const order = page.locator('loket-button', { hasText: 'Bestel cheques' });
      await order.click();
      await order.click();
      await page.waitForFunction(() => document.querySelector('#clicks').textContent === '2');
      await header.getByText('Afmelden').click();
      await header.locator('.login').waitFor();
      assert.equal(page.url(), start, 'the cancelled logout did not navigate');
      assert.deepEqual(page.pageErrors.map(String), []);
      assert.deepEqual(consoleErrors, []);
    });
  }
});
