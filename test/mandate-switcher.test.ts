import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/entries/mandate-switcher.js';
import type { LoketMandateSwitcher } from '../src/components/mandate-switcher/mandate-switcher.js';
import { MAX_ROWS } from '../src/components/mandate-switcher/mandate-switcher.js';
import { formatIdentifier, normalizeProfile, type Profile } from '../src/data/identity.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { actingFor, association, citizen, company, helpCompany, manager, self } from './support/profiles.js';
import { recordNavigation } from './support/navigation.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';
import { contrast } from './support/contrast.js';
import { clippingPortal, expectFollowsScroll, expectOnTop, withoutPopoverApi } from './support/popup.js';

const root = (el: LoketMandateSwitcher) => el.shadowRoot!;
const trigger = (el: LoketMandateSwitcher) => root(el).querySelector<HTMLButtonElement>('.trigger')!;
const options = (el: LoketMandateSwitcher) => [...root(el).querySelectorAll<HTMLElement>('[role=option]')];
const focused = (el: LoketMandateSwitcher) => root(el).activeElement as HTMLElement | null;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/** Replaces the navigation default action with a recorder. */
async function switcher(profile: Profile | undefined, url = '/api/switch'): Promise<LoketMandateSwitcher> {
  return fixture<LoketMandateSwitcher>(html`<loket-mandate-switcher .profile=${profile} switch-capacity-url=${url}></loket-mandate-switcher>`);
}

async function open(el: LoketMandateSwitcher): Promise<void> {
  trigger(el).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('formatIdentifier', () => {
  it('writes ondernemingsnummers as 0123.456.789 and leaves other identifiers alone', () => {
    expect(formatIdentifier('0123456789')).to.equal('0123.456.789');
    expect(formatIdentifier('456789123')).to.equal('0456.789.123');
    expect(formatIdentifier(' 0456 789 123 ')).to.equal('0456.789.123');
    expect(formatIdentifier('0456.789.123')).to.equal('0456.789.123');
    expect(formatIdentifier('2145678901')).to.equal('2.145.678.901');
    expect(formatIdentifier('980000611888')).to.equal('980000611888');
    expect(formatIdentifier('V0012345')).to.equal('V0012345');
    expect(formatIdentifier('12345')).to.equal('12345');
    expect(formatIdentifier(undefined)).to.equal('');
  });
});

describe('normalizeProfile', () => {
  it('drops what it cannot read and never invents an identity', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const profile = normalizeProfile({
        active: 'yes',
        user: { firstName: 42 },
        identities: [null, 'x', { onBehalfOf: { code: 'EA' } }, { onBehalfOf: { name: 'Geen code' } }, company, company, { onBehalfOf: { code: 'XYZ', name: 'Onbekend' } }],
      });
      expect(profile.active).to.equal(false);
      expect(profile.user).to.equal(undefined);
      expect(profile.identities!.map((i) => i.onBehalfOf?.name)).to.deep.equal(['Schoonmaak Peeters BV', 'Onbekend']);
      expect(warnings.length).to.equal(1);
      expect(normalizeProfile('nonsense')).to.deep.equal({ active: false });
      expect(normalizeProfile({ active: true, identities: 'many' }).identities).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });
});

describe('loket-mandate-switcher', () => {
  it('renders nothing when nobody is signed in', async () => {
    const none = await switcher(undefined);
    expect(root(none).childElementCount).to.equal(0);
    const out = await switcher({ active: false, identities: [company] });
    expect(root(out).childElementCount).to.equal(0);
  });

  it('shows the person as a citizen without a button when there is nothing to switch to', async () => {
    const el = await switcher(citizen([self]));
    expect(trigger(el)).to.equal(null);
    expect(text(root(el).querySelector('.static'))).to.equal('Aangemeld als Sofie Peeters Burger');
    await expectAccessible(el);
  });

  it('opening with nothing to switch to (one identity, nobody signed in) shows no list and throws nothing', async () => {
    for (const profile of [citizen([self]), { active: false }]) {
      const el = await switcher(profile);
      await el.show();
      el.open = false;
      await el.updateComplete;
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(root(el).querySelector('.popup')).to.equal(null);
    }
    // Opened in the markup before the profile came: the list does not pop up unasked when the profile arrives.
    const early = await fixture<LoketMandateSwitcher>(html`<loket-mandate-switcher open></loket-mandate-switcher>`);
    early.profile = actingFor(company);
    await early.updateComplete;
    expect(early.open).to.be.false;
    expect(root(early).querySelector<HTMLElement>('.popup')?.hidden ?? true).to.be.true;
  });

  it('shows whom the person acts for, with the formatted ondernemingsnummer', async () => {
    const el = await switcher(actingFor(company));
    expect(text(trigger(el).querySelector('.who'))).to.equal('Sofie Peeters namens Schoonmaak Peeters BV (0456.789.123)');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await expectAccessible(el);
  });

  it('opens a list grouped by kind with the active identity marked', async () => {
    const el = await switcher(actingFor(company));
    await open(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    const groups = [...root(el).querySelectorAll('[role=group]')];
    expect(groups.map((g) => text(root(el).getElementById(g.getAttribute('aria-labelledby')!)))).to.deep.equal(['Burger', 'Onderneming', 'Vereniging']);
    const selected = options(el).filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected.length).to.equal(1);
    expect(selected[0].getAttribute('aria-label')).to.equal('Schoonmaak Peeters BV 0456.789.123, huidige keuze');
    expect(text(options(el)[0])).to.equal('Sofie Peeters');
    expect(focused(el)).to.equal(selected[0]);
    await expectAccessible(el);
  });

  it('follows the listbox keyboard pattern: arrows, Home/End, type-ahead, Escape back to the trigger', async () => {
    const el = await switcher(citizen());
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(focused(el)).to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(options(el)[1]);
    expect(options(el)[1].tabIndex).to.equal(0);
    expect(options(el)[0].tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    expect(text(focused(el))).to.contain('Vzw Buurtwerk De Brug');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(options(el)[0]);
    await sendKeys({ press: 'd' });
    expect(text(focused(el))).to.contain('Dienstenbedrijf Hulp aan Huis NV');
    await new Promise((r) => setTimeout(r, 600));
    await sendKeys({ press: 's' });
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Sofie Peeters, huidige keuze');
    await new Promise((r) => setTimeout(r, 600));
    await sendKeys({ press: 's' });
    expect(text(focused(el))).to.equal('Schoonmaak Peeters BV 0456.789.123');
    await sendKeys({ type: 'ch' });
    expect(text(focused(el))).to.equal('Schoonmaak Peeters BV 0456.789.123');
    await new Promise((r) => setTimeout(r, 600));
    await sendKeys({ press: 's' });
    expect(text(focused(el))).to.contain('vestiging Gent');
    await sendKeys({ press: 'ArrowUp' });
    expect(text(focused(el))).to.equal('Schoonmaak Peeters BV 0456.789.123');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(focused(el)).to.equal(trigger(el));
  });

  it('fires loket-identity-select and then goes to the switch URL with the URL-encoded login_hint', async () => {
    const el = await switcher(citizen(), '/api/switch?from=header');
    const urls = recordNavigation(el);
    await open(el);
    const chosen = options(el).find((o) => text(o).includes('Hulp aan Huis'))!;
    chosen.focus();
    const event = oneEvent(el, 'loket-identity-select');
    await sendKeys({ press: 'Enter' });
    const fired = await event;
    expect(fired.cancelable).to.equal(true);
    expect(fired.composed).to.equal(true);
    expect(fired.detail.authorization).to.deep.equal(helpCompany);
    expect(urls).to.deep.equal(['/api/switch?from=header&login_hint=ea+0812%2F345%26678']);
    expect(el.open).to.equal(false);
    expect(focused(el)).to.equal(trigger(el));
  });

  it('its event reaches listeners on document and window, typed there as on the element (the README listens on document)', async () => {
    const el = await switcher(citizen());
    recordNavigation(el);
    const hints: (string | undefined)[] = [];
    // Typed through LoketEventMap: without it `event.detail` does not type-check on document or window.
    const onDocument = (event: DocumentEventMap['loket-identity-select']) => {
      event.preventDefault();
      hints.push(event.detail.authorization.loginHint);
    };
    const onWindow = (event: WindowEventMap['loket-identity-select']) => hints.push(event.detail.authorization.loginHint);
    document.addEventListener('loket-identity-select', onDocument);
    window.addEventListener('loket-identity-select', onWindow);
    try {
      await open(el);
      options(el).find((o) => text(o).includes('Hulp aan Huis'))!.click();
      expect(hints).to.deep.equal([helpCompany.loginHint, helpCompany.loginHint]);
    } finally {
      document.removeEventListener('loket-identity-select', onDocument);
      window.removeEventListener('loket-identity-select', onWindow);
    }
  });

  it('does not navigate when the event is cancelled, and switches without a loginHint via the plain URL', async () => {
    const plain = { onBehalfOf: { code: 'EA' as const, name: 'Zonder hint NV', identifier: '0999999999' } };
    const el = await switcher(citizen([self, plain]));
    const urls = recordNavigation(el);
    el.addEventListener('loket-identity-select', (e) => e.preventDefault(), { once: true });
    await open(el);
    options(el)[1].click();
    expect(urls).to.deep.equal([]);
    await open(el);
    options(el)[1].click();
    expect(urls).to.deep.equal(['/api/switch']);
  });

  it('choosing the active identity only closes the list', async () => {
    const el = await switcher(actingFor(company));
    const urls = recordNavigation(el);
    let events = 0;
    el.addEventListener('loket-identity-select', () => (events += 1));
    await open(el);
    options(el).find((o) => o.getAttribute('aria-selected') === 'true')!.click();
    await el.updateComplete;
    expect([events, urls.length, el.open]).to.deep.equal([0, 0, false]);
  });

  it('offers a filter field past 7 identities only', async () => {
    const seven = await switcher(manager(7));
    await open(seven);
    expect(root(seven).querySelector('input')).to.equal(null);
    const eight = await switcher(manager(8));
    await open(eight);
    expect(root(eight).querySelector('input')).not.to.equal(null);
    expect(focused(eight)).to.equal(root(eight).querySelector('input'));
    await expectAccessible(eight);
  });

  it('Tab goes from the trigger to the filter field, the current option, then out: the scrolling list is no stop of its own', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><loket-mandate-switcher .profile=${manager(40)}></loket-mandate-switcher><button type="button">Verder</button></div>`,
    );
    const el = page.querySelector('loket-mandate-switcher')!;
    await open(el);
    const list = root(el).querySelector<HTMLElement>('.popup')!;
    expect(list.scrollHeight, 'the list scrolls').to.be.greaterThan(list.clientHeight);
    expect(focused(el)?.localName).to.equal('input');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el) === trigger(el), 'Shift+Tab from the field').to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.localName, 'and Tab back').to.equal('input');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role'), 'Tab from the field').to.equal('option');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement?.textContent, 'a second Tab leaves the switcher').to.equal('Verder');
    expect(el.open, 'and closes the list').to.be.false;
  });

  it('filters by name and by number, announces the count and moves from the field into the list', async () => {
    const el = await switcher(manager(40));
    await open(el);
    await sendKeys({ type: 'poetsdienst 3' });
    await el.updateComplete;
    expect(options(el).map(text)).to.deep.equal(['Poetsdienst 3 BV 0400.003.711', 'Poetsdienst 33 BV 0400.040.821', 'Poetsdienst 36 BV 0400.044.532', 'Poetsdienst 39 BV 0400.048.243']);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('4 resultaten');
    const field = root(el).querySelector('input')!;
    field.value = '0400.040';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el).map(text)).to.deep.equal(['Poetsdienst 33 BV 0400.040.821']);
    field.value = '400040821';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el).length).to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(options(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(field);
    field.value = 'bestaat niet';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el).length).to.equal(0);
    expect(root(el).querySelector('[role=listbox]')).to.equal(null);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('Geen resultaten');
    await expectAccessible(el);
  });

  it('Escape in a filled filter field clears it and shows the whole list again; Escape in the empty field closes the list', async () => {
    const el = await switcher(manager(40));
    await open(el);
    const all = options(el).length;
    const field = root(el).querySelector('input')!;
    expect(focused(el)).to.equal(field);
    await sendKeys({ type: 'poetsdienst 3' });
    await el.updateComplete;
    expect(options(el).length).to.equal(4);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open, 'still open').to.equal(true);
    expect(focused(el) === field, 'focus stays in the field').to.be.true;
    expect(field.value).to.equal('');
    expect(options(el).length, 'the whole list again').to.equal(all);
    // Said differently from a typed filter's count, so it is heard even when the filter matched everything.
    expect(text(root(el).querySelector('[role=status]')), 'the clearing and the whole list’s count are announced').to.equal('Zoekopdracht gewist. 40 resultaten');
    // Typing again counts the matches again.
    await sendKeys({ type: 'schoonmaak 1' });
    await el.updateComplete;
    expect(text(root(el).querySelector('[role=status]'))).to.match(/^\d+ resultaten?$/);
    expect(text(root(el).querySelector('[role=status]'))).not.to.equal('40 resultaten');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open, 'closed by the second Escape').to.equal(false);
    expect(focused(el) === trigger(el), 'focus back on the trigger').to.be.true;
    // Opened again: an empty field and no stale count.
    await open(el);
    expect(root(el).querySelector('input')!.value).to.equal('');
    expect(text(root(el).querySelector('[role=status]'))).to.equal('');
  });

  it('keeps 500 identities fast: renders at most MAX_ROWS and asks to refine', async () => {
    const el = await switcher(manager(500));
    await open(el);
    expect(options(el).length).to.equal(MAX_ROWS);
    expect(text(root(el).querySelector('.more'))).to.equal(`${MAX_ROWS} van 500 getoond. Verfijn uw zoekopdracht.`);
    const field = root(el).querySelector('input')!;
    field.value = 'schoonmaak 44';
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el).map(text)).to.deep.include('Schoonmaak 448 BV 0400.554.176');
    expect(root(el).querySelector('.more')).to.equal(null);
    await expectAccessible(el);
  });

  it('opens its list in the top layer: a portal header that clips or a page that stacks above it hides nothing; it follows the trigger on scroll', async () => {
    await setViewport({ width: 900, height: 700 });
    try {
      const { header } = await clippingPortal(html`<loket-mandate-switcher .profile=${actingFor(company)} switch-capacity-url="/api/switch"></loket-mandate-switcher>`);
      const el = header.querySelector('loket-mandate-switcher')!;
      await el.updateComplete;
      await open(el);
      const list = root(el).querySelector<HTMLElement>('.popup')!;
      expect(list.matches(':popover-open')).to.be.true;
      expectOnTop(list, el);
      expect(await expectFollowsScroll(list, trigger(el)), 'the gap under the trigger').to.be.within(-1, 16);
      el.hide();
      await el.updateComplete;
      expect(list.matches(':popover-open')).to.be.false;
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('without the Popover API, still opens its list under the trigger, inside the viewport', async () => {
    await withoutPopoverApi(async () => {
      const el = await switcher(actingFor(company));
      await open(el);
      const list = root(el).querySelector<HTMLElement>('.popup')!;
      expect(getComputedStyle(list).position).to.equal('absolute');
      const box = list.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(trigger(el).getBoundingClientRect().bottom - 1);
      expect(options(el).length).to.be.greaterThan(1);
    });
  });

  it('keeps its list inside the viewport, at the page’s start edge as at its end', async () => {
    await setViewport({ width: 900, height: 700 });
    try {
      // The list hangs from the trigger's end edge; at the start edge it would open off-screen to the left.
      const start = await switcher(actingFor(company));
      await open(start);
      const popup = root(start).querySelector<HTMLElement>('.popup')!;
      let box = popup.getBoundingClientRect();
      expect(box.left, 'list left edge').to.be.at.least(0);
      expect(options(start)[0].getBoundingClientRect().left, 'first option').to.be.at.least(0);
      // At the end edge it stays where it hangs.
      const end = await fixture<HTMLDivElement>(html`<div><loket-mandate-switcher .profile=${actingFor(company)}></loket-mandate-switcher></div>`);
      Object.assign(end.style, { display: 'flex', justifyContent: 'flex-end' });
      const atEnd = end.querySelector('loket-mandate-switcher')!;
      await open(atEnd);
      const list = root(atEnd).querySelector<HTMLElement>('.popup')!;
      box = list.getBoundingClientRect();
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
      expect(Math.round(box.right), 'aligned with the trigger').to.equal(Math.round(atEnd.getBoundingClientRect().right));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps 4.5:1 for the grey identifiers on a focused or hovered option’s tint', async () => {
    const el = await switcher(citizen());
    await open(el);
    const option = options(el).find((o) => o.querySelector('.id'))!;
    option.focus();
    const fg = getComputedStyle(option.querySelector('.id')!).color;
    const bg = getComputedStyle(option).backgroundColor;
    expect(bg, 'the option is tinted').not.to.equal('rgba(0, 0, 0, 0)');
    expect(contrast(fg, bg)).to.be.at.least(4.5);
  });

  it('closes when focus or a click goes elsewhere', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><loket-mandate-switcher .profile=${citizen()}></loket-mandate-switcher><button>Elders</button></div>`);
    const el = wrapper.querySelector('loket-mandate-switcher')!;
    await open(el);
    wrapper.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    await open(el);
    wrapper.querySelector('button')!.focus();
    await el.updateComplete;
    expect(el.open).to.equal(false);

    // A text selection dragged out of the filter field ends in a click outside: the list stays open.
    const many = await switcher(manager(8));
    await open(many);
    root(many).querySelector('input')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    document.body.click();
    await many.updateComplete;
    expect(many.open, 'a drag that began inside').to.equal(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    document.body.click();
    await many.updateComplete;
    expect(many.open, 'a click outside').to.equal(false);

    // Moved elsewhere while open: outside clicks still close it.
    await open(el);
    wrapper.append(el);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    wrapper.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.open, 'closed after the move').to.equal(false);
  });

  it('closes its list when the profile leaves nothing to switch to, and does not reopen it with the next profile', async () => {
    const el = await switcher(citizen());
    await open(el);
    el.profile = { active: false }; // a single-page app signs the person out while the list is open
    await el.updateComplete;
    expect(el.open, 'signed out').to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
    el.profile = citizen();
    await el.updateComplete;
    expect(el.open, 'signed in again').to.be.false;
    expect(root(el).querySelector<HTMLElement>('.popup')!.hidden).to.be.true;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');

    await open(el);
    el.profile = citizen([self]); // the last mandate was revoked
    await el.updateComplete;
    expect(el.open, 'only themselves left').to.be.false;
    el.profile = citizen();
    await el.updateComplete;
    expect(el.open).to.be.false;
    if (chromium) expect(findAll(await accessibilityTree(el), 'listbox')).to.have.length(0);
  });

  it('renders markup in names as text and groups unknown codes under "Andere"', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await switcher({
        active: true,
        user: { firstName: evil, name: 'Peeters' },
        activeIdentity: { onBehalfOf: { code: 'EA', name: evil } },
        identities: [self, { onBehalfOf: { code: 'ZZ' as 'EA', name: evil }, loginHint: 'zz' }],
      });
      await open(el);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(trigger(el))).to.contain(`namens ${evil}`);
      expect([...root(el).querySelectorAll('.group')].map(text)).to.deep.equal(['Burger', 'Andere']);
      expect(options(el).map(text)).to.deep.equal([`${evil} Peeters`, evil]);
      await expectAccessible(el);
    } finally {
      console.warn = warn;
    }
  });

  it('takes its profile from a JSON attribute too', async () => {
    const el = await fixture<LoketMandateSwitcher>(html`<loket-mandate-switcher profile=${JSON.stringify(actingFor(association))}></loket-mandate-switcher>`);
    expect(text(trigger(el))).to.contain('namens Vzw Buurtwerk De Brug (V0012345)');
  });

  it('is accessible and localized in every locale', async () => {
    const el = await switcher(actingFor(company));
    const labels = { nl: 'Onderneming', fr: 'Entreprise', en: 'Company', de: 'Unternehmen' };
    const acting = { nl: 'namens', fr: 'au nom de', en: 'on behalf of', de: 'im Namen von' };
    await forEachLocale(async (locale) => {
      await settle(el);
      await open(el);
      expect(text(root(el).querySelector('#g-EA'))).to.equal(labels[locale]);
      expect(text(trigger(el))).to.contain(acting[locale]);
      await expectAccessible(el);
      el.hide();
      await el.updateComplete;
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a trigger that says who acts and what it does; a listbox of groups with the current identity selected', async () => {
      const el = await switcher(citizen());
      const closed = await accessibilityTree(el);
      const button = find(closed, 'button');
      expect(button.name).to.equal('Sofie Peeters, Burger, Wissel van organisatie');
      expect(button.properties.expanded).to.equal(false);
      expect(findAll(closed, 'listbox')).to.be.empty;
      await open(el);
      const tree = await accessibilityTree(el);
      expect(find(tree, 'button').properties.expanded).to.equal(true);
      const listbox = find(tree, 'listbox', 'Kies voor wie u handelt');
      expect(findAll(listbox, 'group').map((g) => `${g.name}: ${findAll(g, 'option').length}`)).to.deep.equal(['Burger: 1', 'Onderneming: 3', 'Vereniging: 1']);
      const chosen = findAll(listbox, 'option').filter((o) => o.properties.selected === true);
      expect(chosen.map((o) => o.name)).to.deep.equal(['Sofie Peeters, huidige keuze']);
      expect(find(listbox, 'option', /^Schoonmaak Peeters BV 0456\.789\.123$/).properties.selected).to.equal(false);
      const acting = await switcher(actingFor(company));
      expect(find(await accessibilityTree(acting), 'button').name).to.equal('Sofie Peeters, namens Schoonmaak Peeters BV (0456.789.123), Wissel van organisatie');
    });

    it('every option named, also those scrolled out of the list (their rendering is skipped until shown)', async () => {
      const el = await switcher(manager(150));
      await open(el);
      const listbox = find(await accessibilityTree(el), 'listbox');
      const names = findAll(listbox, 'option').map((o) => o.name);
      expect(names).to.have.length(MAX_ROWS);
      expect(names.filter((name) => !/\S/.test(name))).to.be.empty;
      expect(names[MAX_ROWS - 1]).to.equal(text(options(el)[MAX_ROWS - 1]));
    });

    it('a plain statement, not a button, when there is nobody else to act for', async () => {
      const el = await switcher(citizen([self]));
      const tree = await accessibilityTree(el);
      expect(findAll(tree, 'button')).to.be.empty;
      expect(spoken(tree)).to.equal('Aangemeld als Sofie Peeters Burger');
    });
  });
});
