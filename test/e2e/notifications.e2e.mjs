// loket-notifications (bell + panel) and loket-inbox against the demo backend, with injected faults
// (demo/server/routes/notifications.mjs: POST /api/notifications/_faults and /_reset).
// Run: node scripts/build.mjs && node --test test/e2e/notifications.e2e.mjs
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, notificationsApi, postJson, unreadCount as serverUnread, useDemo } from './support.mjs';

describe('notifications UI against the demo backend', () => {
  const suite = useDemo();
  const api = () => notificationsApi(suite.demo);
  const post = (path, body) => postJson(`${api()}${path}`, body);
  const unreadCount = () => serverUnread(suite.demo);

  beforeEach(async () => {
    await post('/_reset');
  });

  /** The inbox page; its bell is the one the demo header carries. */
  async function open() {
    const page = await newPage(suite.browser);
    await page.goto(new URL('/inbox.html', suite.demo.url).href);
    await page.waitForFunction(() => customElements.get('loket-inbox') && customElements.get('loket-notifications'));
    await page.waitForFunction(() => document.querySelector('loket-header loket-notifications[slot="notifications"]') !== null);
    return page;
  }
  const bell = (page) => page.locator('loket-notifications .bell').first();
  const rows = (page) => page.locator('loket-inbox .row');
  const firstUnreadToggle = (page) => page.locator('loket-inbox .row.unread .toggle').first();

  it('shows the unread count on the bell and lists grouped items in the panel', async () => {
    const page = await open();
    const count = await unreadCount();
    assert.ok(count > 0);
    await page.waitForFunction(
      (n) => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label') === `Meldingen, ${n} ongelezen`,
      count,
    );
    assert.equal((await page.locator('loket-notifications .badge').first().textContent()).trim(), String(count));
    await bell(page).click();
    assert.equal(await bell(page).getAttribute('aria-expanded'), 'true');
    const groups = page.locator('loket-notifications .group');
    await groups.first().waitFor();
    const senders = await page.locator('loket-notifications .group > .item .sender').allTextContents();
    assert.ok(senders.length >= 4, `several senders: ${senders}`);
    assert.equal(new Set(senders).size, senders.length, 'one group per sender');
    assert.equal(senders[0], 'Studietoelagen');
    const more = page.locator('loket-notifications .group').first().locator('.more');
    assert.match(await more.textContent(), /\d+ oudere meldingen?/);
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.ok((await page.locator('loket-notifications .older li').count()) >= 1);
    assert.equal(await page.locator('loket-notifications .all').getAttribute('href'), '/inbox.html');
    await page.keyboard.press('Escape');
    assert.equal(await bell(page).getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'LOKET-NOTIFICATIONS');
    assert.deepEqual(page.pageErrors, []);
    await page.context().close();
  });

  it('fits a 320 px wide screen: the panel spans the width under the bell, the inbox does not scroll sideways', async () => {
    const page = await newPage(suite.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(new URL('/inbox.html', suite.demo.url).href);
    await page.waitForFunction(() => customElements.get('loket-inbox') && customElements.get('loket-notifications'));
    await page.evaluate(() => {
      if (document.querySelector('loket-notifications')) return;
      const el = document.createElement('loket-notifications');
      el.setAttribute('endpoint', '/api/notifications');
      document.querySelector('main').prepend(el);
    });
    await rows(page).first().waitFor();
    await bell(page).click();
    const panel = page.locator('loket-notifications .panel').first();
    await page.locator('loket-notifications .group').first().waitFor();
    const box = await panel.boundingBox();
    const bellBox = await bell(page).boundingBox();
    assert.equal(Math.round(box.x), 0);
    assert.equal(Math.round(box.width), 320);
    assert.ok(box.y >= bellBox.y + bellBox.height - 1, 'below the bell');
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(sideways, false);
    await page.context().close();
  });

  it('rolls back a mark-read the server refuses with 500, and says so', async () => {
    const page = await open();
    await rows(page).first().waitFor();
    const before = await unreadCount();
    await post('/_faults', { read: 500 });
    const toggle = firstUnreadToggle(page);
    const title = await page.locator('loket-inbox .row.unread .title').first().textContent();
    await toggle.click();
    const alert = page.locator('loket-inbox [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Markeren als gelezen is niet gelukt\./);
    const row = page.locator('loket-inbox .row', { hasText: title.replace(/^Ongelezen:\s*/, '').trim() }).first();
    assert.match(await row.locator('.toggle').textContent(), /Markeer als gelezen/);
    assert.equal(await unreadCount(), before);
    await page.waitForFunction(
      (n) => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label') === `Meldingen, ${n} ongelezen`,
      before,
    );
    await page.context().close();
  });

  it('keeps a mark-read the server answers 503 with Retry-After, sends it again and every tab agrees', async () => {
    const page = await open();
    const other = await page.context().newPage(); // a second tab of the same browser
    other.on('pageerror', (error) => page.pageErrors.push(error));
    await other.goto(new URL('/inbox.html', suite.demo.url).href);
    await rows(page).first().waitFor();
    await rows(other).first().waitFor();
    const before = await unreadCount();
    const badge = (n) => (tab) =>
      tab.waitForFunction(
        (count) => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label') === `Meldingen, ${count} ongelezen`,
        n,
      );
    await badge(before)(other);
    await post('/_faults', { read: { status: 503, retryAfter: 1 } });
    const row = page.locator('loket-inbox .row.unread').first();
    const key = await row.getAttribute('data-key');
    await row.locator('.toggle').click();
    const started = Date.now();
    // Shown as done at once, in both tabs, while the server has not taken it yet.
    await page.locator(`loket-inbox .row[data-key="${key}"] .toggle`, { hasText: 'Markeer als ongelezen' }).waitFor();
    await Promise.all([page, other].map(badge(before - 1)));
    assert.equal(await unreadCount(), before, 'refused for now');
    for (let i = 0; i < 50 && (await unreadCount()) === before; i += 1) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await unreadCount(), before - 1, 'sent again, and taken');
    assert.ok(Date.now() - started >= 900, 'after the second Retry-After asked for');
    await page.waitForTimeout(300);
    await Promise.all([page, other].map(badge(before - 1)));
    for (const tab of [page, other]) assert.equal(await tab.locator('loket-inbox [role=alert]').count(), 0, 'no error shown');
    assert.deepEqual(page.pageErrors, []);
    await page.context().close();
  });

  it('shows an error state for malformed JSON and recovers on retry', async () => {
    // Every page is broken until we clear the fault (the store may also refetch on its own when the stream opens).
    await post('/_faults', { malformedPage: 1000 });
    const page = await open();
    const error = page.locator('loket-inbox .message.error');
    await error.waitFor();
    assert.match(await error.textContent(), /Uw meldingen konden niet gelezen worden\./);
    assert.equal(await rows(page).count(), 0);
    await post('/_faults', { malformedPage: 0 });
    await error.locator('button', { hasText: 'Opnieuw proberen' }).click();
    await rows(page).first().waitFor();
    assert.equal(await page.locator('loket-inbox .message.error').count(), 0);
    await page.context().close();
  });

  it('reconnects a dropped stream and catches up without duplicates', async () => {
    const page = await open();
    await rows(page).first().waitFor();
    // Let the stream connect first: a live push shows that it is.
    const warm = await (await post('', { title: 'Verbonden-test', sender: { name: 'Loket' } })).json();
    await page.locator('loket-inbox .row', { hasText: warm.title }).first().waitFor();
    const count = await unreadCount();
    await post('/_faults', { dropStream: true });
    const missed = await (await post('', { title: 'Gemist tijdens de onderbreking', sender: { name: 'VAPH', id: 'vaph' } })).json();
    await page.locator('loket-inbox .row', { hasText: missed.title }).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(500);
    assert.equal(await page.locator('loket-inbox .row', { hasText: missed.title }).count(), 1, 'shown once');
    assert.equal(await page.locator('loket-inbox .row', { hasText: warm.title }).count(), 1, 'no duplicate of the earlier item');
    await page.waitForFunction(
      (n) => document.querySelector('loket-notifications')?.shadowRoot?.querySelector('.bell')?.getAttribute('aria-label') === `Meldingen, ${n} ongelezen`,
      count + 1,
    );
    await page.context().close();
  });

  it('replays reads taken offline when back online', async () => {
    const page = await open();
    await rows(page).first().waitFor();
    const firstUnread = page.locator('loket-inbox .row.unread').first();
    const key = await firstUnread.getAttribute('data-key');
    await page.context().setOffline(true);
    await firstUnread.locator('.toggle').click();
    await page.locator(`loket-inbox .row[data-key="${key}"] .toggle`, { hasText: 'Markeer als ongelezen' }).waitFor();
    await page.locator('loket-inbox .message.offline').waitFor();
    const server = async () => (await (await fetch(`${api()}?limit=100`)).json()).items.find((i) => i.id === key);
    assert.equal((await server()).readAt, null, 'not sent while offline');
    await page.context().setOffline(false);
    for (let i = 0; i < 100 && (await server()).readAt === null; i += 1) await new Promise((r) => setTimeout(r, 100));
    assert.notEqual((await server()).readAt, null, 'replayed when back online');
    await page.locator('loket-inbox .message.offline').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('sends a "mark all read" taken offline only once the page acts for that identity again', async () => {
    const page = await open();
    const context = page.context();
    await rows(page).first().waitFor();
    // The header knows whom the page acts for (an action taken before that: test/data-store.test.ts).
    await page.locator('loket-header loket-mandate-switcher .who').waitFor();
    const citizenUnread = await unreadCount(); // fetch() without the page's cookie: Sofie as herself
    assert.ok(citizenUnread > 0);
    // A page of the same origin without notification elements: it sees whether the closed page is gone.
    const observer = await context.newPage();
    await observer.goto(new URL('/api/health', suite.demo.url).href);
    await context.setOffline(true);
    await page.locator('loket-inbox .mark-all').click();
    await page.locator('loket-inbox .message.offline').waitFor();
    // Closing a page ends its network emulation before the page is gone: the closing page hears
    // "online" and would rightly send the action as the citizen it still is. The backend stays out of
    // reach until the page is gone, so the action is left waiting as a closed page leaves it.
    await post('/_faults', { unreachable: true });
    // What the closed page leaves waiting (with the identity it was taken as), for the message of a failure.
    const waiting = () => Object.keys(localStorage).filter((k) => k.startsWith('loket-notifications:')).map((k) => localStorage.getItem(k)).join();
    const queued = await page.evaluate(waiting);
    await page.close(); // closed while offline: the action waits in localStorage
    // Gone once its Web Locks are free.
    await observer.waitForFunction(async () => !(await navigator.locks.query()).held.some((l) => l.name.startsWith('loket-notifications:')));
    await observer.close();
    await post('/_faults', { unreachable: false });
    await context.setOffline(false);

    // The same browser now acts for the company: the citizen's read-all must not reach it.
    const errors = page.pageErrors;
    const company = await context.newPage();
    company.on('pageerror', (error) => errors.push(error));
    await company.goto(new URL('/api/switch?login_hint=ea-0123456789', suite.demo.url).href);
    await company.goto(new URL('/inbox.html', suite.demo.url).href);
    await company.locator('loket-inbox .row').first().waitFor();
    await company.waitForTimeout(800);
    const companyUnread = await company.evaluate(async () => (await (await fetch('/api/notifications?limit=1')).json()).unreadCount);
    const queue = await company.evaluate(waiting);
    assert.ok(companyUnread > 0, `the company still has its unread notifications (queued when closed: ${queued}; now: ${queue})`);
    assert.equal(await unreadCount(), citizenUnread, 'nor was it sent for the citizen while acting for the company');
    assert.equal(await company.locator('loket-inbox .message.offline').count(), 0);

    // Back as herself, the queued action goes out.
    await company.goto(new URL('/api/switch?login_hint=self', suite.demo.url).href);
    await company.goto(new URL('/inbox.html', suite.demo.url).href);
    for (let i = 0; i < 100 && (await unreadCount()) !== 0; i += 1) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await unreadCount(), 0, 'sent once the page acts for the citizen again');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('signed out, the inbox and the bell ask the person to sign in, and "Aanmelden" brings their notifications back', async () => {
    const page = await open();
    await rows(page).first().waitFor();
    await page.locator('loket-header .logout').click();
    await page.locator('loket-header .login').waitFor();
    // Nobody's notifications are shown to a signed-out browser: the backend answers 401.
    const error = page.locator('loket-inbox .message.error');
    await error.waitFor();
    assert.equal((await error.locator('p').textContent()).trim(), 'Meld u opnieuw aan om uw meldingen te zien.');
    assert.equal(await rows(page).count(), 0);
    await bell(page).click();
    assert.equal(await page.locator('loket-notifications .message.error .sign-in').getAttribute('href'), '/api/login', 'the bell takes the header’s login-url');
    await bell(page).press('Escape');

    const signIn = page.locator('loket-inbox .sign-in');
    assert.equal((await signIn.textContent()).trim(), 'Aanmelden');
    await signIn.focus();
    await page.keyboard.press('Enter');
    await page.locator('loket-header .logout').waitFor();
    await rows(page).first().waitFor();
    assert.equal(await page.locator('loket-inbox .message.error').count(), 0);
    assert.match(new URL(page.url()).pathname, /\/inbox\.html$/, 'back on the inbox');
    assert.deepEqual(page.pageErrors, []);
    await page.context().close();
  });

  it('shows a notification POSTed to the backend live, without shifting the open panel', async () => {
    const page = await open();
    await rows(page).first().waitFor();
    await bell(page).click();
    await page.locator('loket-notifications .group').first().waitFor();
    const firstBefore = await page.locator('loket-notifications .item .title').first().textContent();
    const count = await unreadCount();
    const title = `Testmelding ${Date.now()}`;
    const res = await post('', { title, sender: { name: 'Stad Kortrijk', id: 'stad-kortrijk' }, actionRequired: true, url: '/dossiers.html' });
    assert.equal(res.status, 201);
    const reveal = page.locator('loket-notifications .new-items');
    await reveal.waitFor();
    assert.equal((await reveal.textContent()).trim(), '1 nieuwe melding');
    assert.equal(await page.locator('loket-notifications .item .title').first().textContent(), firstBefore, 'the list did not shift');
    assert.equal(await bell(page).getAttribute('aria-label'), `Meldingen, ${count + 1} ongelezen`);
    await page.locator('loket-inbox .row', { hasText: title }).first().waitFor();
    await reveal.click();
    assert.equal(await page.locator('loket-notifications .item .title').first().textContent(), title);
    assert.match(await page.locator('loket-notifications .item').first().textContent(), /Actie vereist/);
    const live = await page.locator('loket-notifications [aria-live]').textContent();
    assert.match(live, /1 nieuwe melding\. \d+ ongelezen meldingen/);
    await page.context().close();
  });

  it('prints every loaded notification, not only those scrolled into view', async () => {
    for (let i = 0; i < 40; i += 1) {
      const res = await post('', { title: `Prestatie ${i + 1} van uw huishoudhulp wacht op uw bevestiging`, sender: { name: 'Dienstencheques', id: 'dienstencheques' } });
      assert.equal(res.status, 201);
    }
    const page = await open();
    await rows(page).first().waitFor();
    // Scroll until every page is loaded: the list then ends with "Geen meldingen meer".
    await page.waitForFunction(() => {
      const root = document.querySelector('loket-inbox').shadowRoot;
      root.querySelector('.viewport').scrollTop = 1e9;
      return root.querySelector('.end') !== null;
    });
    const loaded = Number(await rows(page).first().getAttribute('aria-setsize'));
    assert.ok(loaded > 40, `every page loaded: ${loaded}`);
    const onScreen = await rows(page).count();
    assert.ok(onScreen < loaded / 2, `a window on screen: ${onScreen} of ${loaded}`);
    // What is on the page as it prints: counted by a listener that runs after the inbox's own (and its update).
    await page.evaluate(() => {
      window.addEventListener('beforeprint', () => (window.printedRows = document.querySelector('loket-inbox').shadowRoot.querySelectorAll('.row').length));
    });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    assert.equal(await page.evaluate(() => window.printedRows), loaded);
    const pages = pdf.match(/\/Type\s*\/Page\b/g).length;
    assert.ok(pages >= 5, `${loaded} notifications fill pages: ${pages}`);
    await page.waitForFunction((n) => document.querySelector('loket-inbox').shadowRoot.querySelectorAll('.row').length < n, loaded);
    assert.deepEqual(page.pageErrors, []);
    await page.context().close();
  });

  it('sends a test notification from the developer page that arrives live in another open page', async () => {
    const inbox = await open();
    await rows(inbox).first().waitFor();
    const dev = await newPage(suite.browser);
    await dev.goto(new URL('/dev.html', suite.demo.url).href);
    await dev.waitForFunction(() => customElements.get('loket-button'));
    const title = `Vanaf de ontwikkelaarspagina ${Date.now()}`;
    await dev.fill('#title', title);
    await dev.fill('#sender', 'VLABEL');
    await dev.check('#actionRequired');
    await dev.locator('#push loket-button[type=submit]').click();
    await dev.locator('#push-status', { hasText: 'Verstuurd' }).waitFor();
    const row = inbox.locator('loket-inbox .row', { hasText: title });
    await row.first().waitFor();
    assert.match(await row.first().textContent(), /Actie vereist/);
    assert.deepEqual(dev.pageErrors, []);
    await dev.context().close();
    await inbox.context().close();
  });
});
