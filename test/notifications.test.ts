import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { contrast } from './support/contrast.js';
import '../src/entries/notifications.js';
import '../src/entries/inbox.js';
import '../src/entries/feedback.js';
import type { LoketNotifications } from '../src/components/notifications/notifications.js';
import type { LoketNotificationOpenEvent } from '../src/components/notifications/source-controller.js';
import { catalogs } from './support/catalogs.js';
import { expectFocus } from './support/focus.js';
import { expectAccessible } from './support/axe.js';
import { clippingPortal, expectFollowsScroll, expectOnTop, withoutPopoverApi } from './support/popup.js';
import { forEachLocale, settle } from './support/locale.js';
import { FakeSource, burgerprofielSeed, makeNotification, makeNotifications, NOW, type FakeOptions } from './support/fake-source.js';
import { LoketIdentityChangeEvent } from '../src/internal/identity-context.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { describeInChromium } from './support/browser.js';
import '../src/entries/header.js';
import type { LoketHeader } from '../src/components/header/header.js';
import { actingFor, citizen, company as companyMandate } from './support/profiles.js';

const nl = catalogs.nl.notifications;
const root = (el: LoketNotifications) => el.shadowRoot!;
const bell = (el: LoketNotifications) => root(el).querySelector<HTMLButtonElement>('.bell')!;
const panel = (el: LoketNotifications) => root(el).querySelector<HTMLElement>('#panel')!;
const live = (el: LoketNotifications) => root(el).querySelector<HTMLElement>('[aria-live]')!;
const items = (el: LoketNotifications) => [...root(el).querySelectorAll<HTMLElement>('.item')].filter((i) => i.offsetParent !== null);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const active = (el: LoketNotifications) => root(el).activeElement;

async function create(options: FakeOptions = {}, attrs: { inbox?: string; lang?: string } = {}) {
  const source = new FakeSource(options);
  const el = await fixture<LoketNotifications>(
    html`<loket-notifications .source=${source} inbox-url=${attrs.inbox ?? '/inbox.html'} lang=${attrs.lang ?? 'nl'}></loket-notifications>`,
  );
  await el.updateComplete;
  return { el, source };
}

async function openPanel(el: LoketNotifications) {
  bell(el).click();
  await el.updateComplete;
}

describe('loket-notifications', () => {
  describe('bell', () => {
    it('shows the unread count in the badge and in the accessible name', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      expect(source.calls).to.include('load:all');
      expect(text(root(el).querySelector('.badge'))).to.equal('4');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 4 ongelezen');
      expect(root(el).querySelector('.badge')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('starts over when the page’s header reports another identity, once per identity', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 4 ongelezen');
      const company = [makeNotification(1, { id: 'ea1', title: 'Actie vereist: valideer 12 prestaties dienstencheques', actionRequired: true })];
      const reset = source.reset.bind(source);
      source.reset = (identity?: string) => reset(identity, company);
      const profile = { active: true, activeIdentity: { onBehalfOf: { code: 'EA' as const, name: 'Schoonmaak Peeters BV', identifier: '0123456789' } } };
      document.dispatchEvent(new LoketIdentityChangeEvent({ identity: 'EA:0123456789', profile }));
      await el.updateComplete;
      await el.updateComplete;
      expect(source.calls.slice(-2)).to.deep.equal(['reset:EA:0123456789|', 'load:all']);
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 1 ongelezen');
      el.remove();
      document.dispatchEvent(new LoketIdentityChangeEvent({ identity: 'BUR', profile: { active: true } }));
      expect(source.calls.at(-1), 'a removed bell no longer listens').to.equal('load:all');
    });

    it('tells its source whom the surrounding header acts for, from the first profile on', async () => {
      const source = new FakeSource({ items: burgerprofielSeed() });
      const header = await fixture<LoketHeader>(
        html`<loket-header .profile=${citizen()}><loket-notifications slot="notifications" .source=${source}></loket-notifications></loket-header>`,
      );
      await header.updateComplete;
      const told = () => source.calls.filter((c) => c.startsWith('identify:'));
      expect(told(), 'the first profile: the queue may send what this identity took offline').to.deep.equal(['identify:BUR|Sofie Peeters']);
      header.profile = actingFor(companyMandate);
      await header.updateComplete;
      expect(told()).to.deep.equal(['identify:BUR|Sofie Peeters', 'identify:EA:456789123|Sofie Peeters']);
      header.querySelector('loket-notifications')!.remove();
      header.profile = citizen();
      await header.updateComplete;
      expect(told(), 'a removed bell no longer listens').to.have.length(2);
    });

    it('shows 99+ past 99 but keeps the exact count in the name', async () => {
      const { el } = await create({ items: makeNotifications(150) });
      expect(text(root(el).querySelector('.badge'))).to.equal('99+');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 150 ongelezen');
    });

    it('has no badge and a plain name when nothing is unread', async () => {
      const { el } = await create({ items: makeNotifications(3, 0) });
      expect(root(el).querySelector('.badge')).to.equal(null);
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen');
    });

    it('is at least 44 by 44 pixels', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      const box = bell(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('announces a count change politely, and only when the count changes', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      expect(text(live(el))).to.equal('');
      el.requestUpdate();
      await el.updateComplete;
      source.setConnection('polling');
      await el.updateComplete;
      expect(text(live(el)), 'no announcement without a count change').to.equal('');
      source.push(makeNotification(50, { id: 'fresh', createdAt: new Date(NOW + 60000).toISOString() }));
      await el.updateComplete;
      expect(text(live(el))).to.equal('1 nieuwe melding. 5 ongelezen meldingen');
      const node = live(el).firstChild;
      source.setConnection('live');
      el.requestUpdate();
      await el.updateComplete;
      expect(text(live(el))).to.equal('1 nieuwe melding. 5 ongelezen meldingen');
      expect(live(el).firstChild === node, 'the live text node is not re-rendered').to.be.true;
      await source.markRead('fresh');
      await el.updateComplete;
      expect(text(live(el))).to.equal('4 ongelezen meldingen');
    });

    it('passes the token to the source, never as an attribute', async () => {
      const { el, source } = await create({ items: [] });
      el.token = 'secret';
      await el.updateComplete;
      expect(source.token).to.equal('secret');
      expect(el.getAttributeNames().join(' ')).not.to.contain('token');
    });
    it('sends a token set before the element was defined with its very first request (bell and inbox)', async () => {
      const original = window.fetch;
      const seen: Array<string | null> = [];
      window.fetch = async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('/stream')) return new Response('', { status: 404 });
        const auth = new Headers(init?.headers).get('authorization');
        seen.push(auth);
        return auth
          ? Response.json({ items: [makeNotification(0)], nextCursor: null, unreadCount: 1 })
          : Response.json({ error: 'unauthorized' }, { status: 401 });
      };
      try {
        for (const tag of ['loket-notifications', 'loket-inbox']) {
          seen.length = 0;
          // An element of the portal's HTML that a classic script configures before the bundle registers the tag.
          const early = document.implementation.createHTMLDocument('').createElement(tag) as HTMLElement & { token?: string };
          early.token = 'pre-upgrade';
          early.setAttribute('endpoint', `/api/early-token-${tag}`);
          document.body.append(early);
          await waitUntil(() => seen.length > 0, `${tag} made no request`);
          expect(seen[0], tag).to.equal('Bearer pre-upgrade');
          expect(early.getAttributeNames().join(' ')).not.to.contain('token');
          early.remove();
        }
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('disclosure', () => {
    it('opens and closes with the keyboard; Escape returns focus to the bell', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      expect(bell(el).getAttribute('aria-expanded')).to.equal('false');
      expect(bell(el).getAttribute('aria-controls')).to.equal('panel');
      expect(panel(el).hidden).to.be.true;
      bell(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(bell(el).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el).hidden).to.be.false;
      expect(el.open).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('mark-all')).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('item')).to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.be.false;
      expect(panel(el).hidden).to.be.true;
      expectFocus(el, bell(el));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.open).to.be.true;
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.open).to.be.false;
    });

    it('closes on a click outside, not on a click inside', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      root(el).querySelector<HTMLElement>('h2')!.click();
      await el.updateComplete;
      expect(el.open).to.be.true;
      document.body.click();
      await el.updateComplete;
      expect(el.open).to.be.false;
    });

    it('closes when Tab moves focus past the panel or before the bell, so it never covers the focused control', async () => {
      const source = new FakeSource({ items: burgerprofielSeed() });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">Voor</button><loket-notifications .source=${source} inbox-url="/inbox.html"></loket-notifications><button id="after">Na</button></div>`,
      );
      const el = wrapper.querySelector('loket-notifications')!;
      await el.updateComplete;
      await openPanel(el);
      // Focus moving inside the panel keeps it open.
      const links = [...root(el).querySelectorAll<HTMLElement>('#panel a, #panel button')];
      links[0].focus();
      links[links.length - 1].focus();
      await el.updateComplete;
      expect(el.open, 'open while focus stays inside').to.be.true;
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('after');
      expect(el.open, 'closed once focus left').to.be.false;
      // Shift+Tab from the bell out of an open panel closes it too.
      await openPanel(el);
      bell(el).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(document.activeElement?.id).to.equal('before');
      expect(el.open).to.be.false;
    });

    it('keeps 4.5:1 for the grey sender and time on a hovered item’s tint', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const item = items(el)[0];
      const box = item.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
      try {
        const bg = getComputedStyle(item).backgroundColor;
        expect(bg, 'the item is tinted').not.to.equal('rgba(0, 0, 0, 0)');
        expect(contrast(getComputedStyle(item.querySelector('.meta')!).color, bg)).to.be.at.least(4.5);
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('draws every focus ring whole: items clear of the sticky footer, the bell ring outside its badge', async () => {
      const { el } = await create({ items: makeNotifications(40) }, { inbox: '/meldingen' });
      await setViewport({ width: 900, height: 700 });
      try {
        bell(el).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const foot = root(el).querySelector<HTMLElement>('.foot')!;
        let checked = 0;
        for (let i = 0; i < 30; i += 1) {
          await sendKeys({ press: 'Tab' });
          const focused = active(el);
          if (!focused || foot.contains(focused) || !panel(el).contains(focused)) break;
          if (focused.closest('.head')) continue;
          const box = focused.getBoundingClientRect();
          const style = getComputedStyle(focused);
          // How far the ring reaches beyond the box (an inset ring: 0).
          const ring = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
          expect(box.bottom + ring, `focus ring of ${text(focused)} under the footer`).to.be.at.most(foot.getBoundingClientRect().top + 0.5);
          checked += 1;
        }
        expect(checked, 'items reached with Tab').to.be.greaterThan(8);
        await sendKeys({ press: 'Escape' });
        expectFocus(el, bell(el));
        // The unread badge sits inside the bell; the bell's ring is drawn outside it.
        const badge = root(el).querySelector('.badge')!.getBoundingClientRect();
        const bellBox = bell(el).getBoundingClientRect();
        expect(badge.top >= bellBox.top && badge.right <= bellBox.right + 0.5).to.be.true;
        expect(parseFloat(getComputedStyle(bell(el)).outlineOffset)).to.be.at.least(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    // A bell made at 320 px after the bells made at 800 px are gone: in WebKit it would get their style resolver,
    // whose media queries kept the 800 px answers, and open its panel at the wide size (connectedCallback).
    it("opens above the page's floating buttons: a fixed feedback button does not cover the open panel", async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const source = new FakeSource({ items: makeNotifications(40) });
        const page = await fixture<HTMLDivElement>(html`<div>
          <loket-notifications .source=${source} inbox-url="/meldingen" lang="nl"></loket-notifications>
          <loket-feedback endpoint="/api/feedback" placement="fixed" lang="nl"></loket-feedback>
        </div>`);
        const el = page.querySelector('loket-notifications')!;
        await el.updateComplete;
        await openPanel(el);
        const button = page.querySelector('loket-feedback')!.shadowRoot!.querySelector('.trigger')!.getBoundingClientRect();
        const box = panel(el).getBoundingClientRect();
        expect(box.bottom > button.top && box.right > button.left, 'the panel reaches the button').to.be.true;
        const hit = document.elementFromPoint(button.left + button.width / 2, button.top + button.height / 2);
        expect(hit === el, 'the panel is on top').to.be.true;
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps its panel inside the viewport when the bell sits at the page’s start edge', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await setViewport({ width: 900, height: 700 });
      try {
        // The panel hangs from the bell's end edge: at the start edge it would open off-screen to the left.
        el.style.marginInlineStart = '0';
        await openPanel(el);
        const box = panel(el).getBoundingClientRect();
        expect(box.left, 'panel left edge').to.be.at.least(0);
        expect(box.right, 'panel right edge').to.be.at.most(document.documentElement.clientWidth);
        expect(box.width, 'panel keeps its width').to.be.greaterThan(300);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('groups by sender: newest per sender, "N oudere meldingen" expands the rest', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const groups = [...root(el).querySelectorAll('.group')];
      expect(groups.map((g) => text(g.querySelector('.sender')))).to.deep.equal(['Studietoelagen', 'VAPH', 'Sigedis vzw', 'Wonen-Antwerpen', 'VLABEL', 'Stad Kortrijk']);
      expect(items(el).length).to.equal(6);
      const first = groups[0];
      expect(text(first.querySelector('.title'))).to.equal('De status van uw Studietoelage is gewijzigd');
      expect(text(first.querySelector('time'))).to.match(/^(Vandaag|Gisteren) om \d\d:\d\d$/);
      const toggle = first.querySelector<HTMLButtonElement>('.more')!;
      expect(text(toggle)).to.equal('2 oudere meldingen');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const older = root(el).querySelector(`#${toggle.getAttribute('aria-controls')}`)!;
      expect(older.hasAttribute('hidden')).to.be.true;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect([...older.querySelectorAll('.title')].map(text)).to.deep.equal([
        'Uw studietoelage wordt behandeld',
        'Uw aanvraag voor een studietoelage is ontvangen',
      ]);
      expect(text(groups[3].querySelector('.more'))).to.equal('1 oudere melding');
      expectFocus(el, toggle);
    });

    it('marks unread items with a text equivalent and shows "Actie vereist"', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const [studie, vaph, sigedis, wonen] = [...root(el).querySelectorAll('.group')].map((g) => g.querySelector('.item')!);
      expect(text(studie)).to.match(/^Ongelezen: De status/);
      expect(studie.querySelector('.dot')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(vaph)).to.contain('Ongelezen');
      expect(text(sigedis)).not.to.contain('Ongelezen');
      expect(text(wonen.querySelector('.pill'))).to.equal('Actie vereist');
      expect(studie.querySelector('.pill')).to.equal(null);
    });

    it('activating an item marks it read and fires a cancelable open event, then navigates', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const link = items(el)[0] as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/dossiers.html#s1');
      let received: LoketNotificationOpenEvent | undefined;
      el.addEventListener('loket-notification-open', (e) => {
        received = e;
        e.preventDefault();
      });
      link.click();
      await el.updateComplete;
      expect(source.calls).to.include('markRead:s1');
      expect(received!.detail.notification.id).to.equal('s1');
      expect(received!.detail.url).to.equal('/dossiers.html#s1');
      expect(received!.cancelable && received!.bubbles && received!.composed).to.be.true;
      expect(location.hash).not.to.equal('#s1');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 3 ongelezen');
    });

    it('"Alles als gelezen markeren" marks everything read and keeps focus', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const button = root(el).querySelector<HTMLButtonElement>('.mark-all')!;
      expect(text(button)).to.equal('Alles als gelezen markeren');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(source.calls).to.include('markAllRead');
      expect(root(el).querySelector('.badge')).to.equal(null);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expectFocus(el, button);
    });

    it('keeps the title, "Alles als gelezen markeren" and "Bekijk alle meldingen" in view while a long list scrolls', async () => {
      await setViewport({ width: 900, height: 700 });
      try {
        const { el } = await create({ items: makeNotifications(40, 40) });
        await openPanel(el);
        const box = panel(el).getBoundingClientRect();
        expect(panel(el).scrollHeight, 'the list scrolls').to.be.greaterThan(panel(el).clientHeight);
        for (const scrollTop of [0, panel(el).scrollHeight]) {
          panel(el).scrollTop = scrollTop;
          for (const selector of ['h2', '.mark-all', '.all']) {
            const r = root(el).querySelector(selector)!.getBoundingClientRect();
            expect(r.top >= box.top - 1 && r.bottom <= box.bottom + 1, `${selector} in view at scrollTop ${scrollTop}`).to.be.true;
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('links "Bekijk alle meldingen" to inbox-url, and only to safe URLs', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const all = root(el).querySelector<HTMLAnchorElement>('.all')!;
      expect(text(all)).to.equal('Bekijk alle meldingen');
      expect(all.getAttribute('href')).to.equal('/inbox.html');
      el.inboxUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(root(el).querySelector('.all')).to.equal(null);
    });

    it('keeps the list still while open: new arrivals wait behind "N nieuwe meldingen"', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      await openPanel(el);
      const before = items(el).map(text);
      source.push(
        makeNotification(70, { id: 'new1', title: 'Nieuw 1', createdAt: new Date(NOW + 60000).toISOString() }),
        makeNotification(71, { id: 'new2', title: 'Nieuw 2', createdAt: new Date(NOW + 120000).toISOString() }),
      );
      await el.updateComplete;
      expect(items(el).map(text)).to.deep.equal(before);
      const reveal = root(el).querySelector<HTMLButtonElement>('.new-items')!;
      expect(text(reveal)).to.equal('2 nieuwe meldingen');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 6 ongelezen');
      // Its keyboard focus ring shows: not the focus colour drawn on the same action colour.
      bell(el).focus();
      for (let i = 0; i < 5 && active(el) !== reveal; i += 1) await sendKeys({ press: 'Tab' });
      expectFocus(el, reveal, 'Tab from the bell reaches the button');
      const ring = getComputedStyle(reveal);
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineColor, 'ring colour differs from the button').not.to.equal(ring.backgroundColor);
      reveal.click();
      await waitUntil(() => !root(el).querySelector('.new-items'));
      expect(text(items(el)[0].querySelector('.title'))).to.equal('Nieuw 2');
      expectFocus(el, items(el)[0]);
      // Closed, arrivals show at once.
      el.hide();
      source.push(makeNotification(72, { id: 'new3', title: 'Nieuw 3', createdAt: new Date(NOW + 180000).toISOString() }));
      await openPanel(el);
      expect(text(items(el)[0].querySelector('.title'))).to.equal('Nieuw 3');
      expect(root(el).querySelector('.new-items')).to.equal(null);
    });
  });

  describe('dates', () => {
    it('says "Gisteren" instead of "Vandaag" from midnight on, with the panel open', async () => {
      const now = new Date();
      const late = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 58);
      const clock = sinon.useFakeTimers({ now: late, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      try {
        const createdAt = new Date(late.getFullYear(), late.getMonth(), late.getDate(), 22, 5).toISOString();
        const { el } = await create({ items: [makeNotification(0, { createdAt })] });
        await openPanel(el);
        const time = () => text(root(el).querySelector('.item time'));
        expect(time()).to.equal('Vandaag om 22:05');
        await clock.tickAsync(1000);
        await el.updateComplete;
        expect(time(), 'one second before midnight').to.equal('Vandaag om 22:05');
        await clock.tickAsync(3000);
        await el.updateComplete;
        expect(time()).to.equal('Gisteren om 22:05');
        el.remove();
        expect(clock.countTimers(), 'a removed bell leaves no timer').to.equal(0);
      } finally {
        clock.restore();
      }
    });
  });

  describe('states', () => {
    it('loading, then the list', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), load: 'pending' });
      await openPanel(el);
      const status = root(el).querySelector('.state')!;
      expect(text(status)).to.equal('Meldingen worden geladen…');
      expect(status.getAttribute('role')).to.equal('status');
      source.resolveLoad();
      await waitUntil(() => items(el).length === 6);
      expect(root(el).querySelector('.new-items'), 'the first page is no "new" arrival').to.equal(null);
      expect(text(live(el)), 'loading the first page is no count change').to.equal('');
    });

    it('empty', async () => {
      const { el } = await create({ items: [] });
      await openPanel(el);
      expect(text(root(el).querySelector('.state'))).to.equal('Geen meldingen');
      expect(root(el).querySelector('.mark-all')).to.equal(null);
    });

    it('error with retry that recovers', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), load: 'error', loadError: { kind: 'server', status: 500 } });
      await openPanel(el);
      expect(text(root(el).querySelector('.message.error p'))).to.equal(nl.errors.server);
      expect(root(el).querySelector('.message.error')!.getAttribute('role'), 'the failure is announced').to.equal('alert');
      source.loadMode = 'instant';
      const retry = root(el).querySelector<HTMLButtonElement>('.message.error button')!;
      expect(text(retry)).to.equal('Opnieuw proberen');
      retry.click();
      await waitUntil(() => items(el).length === 6);
      expect(source.calls).to.include('retry');
      expect(root(el).querySelector('.message.error')).to.equal(null);
      expectFocus(el, root(el).querySelector('#title'), 'focus moved to the heading, not lost');
    });

    it('a session that expired offers "Aanmelden": a cancelable loket-login, then the login URL', async () => {
      const { el } = await create({ items: [], load: 'error', loadError: { kind: 'unauthorized', status: 401 } });
      await openPanel(el);
      expect(root(el).querySelector('.sign-in'), 'no login URL: nothing to lead to').to.equal(null);
      el.loginUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(root(el).querySelector('.sign-in'), 'an unsafe login URL is not offered').to.equal(null);
      el.loginUrl = '/aanmelden?terug=%2Fmeldingen';
      await el.updateComplete;
      const link = root(el).querySelector<HTMLAnchorElement>('.message.error a.sign-in')!;
      expect(text(link)).to.equal('Aanmelden');
      expect(link.getAttribute('href')).to.equal('/aanmelden?terug=%2Fmeldingen');
      expect(text(root(el).querySelector('.message.error button')), 'retrying stays possible').to.equal('Opnieuw proberen');
      const heard: Array<string | undefined> = [];
      el.addEventListener('loket-login', (event) => {
        heard.push(event.detail.url);
        event.preventDefault(); // a single-page app signs in itself: no navigation
      });
      link.click();
      expect(heard).to.deep.equal(['/aanmelden?terug=%2Fmeldingen']);
      await expectAccessible(el);
    });

    it('other load errors offer no sign-in, even with a login URL', async () => {
      const { el } = await create({ items: [], load: 'error', loadError: { kind: 'server', status: 500 } });
      el.loginUrl = '/aanmelden';
      await openPanel(el);
      expect(root(el).querySelector('.message.error')).not.to.equal(null);
      expect(root(el).querySelector('.sign-in')).to.equal(null);
    });

    it('inside a loket-header, a session that expired leads to the header’s login-url', async () => {
      const source = new FakeSource({ items: [], load: 'error', loadError: { kind: 'unauthorized', status: 401 } });
      const header = await fixture<LoketHeader>(
        html`<loket-header login-url="/api/login" .profile=${{ active: false }}
          ><loket-notifications slot="notifications" lang="nl" .source=${source}></loket-notifications
        ></loket-header>`,
      );
      const el = header.querySelector('loket-notifications')!;
      await el.updateComplete;
      await openPanel(el);
      expect(root(el).querySelector('.sign-in')?.getAttribute('href')).to.equal('/api/login');
      el.loginUrl = '/eigen-aanmelding';
      await el.updateComplete;
      expect(root(el).querySelector('.sign-in')?.getAttribute('href'), 'its own login-url wins').to.equal('/eigen-aanmelding');
      el.loginUrl = undefined;
      header.loginUrl = '/api/login?opnieuw';
      await header.updateComplete;
      await el.updateComplete;
      expect(root(el).querySelector('.sign-in')?.getAttribute('href'), 'follows the header').to.equal('/api/login?opnieuw');
    });

    it('offline, with the number of queued changes', async () => {
      const { el } = await create({ items: burgerprofielSeed(), connection: 'offline', pending: 2 });
      await openPanel(el);
      expect(text(root(el).querySelector('.message.offline'))).to.equal(`${nl.offline} 2 wijzigingen worden verstuurd zodra u weer online bent.`);
      expect(root(el).querySelector('.message.offline')!.getAttribute('role')).to.equal('status');
      expect(items(el).length).to.equal(6);
    });

    it('a refused action is rolled back and said, focus stays sensible', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), refuse: ['read-all'] });
      await openPanel(el);
      const button = root(el).querySelector<HTMLButtonElement>('.mark-all')!;
      button.focus();
      button.click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      const alert = root(el).querySelector('[role=alert]')!;
      expect(text(alert.querySelector('span'))).to.equal('Alles als gelezen markeren is niet gelukt.');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 4 ongelezen');
      // The panel's alert says it; the bell's polite region does not say it a second time.
      expect(text(live(el))).not.to.contain('niet gelukt');
      expectFocus(el, button);
      alert.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(source.calls).to.include('clearActionError');
      expect(root(el).querySelector('[role=alert]')).to.equal(null);
      expectFocus(el, button);
    });

    it('with the panel closed, a refused action (from elsewhere on the page) is said by the bell', async () => {
      const { el, source } = await create({ items: burgerprofielSeed(), refuse: ['read-all'] });
      await source.markAllRead();
      await waitUntil(() => text(live(el)) !== '', 'announced');
      expect(text(live(el))).to.equal('Alles als gelezen markeren is niet gelukt.');
    });

    it('a refused mark-read shows "Markeren als gelezen is niet gelukt."', async () => {
      const { el } = await create({ items: burgerprofielSeed(), refuse: ['read'] });
      await openPanel(el);
      el.addEventListener('loket-notification-open', (e) => e.preventDefault());
      items(el)[0].click();
      await waitUntil(() => root(el).querySelector('[role=alert]'));
      expect(text(root(el).querySelector('[role=alert] span'))).to.equal('Markeren als gelezen is niet gelukt.');
      expect(bell(el).getAttribute('aria-label')).to.equal('Meldingen, 4 ongelezen');
    });
  });

  describe('hostile data', () => {
    it('renders markup in titles as text and never follows a javascript: URL', async () => {
      const { el, source } = await create({
        items: [
          makeNotification(0, { id: 'x1', title: '<img src=x onerror=alert(1)><b>vet</b>', url: 'javascript:alert(1)' }),
          makeNotification(1, { id: 'x2', title: 'ok', url: ' JaVaScRiPt:alert(2)' }),
        ],
      });
      await openPanel(el);
      const [first, second] = items(el);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(text(first.querySelector('.title'))).to.equal('<img src=x onerror=alert(1)><b>vet</b>');
      expect(first.tagName).to.equal('BUTTON');
      expect(second.tagName).to.equal('BUTTON');
      expect(root(el).querySelector('a[href^="javascript" i], a[href*="script:" i]')).to.equal(null);
      let detail: LoketNotificationOpenEvent['detail'] | undefined;
      el.addEventListener('loket-notification-open', (e) => (detail = e.detail));
      first.click();
      expect(detail!.url).to.equal(undefined);
      expect(source.calls).to.include('markRead:x1');
    });
  });

  describe('layout', () => {
    it('opens in the top layer: a portal header that clips (overflow: hidden) or a page that stacks above it hides nothing; it follows the bell when the page scrolls', async () => {
      const source = new FakeSource({ items: makeNotifications(20) });
      const { header } = await clippingPortal(html`<loket-notifications .source=${source} inbox-url="/meldingen" lang="nl"></loket-notifications>`);
      const el = header.querySelector('loket-notifications')!;
      await el.updateComplete;
      await openPanel(el);
      expect(panel(el).matches(':popover-open')).to.be.true;
      expectOnTop(panel(el), el);
      expect(Math.round(panel(el).getBoundingClientRect().right)).to.equal(Math.round(bell(el).getBoundingClientRect().right));
      expect(await expectFollowsScroll(panel(el), bell(el)), 'the gap under the bell').to.be.within(0, 16);
      bell(el).focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel(el).matches(':popover-open'), 'closed, out of the top layer').to.be.false;
    });

    it('still opens under the bell, inside the viewport, in a browser without the Popover API', async () => {
      await withoutPopoverApi(async () => {
        const { el } = await create({ items: burgerprofielSeed() });
        el.style.marginInlineStart = '0';
        await openPanel(el);
        const box = panel(el).getBoundingClientRect();
        expect(getComputedStyle(panel(el)).position).to.equal('absolute');
        expect(box.left).to.be.at.least(0);
        expect(box.top).to.be.at.least(bell(el).getBoundingClientRect().bottom);
        expect(box.height).to.be.greaterThan(100);
      });
    });

    it('puts the panel full width under the bell on a 320 px screen', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      await setViewport({ width: 320, height: 640 });
      try {
        await openPanel(el);
        const box = panel(el).getBoundingClientRect();
        const bell = root(el).querySelector('.bell')!.getBoundingClientRect();
        expect(box.left).to.equal(0);
        expect(box.width).to.equal(document.documentElement.clientWidth);
        expect(Math.round(box.top)).to.equal(Math.round(bell.bottom));
        expect(Math.round(box.bottom)).to.be.at.most(640);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('accessibility', () => {
    const states: Array<[string, FakeOptions]> = [
      ['with unread and action required', { items: burgerprofielSeed() }],
      ['empty', { items: [] }],
      ['loading', { items: [], load: 'pending' }],
      ['error', { items: [], load: 'error' }],
      ['offline', { items: burgerprofielSeed(), connection: 'offline', pending: 1 }],
      ['refused action', { items: burgerprofielSeed(), refuse: ['read-all'] }],
      ['99+', { items: makeNotifications(150) }],
    ];
    for (const [name, options] of states) {
      it(`has no axe violations closed and open: ${name}, in every locale`, async () => {
        await forEachLocale(async (locale) => {
          const source = new FakeSource(options);
          const el = await fixture<LoketNotifications>(html`<loket-notifications .source=${source} inbox-url="/inbox.html"></loket-notifications>`);
          await settle(el);
          expect(bell(el).getAttribute('aria-label')!.startsWith(catalogs[locale].notifications.title)).to.be.true;
          await expectAccessible(el);
          await openPanel(el);
          if (name === 'refused action') {
            root(el).querySelector<HTMLButtonElement>('.mark-all')!.click();
            await waitUntil(() => root(el).querySelector('[role=alert]'));
          }
          const toggle = root(el).querySelector<HTMLButtonElement>('.more');
          if (toggle) {
            toggle.click();
            await el.updateComplete;
          }
          expect(text(root(el).querySelector('h2'))).to.equal(catalogs[locale].notifications.title);
          await expectAccessible(el);
        });
      });
    }
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a bell that says the count and whether it is open; a panel whose items read unread, title, sender, time and action', async () => {
      const { el } = await create({ items: burgerprofielSeed() });
      const closed = await accessibilityTree(el);
      expect(find(closed, 'button', 'Meldingen, 4 ongelezen').properties.expanded).to.equal(false);
      expect(findAll(closed, 'region'), 'a closed panel is not in the tree').to.be.empty;
      await openPanel(el);
      const open = await accessibilityTree(el);
      expect(find(open, 'button', 'Meldingen, 4 ongelezen').properties.expanded).to.equal(true);
      const region = find(open, 'region', nl.title);
      expect(find(region, 'heading', nl.title).properties.level).to.equal(2);
      const entries = findAll(find(region, 'list', nl.title), 'listitem').map((li) => li.children.find((c) => c.role === 'link' || c.role === 'button')!);
      expect(entries[0].name).to.match(/^Ongelezen: De status van uw Studietoelage is gewijzigd Studietoelagen (Vandaag|Gisteren) om \d{2}:\d{2}$/);
      expect(entries.filter((e) => e.name.startsWith(`${nl.unread}: `))).to.have.length(4);
      expect(entries.filter((e) => e.name.endsWith(` ${nl.actionRequired}`)).map((e) => e.name.split(' ').slice(0, 5).join(' '))).to.deep.equal([
        'Ongelezen: Actie vereist in uw',
        'Ongelezen: Actie vereist voor betaling',
      ]);
      expect(find(region, 'button', '2 oudere meldingen').properties.expanded).to.equal(false);
      // Each group has one: it is described by its sender.
      expect(find(region, 'button', '2 oudere meldingen').description).to.equal('Studietoelagen');
      expect(find(region, 'link', nl.viewAll)).to.exist;
    });

    it('an empty polite status at first, then the arrival and the new count, outside the button', async () => {
      const { el, source } = await create({ items: burgerprofielSeed() });
      const before = find(await accessibilityTree(el), 'status');
      expect(before.properties.live).to.equal('polite');
      expect(spoken(before)).to.equal('');
      source.push(makeNotification(50, { id: 'fresh', createdAt: new Date(NOW + 60000).toISOString() }));
      await el.updateComplete;
      const tree = await accessibilityTree(el);
      expect(spoken(find(tree, 'status'))).to.equal('1 nieuwe melding. 5 ongelezen meldingen');
      const bellNode = find(tree, 'button', 'Meldingen, 5 ongelezen');
      expect(findAll(bellNode, 'status'), 'the live region is not inside the button').to.be.empty;
    });
  });
});

