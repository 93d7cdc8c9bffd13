// What a screen reader is given on every demo page, read from Chromium's accessibility tree (DevTools
// protocol): landmarks, the heading outline, the skip link first, a name on everything operable.
// axe's WCAG rules (npm run a11y) do not check heading order or a page's single h1; this does.
// Run: node scripts/build.mjs && node --test test/e2e/accessibility-tree.e2e.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PAGES, newPage, settled, useDemo } from './support.mjs';
import { find, findAll, outline, pageAxTree } from '../support/accessibility-tree-core.mjs';

const OPERABLE = ['link', 'button', 'tab', 'option', 'radio', 'checkbox', 'textbox', 'searchbox', 'combobox', 'menuitem'];

/** Every node under `root` in reading order. */
const all = (root) => [root, ...root.children.flatMap(all)];

describe('demo pages as assistive technology gets them', () => {
  const suite = useDemo();

  async function treeOf(path) {
    const page = await newPage(suite.browser);
    await page.goto(new URL(path, suite.demo.url).href);
    await settled(page);
    const cdp = await page.context().newCDPSession(page);
    return { page, cdp, tree: await pageAxTree(cdp) };
  }

  for (const path of DEMO_PAGES) {
    it(`${path || 'index.html'}: one banner, main and footer; named navigation; the skip link first; one h1 and no skipped heading level; everything operable named`, async () => {
      const { page, tree } = await treeOf(path);
      const where = `\n${outline(tree)}`;
      for (const landmark of ['banner', 'main', 'contentinfo']) assert.equal(findAll(tree, landmark).length, 1, `one ${landmark}${where}`);
      const navigations = findAll(tree, 'navigation').map((n) => n.name);
      assert.ok(navigations.every(Boolean), `every navigation landmark is named: ${JSON.stringify(navigations)}`);
      assert.equal(new Set(navigations).size, navigations.length, `navigation names are distinct: ${JSON.stringify(navigations)}`);

      const operable = all(tree).filter((n) => OPERABLE.includes(n.role));
      assert.equal(operable[0]?.name, 'Naar de hoofdinhoud', `the skip link comes first${where}`);
      const unnamed = operable.filter((n) => !n.name.trim());
      assert.deepEqual(unnamed.map((n) => n.role), [], `everything operable has a name${where}`);

      const levels = findAll(tree, 'heading').map((h) => Number(h.properties.level));
      assert.equal(levels.filter((l) => l === 1).length, 1, `one h1: ${levels}`);
      levels.reduce((previous, level) => {
        assert.ok(level <= previous + 1, `heading levels go down one step at a time: ${levels}`);
        return level;
      }, 1);
      assert.deepEqual(page.pageErrors.map(String), []);
      await page.context().close();
    });
  }

  it('switching the language in the header changes what is read, the page language included', async () => {
    const { page, cdp } = await treeOf('inbox.html');
    await page.locator('loket-header button[lang="fr"], loket-header button:has-text("Français")').first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.waitForFunction(() => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label')?.startsWith('Notifications'));
    const tree = await pageAxTree(cdp);
    const bell = find(tree, 'button', /^Notifications, \d+ non lues?$/);
    assert.equal(bell.properties.expanded, false);
    assert.deepEqual(findAll(find(tree, 'tablist'), 'tab').map((t) => t.name), ['Toutes', 'Non lues', 'Action requise']);
    // The portal's own text is Dutch only: it keeps lang="nl", so it is not read with a French voice.
    const langs = await page.evaluate(() =>
      ['h1', 'footer p', 'loket-header a[slot=links]', 'loket-header [slot=host]'].map((selector) => document.querySelector(selector)?.closest('[lang]')?.getAttribute('lang')),
    );
    assert.deepEqual(langs, ['nl', 'nl', 'nl', 'nl']);
    // The choice lasts: the next page opens in French.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label')?.startsWith('Notifications'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.deepEqual(page.pageErrors.map(String), []);
    await page.context().close();
  });
});
