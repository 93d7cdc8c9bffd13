import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/entries/header.js';
import type { LoketHeader } from '../src/components/header/header.js';
import type { LoketMandateSwitcher } from '../src/components/mandate-switcher/mandate-switcher.js';
import { identityKey, type Profile } from '../src/data/identity.js';
import { expectAccessible } from './support/axe.js';
import { expectFocus } from './support/focus.js';
import { forEachLocale, settle } from './support/locale.js';
import { actingFor, citizen, company, self } from './support/profiles.js';
import { recordNavigation } from './support/navigation.js';
import { accessibilityTree, find, findAll } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const inner = (el: LoketHeader) => q<LoketMandateSwitcher>(el, 'loket-mandate-switcher');

async function header(profile: Profile | undefined, extra = html``): Promise<LoketHeader> {
  const el = await fixture<LoketHeader>(html`<loket-header
    application-name="Dienstencheques"
    login-url="/api/login"
    logout-url="/api/logout"
    switch-capacity-url="/api/switch"
    help-url="https://www.vlaanderen.be/contact"
    .profile=${profile}
    >${extra}</loket-header
  >`);
  await settle(el);
  return el;
}

/** A header on profile-url that has loaded its profile, with the identity changes it fires. */
async function loadedHeader(): Promise<{ here: LoketHeader; changes: string[] }> {
  const here = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile"></loket-header>`);
  const changes: string[] = [];
  here.addEventListener('loket-identity-change', (event) => changes.push(event.detail.identity));
  await loaded(here);
  return { here, changes };
}

/** Waits until the header finished loading its profile-url. */
async function loaded(el: LoketHeader): Promise<void> {
  for (let i = 0; i < 50 && q(el, '.who')?.querySelector('.vh'); i += 1) await new Promise((r) => setTimeout(r, 10));
  await settle(el);
}

function stubFetch(answer: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>): { calls: [RequestInfo | URL, RequestInit | undefined][]; restore: () => void } {
  const original = window.fetch;
  const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
  window.fetch = (input, init) => {
    calls.push([input, init]);
    return answer(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

describe('loket-header', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('signed out: offers "Aanmelden", the 1700 help line and no "Afmelden"', async () => {
    const el = await header(undefined);
    const login = q<HTMLAnchorElement>(el, '.login')!;
    expect(login.tagName).to.equal('A');
    expect(login.getAttribute('href')).to.equal('/api/login');
    expect(text(login)).to.equal('Aanmelden');
    expect(text(q(el, '.help'))).to.equal('Hulp nodig? Bel 1700');
    expect(q(el, '.help')!.getAttribute('href')).to.equal('https://www.vlaanderen.be/contact');
    expect(q(el, '.logout')).to.equal(null);
    expect(text(q(el, '.vl'))).to.equal('Vlaanderen');
    expect(text(q(el, '.app'))).to.equal('Dienstencheques');
    await expectAccessible(el);
  });

  it('signed in as a citizen: shows the name and "Afmelden"', async () => {
    const el = await header(citizen([self]));
    expect(text(root(inner(el)!).querySelector('.static'))).to.equal('Aangemeld als Sofie Peeters Burger');
    expect(text(q(el, '.logout'))).to.equal('Afmelden');
    expect(q(el, '.login')).to.equal(null);
    await expectAccessible(el);
  });

  it('acting for a company: shows "namens <company>" and lets the person switch through context', async () => {
    const el = await header(actingFor(company));
    const switcher = inner(el)!;
    const trigger = root(switcher).querySelector<HTMLButtonElement>('.trigger')!;
    expect(text(trigger)).to.contain('namens Schoonmaak Peeters BV (0456.789.123)');
    const urls: string[] = [];
    (switcher as unknown as { navigate: (url: string) => void }).navigate = (url) => urls.push(url);
    trigger.click();
    await switcher.updateComplete;
    await expectAccessible(el);
    const event = oneEvent(el, 'loket-identity-select');
    [...root(switcher).querySelectorAll<HTMLElement>('[role=option]')].find((o) => text(o).includes('Vzw'))!.click();
    expect((await event).detail.authorization.loginHint).to.equal('ver-V0012345');
    expect(urls).to.deep.equal(['/api/switch?login_hint=ver-V0012345']);
  });

  it('shares its profile and switch URL with a slotted mandate switcher, and follows changes', async () => {
    const el = await header(actingFor(company), html`<loket-mandate-switcher slot="mandate"></loket-mandate-switcher>`);
    const slotted = el.querySelector('loket-mandate-switcher')!;
    await slotted.updateComplete;
    expect(q<HTMLSlotElement>(el, 'slot[name=mandate]')!.assignedElements()[0] === slotted).to.equal(true);
    expect(text(root(slotted).querySelector('.trigger'))).to.contain('namens Schoonmaak Peeters BV');
    el.profile = actingFor(self);
    await el.updateComplete;
    await slotted.updateComplete;
    expect(text(root(slotted).querySelector('.trigger .who'))).to.equal('Sofie Peeters Burger');
    const urls: string[] = [];
    (slotted as unknown as { navigate: (url: string) => void }).navigate = (url) => urls.push(url);
    root(slotted).querySelector<HTMLButtonElement>('.trigger')!.click();
    await slotted.updateComplete;
    root(slotted).querySelectorAll<HTMLElement>('[role=option]')[1].click();
    expect(urls).to.deep.equal(['/api/switch?login_hint=ea-0456789123']);
  });

  it('fires cancelable loket-login and loket-logout; the default navigates', async () => {
    const el = await header(undefined);
    const urls = recordNavigation(el);
    el.addEventListener('loket-login', (e) => e.preventDefault(), { once: true });
    q(el, '.login')!.click();
    expect(urls).to.deep.equal([]);
    const login = oneEvent(el, 'loket-login');
    q(el, '.login')!.click();
    const fired = await login;
    expect([fired.cancelable, fired.composed, fired.detail.url]).to.deep.equal([true, true, '/api/login']);
    expect(urls).to.deep.equal(['/api/login']);

    el.profile = citizen([self]);
    await el.updateComplete;
    const logout = oneEvent(el, 'loket-logout');
    q(el, '.logout')!.click();
    expect((await logout).detail.url).to.equal('/api/logout');
    expect(urls).to.deep.equal(['/api/login', '/api/logout']);
    el.addEventListener('loket-logout', (e) => e.preventDefault(), { once: true });
    q(el, '.logout')!.click();
    expect(urls.length).to.equal(2);
  });

  it('keeps keyboard focus when a single-page app signs in or out itself: it moves from "Afmelden" to "Aanmelden" and back', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await header(citizen([self]));
    const urls = recordNavigation(el);
    el.addEventListener('loket-logout', (e) => {
      e.preventDefault();
      el.profile = { active: false };
    });
    el.addEventListener('loket-login', (e) => {
      e.preventDefault();
      setTimeout(() => (el.profile = citizen([self])), 10); // after the app's own request
    });
    q(el, '.logout')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('login'), 'focus on "Aanmelden"').to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '.logout'), 'not signed in');
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('logout'), 'focus on "Afmelden"').to.be.true;
    expect(urls).to.deep.equal([]);

    // Signed out through another way (a session that expired): focus elsewhere stays where it is.
    q<HTMLButtonElement>(el, 'button[lang=fr]')!.focus();
    el.profile = { active: false };
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('lang')).to.equal('fr');
  });

  it('renders login as a button that only fires the event without a (safe) login-url', async () => {
    const el = await fixture<LoketHeader>(html`<loket-header login-url="javascript:alert(1)"></loket-header>`);
    const urls = recordNavigation(el);
    expect(q(el, '.login')!.tagName).to.equal('BUTTON');
    expect(root(el).innerHTML).not.to.contain('javascript:');
    const login = oneEvent(el, 'loket-login');
    q(el, '.login')!.click();
    expect((await login).detail.url).to.equal(undefined);
    expect(urls).to.deep.equal([]);
    // A button opens no tab: a ctrl-click is a click like any other.
    const again = oneEvent(el, 'loket-login');
    q(el, '.login')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ctrlKey: true }));
    expect((await again).detail.url).to.equal(undefined);
  });

  it('switches the page language, unless the event is cancelled', async () => {
    const el = await header(undefined);
    const original = document.documentElement.lang;
    try {
      const fr = q(el, 'button[lang=fr]')!;
      expect(text(fr)).to.equal('FR Français');
      expect(q(el, 'button[lang=nl]')!.getAttribute('aria-pressed')).to.equal('true');
      el.addEventListener('loket-language-change', (e) => e.preventDefault(), { once: true });
      fr.click();
      expect(document.documentElement.lang).to.equal(original);
      const change = oneEvent(el, 'loket-language-change');
      fr.click();
      expect((await change).detail.lang).to.equal('fr');
      expect(document.documentElement.lang).to.equal('fr');
      await settle(el);
      expect(text(q(el, '.login'))).to.equal('Se connecter');
      expect(q(el, 'button[lang=fr]')!.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      document.documentElement.lang = original;
    }
    el.languages = 'nl';
    await el.updateComplete;
    expect(q(el, '.langs')).to.equal(null);
  });

  it('offers the languages whose codes are listed whole, not those found inside another code', async () => {
    const el = await header(undefined);
    const offered = async (languages: string) => {
      el.languages = languages;
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('.langs button')].map((b) => b.getAttribute('lang'));
    };
    expect(await offered('nl-BE,fr,en'), '"nl-BE" is not "nl"').to.deep.equal(['fr', 'en']);
    expect(await offered('fr, de ,EN')).to.deep.equal(['fr', 'en', 'de']);
    expect(await offered('nlfr,ende'), 'no codes in there').to.deep.equal([]);
    expect(await offered('fr,de-CH'), 'one language is no switch').to.deep.equal([]);
    expect(await offered('nl,fr,en,de')).to.deep.equal(['nl', 'fr', 'en', 'de']);
  });

  it('loads its profile from profile-url with credentials', async () => {
    const stub = stubFetch(async () => Response.json(actingFor(company)));
    try {
      const el = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile"></loket-header>`);
      await loaded(el);
      expect(stub.calls.length).to.equal(1);
      expect(String(stub.calls[0][0])).to.equal('/api/profile');
      expect(stub.calls[0][1]!.credentials).to.equal('include');
      expect(text(root(inner(el)!).querySelector('.trigger'))).to.contain('namens Schoonmaak Peeters BV');
      expect(q(el, '.error')!.textContent!.trim()).to.equal('');
      await expectAccessible(el);
    } finally {
      stub.restore();
    }
  });

  for (const [name, answer] of [
    ['a server error', async () => new Response('oops', { status: 500 })],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['invalid JSON', async () => new Response('<html>', { status: 200 })],
    ['a JSON array', async () => Response.json([{ active: true }])],
  ] as [string, () => Promise<Response>][]) {
    it(`falls back to signed out with a notice on ${name}`, async () => {
      const stub = stubFetch(answer);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile" login-url="/login"></loket-header>`);
        await loaded(el);
        expect(text(q(el, '.login'))).to.equal('Aanmelden');
        expect(text(q(el, '.error'))).to.equal('We konden niet nagaan of u aangemeld bent. Meld u opnieuw aan of probeer het later nog eens.');
        expect(q(el, '.error')!.getAttribute('role')).to.equal('status');
        await expectAccessible(el);
      } finally {
        stub.restore();
        console.warn = warn;
      }
    });
  }

  it('stops loading when profile-url is removed while its answer is on the way', async () => {
    const stub = stubFetch(() => new Promise<Response>(() => undefined));
    try {
      const el = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile" login-url="/login"></loket-header>`);
      await settle(el);
      expect(q(el, '.login'), 'loading').to.equal(null);
      el.removeAttribute('profile-url');
      await settle(el);
      expect(text(q(el, '.login'))).to.equal('Aanmelden');
      expect(text(q(el, '.error'))).to.equal('');
    } finally {
      stub.restore();
    }
  });

  it('treats a 401 from profile-url as signed out without an error', async () => {
    const stub = stubFetch(async () => new Response('', { status: 401 }));
    try {
      const el = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile"></loket-header>`);
      await loaded(el);
      expect(text(q(el, '.login'))).to.equal('Aanmelden');
      expect(text(q(el, '.error'))).to.equal('');
    } finally {
      stub.restore();
    }
  });

  it('announces loket-identity-change once per real change of identity, not for the first profile', async () => {
    const seen: { identity: string; active: boolean }[] = [];
    const record = (event: HTMLElementEventMap['loket-identity-change']) => seen.push({ identity: event.detail.identity, active: event.detail.profile.active });
    document.addEventListener('loket-identity-change', record);
    try {
      const el = await header(undefined);
      el.profile = citizen();
      await settle(el);
      expect(seen, 'the first profile is no change').to.deep.equal([]);
      el.profile = citizen(); // a new object for the same person and identity
      await settle(el);
      expect(seen).to.deep.equal([]);
      el.profile = actingFor(company);
      await settle(el);
      expect(seen).to.deep.equal([{ identity: 'EA:456789123', active: true }]);
      el.profile = actingFor(self);
      await settle(el);
      el.profile = { active: false };
      await settle(el);
      expect(seen.slice(1)).to.deep.equal([
        { identity: 'BUR', active: true },
        { identity: '', active: false },
      ]);
    } finally {
      document.removeEventListener('loket-identity-change', record);
    }
  });

  it('loads its profile again when another tab of the portal switches identity without a page load', async () => {
    let session: Profile = citizen();
    const stub = stubFetch(async () => Response.json(session));
    try {
      // This tab loads its profile from profile-url; a header with its own BroadcastChannel stands for the other tab.
      const here = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile"></loket-header>`);
      await loaded(here);
      expect(text(root(inner(here)!).querySelector('.who'))).not.to.contain('namens');
      const otherTab = await header(citizen());
      session = actingFor(company);
      otherTab.profile = actingFor(company);
      await settle(otherTab);
      await waitUntil(() => stub.calls.length === 2, 'the profile is loaded again');
      await loaded(here);
      expect(text(root(inner(here)!).querySelector('.who'))).to.contain('namens Schoonmaak Peeters BV');
      // Both now act for the company: no further loads, no echo between the tabs.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stub.calls.length).to.equal(2);
    } finally {
      stub.restore();
    }
  });

  it('loads its profile again when another tab switches identity or signs out through a page load', async () => {
    let session: Profile = citizen();
    const stub = stubFetch(async () => Response.json(session));
    try {
      const here = await fixture<LoketHeader>(html`<loket-header profile-url="/api/profile"></loket-header>`);
      await loaded(here);
      // The other tab went to switch-capacity-url and came back: its new page's first profile is the company.
      session = actingFor(company);
      const newPage = await header(actingFor(company));
      await settle(newPage);
      await waitUntil(() => stub.calls.length === 2, 'the profile is loaded again');
      await loaded(here);
      expect(text(root(inner(here)!).querySelector('.who'))).to.contain('namens Schoonmaak Peeters BV');
      newPage.remove();
      // Signed out in another tab: that page's first profile is nobody.
      session = { active: false };
      const signedOut = await header({ active: false });
      await settle(signedOut);
      await waitUntil(() => stub.calls.length === 3, 'loaded again after the sign-out');
      await loaded(here);
      expect(q(here, '.login'), 'signed out here too').to.exist;
    } finally {
      stub.restore();
    }
  });

  it('loads its profile again when it returns to the page, keeping the old one on screen meanwhile', async () => {
    let session: Profile = citizen();
    let answer: () => Promise<Response> = async () => Response.json(session);
    const stub = stubFetch(() => answer());
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { here, changes } = await loadedHeader();
      const parent = here.parentElement!;
      // Out of the page (a route unmounted it) while another tab switched to the company: that announcement is missed.
      here.remove();
      session = actingFor(company);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      answer = async () => {
        await held;
        return Response.json(session);
      };
      parent.append(here);
      await waitUntil(() => stub.calls.length === 2, 'the profile is loaded again');
      await settle(here);
      // Meanwhile the person stays on screen; no "Laden…" flash, no signed-out state.
      expect(text(root(inner(here)!).querySelector('.who'))).to.contain('Sofie Peeters');
      release();
      await waitUntil(() => text(root(inner(here)!).querySelector('.who')).includes('namens Schoonmaak Peeters BV'), 'the new identity is shown');
      expect(changes).to.deep.equal([identityKey(actingFor(company))]);
      // A return whose reload fails keeps the profile: a network hiccup is no sign-out.
      here.remove();
      answer = async () => new Response('oops', { status: 503 });
      parent.append(here);
      await waitUntil(() => stub.calls.length === 3);
      await waitUntil(() => q(here, '.error')!.textContent!.trim() !== '', 'the notice is shown');
      expect(text(root(inner(here)!).querySelector('.who'))).to.contain('namens Schoonmaak Peeters BV');
      expect(changes.length).to.equal(1);
    } finally {
      console.warn = warn;
      stub.restore();
    }
  });

  it('reloads once per identity another tab announces, and keeps its profile when that reload fails', async () => {
    let answer: () => Promise<Response> = async () => Response.json(citizen());
    const stub = stubFetch(() => answer());
    const otherTabs = new BroadcastChannel('loket-identity');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { here, changes } = await loadedHeader();
      // Two tabs pass on the same change: one reload.
      answer = () => new Promise((resolve) => setTimeout(() => resolve(new Response('oops', { status: 503 })), 30));
      otherTabs.postMessage('EA:456789123');
      otherTabs.postMessage('EA:456789123');
      await waitUntil(() => stub.calls.length === 2);
      await new Promise((resolve) => setTimeout(resolve, 80));
      await settle(here);
      expect(stub.calls.length, 'one reload for one announced identity').to.equal(2);
      // The reload failed: still signed in as before, with the notice, and no identity change.
      expect(text(root(inner(here)!).querySelector('.who'))).to.contain('Sofie Peeters');
      expect(q(here, '.error')!.textContent!.trim()).not.to.equal('');
      expect(changes).to.deep.equal([]);
    } finally {
      console.warn = warn;
      otherTabs.close();
      stub.restore();
    }
  });

  it('renders markup from the profile as text and survives missing fields', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await header({ active: true, user: { firstName: evil, name: '' }, activeIdentity: { onBehalfOf: { code: 'LB', name: evil } } } as Profile);
      expect(root(inner(el)!).querySelector('img')).to.equal(null);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(root(inner(el)!).querySelector('.static'))).to.equal(`Aangemeld als ${evil} namens ${evil}`);
      const empty = await header({ active: true } as Profile);
      expect(text(root(inner(empty)!).querySelector('.static'))).to.equal('Aangemeld als Aangemeld Burger');
      expect(text(q(empty, '.logout'))).to.equal('Afmelden');
      await expectAccessible(empty);
    } finally {
      console.warn = warn;
    }
  });

  it('has a skip link that moves focus to the main content', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <loket-header skip-to="inhoud"></loket-header>
      <div id="inhoud"><p>Inhoud</p></div>
    </div>`);
    const el = wrapper.querySelector('loket-header')!;
    await el.updateComplete;
    const skip = q<HTMLAnchorElement>(el, '.skip')!;
    expect(text(skip)).to.equal('Naar de hoofdinhoud');
    expect(skip.getAttribute('href')).to.equal('#inhoud');
    skip.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#inhoud'));
    await expectAccessible(wrapper);
  });

  it('shows an alert bar with its kind in words', async () => {
    for (const [variant, label] of [
      ['info', 'Informatie'],
      ['warning', 'Let op'],
      ['error', 'Fout'],
      ['success', 'Gelukt'],
    ]) {
      const el = await fixture<LoketHeader>(
        html`<loket-header alert-variant=${variant} alert-message="Door onderhoud is de Beveiligde Zone zaterdag van 8 tot 12 uur niet bereikbaar."></loket-header>`,
      );
      const alert = q(el, 'loket-alert')!;
      expect(alert.getAttribute('variant')).to.equal(variant);
      expect(text(alert)).to.equal('Door onderhoud is de Beveiligde Zone zaterdag van 8 tot 12 uur niet bereikbaar.');
      await (alert as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(alert.shadowRoot!.querySelector('.vh'))).to.equal(`${label}:`);
      await expectAccessible(el);
    }
  });

  it('places main links, the bell and the host name in their slots', async () => {
    const el = await header(
      citizen(),
      html`<a slot="links" href="/dossiers.html">Mijn dossiers</a><button slot="notifications">Meldingen</button><span slot="host">Beveiligde Zone</span>`,
    );
    expect(q(el, 'nav')!.hidden).to.equal(false);
    expect(q(el, 'nav')!.getAttribute('aria-label')).to.equal('Hoofdmenu');
    expect(q<HTMLSlotElement>(el, 'slot[name=links]')!.assignedElements().length).to.equal(1);
    expect(q<HTMLSlotElement>(el, 'slot[name=notifications]')!.assignedElements().length).to.equal(1);
    expect(q<HTMLSlotElement>(el, 'slot[name=host]')!.assignedElements().length).to.equal(1);
    await expectAccessible(el);
  });

  it('on a wide screen shows its tools in the bar, without a menu button, an empty error line or an empty links landmark', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await header(citizen());
    expect(getComputedStyle(q(el, '.menu')!).display).to.equal('none');
    expect(getComputedStyle(q(el, 'p.error')!).display).to.equal('none');
    expect(q(el, 'nav')!.hidden).to.equal(true);
    expect(getComputedStyle(q(el, 'nav')!).display).to.equal('none');
    expect(getComputedStyle(q(el, '.tools')!).display).to.equal('flex');
  });

  for (const width of [1280, 320]) {
    it(`gives every link and button a target at least 44 px tall at ${width} px, the portal's links too`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await header(citizen(), html`<a slot="links" href="/dossiers.html">Mijn dossiers</a><span slot="host">Beveiligde Zone</span>`);
        el.setAttribute('skip-to', 'main');
        el.setAttribute('application-url', '/');
        await el.updateComplete;
        const menu = q<HTMLButtonElement>(el, '.menu')!;
        if (getComputedStyle(menu).display !== 'none') {
          menu.click();
          await el.updateComplete;
        }
        const targets = [...root(el).querySelectorAll<HTMLElement>('a, button'), ...el.querySelectorAll<HTMLElement>('a')].filter((t) => t.getClientRects().length);
        expect(targets.map((t) => t.className || t.textContent)).to.include.members(['help', 'app', 'skip', 'Mijn dossiers', 'account logout']);
        for (const target of targets) {
          expect(target.getBoundingClientRect().height, `${target.className || text(target)}`).to.be.at.least(44);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('is as tall signed in, as a citizen or for a company, as signed out: the page below does not move when the profile arrives', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await header(undefined, html`<a slot="links" href="/dossiers.html">Mijn dossiers</a>`);
      const out = el.getBoundingClientRect().height;
      for (const profile of [citizen(), actingFor(company)]) {
        el.profile = profile;
        await settle(el);
        expect(text(q(el, '.who')), 'signed in').to.not.equal('');
        expect(el.getBoundingClientRect().height, text(q(el, '.who'))).to.equal(out);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('closes the switcher\'s open list when a narrower window puts the switcher behind the closed menu', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await header(actingFor(company));
      const switcher = inner(el)!;
      root(switcher).querySelector<HTMLButtonElement>('.trigger')!.click();
      await switcher.updateComplete;
      const list = root(switcher).querySelector<HTMLElement>('.popup')!;
      expect(list.matches(':popover-open'), 'in the top layer on a wide screen').to.be.true;
      await setViewport({ width: 320, height: 640 });
      await nextFrame();
      await switcher.updateComplete;
      expect(getComputedStyle(q(el, '#tools')!).display, 'the tools are behind the closed menu').to.equal('none');
      expect(switcher.open).to.be.false;
      expect(list.matches(':popover-open'), 'not left floating').to.be.false;
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('at 320 px puts everything behind a menu button, without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await header(
      actingFor(company),
      html`<a slot="links" href="/dossiers.html">Mijn dossiers</a><a slot="links" href="/prestaties">Prestaties</a><span slot="host">Beveiligde Zone</span>`,
    );
    const menu = q<HTMLButtonElement>(el, '.menu')!;
    const tools = q(el, '#tools')!;
    expect(getComputedStyle(menu).display).not.to.equal('none');
    expect(getComputedStyle(tools).display).to.equal('none');
    expect(menu.getAttribute('aria-expanded')).to.equal('false');
    menu.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(tools).display).to.equal('flex');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of [q(el, '.logout')!, q(el, 'nav')!, q(el, '.help')!, inner(el)!]) {
      const box = node.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.right).to.be.at.most(320.5);
    }
    // The switcher's list opens in the flow, inside the screen.
    const switcher = inner(el)!;
    root(switcher).querySelector<HTMLButtonElement>('.trigger')!.click();
    await switcher.updateComplete;
    const list = root(switcher).querySelector<HTMLElement>('.popup')!;
    expect(list.matches(':popover-open'), 'not lifted into the top layer').to.be.false;
    expect(getComputedStyle(list).position).to.equal('static');
    const popup = list.getBoundingClientRect();
    expect(popup.top, 'under its trigger').to.be.at.least(root(switcher).querySelector('.trigger')!.getBoundingClientRect().bottom);
    expect(popup.left).to.be.at.least(0);
    expect(popup.right).to.be.at.most(320.5);
    await expectAccessible(el);
    switcher.hide();
    await switcher.updateComplete;
    // Escape closes the menu and returns focus to its button.
    q(el, '.logout')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu.getAttribute('aria-expanded')).to.equal('false');
    expectFocus(el, menu);
  });

  it('lifts a switcher list open in the phone menu into the top layer, under its trigger, when the window widens', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await header(actingFor(company));
    q<HTMLButtonElement>(el, '.menu')!.click();
    await el.updateComplete;
    const switcher = inner(el)!;
    const trigger = root(switcher).querySelector<HTMLButtonElement>('.trigger')!;
    trigger.click();
    await switcher.updateComplete;
    const list = root(switcher).querySelector<HTMLElement>('.popup')!;
    expect(list.matches(':popover-open'), 'in the flow inside the phone menu').to.be.false;
    await setViewport({ width: 1280, height: 800 });
    await waitUntil(() => list.matches(':popover-open'), 'lifted once the window is wide');
    await nextFrame();
    expect(switcher.open).to.be.true;
    const box = list.getBoundingClientRect();
    expect(box.top, 'under its trigger').to.be.closeTo(trigger.getBoundingClientRect().bottom, 8);
    expect(box.right, 'its end edge at the trigger’s').to.be.closeTo(trigger.getBoundingClientRect().right, 1);
  });

  it('at 320 px, the application name, the bell and the menu button share the row under the brand; the menu keeps its name', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await header(
      citizen(),
      html`<span slot="host">Beveiligde Zone</span><button slot="notifications" aria-label="Meldingen"></button>`,
    );
    // A bell's size (set through the CSSOM: the tests run under a CSP without inline styles).
    Object.assign(el.querySelector<HTMLElement>('[slot=notifications]')!.style, { width: '44px', height: '44px' });
    const top = (node: Element) => Math.round(node.getBoundingClientRect().top);
    const middle = (node: Element) => ((box) => box.top + box.height / 2)(node.getBoundingClientRect());
    const menu = q<HTMLButtonElement>(el, '.menu')!;
    const bell = el.querySelector('[slot=notifications]')!;
    expect(top(bell)).to.equal(top(menu));
    expect(middle(q(el, '.app')!), 'the application name is on the same row').to.be.closeTo(middle(menu), 2);
    expect(top(menu)).to.be.at.least(q(el, '.vl')!.getBoundingClientRect().bottom - 1);
    expect(el.getBoundingClientRect().height, 'two rows of 44 px and a border').to.be.below(100);
    expect(menu.getBoundingClientRect().width).to.be.at.least(44);
    if (chromium) expect(find(await accessibilityTree(el), 'button', 'Menu'), 'the icon-only menu button is still called "Menu"').to.be.ok;
    await setViewport({ width: 800, height: 600 });
    await el.updateComplete;
    expect(q(el, '.menu-label')!.getBoundingClientRect().width, 'wider, "Menu" shows again').to.be.greaterThan(20);
  });

  it('keeps a margin before an application name that wraps to a line of its own; the Vlaanderen block still meets the edge', async () => {
    await setViewport({ width: 375, height: 640 });
    const el = await header(citizen(), html`<span slot="host">Beveiligde Zone</span>`);
    const left = el.getBoundingClientRect().left;
    const brand = q(el, '.vl')!.getBoundingClientRect();
    const app = q(el, '.app')!.getBoundingClientRect();
    expect(brand.left).to.equal(left);
    expect(app.top, 'the name is on a line of its own').to.be.at.least(brand.bottom);
    expect(app.left - left).to.be.closeTo(16, 1);
    await setViewport({ width: 1280, height: 800 });
    await el.updateComplete;
    expect(q(el, '.vl')!.getBoundingClientRect().left).to.equal(el.getBoundingClientRect().left);
  });

  it('reflows a long application name and long entity names at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const long = 'Intergemeentelijke Vereniging voor Afvalbeheer en Energierecuperatie Regio Noord-Oost-Vlaanderen';
    const el = await fixture<LoketHeader>(html`<loket-header
      application-name="Aanvraag tegemoetkoming zorgbudget voor zwaar zorgbehoevenden"
      .profile=${actingFor({ onBehalfOf: { code: 'LB', name: long, identifier: '0207.512.345' } }, [self])}
    ></loket-header>`);
    q<HTMLButtonElement>(el, '.menu')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('is accessible and localized in every locale, signed out and signed in', async () => {
    const out = await header(undefined);
    const inside = await header(actingFor(company));
    const login = { nl: 'Aanmelden', fr: 'Se connecter', en: 'Log in', de: 'Anmelden' };
    const help = { nl: 'Hulp nodig? Bel 1700', fr: "Besoin d'aide ? Appelez le 1700", en: 'Need help? Call 1700', de: 'Brauchen Sie Hilfe? Rufen Sie 1700 an' };
    const logout = { nl: 'Afmelden', fr: 'Se déconnecter', en: 'Log out', de: 'Abmelden' };
    await forEachLocale(async (locale) => {
      await settle(out);
      await settle(inside);
      await settle(inner(inside)!);
      expect(text(q(out, '.login'))).to.equal(login[locale]);
      expect(text(q(out, '.help'))).to.equal(help[locale]);
      expect(text(q(inside, '.logout'))).to.equal(logout[locale]);
      await expectAccessible(out);
      await expectAccessible(inside);
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a banner with the main links, a language group that says which is chosen, and Afmelden', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await header(citizen(), html`<a slot="links" href="/dossiers.html">Mijn dossiers</a>`);
      const tree = await accessibilityTree(el);
      const banner = find(tree, 'banner');
      expect(findAll(find(banner, 'navigation', 'Hoofdmenu'), 'link').map((l) => l.name)).to.deep.equal(['Mijn dossiers']);
      const languages = findAll(find(banner, 'group', 'Taal'), 'button');
      expect(languages.map((b) => `${b.name}:${String(b.properties.pressed)}`)).to.deep.equal(['NL Nederlands:true', 'FR Français:false', 'EN English:false', 'DE Deutsch:false']);
      expect(find(banner, 'link', 'Afmelden')).to.exist;
      expect(findAll(banner, 'button').some((b) => b.name === 'Menu')).to.be.false;
    });

    it('on a small screen, a menu button whose closed menu keeps its tools out of the tree', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await header(citizen());
      const closed = await accessibilityTree(el);
      expect(find(closed, 'button', 'Menu').properties.expanded).to.equal(false);
      expect(findAll(closed, 'link').map((l) => l.name)).to.not.include('Afmelden');
      q<HTMLButtonElement>(el, '.menu')!.click();
      await el.updateComplete;
      const open = await accessibilityTree(el);
      expect(find(open, 'button', 'Menu').properties.expanded).to.equal(true);
      expect(find(open, 'link', 'Afmelden')).to.exist;
    });
  });
});
