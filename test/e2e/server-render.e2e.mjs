// Loket on a server: importing and constructing every element in Node touches no browser global (DESIGN:
// "nothing touches document or window at import time or in constructors"), Lit's server renderer
// (@lit-labs/ssr, as Astro, Eleventy and Next.js integrations use it) turns every element into declarative
// shadow DOM without fetching anything, and a browser shows that HTML before any script runs, then the
// CDN bundle takes the elements over without doubling their content.
// Needs the build (node scripts/build.mjs). Run: node --test test/e2e/server-render.e2e.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, newPage, serveFiles } from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const dist = join(root, 'dist');

/**
 * Browser globals Node does not have. Reading one from Loket's own modules (not Lit's, which looks for
 * `document` to know where it runs) is recorded, even when the code guards against its absence.
 */
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'matchMedia', 'requestAnimationFrame', 'getComputedStyle', 'addEventListener', 'ResizeObserver', 'IntersectionObserver'];
const touched = [];
for (const name of BROWSER_GLOBALS.filter((n) => !(n in globalThis))) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const caller = new Error().stack.split('\n')[2] ?? '';
      if (caller.includes(dist)) touched.push(`${name} (${caller.trim()})`);
      return undefined;
    },
  });
}
const fetched = [];
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  fetched.push(String(input));
  return realFetch(input, init);
};

// After the traps: Lit's Node build brings its DOM shim (HTMLElement, customElements), then every
// per-module entry by the package's own name, as a server imports them, and the entry of them all.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const entries = readdirSync(join(dist, 'entries')).filter((f) => f.endsWith('.js'));
for (const file of entries) await import(`loket/${file.replace(/\.js$/, '')}`);
await import('loket');
// A portal's own Lit element with Loket elements in its shadow root (for the hydration tests below).
await import('./fixtures/server-render/portal-card.js');
const importTouched = touched.splice(0);

const profile = {
  active: true,
  user: { firstName: 'Sofie', name: 'Peeters' },
  identities: [
    { onBehalfOf: { code: 'BUR', name: 'Peeters', firstName: 'Sofie' }, loginHint: 'self' },
    { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV', identifier: '456789123' }, loginHint: 'ea-0456789123' },
  ],
};
const dossier = {
  title: 'Studietoelage 2025-2026',
  reference: 'ST-2025-104233',
  steps: [
    { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: '2025-09-02T10:15:00+02:00' },
    { id: 'behandeling', label: 'In behandeling', status: 'current' },
    { id: 'beslissing', label: 'Beslissing', status: 'upcoming' },
  ],
};

/**
 * Each element in a realistic state, and text its server-rendered HTML must hold. Data goes in attributes
 * (JSON), as a server-rendered page passes it: a property set on the server does not reach the browser.
 */
const CASES = [
  ['loket-button', html`<loket-button variant="primary">Bestel dienstencheques</loket-button>`, ['Bestel dienstencheques']],
  ['loket-button', html`<loket-button href="/dossiers.html" variant="secondary">Mijn dossiers</loket-button>`, ['href="/dossiers.html"']],
  ['loket-icon', html`<loket-icon name="bell" label="Meldingen"></loket-icon>`, ['Meldingen']],
  ['loket-badge', html`<loket-badge count="120"></loket-badge>`, ['99+']],
  ['loket-alert', html`<loket-alert variant="warning" heading="Onderhoud" closable>Zondag van 8 tot 10 uur is de Beveiligde Zone niet bereikbaar.</loket-alert>`, ['Onderhoud']],
  ['loket-pill', html`<loket-pill removable>Studietoelagen</loket-pill>`, ['Studietoelagen']],
  ['loket-header', html`<loket-header application-name="Dienstencheques" profile=${JSON.stringify(profile)}></loket-header>`, ['Dienstencheques', 'Sofie Peeters', 'Afmelden']],
  ['loket-mandate-switcher', html`<loket-mandate-switcher profile=${JSON.stringify(profile)}></loket-mandate-switcher>`, ['Sofie Peeters']],
  ['loket-notifications', html`<loket-notifications endpoint="/api/notifications" inbox-url="/inbox.html"></loket-notifications>`, ['Meldingen']],
  ['loket-inbox', html`<loket-inbox endpoint="/api/notifications"></loket-inbox>`, ['Alle']],
  ['loket-status-tracker', html`<loket-status-tracker dossier=${JSON.stringify(dossier)}></loket-status-tracker>`, ['Studietoelage 2025-2026', 'Aanvraag ingediend', 'In behandeling', 'Beslissing']],
  ['loket-feedback', html`<loket-feedback endpoint="/api/feedback"></loket-feedback>`, ['Geef feedback']],
  ['loket-feedback-summary', html`<loket-feedback-summary endpoint="/api/feedback/summary"></loket-feedback-summary>`, []],
];

describe('Loket on a server (Lit SSR)', () => {
  it('imports every per-module entry and constructs every element in Node without reading a browser global', () => {
    assert.deepEqual(importTouched, [], 'at import');
    const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    assert.deepEqual([...new Set(CASES.map(([tag]) => tag))].sort(), tags.sort(), 'a case for every element');
    for (const tag of tags) {
      const Element = globalThis.customElements.get(tag);
      assert.ok(Element, `${tag} is registered`);
      new Element();
    }
    assert.deepEqual(touched.splice(0), [], 'in constructors');
  });

  it('renders every element to declarative shadow DOM with its content, fetching nothing and reading no browser global', async () => {
    for (const [tag, template, texts] of CASES) {
      const out = await collectResult(render(template));
      assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"[^>]*>`), `${tag}: a declarative shadow root`);
      for (const text of texts) assert.ok(out.includes(text), `${tag} holds "${text}"`);
    }
    assert.deepEqual(touched.splice(0), []);
    assert.deepEqual(fetched, []);
  });

  describe('in the browser', () => {
    let dir;
    let server;
    let browser;
    before(async () => {
      const body = [];
      for (const [, template] of CASES) body.push(await collectResult(render(template)));
      const card = await collectResult(render(html`<portal-card></portal-card>`));
      dir = mkdtempSync(join(tmpdir(), 'loket-ssr-'));
      // The portal's scripts, bundled as a site's build would: Lit's hydration support first, then the
      // portal's element and Loket from npm on the same Lit (hydrated.js), or the portal's element alone
      // for a page that adds Loket's CDN bundle (hydrate-support.js).
      const fixtures = join(here, 'fixtures/server-render');
      await build({
        configFile: false,
        logLevel: 'warn',
        root: fixtures,
        base: '/out/',
        build: {
          outDir: join(dir, 'out'),
          target: 'es2022',
          minify: false,
          rollupOptions: { input: { hydrated: join(fixtures, 'hydrated.js'), 'hydrate-support': join(fixtures, 'hydrate-support.js') }, output: { entryFileNames: '[name].js' } },
        },
      });
      const page = (scripts, content = body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Server-rendered Loket</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}</head><body><main>${content.join('\n')}</main>
<script>for (const el of document.querySelectorAll('main *')) el.shadowRoot?.querySelectorAll('*').forEach((node) => { node.fromServer = true; });</script></body></html>`;
      writeFileSync(join(dir, 'static.html'), page([]));
      writeFileSync(join(dir, 'upgraded.html'), page(['/dist/loket.js']));
      writeFileSync(join(dir, 'hydrated.html'), page(['/out/hydrated.js'], [card, ...body]));
      writeFileSync(join(dir, 'cdn-hydrated.html'), page(['/out/hydrate-support.js', '/dist/loket.js'], [card, ...body]));
      server = await serveFiles((url) => (url.pathname.startsWith('/dist/') ? join(root, url.pathname) : join(dir, url.pathname)));
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      server?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const at = (path) => `http://127.0.0.1:${server.address().port}/${path}`;

    it('shows the content before any script runs: the tracker\'s steps, the alert, the header', async () => {
      const page = await newPage(browser);
      await page.goto(at('static.html'));
      assert.equal(await page.evaluate(() => customElements.get('loket-status-tracker')), undefined, 'no script ran');
      const steps = page.locator('loket-status-tracker').getByText('In behandeling');
      assert.ok((await steps.boundingBox())?.height > 0, 'the current step is laid out');
      assert.ok(await page.locator('loket-alert').getByText('Onderhoud').isVisible());
      assert.ok(await page.locator('loket-header').getByText('Dienstencheques').isVisible());
      assert.ok(await page.locator('loket-header loket-mandate-switcher').getByText('Sofie Peeters').isVisible(), 'who is signed in');
      await page.context().close();
    });

    /** Opens a server-rendered page and waits until every element on it has rendered in the browser. */
    async function openUpgraded(path) {
      const page = await newPage(browser);
      await page.goto(at(path));
      // Every custom element on the page and in their shadow roots that has not rendered yet.
      const pending = () =>
        [...document.querySelectorAll('main *')]
          .flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])])
          .filter((el) => el.localName.includes('-') && el.hasUpdated !== true)
          .map((el) => el.localName);
      await page.waitForFunction(`(${pending})().length === 0`, undefined, { timeout: 10_000 }).catch(() => {});
      assert.deepEqual(await page.evaluate(pending), [], `every element renders (errors: ${page.pageErrors.join('; ') || 'none'})`);
      return page;
    }

    /** What each Loket element at the top of the page holds once rendered in the browser. */
    const loketContent = () => ({
      buttons: [...document.querySelectorAll('main > loket-button')].map((el) => el.shadowRoot.querySelectorAll('.control').length),
      trackers: document.querySelector('loket-status-tracker').shadowRoot.querySelectorAll('li').length,
      bells: document.querySelector('loket-notifications').shadowRoot.querySelectorAll('.bell').length,
      styles: [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('loket-')).map((el) => el.shadowRoot.querySelectorAll('style').length),
      fromServer: [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('loket-') && el.shadowRoot.querySelector('*')?.fromServer).map((el) => el.localName),
    });

    function assertRenderedAfresh(content) {
      assert.deepEqual(content.buttons, [1, 1]);
      assert.equal(content.trackers, 3);
      assert.equal(content.bells, 1);
      assert.deepEqual(content.styles, content.styles.map(() => 0), 'the server\'s style elements gave way to adopted style sheets');
      assert.deepEqual(content.fromServer, [], 'no Loket element kept the server\'s nodes');
    }

    it('lets the bundle take every element over: one copy of its content, and no error', async () => {
      const page = await openUpgraded('upgraded.html');
      assertRenderedAfresh(await page.evaluate(loketContent));
      assert.deepEqual(page.pageErrors.map(String), []);
      await page.context().close();
    });

    // Astro's Lit integration loads Lit's hydration support on every page. It patches LitElement to reuse a
    // server-rendered shadow root and to keep an element nested in another's shadow root (marked
    // `defer-hydration` by the server) waiting until its host has hydrated.
    for (const [path, how] of [['hydrated.html', 'from npm, on the page\'s Lit'], ['cdn-hydrated.html', 'with the CDN bundle after it']]) {
      it(`works beside Lit's hydration support (${how}): the portal's element hydrates, Loket's render afresh`, async () => {
        const page = await openUpgraded(path);
        assertRenderedAfresh(await page.evaluate(loketContent));
        const card = await page.evaluate(() => {
          const root = document.querySelector('portal-card').shadowRoot;
          const button = root.querySelector('loket-button');
          return {
            hydrated: root.querySelector('h2').fromServer === true && button.fromServer === true,
            deferred: [...root.querySelectorAll('[defer-hydration]')].map((el) => el.localName),
            controls: button.shadowRoot.querySelectorAll('.control').length,
            badge: root.querySelector('loket-badge').shadowRoot.querySelector('[part="base"]').textContent,
          };
        });
        assert.deepEqual(card, { hydrated: true, deferred: [], controls: 1, badge: '3' });
        // The portal's handler, bound by hydration to the server's <loket-button>, runs on a real click.
        await page.locator('portal-card loket-button').click();
        await page.waitForFunction(() => document.querySelector('portal-card').shadowRoot.querySelector('loket-badge').shadowRoot.querySelector('[part="base"]').textContent === '4');
        assert.deepEqual(page.pageErrors.map(String), []);
        await page.context().close();
      });
    }
  });
});
