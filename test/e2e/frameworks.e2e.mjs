// Loket elements inside React 19, React 18, Vue 3 and Angular 21 apps, built with Vite from the package's
// own entries (`import 'loket/header'`) exactly as README "Frameworks" shows. Needs the build (dist/).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { angularCompiled, angularLinker, compileAngular } from './angular-aot.mjs';
import { launchBrowser, newPage, serveFiles } from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/e2e/fixtures/frameworks');
const angularProject = join(fixtures, 'tsconfig.angular.json');
/**
 * Each app: its page, the React major version it must run (checked in the page), and whether `profile`
 * reaches the header as an attribute (React 18's JSON route) rather than as a property.
 */
const apps = [
  { name: 'react 19', page: 'react.html', react: '19' },
  { name: 'react 18, profile and listeners through a ref', page: 'react-18.html', react: '18' },
  { name: 'react 18, profile as a JSON attribute', page: 'react-18.html?profile=json', react: '18', profileAttribute: true },
  { name: 'vue', page: 'vue.html' },
  { name: 'angular, compiled ahead of time', page: 'angular.html' },
];
const pages = [...new Set(apps.map(({ page }) => page.split('?')[0]))];
/**
 * Each app is built twice, as its framework's tooling builds it for production and for development. The
 * development builds add the frameworks' own checks (React's and Vue's warnings, Angular's dev mode), and
 * any warning or error they print fails the test.
 */
const MODES = ['production', 'development'];
/** What a development build always prints, whatever the app does: not a warning about the app. */
const devNotices = [/Angular is running in development mode/, /You are running a development build of Vue/, /Download the React DevTools/];

/**
 * The React 18 page imports `react` and `react-dom` as any React 18 app does; they resolve from
 * react-18/, the workspace that holds React 18 (the rest of the repository has React 19).
 */
function react18() {
  const page = join(fixtures, 'react-18.jsx');
  const from = join(fixtures, 'react-18/package.json');
  return {
    name: 'loket-react-18',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^react(-dom)?(\/|$)/ },
      handler(source, importer, options) {
        return importer === page ? this.resolve(source, from, { ...options, skipSelf: true }) : null;
      },
    },
  };
}

describe('in framework apps', () => {
  const out = mkdtempSync(join(tmpdir(), 'loket-frameworks-'));
  let server;
  let browser;
  before(async () => {
    const angular = compileAngular(angularProject);
    assert.equal(angular.errors, '', 'the Angular app compiles ahead of time');
    for (const mode of MODES) {
      await build({
        configFile: false,
        logLevel: 'warn',
        root: fixtures,
        base: './',
        mode,
        plugins: [react18(), angularCompiled(angular.emitted), angularLinker()],
        define: {
          // What React and Vue read to include their development checks (Vite's mode alone leaves it 'production').
          'process.env.NODE_ENV': JSON.stringify(mode),
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          // As the Angular CLI's builds: its development checks only in development, never the JIT compiler.
          ngDevMode: String(mode === 'development'),
          ngJitMode: 'false',
          ngI18nClosureMode: 'false',
        },
        build: {
          outDir: join(out, mode),
          target: 'es2022',
          minify: mode === 'production',
          rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace('.html', ''), join(fixtures, page)])) },
        },
      });
    }
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

  it('types every tag in Vue templates (loket/custom-elements-vue, checked by vue-tsc) and refuses misuse', () => {
    // vue-types.vue uses the tags as README shows, with `id` and `aria-*` as any element takes them; each
    // @vue-expect-error (a wrong variant, a misspelt attribute under strictTemplates, an unknown icon, a number
    // for an object, a detail field the event does not have) must be an error, and the listeners' events
    // are typed (strict mode refuses an untyped parameter).
    let output = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/vue-tsc'), ['-p', join(fixtures, 'tsconfig.vue.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    assert.equal(output, '', 'vue-tsc reports nothing');
  });

  it('angular: the ahead-of-time compiler refuses the loket- tags without CUSTOM_ELEMENTS_SCHEMA', () => {
    const schemas = 'schemas: [CUSTOM_ELEMENTS_SCHEMA],';
    const { errors } = compileAngular(angularProject, {
      edit: (text) => {
        assert.ok(text.includes(schemas), 'the app declares the schema');
        return text.replace(schemas, '');
      },
    });
    assert.match(errors, /'loket-header' is not a known element/);
  });

  for (const mode of MODES) for (const app of apps) {
    it(`${app.name} (${mode} build): sets objects on the elements, hears loket-* events, cancels their default, keeps working through re-renders`, async () => {
      const page = await newPage(browser);
      // Errors on the console (a failed bootstrap), the elements' own warnings (a profile attribute that is
      // not JSON) and, in a development build, the framework's warnings fail the test.
      const consoleErrors = [];
      page.on('console', (message) => {
        const text = message.text();
        const type = message.type();
        if (type === 'error' || text.startsWith('[loket]') || (mode === 'development' && type === 'warning' && !devNotices.some((notice) => notice.test(text)))) {
          consoleErrors.push(`${type}: ${text}`);
        }
      });
      const start = `http://127.0.0.1:${server.address().port}/${mode}/${app.page}`;
      await page.goto(start);
      if (app.react) assert.match(await page.evaluate(() => document.body.dataset.react), new RegExp(`^${app.react}\\.`));
      const header = page.locator('loket-header');
      // Signed out ({ active: false } given to the element): "Aanmelden".
      await header.locator('.login').waitFor();
      assert.equal((await header.locator('.login').textContent()).trim(), 'Aanmelden');
      // The app cancels loket-login and signs in itself: no navigation to login-url, the new profile shows.
      await header.locator('.login').click();
      await page.getByText('An Peeters').waitFor();
      assert.equal(page.url(), start, 'the cancelled login did not navigate');
      assert.equal(await header.evaluate((el) => el.profile.user.name), 'Peeters');
      // Only React 18's JSON route goes through the attribute; every other app sets the property.
      const attribute = await header.getAttribute('profile');
      if (app.profileAttribute) assert.equal(JSON.parse(attribute).user.name, 'Peeters');
      else assert.equal(attribute, null, 'profile was set as a property');
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
