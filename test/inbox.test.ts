import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/entries/inbox.js';
import type { LoketInbox } from '../src/components/inbox/inbox.js';
import type { LoketNotificationOpenEvent } from '../src/components/notifications/source-controller.js';
import { catalogs } from './support/catalogs.js';
import { Virtualizer } from '../src/internal/virtualizer.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { FakeSource, burgerprofielSeed, makeNotification, makeNotifications, type FakeOptions } from './support/fake-source.js';
import { accessibilityTree, find, findAll } from './support/accessibility-tree.js';
import { describeInChromium } from './support/browser.js';

const nl = catalogs.nl;
const root = (el: LoketInbox) => el.shadowRoot!;
const tabs = (el: LoketInbox) => [...root(el).querySelectorAll<HTMLButtonElement>('[role=tab]')];
const rows = (el: LoketInbox) => [...root(el).querySelectorAll<HTMLElement>('.row')];
const row = (el: LoketInbox, posinset: number) => root(el).querySelector<HTMLElement>(`.row[aria-posinset="${posinset}"]`);
const titles = (el: LoketInbox) => rows(el).map((r) => text(r.querySelector('.title a, .title button')));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: LoketInbox) => root(el).activeElement as HTMLElement | null;
const viewport = (el: LoketInbox) => root(el).querySelector<HTMLElement>('.viewport')!;

async function create(options: FakeOptions = {}, filter = 'all') {
  const source = new FakeSource(options);
  const el = await fixture<LoketInbox>(html`<loket-inbox .source=${source} filter=${filter} lang="nl"></loket-inbox>`);
  await el.updateComplete;
  return { el, source };
}

/** Waits until the rows were measured and the list settled. */
async function frames(el: LoketInbox, n = 2) {
  for (let i = 0; i < n; i += 1) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
}

describe('Virtualizer', () => {
  it('computes offsets, ranges with overscan and scroll targets from measured sizes', () => {
    const list = new Virtualizer<string>((s) => s, { estimate: 100, overscan: 2 });
    list.setItems(Array.from({ length: 10000 }, (_, i) => `k${i}`));
    expect(list.total).to.equal(1_000_000);
    expect(list.range(0, 450)).to.deep.equal([0, 7]);
    expect(list.range(50_000, 300)).to.deep.equal([498, 505]);
    expect(list.setSize('k0', 150)).to.equal(50);
    expect(list.offset(1)).to.equal(150);
    expect(list.total).to.equal(1_000_050);
    expect(list.indexAt(149)).to.equal(0);
    expect(list.indexAt(150)).to.equal(1);
    expect(list.indexAt(10_000_000)).to.equal(9999);
    expect(list.scrollFor(9999, 0, 500)).to.equal(1_000_050 - 500);
    expect(list.scrollFor(0, 400, 500)).to.equal(0);
    expect(list.scrollFor(3, 0, 1000)).to.equal(0);
  });
});

describe('loket-inbox', () => {
  describe('filters', () => {
    it('is a tablist with one selected tab controlling the results', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      expect(source.calls).to.include('load:all');
      const list = root(el).querySelector('[role=tablist]')!;
      expect(list.getAttribute('aria-label')).to.equal('Meldingen filteren');
      expect(tabs(el).map(text)).to.deep.equal(['Alle', 'Ongelezen', 'Actie vereist']);
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
      const panel = root(el).querySelector('[role=tabpanel]')!;
      expect(tabs(el)[0].getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.getAttribute('aria-labelledby')).to.equal('tab-all');
      expect(rows(el).length).to.equal(9);
    });

    it('moves between filters with the arrow keys and filters the list', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.filter).to.equal('unread');
      expect(el.getAttribute('filter')).to.equal('unread');
      expect(active(el) === tabs(el)[1]).to.be.true;
      expect(source.calls).to.include('load:unread');
      expect(titles(el)).to.deep.equal([
        'De status van uw Studietoelage is gewijzigd',
        'U ontving een betaling ihkv uw dossier Hulpmiddelen',
        'Actie vereist in uw dossier Renovatiepremie',
        'Actie vereist voor betaling van uw verkeersbelasting: 21 juli',
      ]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.filter).to.equal('action');
      expect(titles(el)).to.deep.equal(['Actie vereist in uw dossier Renovatiepremie', 'Actie vereist voor betaling van uw verkeersbelasting: 21 juli']);
      expect(rows(el).every((r) => text(r.querySelector('.pill')) === 'Actie vereist')).to.be.true;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.filter).to.equal('all');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.filter).to.equal('action');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.filter).to.equal('all');
    });

    it('shows an empty state per filter', async () => {
      const { el } = await create({ items: makeNotifications(3, 0).map((i) => ({ ...i, actionRequired: false })) }, 'unread');
      expect(text(root(el).querySelector('.state'))).to.equal('Geen ongelezen meldingen');
      el.filter = 'action';
      await waitUntil(() => text(root(el).querySelector('.state')) === 'Geen meldingen die actie vereisen');
    });
  });

  describe('items', () => {
    it('says "Gisteren" instead of "Vandaag" when the page is shown again on another day (timers wait while a computer sleeps)', async () => {
      const now = new Date();
      const clock = sinon.useFakeTimers({ now: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 18), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const createdAt = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 9, 12).toISOString();
        const { el } = await create({ items: [makeNotification(0, { createdAt })] });
        await frames(el);
        const time = () => text(row(el, 1)!.querySelector('time'));
        expect(time()).to.equal('Vandaag om 09:12');
        clock.setSystemTime(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 7));
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(time()).to.equal('Gisteren om 09:12');
      } finally {
        clock.restore();
      }
    });

    it('puts the read toggle beside the text when there is room, and under it in a narrow column', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      const place = async (width: string) => {
        el.style.width = width;
        await frames(el, 3);
        const first = row(el, 1)!;
        const box = (selector: string) => first.querySelector(selector)!.getBoundingClientRect();
        return { row: first.getBoundingClientRect(), text: box('.text'), toggle: box('.toggle') };
      };
      const wide = await place('48rem');
      expect(wide.toggle.top, 'beside the text').to.be.below(wide.text.bottom);
      expect(wide.toggle.left).to.be.at.least(wide.text.right);
      const narrow = await place('22rem');
      expect(narrow.toggle.top, 'under the text').to.be.at.least(narrow.text.bottom - 1);
      expect(narrow.text.width / narrow.row.width, 'the text keeps nearly the whole width').to.be.above(0.8);
    });

    it('shows title, sender, relative time, unread marker text and "Actie vereist"', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      const first = row(el, 1)!;
      expect(text(first.querySelector('.title'))).to.equal('Ongelezen: De status van uw Studietoelage is gewijzigd');
      expect(text(first.querySelector('.sender'))).to.equal('Studietoelagen');
      expect(text(first.querySelector('time'))).to.match(/^(Vandaag|Gisteren) om \d\d:\d\d$/);
      expect(first.getAttribute('aria-labelledby')).to.equal(first.querySelector('.title')!.id);
      const sigedis = row(el, 4)!;
      expect(text(sigedis.querySelector('.sender'))).to.equal('Sigedis vzw');
      expect(text(sigedis.querySelector('.title'))).not.to.contain('Ongelezen');
      expect(sigedis.querySelector('.pill')).to.equal(null);
      expect(text(row(el, 5)!.querySelector('.pill'))).to.equal('Actie vereist');
    });

    it('marks one item read and unread, and announces it', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      const button = row(el, 1)!.querySelector<HTMLButtonElement>('.toggle')!;
      expect(text(button)).to.equal('Markeer als gelezen');
      button.click();
      await el.updateComplete;
      expect(source.calls).to.include('markRead:s1');
      expect(text(button)).to.equal('Markeer als ongelezen');
      expect(text(root(el).querySelector('[aria-live]'))).to.equal('Gemarkeerd als gelezen');
      expect(text(root(el).querySelector('.summary'))).to.equal('3 ongelezen');
      button.click();
      await el.updateComplete;
      expect(source.calls).to.include('markUnread:s1');
      expect(text(button)).to.equal('Markeer als gelezen');
      expect(text(root(el).querySelector('.summary'))).to.equal('4 ongelezen');
      // The same words for another item still change the live region, or nothing would be announced.
      const live = root(el).querySelector('[aria-live]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(live.textContent!)).observe(live, { childList: true, subtree: true, characterData: true });
      const unreadToggles = rows(el)
        .map((r) => r.querySelector<HTMLButtonElement>('.toggle')!)
        .filter((b) => text(b) === 'Markeer als gelezen');
      unreadToggles[0].click();
      await el.updateComplete;
      unreadToggles[1].click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(said.length, 'two announcements').to.equal(2);
      expect(said.map((s) => s.trim())).to.deep.equal(['Gemarkeerd als gelezen', 'Gemarkeerd als gelezen']);
    });

    it('keeps a read item in the unread filter until the filter changes', async () => {
      const { el } = await create({ items: burgerprofielSeed() }, 'unread');
      expect(rows(el).length).to.equal(4);
      row(el, 1)!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      expect(rows(el).length).to.equal(4);
      el.filter = 'all';
      await el.updateComplete;
      el.filter = 'unread';
      await el.updateComplete;
      expect(rows(el).length).to.equal(3);
    });

    it('gives each item a target of at least 44 px: its whole text opens it, the toggle stays its own', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await frames(el);
      for (const r of rows(el).slice(0, 3)) {
        const link = r.querySelector<HTMLElement>('.title a, .title .open')!;
        const area = r.querySelector('.text')!.getBoundingClientRect();
        expect(area.height).to.be.at.least(44);
        for (const y of [area.top + 2, area.bottom - 2]) {
          expect(root(el).elementFromPoint(area.left + 4, y) === link, `hit at ${y - area.top}px`).to.be.true;
        }
        const toggle = r.querySelector<HTMLElement>('.toggle')!.getBoundingClientRect();
        expect(root(el).elementFromPoint(toggle.left + toggle.width / 2, toggle.top + toggle.height / 2)?.classList.contains('toggle')).to.be.true;
      }
    });

    it('keeps the focused row in the unread filter when it is read elsewhere (the bell, another tab)', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() }, 'unread');
      expect(rows(el).length).to.equal(4);
      await el.focusRow(1);
      const focused = active(el)!;
      const key = focused.dataset.key!;
      // Read from outside the inbox: not through its own button.
      await source.markRead(key);
      await el.updateComplete;
      expect(active(el) === focused, 'focus stays on the row').to.be.true;
      expect(rows(el).map((r) => r.dataset.key)).to.include(key);
      // Another row read elsewhere while focus is not on it leaves the filter as before.
      const other = rows(el).find((r) => r !== focused && r.classList.contains('unread'))!.dataset.key!;
      await source.markRead(other);
      await el.updateComplete;
      expect(rows(el).map((r) => r.dataset.key)).not.to.include(other);
      expect(active(el) === focused).to.be.true;
    });

    it('"Alles als gelezen markeren" marks all read and keeps focus on the button', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      const button = root(el).querySelector<HTMLButtonElement>('.mark-all')!;
      expect(text(button)).to.equal('Alles als gelezen markeren');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(source.calls).to.include('markAllRead');
      expect(text(root(el).querySelector('.summary'))).to.equal('0 ongelezen');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(active(el) === button).to.be.true;
      // Announced by the inbox itself: the bell's region may not be on the page.
      expect(text(root(el).querySelector('[aria-live]'))).to.equal('Geen ongelezen meldingen');
    });

    it('opening marks read, fires a cancelable event with the safe URL', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      let event: LoketNotificationOpenEvent | undefined;
      el.addEventListener('loket-notification-open', (e) => {
        event = e;
        e.preventDefault();
      });
      row(el, 1)!.querySelector<HTMLAnchorElement>('.title a')!.click();
      expect(source.calls).to.include('markRead:s1');
      expect(event!.detail.url).to.equal('/dossiers.html#s1');
      expect(event!.cancelable).to.be.true;
    });

    it('renders markup as text and never links a javascript: URL', async () => {
      const { el } = await create({
        items: [makeNotification(0, { id: 'h', title: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script>', url: 'javascript:alert(1)' })],
      });
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(row(el, 1)!.querySelector('.title button'))).to.equal('<img src=x onerror=alert(1)>');
      expect(text(row(el, 1)!.querySelector('.body'))).to.equal('<script>alert(1)</script>');
      expect(root(el).querySelector('a[href*="script" i]')).to.equal(null);
      let url: string | undefined = 'unset';
      el.addEventListener('loket-notification-open', (e) => (url = e.detail.url));
      row(el, 1)!.querySelector<HTMLButtonElement>('.title button')!.click();
      expect(url).to.equal(undefined);
    });
  });

  describe('virtualized list of 10,000', () => {
    it('renders only a window of rows, with aria-setsize and aria-posinset', async () => {
      const { el } = await create({ items: makeNotifications(10000, 30) });
      await frames(el);
      const feed = root(el).querySelector('[role=feed]')!;
      expect(feed.getAttribute('aria-label')).to.equal('Meldingen');
      expect(rows(el).length).to.be.within(3, 40);
      expect(rows(el)[0].getAttribute('aria-setsize')).to.equal('10000');
      expect(rows(el).map((r) => r.getAttribute('aria-posinset')).slice(0, 3)).to.deep.equal(['1', '2', '3']);
      expect(rows(el).filter((r) => r.tabIndex === 0).length).to.equal(1);
    });

    it('renders every loaded row before printing (the focused one keeps focus) and a window again after', async () => {
      const { el } = await create({ items: makeNotifications(250, 30) });
      await frames(el);
      await el.focusRow(3);
      const focused = active(el)!;
      const onScreen = rows(el).length;
      expect(onScreen).to.be.below(60);
      dispatchEvent(new Event('beforeprint'));
      // The update runs in the microtask after the event, before the browser lays the page out for print.
      await Promise.resolve();
      expect(rows(el).length, 'rendered before any task or frame').to.equal(250);
      expect(rows(el).map((r) => r.getAttribute('aria-posinset'))).to.deep.equal(Array.from({ length: 250 }, (_, i) => String(i + 1)));
      expect(active(el), 'focus stays on its row').to.equal(focused);
      dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(rows(el).length).to.equal(onScreen);
      expect(active(el)).to.equal(focused);
    });

    it('says on paper where the printed list stops when older pages are not loaded, and nothing when all are', async () => {
      const { el } = await create({ items: makeNotifications(250, 30), pageSize: 50 });
      await frames(el);
      const note = () => root(el).querySelector('.viewport > .state')?.textContent?.trim();
      expect(note(), 'not on screen').to.equal(undefined);
      dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      expect(rows(el).length).to.equal(50);
      expect(note()).to.equal('Afgedrukt: 50 geladen meldingen. Oudere meldingen staan niet op papier: laad ze eerst met ‘Meer laden’.');
      dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(note()).to.equal(undefined);
      const all = (await create({ items: makeNotifications(3) })).el;
      dispatchEvent(new Event('beforeprint'));
      await Promise.resolve();
      expect(root(all).querySelector('.viewport > .state')?.textContent?.trim(), 'a complete list ends as on screen').to.equal('U hebt alle meldingen gezien.');
      dispatchEvent(new Event('afterprint'));
    });

    it('stops listening for printing once removed', async () => {
      const { el } = await create({ items: makeNotifications(250, 30) });
      await frames(el);
      const onScreen = rows(el).length;
      el.remove();
      dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      dispatchEvent(new Event('afterprint'));
      expect(rows(el).length).to.equal(onScreen);
    });

    it('Tab goes from the filters into the list at its current row: the scrolling list is no stop of its own', async () => {
      const { el } = await create({ items: makeNotifications(60) });
      await frames(el);
      expect(viewport(el).scrollHeight, 'the list scrolls').to.be.greaterThan(viewport(el).clientHeight);
      tabs(el)[0].focus();
      for (let i = 0; i < 6 && !viewport(el).contains(active(el)); i += 1) await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('aria-posinset'), 'the first stop inside the list').to.equal('1');
    });

    it('keeps the focused row where it is while the rows above it are measured', async () => {
      // Rows far taller than the estimate: measuring them moves everything below.
      const body = 'Uw aanvraag werd ontvangen en wordt behandeld door de dienst. '.repeat(8);
      const items = makeNotifications(10000, 30).map((item) => ({ ...item, body }));
      const { el } = await create({ items });
      await frames(el);
      await el.focusRow(5000);
      const focused = active(el)!;
      expect(focused.getAttribute('aria-posinset')).to.equal('5001');
      const before = focused.getBoundingClientRect().top;
      await frames(el, 3);
      expect(active(el), 'focus stays on its row').to.equal(focused);
      expect(Math.abs(focused.getBoundingClientRect().top - before), 'the focused row did not move').to.be.below(1);
      const vp = viewport(el).getBoundingClientRect();
      expect(focused.getBoundingClientRect().top).to.be.at.least(vp.top - 1);
      expect(focused.getBoundingClientRect().top).to.be.below(vp.bottom);
    });

    it('reaches item 10,000 with End and back with Home; arrows and PageDown move focus', async () => {
      const { el } = await create({ items: makeNotifications(10000, 30) });
      await frames(el);
      row(el, 1)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => active(el)?.getAttribute('aria-posinset') === '2', 'ArrowDown');
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => active(el)?.getAttribute('aria-posinset') === '1', 'ArrowUp');
      await sendKeys({ press: 'PageDown' });
      await waitUntil(() => Number(active(el)?.getAttribute('aria-posinset')) > 2, 'PageDown');
      await sendKeys({ press: 'End' });
      await waitUntil(() => active(el)?.getAttribute('aria-posinset') === '10000', 'End reaches 10,000');
      const last = active(el)!;
      expect(text(last.querySelector('.title'))).to.contain('(10000)');
      expect(last.tabIndex).to.equal(0);
      const vp = viewport(el).getBoundingClientRect();
      const box = last.getBoundingClientRect();
      expect(box.top).to.be.at.least(vp.top - 1);
      expect(box.bottom).to.be.at.most(vp.bottom + 1);
      expect(rows(el).length).to.be.below(50);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => active(el)?.getAttribute('aria-posinset') === '9999', 'ArrowUp from the end');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => active(el)?.getAttribute('aria-posinset') === '1', 'Home');
      expect(viewport(el).scrollTop).to.equal(0);
    });

    it('leaves the list with Ctrl+End and Ctrl+Home (the feed pattern), also from a button inside an item', async () => {
      const { el } = await create({ items: makeNotifications(25, 30) });
      await frames(el);
      row(el, 3)!.querySelector<HTMLButtonElement>('.toggle')!.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => !active(el)?.closest('[role=feed]'), 'Ctrl+End left the feed');
      const after = active(el)!;
      expect(after.matches('.load-more, .state'), `after the list: ${after.className}`).to.be.true;
      rows(el)[0].focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      expect(active(el)?.getAttribute('role')).to.equal('tab');
      expect(active(el)?.getAttribute('aria-selected')).to.equal('true');
    });

    it('keeps the focused row rendered when the list scrolls away from it', async () => {
      const { el } = await create({ items: makeNotifications(10000) });
      await frames(el);
      row(el, 1)!.focus();
      // WebKit reveals a focused element at its next rendering update, undoing a scroll set in the same task.
      await frames(el);
      viewport(el).scrollTop = 200000;
      await waitUntil(() => !rows(el).some((r) => r.getAttribute('aria-posinset') === '2'), 'scrolled');
      expect(active(el)?.getAttribute('aria-posinset')).to.equal('1');
      expect(row(el, 1)).to.exist;
    });
  });

  describe('pagination', () => {
    it('loads the next page with "Meer laden" and as the reader scrolls; aria-setsize is -1 until complete', async () => {
      const { el, source } = await create({ items: makeNotifications(50), pageSize: 20 });
      await frames(el);
      expect(rows(el)[0].getAttribute('aria-setsize')).to.equal('-1');
      const more = root(el).querySelector<HTMLButtonElement>('.load-more')!;
      expect(text(more)).to.equal('Meer laden');
      const calls = source.calls.filter((c) => c.startsWith('loadMore')).length;
      more.click();
      await el.updateComplete;
      expect(source.calls.filter((c) => c.startsWith('loadMore')).length).to.be.greaterThan(calls);
      await waitUntil(() => root(el).querySelector('[role=feed]')!.getBoundingClientRect().height > 30 * 60, 'second page rendered');
      viewport(el).scrollTop = viewport(el).scrollHeight;
      await waitUntil(() => rows(el)[0]?.getAttribute('aria-setsize') === '50', 'all pages loaded by scrolling', { timeout: 3000 });
      expect(root(el).querySelector('.load-more')).to.equal(null);
      expect(text(root(el).querySelector('.end'))).to.equal('U hebt alle meldingen gezien.');
      // It ends the scrolled list: out of sight at the top, in sight at the bottom.
      const end = root(el).querySelector('.end')!;
      expect(end.closest('.viewport'), 'inside the scroll area').to.equal(viewport(el));
      viewport(el).scrollTop = 0;
      await frames(el);
      expect(end.getBoundingClientRect().top, 'below the visible list at the top').to.be.greaterThan(viewport(el).getBoundingClientRect().bottom);
    });
    it('"Meer laden" looks disabled and busy while the next page loads, as "Alles als gelezen markeren" does with nothing unread', async () => {
      const { el, source } = await create({ items: makeNotifications(50, 0), pageSize: 20 });
      await frames(el);
      const more = root(el).querySelector<HTMLButtonElement>('.load-more')!;
      const look = (button: Element) => {
        const style = getComputedStyle(button);
        return { color: style.color, border: style.borderTopColor, background: style.backgroundColor, cursor: style.cursor };
      };
      // The tokens: action blue, secondary grey, border grey, alternative background.
      const [blue, grey, border, alt] = ['rgb(0, 85, 204)', 'rgb(104, 116, 131)', 'rgb(203, 210, 218)', 'rgb(247, 249, 252)'];
      expect(more.getAttribute('aria-disabled')).to.equal('false');
      expect(look(more)).to.include({ color: blue, border: blue, cursor: 'pointer' });
      source.loadMode = 'pending';
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(look(more), 'loading').to.deep.equal({ color: grey, border, background: alt, cursor: 'progress' });
      // Hovering it changes nothing.
      const box = more.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      try {
        expect(look(more).background, 'hovered while loading').to.equal(alt);
      } finally {
        await resetMouse();
      }
      // Nothing unread: the link looks as inactive as it is.
      const markAll = root(el).querySelector<HTMLButtonElement>('.mark-all')!;
      expect(markAll.getAttribute('aria-disabled')).to.equal('true');
      expect(look(markAll)).to.include({ color: grey, cursor: 'default' });
      source.resolveLoad();
      await waitUntil(() => more.getAttribute('aria-disabled') === 'false', 'the next page arrived');
      expect(look(more), 'ready again').to.include({ color: blue, border: blue, cursor: 'pointer' });
    });
  });

  describe('states', () => {
    it('loading', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), load: 'pending' });
      expect(text(root(el).querySelector('.state[role=status]'))).to.equal('Meldingen worden geladen…');
      expect(root(el).querySelector('.summary'), 'no "0 ongelezen" before the count is known').to.equal(null);
      source.resolveLoad();
      await waitUntil(() => rows(el).length === 9);
      expect(text(root(el).querySelector('.summary'))).to.equal('4 ongelezen');
    });

    it('loading and empty take the list\'s height: the page below does not move when the items arrive', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), load: 'pending' });
      const loading = el.getBoundingClientRect().height;
      expect(loading, 'a box the list\'s height, not one line').to.be.above(300);
      source.resolveLoad();
      await waitUntil(() => rows(el).length === 9);
      expect(el.getBoundingClientRect().height, 'loaded').to.equal(loading);
      const empty = await create({ items: [] });
      expect(text(root(empty.el).querySelector('.state'))).to.equal(nl.inbox.empty.all);
      expect(empty.el.getBoundingClientRect().height, 'empty').to.equal(loading);
    });

    it('error with retry', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), load: 'error', loadError: { kind: 'malformed' } });
      expect(text(root(el).querySelector('.message.error p'))).to.equal(nl.notifications.errors.malformed);
      expect(root(el).querySelector('.message.error')!.getAttribute('role'), 'the failure is announced').to.equal('alert');
      expect(root(el).querySelector('.summary'), 'no count when it could not be loaded').to.equal(null);
      source.loadMode = 'instant';
      root(el).querySelector<HTMLButtonElement>('.message.error button')!.click();
      await waitUntil(() => rows(el).length === 9);
      expect(source.calls).to.include('retry');
      expect(active(el)?.id).to.equal('tab-all');
    });

    it('offline', async () => {
      const { el } = await create({ items: burgerprofielSeed(), connection: 'offline', pending: 1 });
      expect(text(root(el).querySelector('.message.offline'))).to.equal(`${nl.notifications.offline} 1 wijziging wordt verstuurd zodra u weer online bent.`);
    });

    it('a refused read is rolled back and said', async () => {
      const { el } = await create({ items: burgerprofielSeed(), refuse: ['read'] });
      const button = row(el, 1)!.querySelector<HTMLButtonElement>('.toggle')!;
      button.click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(text(root(el).querySelector('[role=alert] span'))).to.equal('Markeren als gelezen is niet gelukt.');
      expect(text(button)).to.equal('Markeer als gelezen');
      expect(text(root(el).querySelector('.summary'))).to.equal('4 ongelezen');
      await el.updateComplete;
      expect(text(root(el).querySelector('[aria-live]')), 'no "Gemarkeerd als gelezen" beside the error').to.equal('');
      // A later action that works is still announced while the error stands.
      row(el, 2)!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(text(root(el).querySelector('[aria-live]'))).to.match(/^Gemarkeerd als (on)?gelezen$/);
    });
  });

  describe('accessibility', () => {
    const states: Array<[string, FakeOptions, string?]> = [
      ['list with action required', { items: burgerprofielSeed() }],
      ['unread filter', { items: burgerprofielSeed() }, 'unread'],
      ['empty', { items: [] }],
      ['loading', { items: [], load: 'pending' }],
      ['error', { items: [], load: 'error' }],
      ['offline', { items: burgerprofielSeed(), connection: 'offline', pending: 2 }],
      ['refused action', { items: burgerprofielSeed(), refuse: ['read'] }],
      ['paginated', { items: makeNotifications(60), pageSize: 20 }],
      ['10,000 items', { items: makeNotifications(10000, 40) }],
    ];
    for (const [name, options, filter] of states) {
      it(`has no axe violations: ${name}, in every locale`, async () => {
        await forEachLocale(async (locale) => {
          const source = new FakeSource(options);
          const el = await fixture<LoketInbox>(html`<loket-inbox .source=${source} filter=${filter ?? 'all'}></loket-inbox>`);
          await settle(el);
          if (name === 'refused action') {
            row(el, 1)!.querySelector<HTMLButtonElement>('.toggle')!.click();
            await waitUntil(() => root(el).querySelector('[role=alert]'));
          }
          expect(text(tabs(el)[0])).to.equal(catalogs[locale].inbox.filter.all);
          await expectAccessible(el);
        });
      });
    }
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('filter tabs that say which is chosen, a feed of articles that say unread, and a toggle whose name follows the state', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await frames(el);
      let tree = await accessibilityTree(el);
      const tablist = find(tree, 'tablist', nl.inbox.filters);
      expect(findAll(tablist, 'tab').map((t) => `${t.name}:${String(t.properties.selected)}`)).to.deep.equal(['Alle:true', 'Ongelezen:false', 'Actie vereist:false']);
      const feed = find(find(tree, 'tabpanel', 'Alle'), 'feed', nl.inbox.list);
      const first = findAll(feed, 'article')[0];
      expect(first.name).to.equal('Ongelezen: De status van uw Studietoelage is gewijzigd');
      expect(find(first, 'button').name).to.equal(nl.inbox.markRead);
      // Nine buttons share that name: each is described by its notification's title.
      expect(find(first, 'button').description).to.contain(text(row(el, 1)!.querySelector('.title')).replace(/^Ongelezen: /, ''));
      row(el, 1)!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await frames(el);
      tree = await accessibilityTree(el);
      const after = findAll(find(tree, 'feed', nl.inbox.list), 'article')[0];
      expect(after.name).to.equal('De status van uw Studietoelage is gewijzigd');
      expect(find(after, 'button').name).to.equal(nl.inbox.markUnread);
    });
  });
});
