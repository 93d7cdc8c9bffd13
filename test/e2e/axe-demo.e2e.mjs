// axe-core over the demo portal as a reader meets it: every page at desktop and phone width, and the
// page with the notification panel, the feedback dialog, the narrow-screen menu and the mandate list open.
// `npm run a11y` audits each component's stories on their own; this audits them together, in the portal's
// own styles, with live data. WCAG 2.2 AA rules and axe's best practices.
// Run: node scripts/build.mjs && node --test test/e2e/axe-demo.e2e.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wcagTags } from '../../scripts/wcag-tags.mjs';
import { newPage, useDemo } from './support.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * The header's skip link sits before the banner, as GOV.UK's does. axe knows a skip link by its coming
 * before the page's first link to another page (compareDocumentPosition), which fails when that link is
 * in another tree: on the start page, whose header links to itself, it is one of the portal's. axe then
 * takes the skip link for content outside a landmark. Only that link is left out.
 */
const exclude = [{ fromShadowDom: ['loket-header', '.skip'] }];

/** States to open before the audit: what to do, and when it is open. */
const states = {
  'the notification panel open': {
    open: (page) => page.locator('loket-notifications .bell').click(),
    opened: () => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-expanded') === 'true',
  },
  'the feedback dialog open': {
    open: (page) => page.locator('loket-feedback .trigger').first().click(),
    opened: () => !!document.querySelector('loket-feedback')?.shadowRoot?.querySelector('dialog[open]'),
  },
  'the mandate list open': {
    open: (page) => page.locator('loket-mandate-switcher .trigger').click(),
    opened: () => document.querySelector('loket-header')?.shadowRoot?.querySelector('loket-mandate-switcher')?.open === true,
  },
};
const phoneStates = {
  'the menu open': {
    open: (page) => page.locator('loket-header .menu').click(),
    opened: () => document.querySelector('loket-header')?.shadowRoot?.querySelector('.menu')?.getAttribute('aria-expanded') === 'true',
  },
  'the notification panel open': states['the notification panel open'],
};

describe('axe over the demo portal', () => {
  const suite = useDemo();

  async function audit(path, viewport, state) {
    const page = await newPage(suite.browser, { viewport });
    await page.goto(new URL(path, suite.demo.url).href);
    await page.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('loket-') || el.shadowRoot));
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    if (state) {
      await state.open(page);
      await page.waitForFunction(state.opened);
    }
    // The page's Content-Security-Policy allows no injected script tag; evaluate is the DevTools protocol's.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(
      async ({ tags, exclude }) => {
        const result = await window.axe.run({ include: [document], exclude }, { runOnly: { type: 'tag', values: [...tags, 'best-practice'] }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      },
      { tags: wcagTags, exclude },
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(page.pageErrors.map(String), []);
    await page.context().close();
  }

  for (const [viewport, name] of [[DESKTOP, 'desktop'], [PHONE, 'phone']]) {
    for (const path of ['', 'dossiers.html', 'inbox.html', 'feedback.html', 'dev.html']) {
      it(`${path || 'index.html'} (${name}, ${viewport.width} px)`, () => audit(path, viewport));
    }
    for (const [label, state] of Object.entries(viewport === PHONE ? phoneStates : states)) {
      it(`index.html with ${label} (${name})`, () => audit('', viewport, state));
    }
  }
});
