// axe-core over the demo portal as a reader meets it: every page at desktop and phone width, and the
// start page with the notification panel, the feedback dialog, the mandate list and the narrow-screen menu open.
// `npm run a11y` audits each component's stories on their own; this audits them together, in the portal's
// own styles, with live data. WCAG 2.2 AA rules and axe's best practices.
// Run: node scripts/build.mjs && node --test test/e2e/axe-demo.e2e.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wcagTags } from '../../scripts/wcag-tags.mjs';
import { demoCases, openDemoCase, useDemo } from './support.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The header's skip link sits before the banner, as GOV.UK's does. axe knows a skip link by its coming
 * before the page's first link to another page (compareDocumentPosition), which fails when that link is
 * in another tree: on the start page, whose header links to itself, it is one of the portal's. axe then
 * takes the skip link for content outside a landmark. Only that link is left out.
 */
const exclude = [{ fromShadowDom: ['loket-header', '.skip'] }];

describe('axe over the demo portal', () => {
  const suite = useDemo();

  for (const demoCase of demoCases()) {
    it(demoCase.title, async () => {
      const page = await openDemoCase(suite.browser, suite.demo, demoCase);
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
    });
  }
});
