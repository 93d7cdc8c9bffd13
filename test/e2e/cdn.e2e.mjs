import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage, serveFiles } from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The plain fixture page and dist/: no build tool between the page and the bundle. `/?lang=fr` serves the page in another language. */
const serve = () =>
  serveFiles((url) => {
    const lang = url.searchParams.get('lang');
    if (url.pathname !== '/') return join(root, url.pathname);
    return { file: join(root, 'test/e2e/fixtures/plain.html'), edit: lang ? (text) => text.replace('<html lang="nl">', `<html lang="${lang}">`) : undefined };
  });

describe('CDN bundle on a plain HTML page', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('registers every element in the manifest, even when the bundle is loaded twice, without errors', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'dist/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    assert.ok(tags.length >= 1, 'the manifest lists elements');
    const page = await newPage(browser);
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((r) => r.name.includes('loket.js')).length >= n, 2);
    await page.waitForFunction(() => customElements.get('loket-button') !== undefined);
    await page.waitForTimeout(200);
    const missing = await page.evaluate((list) => list.filter((t) => !customElements.get(t)), tags);
    assert.deepEqual(missing, [], 'every manifest element is defined');
    assert.deepEqual(page.pageErrors.map(String), [], 'no uncaught errors');
    assert.equal(warnings.filter((w) => w.includes('already defined')).length, 1, 'the second copy warns once instead of throwing');
  });

  it('renders the atoms with the Vlaanderen tokens and without touching the page root font size', async () => {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector('loket-button')?.shadowRoot?.querySelector('.control'));
    const styles = await page.evaluate(() => {
      const control = document.querySelector('loket-button').shadowRoot.querySelector('.control');
      return {
        background: getComputedStyle(control).backgroundColor,
        rootFontSize: getComputedStyle(document.documentElement).fontSize,
      };
    });
    assert.equal(styles.background, 'rgb(0, 85, 204)');
    assert.equal(styles.rootFontSize, '16px');
  });

  it('speaks French on a French page: the catalogue loads from dist/locales next to the bundle, with no Dutch first', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      // Every text the alert's shadow root ever showed, from its first render on.
      window.__alertTexts = [];
      const attach = window.Element.prototype.attachShadow;
      window.Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        if (this.localName === 'loket-alert') {
          new window.MutationObserver(() => window.__alertTexts.push(root.textContent)).observe(root, { childList: true, subtree: true, characterData: true });
        }
        return root;
      };
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/?lang=fr`);
    await page.waitForFunction(() => document.querySelector('loket-alert')?.shadowRoot?.textContent.includes('Attention'));
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    assert.ok(loaded.includes('/dist/locales/fr.js'), 'the French catalogue is fetched');
    assert.ok(!loaded.some((p) => /\/locales\/(en|de)\.js$/.test(p)), 'no other catalogue is fetched');
    const texts = await page.evaluate(() => window.__alertTexts);
    assert.ok(texts.length > 0, 'the alert was watched');
    assert.ok(texts.every((t) => !t.includes('Let op')), 'the Dutch label never showed');
    assert.equal(await page.evaluate(() => document.querySelector('loket-badge').shadowRoot.textContent.includes('non lus')), true);
    assert.deepEqual(page.pageErrors.map(String), []);
  });

  it('applies the opt-in page stylesheet under class="loket-page" only, and lets the portal’s own classes win', async () => {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const colours = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.portal-link { color: rgb(1, 2, 3); }';
      document.head.append(style);
      const link = (className) => {
        const a = document.createElement('a');
        a.href = '#nergens';
        a.className = className;
        a.textContent = 'Link';
        return a;
      };
      const outside = link('');
      const plain = link('');
      const own = link('portal-link');
      const opted = document.createElement('div');
      opted.className = 'loket-page';
      opted.append(plain, own);
      document.body.append(outside, opted);
      const colour = (el) => getComputedStyle(el).color;
      return { outside: colour(outside), plain: colour(plain), own: colour(own) };
    });
    assert.equal(colours.plain, 'rgb(0, 85, 204)', 'opted-in links get the Vlaanderen action colour');
    assert.notEqual(colours.outside, colours.plain, 'content outside .loket-page is left alone');
    assert.equal(colours.own, 'rgb(1, 2, 3)', 'a portal class beats the page stylesheet');
    // In every state: hovered, the portal's class still wins (a:hover must weigh no more than a bare element).
    await page.hover('.loket-page .portal-link');
    assert.equal(await page.$eval('.loket-page .portal-link', (a) => getComputedStyle(a).color), 'rgb(1, 2, 3)', 'hovered, the portal class still wins');
    await page.hover('.loket-page a:not(.portal-link)');
    assert.equal(await page.$eval('.loket-page a:not(.portal-link)', (a) => getComputedStyle(a).color), 'rgb(0, 59, 142)', 'a plain link gets the hover colour');
  });

  it('stays usable in Dutch, with a warning, when a language file cannot be fetched', async () => {
    const page = await newPage(browser);
    const warnings = [];
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
    await page.route('**/dist/locales/de.js', (route) => route.abort());
    await page.goto(`http://127.0.0.1:${server.address().port}/?lang=de`);
    await page.waitForFunction(() => document.querySelector('loket-alert')?.shadowRoot?.textContent.includes('Let op'));
    assert.ok(warnings.some((w) => w.includes('could not be loaded')), `a warning names the problem: ${warnings.join(' | ')}`);
    assert.equal(await page.evaluate(() => document.querySelector('loket-badge').shadowRoot.textContent.includes('ongelezen')), true);
    // The file this test refuses is the only thing that went wrong.
    assert.deepEqual(page.pageErrors.map(String), [`Error: script http://127.0.0.1:${server.address().port}/dist/locales/de.js did not load: net::ERR_FAILED`]);
  });
});
