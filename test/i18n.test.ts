import { expect, fixture, html } from '@open-wc/testing';
import '../src/entries/alert.js';
import '../src/entries/badge.js';
import type { LoketAlert } from '../src/entries/alert.js';
import type { LoketBadge } from '../src/entries/badge.js';
import { isLoaded, loadLocale, messagesFor } from '../src/i18n/index.js';
import { alert, badge, header } from '../src/i18n/nl.js';
import { settle } from './support/locale.js';

// This file imports no French, English or German catalogue itself: each test page starts with Dutch
// only, so the on-demand loading is what is tested here.
const closeLabel = (el: LoketAlert) => el.shadowRoot!.querySelector('.close')!.getAttribute('aria-label');

/** Every text the element's shadow root shows, from its first render on. */
function watch(el: HTMLElement): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? '')).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('message catalogues', () => {
  it('ships only Dutch up front and loads another language on first use, rendering nothing in Dutch first', async () => {
    expect(isLoaded('nl')).to.equal(true);
    expect(isLoaded('de')).to.equal(false);
    const host = document.createElement('div');
    host.lang = 'de';
    document.body.append(host);
    const el = document.createElement('loket-alert');
    el.closable = true;
    el.variant = 'warning';
    host.append(el);
    const seen = watch(el);
    await el.updateComplete;
    expect(isLoaded('de')).to.equal(true);
    expect(closeLabel(el)).to.equal('Meldung schließen');
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.some((text) => text.includes('Let op'))).to.equal(false);
    host.remove();
  });

  it('keeps the current language on screen while the next one loads, then switches', async () => {
    expect(isLoaded('en')).to.equal(false);
    const el = await fixture<LoketAlert>(html`<loket-alert closable lang="nl"></loket-alert>`);
    expect(closeLabel(el)).to.equal('Melding sluiten');
    el.lang = 'en';
    // The observer (a microtask) has asked for an update; the English catalogue, a module fetched from the
    // server, cannot have arrived within microtasks. (A timer here could outlast a fast fetch, as in WebKit.)
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    expect(closeLabel(el)).to.equal('Melding sluiten');
    await settle(el);
    expect(closeLabel(el)).to.equal('Close message');
  });

  it('follows an element moved into a part of the page in another language', async () => {
    const dutch = await fixture<HTMLDivElement>(html`<div lang="nl"><loket-badge count="3"></loket-badge></div>`);
    const el = dutch.querySelector('loket-badge')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('3 ongelezen');
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    english.append(el);
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('3 unread');
    english.remove();
  });

  it("follows lang changes inside a portal's own shadow root, and the element's own lang there", async () => {
    await loadLocale('en');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const section = document.createElement('section');
    section.lang = 'nl';
    const el = document.createElement('loket-badge');
    el.count = 3;
    section.append(el);
    wrapper.attachShadow({ mode: 'open' }).append(section);
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('3 ongelezen');
    section.lang = 'en';
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('3 unread');
    el.lang = 'nl';
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('3 ongelezen');
  });

  it('marks its Dutch as Dutch on a page in a language it does not speak, and only there', async () => {
    await loadLocale('de');
    const page = await fixture<HTMLDivElement>(html`<div lang="es"><loket-alert closable>Texto del portal</loket-alert></div>`);
    const el = page.querySelector('loket-alert')!;
    await settle(el);
    const marks = (): Array<string | null> => [...el.shadowRoot!.children].filter((c) => c.localName !== 'style').map((c) => c.getAttribute('lang'));
    expect(closeLabel(el)).to.equal('Melding sluiten');
    expect(marks()).to.include('nl');
    expect(marks().every((lang) => lang === 'nl')).to.equal(true);
    // The portal's own text in the slot keeps the portal's language.
    expect(el.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    page.lang = 'de-BE';
    await settle(el);
    expect(closeLabel(el)).to.equal('Meldung schließen');
    expect(marks().every((lang) => lang === null)).to.equal(true);
    page.lang = 'nl-BE';
    await settle(el);
    expect(marks().every((lang) => lang === null)).to.equal(true);
    page.lang = 'pt';
    await settle(el);
    expect(marks().every((lang) => lang === 'nl')).to.equal(true);
  });

  it('loads a catalogue once, however many elements ask for it', async () => {
    const first = loadLocale('fr');
    expect(loadLocale('fr')).to.equal(first);
    await first;
    const requests = performance.getEntriesByType('resource').filter((r) => r.name.includes('/i18n/fr.'));
    expect(requests.length).to.equal(1);
    const badgeEl = await fixture<LoketBadge>(html`<loket-badge lang="fr" count="3"></loket-badge>`);
    expect(badgeEl.shadowRoot!.textContent).to.contain('3 non lus');
  });

  it('takes any language tag and never throws: fr-BE is French, es and nonsense are Dutch', async () => {
    await loadLocale('de');
    for (const tag of ['fr-BE', 'FR', 'en_GB', 'de-DE']) expect(loadLocale(tag), tag).to.be.an.instanceOf(Promise);
    await loadLocale('fr-BE');
    expect(isLoaded('fr')).to.equal(true);
    for (const tag of ['es', '', 'x<img>']) await loadLocale(tag);
    expect(isLoaded('de')).to.equal(true);
  });

  it('gives an element only the namespaces it declares, in every language', async () => {
    await loadLocale('fr');
    for (const locale of ['nl', 'fr'] as const) {
      const view = messagesFor({ alert, badge }, locale);
      expect(Object.keys(view).sort()).to.deep.equal(['alert', 'badge', 'common', 'intlLocale', 'time']);
      expect(view).not.to.have.property('header');
    }
    expect(messagesFor({ header }, 'fr').header.login).to.equal('Se connecter');
    expect(messagesFor({ header }, 'nl').header.login).to.equal('Aanmelden');
  });
});
