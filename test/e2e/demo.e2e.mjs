import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PAGES, newPage, settled, useDemo } from './support.mjs';
import { contentSecurityPolicy } from '../../demo/server/server.mjs';

describe('demo portal', () => {
  const suite = useDemo();

  it('serves the home page with upgraded Loket elements and no page errors', async () => {
    const page = await newPage(suite.browser);
    await page.goto(suite.demo.url);
    await page.waitForFunction(() => customElements.get('loket-button') !== undefined);
    assert.equal(await page.locator('h1').textContent(), 'Dienstencheques');
    const upgraded = await page.evaluate(() => Boolean(document.querySelector('loket-button')?.shadowRoot));
    assert.equal(upgraded, true);
    assert.deepEqual(page.pageErrors, []);
  });

  it('runs every page under a strict Content-Security-Policy without anything refused', async () => {
    const page = await newPage(suite.browser);
    for (const path of DEMO_PAGES) {
      const response = await page.goto(new URL(path, suite.demo.url).href);
      assert.equal(response.headers()['content-security-policy'], contentSecurityPolicy, `${path || 'index'} is served with the policy`);
      await settled(page);
    }
    // What renders only on use: the bell's panel, the mandate switcher, the feedback dialog, the inbox's rows.
    await page.goto(new URL('inbox.html', suite.demo.url).href);
    await page.locator('loket-inbox .row').first().waitFor();
    await page.locator('loket-notifications .bell').click();
    await page.locator('loket-notifications .panel .item').first().waitFor();
    await page.goto(new URL('feedback.html', suite.demo.url).href);
    await page.locator('loket-feedback-summary .bar span').first().waitFor({ state: 'attached' });
    await page.locator('loket-feedback .trigger').first().click();
    await page.locator('loket-feedback dialog[open]').waitFor();
    assert.deepEqual(page.pageErrors.map(String), []);
  });

  it('reflows at 320 px wide (400 % zoom of 1280 px): no page scrolls sideways, nothing sticks out (WCAG 1.4.10)', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 256 } });
    for (const path of DEMO_PAGES) {
      await page.goto(new URL(path, suite.demo.url).href);
      await settled(page);
      const { scrollWidth, outside } = await page.evaluate(() => {
        const found = [];
        // Shadow trees included; a box that is not drawn (the closed menu, visually hidden text) does not count.
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            if (box.width > 1 && box.right > window.innerWidth + 1 && el.checkVisibility()) found.push(`${el.localName}${el.id ? `#${el.id}` : ''} ends at ${Math.round(box.right)} px`);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return { scrollWidth: document.documentElement.scrollWidth, outside: found };
      });
      assert.deepEqual(outside, [], `${path || 'index.html'}: nothing wider than the window`);
      assert.ok(scrollWidth <= 320, `${path || 'index.html'} scrolls sideways: ${scrollWidth} px`);
    }
    assert.deepEqual(page.pageErrors.map(String), []);
  });

  it('answers the health check and 404s unknown API paths', async () => {
    const ok = await fetch(new URL('/api/health', suite.demo.url));
    assert.equal(ok.status, 200);
    const missing = await fetch(new URL('/api/nope', suite.demo.url));
    assert.equal(missing.status, 404);
  });

  it('answers a malformed %-escape with 400, not a server error', async () => {
    for (const [method, path] of [['GET', '/%E0%A4%A'], ['POST', '/api/notifications/%E0%A4%A/read']]) {
      const response = await fetch(new URL(path, suite.demo.url), { method });
      assert.equal(response.status, 400, `${method} ${path}`);
    }
  });
});
