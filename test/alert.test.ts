import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/entries/alert.js';
import type { LoketAlert } from '../src/entries/alert.js';
import type { LoketIcon } from '../src/entries/icon.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';

const variants = ['info', 'success', 'warning', 'error'] as const;
const $ = <T extends Element = HTMLElement>(el: LoketAlert, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const region = (el: LoketAlert) => $(el, '.content')!;
/** Whether the content is still held back from the live region. */
const pending = (el: LoketAlert) => $(el, '.pending') !== null;
const closeButton = (el: LoketAlert) => $<HTMLButtonElement>(el, '.close');
/** Waits until the content has been revealed to assistive technology. */
const revealed = async (el: LoketAlert) => {
  await aTimeout(150);
  await el.updateComplete;
};

describe('loket-alert', () => {
  it('shows the heading, the message, an icon per variant and a hidden variant word', async () => {
    const words = { info: 'Informatie:', success: 'Gelukt:', warning: 'Let op:', error: 'Fout:' };
    for (const variant of variants) {
      const el = await fixture<LoketAlert>(html`<loket-alert variant=${variant} heading="Onderhoud">Zondag niet bereikbaar.</loket-alert>`);
      expect($<LoketIcon>(el, 'loket-icon')!.name).to.equal(variant);
      expect($(el, '.vh')!.textContent).to.equal(words[variant]);
      expect($(el, '[part=heading]')!.textContent!.trim()).to.equal('Onderhoud');
      expect(el.textContent).to.equal('Zondag niet bereikbaar.');
    }
  });

  it('takes markup in the heading slot and hides an empty heading', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert heading="Tekst"><strong slot="heading">Met opmaak</strong>Bericht</loket-alert>`);
    const slot = $<HTMLSlotElement>(el, 'slot[name=heading]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Met opmaak');
    const plain = await fixture<LoketAlert>(html`<loket-alert>Alleen tekst</loket-alert>`);
    expect($(plain, '[part=heading]')!.hidden).to.equal(true);
    plain.heading = 'Nu met titel';
    await plain.updateComplete;
    expect($(plain, '[part=heading]')!.hidden).to.equal(false);
  });

  it('falls back to info for an unknown variant', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert variant="bogus">Tekst</loket-alert>`);
    expect($<LoketIcon>(el, 'loket-icon')!.name).to.equal('info');
    expect(region(el).getAttribute('role')).to.equal('status');
  });

  it('chooses the live region by severity, and lets live override it', async () => {
    const roles: Record<string, string | null> = {};
    for (const variant of variants) {
      const el = await fixture<LoketAlert>(html`<loket-alert variant=${variant}>Tekst</loket-alert>`);
      roles[variant] = region(el).getAttribute('role');
    }
    expect(roles).to.deep.equal({ info: 'status', success: 'status', warning: 'status', error: 'alert' });
    const off = await fixture<LoketAlert>(html`<loket-alert variant="error" live="off">Tekst</loket-alert>`);
    expect(region(off).hasAttribute('role')).to.equal(false);
    const polite = await fixture<LoketAlert>(html`<loket-alert variant="error" live="polite">Tekst</loket-alert>`);
    expect(region(polite).getAttribute('role')).to.equal('status');
    const assertive = await fixture<LoketAlert>(html`<loket-alert variant="info" live="assertive">Tekst</loket-alert>`);
    expect(region(assertive).getAttribute('role')).to.equal('alert');
  });

  it('keeps the icon and the close button out of the live region', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert closable>Tekst</loket-alert>`);
    expect(region(el).contains($(el, 'loket-icon'))).to.equal(false);
    expect(region(el).contains(closeButton(el))).to.equal(false);
  });

  it('reveals its content to the live region after it appears, so it is announced', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert variant="success">Uw aanvraag is verstuurd.</loket-alert>`);
    expect(pending(el)).to.equal(true);
    expect(getComputedStyle($(el, '[part=body]')!).visibility).to.equal('hidden');
    expect(getComputedStyle(region(el)).visibility).to.equal('visible');
    await revealed(el);
    expect(pending(el)).to.equal(false);
    expect(getComputedStyle($(el, '[part=body]')!).visibility).to.equal('visible');
    el.hidden = true;
    await el.updateComplete;
    expect(el.hasAttribute('hidden')).to.equal(true);
    el.hidden = false;
    await el.updateComplete;
    expect(pending(el)).to.equal(true);
    await revealed(el);
    expect(pending(el)).to.equal(false);
  });

  it('shows a static alert (live="off") at once', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert live="off">Fiscaal attest beschikbaar.</loket-alert>`);
    expect(pending(el)).to.equal(false);
  });

  it('has no close button unless closable; the close button is named and at least 44 px', async () => {
    const plain = await fixture<LoketAlert>(html`<loket-alert>Tekst</loket-alert>`);
    expect(closeButton(plain)).to.equal(null);
    const el = await fixture<LoketAlert>(html`<loket-alert closable>Tekst</loket-alert>`);
    if (chromium) expect((await accessibilityTree(closeButton(el)!)).name).to.equal('Melding sluiten');
    const box = closeButton(el)!.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });

  it('fires a cancelable loket-close and hides itself unless it is prevented', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert closable>Tekst</loket-alert>`);
    el.addEventListener('loket-close', (event) => event.preventDefault(), { once: true });
    setTimeout(() => closeButton(el)!.click());
    const prevented = await oneEvent(el, 'loket-close');
    expect(prevented.cancelable).to.equal(true);
    expect(prevented.bubbles && prevented.composed).to.equal(true);
    expect(el.hidden).to.not.equal(true);
    setTimeout(() => closeButton(el)!.click());
    await oneEvent(el, 'loket-close');
    await el.updateComplete;
    expect(el.hasAttribute('hidden')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  // Space is pressed as ' ': Firefox's WebDriver BiDi knows no key named "Space".
  for (const [key, press] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`closes with ${key} and moves focus to the next focusable element`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button type="button" id="before">Voor</button>
        <loket-alert closable variant="error" heading="Fout">Tekst</loket-alert>
        <p>Geen focus</p>
        <button type="button" id="after" disabled>Uitgeschakeld</button>
        <a href="/volgende" id="next">Volgende</a>
      </div>`);
      const el = page.querySelector('loket-alert')!;
      closeButton(el)!.focus();
      let closed = 0;
      el.addEventListener('loket-close', () => (closed += 1));
      await sendKeys({ press });
      await el.updateComplete;
      expect(closed).to.equal(1);
      expect(el.hidden).to.equal(true);
      expect(document.activeElement?.id).to.equal('next');
    });
  }

  it('moves focus back to the previous focusable element when nothing follows, also into a loket-button', async () => {
    await import('../src/entries/button.js');
    const page = await fixture<HTMLDivElement>(html`<div>
      <loket-button id="before">Voor</loket-button>
      <loket-alert closable>Tekst</loket-alert>
    </div>`);
    const el = page.querySelector('loket-alert')!;
    closeButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('before');
  });

  it('leaves focus alone when closed while focus is elsewhere', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <input aria-label="Zoek" id="field" />
      <loket-alert closable>Tekst</loket-alert>
      <button type="button">Na</button>
    </div>`);
    const field = page.querySelector('input')!;
    field.focus();
    closeButton(page.querySelector('loket-alert')!)!.click();
    expect(document.activeElement === field).to.equal(true);
  });

  for (const variant of variants) {
    it(`is accessible as ${variant}: with and without heading, closable, static and while appearing`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <loket-alert variant=${variant} heading="Onderhoud gepland">Zondag van 8 tot 10 uur is de Beveiligde Zone niet bereikbaar.</loket-alert>
        <loket-alert variant=${variant}><p>Alleen een bericht, <a href="/meer">met een link</a>.</p></loket-alert>
        <loket-alert variant=${variant} closable heading="Sluitbaar">Tekst</loket-alert>
        <loket-alert variant=${variant} live="off"><span slot="heading">Titel uit de slot</span>Statisch bericht</loket-alert>
      </div>`);
      await expectAccessible(page);
      await revealed(page.querySelector('loket-alert')!);
      await expectAccessible(page);
    });
  }

  it('reads the variant word and names the close button in every locale, accessibly', async () => {
    const expected = {
      nl: ['Fout:', 'Melding sluiten'],
      fr: ['Erreur:', 'Fermer le message'],
      en: ['Error:', 'Close message'],
      de: ['Fehler:', 'Meldung schließen'],
    };
    const el = await fixture<LoketAlert>(html`<loket-alert variant="error" closable heading="Titel">Tekst</loket-alert>`);
    await revealed(el);
    await forEachLocale(async (locale) => {
      await settle(el);
      expect([$(el, '.vh')!.textContent, closeButton(el)!.getAttribute('aria-label')]).to.deep.equal(expected[locale]);
      await expectAccessible(el);
    });
  });

  it('lines its icon up with the first line and keeps a border for forced colours', async () => {
    const el = await fixture<LoketAlert>(html`<loket-alert variant="warning" heading="Let op">Tekst</loket-alert>`);
    const base = getComputedStyle($(el, '[part=base]')!);
    expect(base.borderTopStyle).to.equal('solid');
    expect(parseFloat(base.borderLeftWidth)).to.be.greaterThan(parseFloat(base.borderTopWidth));
    const icon = $(el, 'loket-icon')!.getBoundingClientRect();
    const heading = $(el, '[part=heading]')!.getBoundingClientRect();
    expect(Math.abs(icon.top - heading.top)).to.be.below(1);
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('an empty live region first and its text a moment later, so the text is announced as an addition', async () => {
      const el = await fixture<LoketAlert>(html`<loket-alert variant="success" lang="nl">Uw aanvraag is verstuurd.</loket-alert>`);
      const before = find(await accessibilityTree(el), 'status');
      expect(before.properties.live).to.equal('polite');
      expect(spoken(before)).to.equal('');
      await revealed(el);
      expect(spoken(find(await accessibilityTree(el), 'status'))).to.equal('Gelukt : Uw aanvraag is verstuurd.');
    });

    it('an assertive alert for errors, starting with its kind, and a close button outside it', async () => {
      const el = await fixture<LoketAlert>(html`<loket-alert variant="error" heading="Betaling mislukt" closable lang="nl">Uw kaart werd geweigerd.</loket-alert>`);
      await revealed(el);
      const tree = await accessibilityTree(el);
      const region = find(tree, 'alert');
      expect(region.properties.live).to.equal('assertive');
      expect(spoken(region)).to.equal('Fout : Betaling mislukt Uw kaart werd geweigerd.');
      expect(findAll(region, 'button'), 'the close button is not read with the message').to.be.empty;
      expect(find(tree, 'button').name).to.equal('Melding sluiten');
      // Several alerts, several "Melding sluiten": each is described by its own heading.
      expect(find(tree, 'button').description).to.equal('Betaling mislukt');
    });
  });
});
