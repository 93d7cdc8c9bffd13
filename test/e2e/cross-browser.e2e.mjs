// The demo's main journeys in Firefox and WebKit (Safari's engine), against the real embedded backend:
// what the Chromium e2e specs show in depth, shown here to work in the two other engines too (the stream,
// tabs kept in step, form-associated buttons, on-demand locales, dialogs, pointer and keys), and the
// server-side faults of the notification protocol (a refused read, a malformed page, a dropped stream),
// and axe over every page and the start page's popups at desktop and phone width in each engine.
// Drivers: test/e2e/drivers.mjs. CI needs both browsers; locally a missing one is skipped with what to install.
// Run: node scripts/build.mjs && node --test test/e2e/cross-browser.e2e.mjs
import { describe, it, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { wcagTags } from '../../scripts/wcag-tags.mjs';
import {
  DEMO_PAGES,
  axeExclude,
  axeSource,
  axeViolations,
  demoCases,
  notificationsApi,
  postJson,
  startDemo,
  unreadCount as serverUnread,
  upgraded,
} from './support.mjs';
import { otherBrowsers } from './drivers.mjs';

/** In the page: the bell's accessible name once it carries a count. */
const bellLabel = ($) => {
  const label = $('loket-notifications', '.bell')?.getAttribute('aria-label');
  return label && /\d/.test(label) ? label : null;
};

/** In the page: how many inbox rows carry `title`. */
const rowsWith = (title) => [...(document.querySelector('loket-inbox')?.shadowRoot?.querySelectorAll('.row .title') ?? [])].filter((t) => t.textContent.includes(title)).length;

/** What each demo page shows once its elements have their data. */
const pageContent = {
  '': ($) => bellLabel($) && $('loket-feedback', 'loket-button'),
  'dossiers.html': () =>
    [...document.querySelectorAll('loket-status-tracker')].every((t) => t.shadowRoot.querySelector('[aria-current="step"], .s.error')) &&
    document.querySelectorAll('loket-status-tracker').length,
  'inbox.html': ($) => $('loket-inbox', '.row .title')?.textContent,
  'feedback.html': ($) => $('loket-feedback-summary', '.average')?.textContent.trim(),
  'dev.html': () => !!document.querySelector('#push loket-button')?.shadowRoot?.querySelector('button'),
};

for (const browser of otherBrowsers()) {
  const skip = browser.missing && !process.env.CI ? `${browser.name} is not installed. ${browser.missing}` : false;
  describe(`the demo in ${browser.name}`, { skip }, () => {
    let demo;
    let session;
    const api = () => notificationsApi(demo);
    const unreadCount = () => serverUnread(demo);
    /** The pages a test opened, closed after it (also when it failed half-way). */
    let pages = [];
    /** A new tab with `path` loaded and its elements upgraded. */
    async function open(path, options) {
      const page = await session.newPage(options);
      pages.push(page);
      await page.goto(new URL(path, demo.url).href);
      await page.waitFor(upgraded, [], { message: `the Loket elements of /${path} to upgrade` });
      return page;
    }

    before(async () => {
      if (browser.missing) throw new Error(`CI needs ${browser.name} for the cross-browser e2e, and none was found. ${browser.missing}`);
      demo = await startDemo();
      session = await browser.launch({ upgraded, bellLabel, rowsWith, axeViolations });
    });
    after(async () => {
      await session?.close();
      await demo?.close();
    });
    beforeEach(async () => {
      await postJson(`${api()}/_reset`);
    });
    afterEach(async () => {
      for (const page of pages.reverse()) await page.close().catch(() => undefined);
      pages = [];
    });

    it('shows every demo page with its elements upgraded and their data loaded, without errors', async () => {
      for (const path of DEMO_PAGES) {
        const page = await open(path);
        assert.ok(await page.waitFor(pageContent[path], [], { message: `the content of /${path}` }));
        assert.deepEqual(await page.errors(), [], `/${path}`);
        await page.close();
      }
    });

    it('axe finds no violation on any demo page at desktop and phone width, nor with the panel, the feedback dialog, the mandate list or the menu open', async () => {
      // The cases of the Chromium audit (axe-demo.e2e.mjs): every page at both widths, each popup at its widths.
      const violations = [];
      for (const { title, path, viewport, state } of demoCases()) {
        const page = await open(path, { viewport });
        assert.equal(await page.evaluate(() => window.innerWidth), viewport.width, `${title}: the viewport's width`);
        await page.waitFor(pageContent[path], [], { message: `the content of /${path}` });
        if (state) {
          await page.click(...state.button);
          await page.waitFor(state.opened, [], { message: `${title}: open` });
        }
        await page.inject(axeSource);
        const found = await page.evaluate((_$, options) => axeViolations(options), { tags: wcagTags, exclude: axeExclude });
        violations.push(...found.map((violation) => `${title}: ${violation}`));
        assert.deepEqual(await page.errors(), [], title);
        await page.close();
      }
      assert.deepEqual(violations, []);
    });

    it('opens the bell with the pointer, groups by sender, and closes on Escape with focus back on the bell', async () => {
      const page = await open('');
      const count = await unreadCount();
      assert.equal(await page.waitFor(bellLabel), `Meldingen, ${count} ongelezen`);
      await page.click('loket-notifications', '.bell');
      const senders = await page.waitFor(($) => {
        const list = [...($('loket-notifications')?.shadowRoot.querySelectorAll('.group > .item .sender') ?? [])].map((s) => s.textContent);
        return list.length ? list : null;
      });
      assert.equal(new Set(senders).size, senders.length, `one group per sender: ${senders}`);
      assert.equal(await page.evaluate(($) => $('loket-notifications', '.bell').getAttribute('aria-expanded')), 'true');
      await page.press('Escape');
      await page.waitFor(($) => $('loket-notifications', '.bell').getAttribute('aria-expanded') === 'false');
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'loket-notifications');
      assert.equal(await page.evaluate(($) => $('loket-notifications')?.shadowRoot.activeElement?.classList.contains('bell')), true);
      assert.deepEqual(await page.errors(), []);
    });

    it('shows a notification POSTed to the backend live, over the stream', async () => {
      const page = await open('inbox.html');
      const count = await unreadCount();
      await page.waitFor(bellLabel);
      const title = `Testmelding ${browser.name} ${Date.now()}`;
      const res = await postJson(api(), { title, sender: { name: 'Stad Kortrijk', id: 'stad-kortrijk' }, url: '/dossiers.html' });
      assert.equal(res.status, 201);
      await page.waitFor(($, title) => $('loket-inbox', '.row .title')?.textContent.includes(title), [title], { message: 'the new item first in the inbox' });
      assert.equal(await page.waitFor(($, label) => bellLabel($) === label && label, [`Meldingen, ${count + 1} ongelezen`]), `Meldingen, ${count + 1} ongelezen`);
      assert.deepEqual(await page.errors(), []);
    });

    it('marks an item read in the inbox: the bell on the page, another tab and the server agree', async () => {
      const inbox = await open('inbox.html');
      const other = await open('');
      const count = await unreadCount();
      const label = (n) => `Meldingen, ${n} ongelezen`;
      await other.waitFor((_$, l) => bellLabel(_$) === l, [label(count)]);
      await inbox.waitFor(($) => $('loket-inbox', '.row.unread .toggle'));
      await inbox.click('loket-inbox', '.row.unread .toggle');
      await inbox.waitFor(($, l) => bellLabel($) === l, [label(count - 1)], { message: 'the bell on the same page' });
      await other.waitFor(($, l) => bellLabel($) === l, [label(count - 1)], { message: 'the bell in the other tab' });
      for (let tries = 0; (await unreadCount()) !== count - 1 && tries < 50; tries += 1) await new Promise((r) => setTimeout(r, 100));
      assert.equal(await unreadCount(), count - 1);
      assert.deepEqual(await inbox.errors(), []);
      assert.deepEqual(await other.errors(), []);
    });

    it('rolls back a mark-read the server refuses with 500, and says so', async () => {
      const page = await open('inbox.html');
      const key = await page.waitFor(($) => $('loket-inbox', '.row.unread')?.dataset.key);
      const before = await unreadCount();
      await postJson(`${api()}/_faults`, { read: 500 });
      await page.click('loket-inbox', `.row[data-key="${key}"] .toggle`);
      const alert = await page.waitFor(($) => $('loket-inbox', '[role=alert]')?.textContent, [], { message: 'the error' });
      assert.match(alert, /Markeren als gelezen is niet gelukt\./);
      assert.match(await page.evaluate(($, key) => $('loket-inbox', `.row[data-key="${key}"] .toggle`).textContent, key), /Markeer als gelezen/);
      await page.waitFor(($, label) => bellLabel($) === label, [`Meldingen, ${before} ongelezen`], { message: 'the bell back at its count' });
      assert.equal(await unreadCount(), before);
      assert.deepEqual(await page.errors(), []);
    });

    it('shows an error state for malformed JSON and recovers on retry', async () => {
      await postJson(`${api()}/_faults`, { malformedPage: 1000 });
      const page = await open('inbox.html');
      const error = await page.waitFor(($) => $('loket-inbox', '.message.error')?.textContent, [], { message: 'the error state' });
      assert.match(error, /Uw meldingen konden niet gelezen worden\./);
      assert.equal(await page.evaluate(($) => $('loket-inbox').shadowRoot.querySelectorAll('.row').length), 0);
      await postJson(`${api()}/_faults`, { malformedPage: 0 });
      await page.click('loket-inbox', '.message.error button');
      await page.waitFor(($) => $('loket-inbox', '.row .title'), [], { message: 'the rows after the retry' });
      assert.equal(await page.evaluate(($) => !!$('loket-inbox', '.message.error')), false);
      assert.deepEqual(await page.errors(), []);
    });

    it('reconnects a dropped stream and catches up without duplicates', async () => {
      const page = await open('inbox.html');
      await page.waitFor(($) => $('loket-inbox', '.row .title'));
      // A live push shows that the stream is connected.
      const warm = await (await postJson(api(), { title: `Verbonden in ${browser.name}`, sender: { name: 'Loket' } })).json();
      await page.waitFor((_$, title) => rowsWith(title) === 1, [warm.title], { message: 'the first push' });
      const count = await unreadCount();
      await postJson(`${api()}/_faults`, { dropStream: true });
      const missed = await (await postJson(api(), { title: 'Gemist tijdens de onderbreking', sender: { name: 'VAPH', id: 'vaph' } })).json();
      await page.waitFor((_$, title) => rowsWith(title) === 1, [missed.title], { timeout: 20000, message: 'the item sent while the stream was down' });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await page.evaluate((_$, title) => rowsWith(title), missed.title), 1, 'shown once');
      assert.equal(await page.evaluate((_$, title) => rowsWith(title), warm.title), 1, 'no duplicate of the earlier item');
      await page.waitFor(($, label) => bellLabel($) === label, [`Meldingen, ${count + 1} ongelezen`], { message: 'the bell counting it once' });
      assert.deepEqual(await page.errors(), []);
    });

    it('sends feedback: a rating chosen with the pointer, "Verstuur" submits the form, and the summary counts it', async () => {
      const summary = async () => (await (await fetch(new URL('/api/feedback/summary', demo.url))).json()).count;
      const before = await summary();
      const page = await open('');
      await page.click('loket-feedback', '.trigger');
      await page.waitFor(($) => $('loket-feedback', 'dialog[open]'));
      await page.click('loket-feedback', 'input[name="rating"][value="4"]');
      await page.click('loket-feedback', 'loket-button[type="submit"]');
      const thanks = await page.waitFor(($) => $('loket-feedback', '#done')?.textContent.trim(), [], { message: 'the thanks' });
      assert.match(thanks, /^Bedankt voor uw feedback/);
      assert.equal(await summary(), before + 1);
      await page.press('Escape');
      await page.waitFor(($) => !$('loket-feedback', 'dialog[open]'));
      assert.deepEqual(await page.errors(), []);
    });

    it('switches the language from the header: the French catalogue loads and every element follows', async () => {
      const page = await open('');
      await page.waitFor(bellLabel);
      await page.click('loket-header', 'button[lang="fr"]');
      const label = await page.waitFor(($) => document.documentElement.lang === 'fr' && bellLabel($)?.startsWith('Notifications') && bellLabel($));
      assert.match(label, /^Notifications, \d+ non lues?$/);
      assert.equal(await page.evaluate(($) => $('loket-feedback', '.trigger')?.textContent.trim()), 'Donner votre avis');
      assert.deepEqual(await page.errors(), []);
    });
  });
}
