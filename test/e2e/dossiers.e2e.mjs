// "Mijn dossiers" (demo/dossiers.html): trackers loaded from /api/dossiers, hash links from notifications,
// and a status change announced after the server pushes a notification. Needs `node scripts/build.mjs`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, useDemo } from './support.mjs';

const ids = ['studietoelage-2026', 'renovatiepremie-2026', 'dienstencheques-bestelling-4471'];

/** Per tracker: id, title, current step label, number of steps. Runs in the page. */
const readTrackers = () =>
  [...document.querySelectorAll('loket-status-tracker')].map((t) => ({
    id: t.id,
    title: t.shadowRoot?.querySelector('.t')?.textContent ?? null,
    current: t.shadowRoot?.querySelector('[aria-current="step"] .l')?.textContent ?? null,
    steps: t.shadowRoot?.querySelectorAll('ol[part=steps] > li').length ?? 0,
  }));

describe('Mijn dossiers page', () => {
  const suite = useDemo();

  it('serves the dossiers API with the seeds and 404s unknown ids', async () => {
    const list = await (await fetch(new URL('/api/dossiers', suite.demo.url))).json();
    for (const id of ids) assert.ok(list.some((d) => d.id === id), id);
    const one = await fetch(new URL('/api/dossiers/studietoelage-2026', suite.demo.url));
    assert.equal(one.status, 200);
    assert.ok(Array.isArray((await one.json()).steps));
    assert.equal((await fetch(new URL('/api/dossiers/nope', suite.demo.url))).status, 404);
  });

  it('shows the trackers with their current steps and no page errors', async () => {
    const page = await newPage(suite.browser);
    await page.goto(new URL('/dossiers.html', suite.demo.url).href);
    assert.equal(await page.locator('h1').textContent(), 'Mijn dossiers');
    await page.waitForFunction(() => [...document.querySelectorAll('loket-status-tracker')].every((t) => t.shadowRoot?.querySelector('ol[part=steps]')));
    const trackers = await page.evaluate(readTrackers);
    const byId = Object.fromEntries(trackers.map((t) => [t.id, t]));
    assert.ok(trackers.length >= 3);
    assert.equal(byId['studietoelage-2026'].title, 'Studietoelage schooljaar 2025-2026');
    assert.equal(byId['studietoelage-2026'].current, 'Uitbetaling');
    assert.equal(byId['renovatiepremie-2026'].current, 'Factuur dakisolatie');
    assert.equal(byId['dienstencheques-bestelling-4471'].current, 'Cheques geleverd');
    assert.equal(byId['huurpremie-2025'].current, null);
    // Every tracker's heading sits under the page's h1.
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('loket-status-tracker')].map((t) => t.shadowRoot.querySelector('[role=heading].t').getAttribute('aria-level')),
    );
    assert.deepEqual([...new Set(levels)], ['2']);
    assert.deepEqual(page.pageErrors, []);
  });

  it('focuses and scrolls to the tracker a notification links to', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 1280, height: 700 } });
    await page.goto(new URL('/dossiers.html#dienstencheques-bestelling-4471', suite.demo.url).href);
    await page.waitForFunction(() => document.activeElement?.id === 'dienstencheques-bestelling-4471', null, { timeout: 10000 });
    const box = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    assert.ok(box.top >= -1 && box.top < box.height, `tracker top ${box.top} is in the viewport`);
    // Another dossier's link on the same page (a hash change, no load) moves focus there too.
    await page.goto(new URL('/dossiers.html#renovatiepremie-2026', suite.demo.url).href);
    await page.waitForFunction(() => document.activeElement?.id === 'renovatiepremie-2026', null, { timeout: 10000 });
    assert.deepEqual(page.pageErrors, []);
  });

  it('lets Tab reach the controls inside every tracker', async () => {
    const page = await newPage(suite.browser);
    await page.goto(new URL('/dossiers.html', suite.demo.url).href);
    await page.waitForFunction(() => [...document.querySelectorAll('loket-status-tracker')].every((t) => t.shadowRoot?.querySelector('ol[part=steps]')));
    await page.locator('.dossier-index a').last().focus();
    const reached = new Set();
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const host = document.activeElement;
        const inner = host?.shadowRoot?.activeElement;
        return host?.localName === 'loket-status-tracker' && inner ? host.id : null;
      });
      if (where) reached.add(where);
    }
    for (const id of ['studietoelage-2026', 'renovatiepremie-2026', 'dienstencheques-bestelling-4471']) assert.ok(reached.has(id), `Tab reaches a control in ${id}`);
  });

  it('announces a status change after the dossier moves on', async () => {
    const page = await newPage(suite.browser);
    await page.goto(new URL('/dossiers.html', suite.demo.url).href);
    await page.waitForFunction(() => document.getElementById('renovatiepremie-2026')?.shadowRoot?.querySelector('[aria-current="step"]'));
    const read = () => {
      const root = document.getElementById('renovatiepremie-2026').shadowRoot;
      return {
        live: root.querySelector('[role=status]').textContent.trim(),
        current: root.querySelector('[aria-current="step"] .l')?.textContent ?? null,
      };
    };
    assert.deepEqual(await page.evaluate(read), { live: '', current: 'Factuur dakisolatie' });
    await page.locator('[data-advance="renovatiepremie-2026"]').click();
    await page.waitForFunction(
      () => document.getElementById('renovatiepremie-2026').shadowRoot.querySelector('[role=status]').textContent.trim() !== '',
      null,
      { timeout: 10000 },
    );
    assert.deepEqual(await page.evaluate(read), { live: 'Status gewijzigd: Uitbetaling, Huidige stap', current: 'Uitbetaling' });
    assert.deepEqual(page.pageErrors, []);
    await fetch(new URL('/api/dossiers/_reset', suite.demo.url), { method: 'POST' });
  });
});
