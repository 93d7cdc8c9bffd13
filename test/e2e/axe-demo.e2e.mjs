// axe-core over the demo portal as a reader meets it: every page at desktop and phone width, and the
// start page with the notification panel, the feedback dialog, the mandate list and the narrow-screen menu open.
// `npm run a11y` audits each component's stories on their own; this audits them together, in the portal's
// own styles, with live data. WCAG 2.2 AA rules and axe's best practices.
// Run: node scripts/build.mjs && node --test test/e2e/axe-demo.e2e.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wcagTags } from '../../scripts/wcag-tags.mjs';
import { axeExclude, axeSource, axeViolations, demoCases, openDemoCase, useDemo } from './support.mjs';

describe('axe over the demo portal', () => {
  const suite = useDemo();

  for (const demoCase of demoCases()) {
    it(demoCase.title, async () => {
      const page = await openDemoCase(suite.browser, suite.demo, demoCase);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(axeViolations, { tags: wcagTags, exclude: axeExclude });
      assert.deepEqual(violations, []);
      assert.deepEqual(page.pageErrors.map(String), []);
      await page.context().close();
    });
  }
});
