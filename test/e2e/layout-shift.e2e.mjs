// Cumulative layout shift while a demo page loads: the page must not jump when the elements are defined
// or when their data arrives (a dossier's tracker holds the place of four steps while it loads). Every API
// answer is held back 300 ms, so the page is painted with the elements still loading (on localhost the data
// would otherwise arrive before the first paint).
// Chromium's own measure (layout-shift entries); 0.1 is the "good" threshold of Core Web Vitals.
// Run: node scripts/build.mjs && node --test test/e2e/layout-shift.e2e.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, newPage, useDemo } from './support.mjs';

const GOOD = 0.1;

describe('layout shift while a demo page loads', () => {
  const suite = useDemo();

  for (const path of ['', 'inbox.html', 'dossiers.html', 'feedback.html']) {
    for (const viewport of Object.values(VIEWPORTS)) {
      it(`${path || 'index.html'} at ${viewport.width} px: under ${GOOD}, with the profile, the notifications and the page's data arriving late`, async () => {
        const page = await newPage(suite.browser, { viewport });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              const moved = entry.sources.map((s) => `${s.node?.nodeName ?? 'text'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`);
              window.__shifts.push({ value: entry.value, moved });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        let answered = 0;
        await page.route('**/api/**', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          answered += 1;
          await route.continue().catch(() => {});
        });
        await page.goto(new URL(path, suite.demo.url).href);
        await page.waitForFunction(() => {
          const bell = document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell');
          const inbox = document.querySelector('loket-inbox');
          const summary = document.querySelector('loket-feedback-summary');
          const trackers = [...document.querySelectorAll('loket-status-tracker')];
          return (
            trackers.every((tracker) => tracker.shadowRoot?.querySelector('ol[part=steps]')) &&
            /\d/.test(bell?.getAttribute('aria-label') ?? '') &&
            (!inbox || inbox.shadowRoot?.querySelector('.row')) &&
            (!summary || /\d/.test(summary.shadowRoot?.querySelector('.average')?.textContent ?? ''))
          );
        });
        await page.waitForTimeout(500);
        assert.ok(answered >= 2, `the API answers were held back (${answered})`);
        const shifts = await page.evaluate(() => window.__shifts);
        const total = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.ok(total < GOOD, `cumulative layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
        assert.deepEqual(page.pageErrors.map(String), []);
        await page.context().close();
      });
    }
  }
});
