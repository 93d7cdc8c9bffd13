// The demo's login bar: the signed-in person, switching identity through the mandate switcher, logout.
// Needs the built demo (node scripts/build.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, useDemo } from './support.mjs';

/** Waits until the header shows whom the person acts for, containing `text` when given. */
const shown = (page, text) => page.locator('loket-header loket-mandate-switcher .who', text ? { hasText: text } : {}).waitFor();

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
    await shown(page);
    assert.equal(await who(page), 'Sofie Peeters Burger');
    assert.equal(await page.locator('loket-header').getAttribute('skip-to'), 'main');

    // Open the switcher with the keyboard-operable trigger and choose the company.
    await page.locator('loket-mandate-switcher .trigger').click();
    await page.locator('loket-mandate-switcher [role=option]', { hasText: 'Schoonmaak Peeters BV' }).first().waitFor();
    const navigation = page.waitForURL(suite.demo.url);
    await page.locator('loket-mandate-switcher [role=option]', { hasText: '0123.456.789' }).click();
    await navigation;
    await shown(page, 'namens');
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
    await shown(page);
    assert.equal(await who(page), 'Sofie Peeters Burger');
    assert.deepEqual(page.pageErrors, []);
  });

  it('a single-page app that switches identity itself sees the new identity’s notifications, without a page load', async () => {
    const page = await newPage(suite.browser);
    await page.goto(suite.demo.url);
    const titles = () =>
      page.evaluate(() => [...(document.querySelector('loket-notifications')?.shadowRoot?.querySelectorAll('.title') ?? [])].map((t) => t.textContent.trim()));
    const bell = page.locator('loket-notifications .bell');
    await page.waitForFunction(() => /ongelezen/.test(document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label') ?? ''));
    await bell.click();
    await page.locator('loket-notifications .item').first().waitFor();
    const citizen = await titles();
    assert.ok(!citizen.some((t) => t.includes('valideer 12 prestaties')), 'the citizen does not see the company’s notifications');
    await bell.click();

    // A second tab of the portal, in the same browser session.
    const otherTab = await page.context().newPage();
    await otherTab.goto(suite.demo.url);
    await shown(otherTab, 'Burger');

    // The app takes over the switch: no navigation, it fetches and sets the new profile itself.
    await page.evaluate(() => {
      window.__samePage = true;
      const header = document.querySelector('loket-header');
      header.addEventListener('loket-identity-select', async (event) => {
        event.preventDefault();
        await fetch(`/api/switch?login_hint=${encodeURIComponent(event.detail.authorization.loginHint)}`, { redirect: 'manual' });
        header.profile = await (await fetch('/api/profile')).json();
      });
    });
    await page.locator('loket-mandate-switcher .trigger').click();
    await page.locator('loket-mandate-switcher [role=option]', { hasText: '0123.456.789' }).click();
    await shown(page, 'namens');
    await bell.click();
    await page.waitForFunction(() =>
      [...(document.querySelector('loket-notifications')?.shadowRoot?.querySelectorAll('.title') ?? [])].some((t) => t.textContent.includes('valideer 12 prestaties')),
    );
    const company = await titles();
    assert.ok(!company.some((t) => citizen.includes(t)), `none of the citizen’s notifications stay: ${company.join(' | ')}`);
    assert.equal(await page.evaluate(() => window.__samePage), true, 'no page load');
    // The other tab's header loaded the profile again: it acts for the company too.
    await shown(otherTab, 'namens');
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
