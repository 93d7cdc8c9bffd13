// The demo's login bar: the signed-in person, switching identity through the mandate switcher, logout.
// Needs the built demo (node scripts/build.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, useDemo } from './support.mjs';

/** The visible text of the header's identity (the mandate switcher's trigger or static identity). */
const who = (page) =>
  page.evaluate(() => {
    const header = document.querySelector('loket-header');
    const switcher = header?.shadowRoot?.querySelector('loket-mandate-switcher');
    return (switcher?.shadowRoot?.querySelector('.who')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

describe('demo login bar', () => {
  const suite = useDemo();

  it('shows the signed-in person, switches identity, and logs out', async () => {
    const page = await newPage(suite.browser);
    await page.goto(suite.demo.url);
    await page.waitForFunction(() => document.querySelector('loket-header')?.shadowRoot?.querySelector('loket-mandate-switcher')?.shadowRoot?.querySelector('.who'));
    assert.equal(await who(page), 'Sofie Peeters Burger');
    assert.equal(await page.locator('loket-header').getAttribute('skip-to'), 'main');

    // Open the switcher with the keyboard-operable trigger and choose the company.
    await page.locator('loket-mandate-switcher .trigger').click();
    await page.locator('loket-mandate-switcher [role=option]', { hasText: 'Schoonmaak Peeters BV' }).first().waitFor();
    const navigation = page.waitForURL(suite.demo.url);
    await page.locator('loket-mandate-switcher [role=option]', { hasText: '0123.456.789' }).click();
    await navigation;
    await page.waitForFunction(() =>
      document.querySelector('loket-header')?.shadowRoot?.querySelector('loket-mandate-switcher')?.shadowRoot?.querySelector('.who')?.textContent?.includes('namens'),
    );
    assert.equal(await who(page), 'Sofie Peeters namens Schoonmaak Peeters BV (0123.456.789)');
    const profile = await page.evaluate(() => fetch('/api/profile', { credentials: 'include' }).then((r) => r.json()));
    assert.equal(profile.activeIdentity.loginHint, 'ea-0123456789');

    // Log out: "Aanmelden" appears.
    await page.locator('loket-header .logout').click();
    await page.locator('loket-header .login').waitFor();
    assert.equal((await page.locator('loket-header .login').textContent()).trim(), 'Aanmelden');
    assert.equal(await page.locator('loket-header .logout').count(), 0);

    // Log in again: herself.
    await page.locator('loket-header .login').click();
    await page.locator('loket-header .logout').waitFor();
    await page.waitForFunction(() => document.querySelector('loket-header')?.shadowRoot?.querySelector('loket-mandate-switcher')?.shadowRoot?.querySelector('.who'));
    assert.equal(await who(page), 'Sofie Peeters Burger');
    assert.deepEqual(page.pageErrors, []);
  });

  it('refuses an unknown login_hint', async () => {
    const response = await fetch(new URL('/api/switch?login_hint=ex-werknemer', suite.demo.url), { redirect: 'manual' });
    assert.equal(response.status, 400);
  });

  it('offers the menu button on a 320 px wide screen', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(suite.demo.url);
    await page.locator('loket-header .menu').click();
    await page.locator('loket-header .logout').waitFor();
    const width = await page.evaluate(() => document.querySelector('loket-header').scrollWidth);
    assert.ok(width <= 320, `the header is ${width}px wide`);
  });
});
