import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/entries/pill.js';
import type { LoketPill } from '../src/entries/pill.js';
import type { LoketIcon } from '../src/entries/icon.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';
import { contrast } from './support/contrast.js';

const variants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
const removeButton = (el: LoketPill) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=remove-button]');
const base = (el: LoketPill) => el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;

describe('loket-pill', () => {
  it('shows its text, neutral by default, without a button or icon', async () => {
    const el = await fixture<LoketPill>(html`<loket-pill>2 lopende bestellingen</loket-pill>`);
    expect(el.variant).to.equal('neutral');
    expect(base(el).classList.contains('neutral')).to.equal(true);
    expect(removeButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('loket-icon')).to.equal(null);
    expect(el.textContent).to.equal('2 lopende bestellingen');
  });

  it('has text contrast of at least 4.5:1 in every variant', async () => {
    for (const variant of variants) {
      const el = await fixture<LoketPill>(html`<loket-pill variant=${variant}>Betaald</loket-pill>`);
      const style = getComputedStyle(base(el));
      expect(contrast(style.color, style.backgroundColor), variant).to.be.at.least(4.5);
    }
  });

  it('shows a decorative icon', async () => {
    const el = await fixture<LoketPill>(html`<loket-pill variant="success" icon="check">Betaald</loket-pill>`);
    const icon = el.shadowRoot!.querySelector<LoketIcon>('loket-icon')!;
    expect(icon.name).to.equal('check');
    await icon.updateComplete;
    expect(icon.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names its remove button after its text and keeps the name current', async () => {
    const el = await fixture<LoketPill>(html`<loket-pill removable>Ongelezen</loket-pill>`);
    if (chromium) expect((await accessibilityTree(removeButton(el)!)).name).to.equal('Ongelezen verwijderen');
    el.replaceChildren('Actie vereist');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Actie vereist verwijderen');
    // Frameworks change a text node in place; no slotchange follows.
    (el.firstChild as Text).data = 'Betaald';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Betaald verwijderen');
    // Made removable later: the name follows from then on too.
    const later = await fixture<LoketPill>(html`<loket-pill>Ongelezen</loket-pill>`);
    later.removable = true;
    await later.updateComplete;
    later.append(' (3)');
    await new Promise((resolve) => setTimeout(resolve));
    await later.updateComplete;
    expect(removeButton(later)!.getAttribute('aria-label')).to.equal('Ongelezen (3) verwijderen');
    // Changed while out of the page, where nothing observes it: right again once it is back.
    const parent = el.parentElement!;
    el.remove();
    (el.firstChild as Text).data = 'Derde';
    parent.append(el);
    await el.updateComplete;
    expect(removeButton(el)!.getAttribute('aria-label')).to.equal('Derde verwijderen');
  });

  it('has a 24 px remove button with a hit area of at least 44 px', async () => {
    const el = await fixture<LoketPill>(html`<loket-pill removable>Filter</loket-pill>`);
    const button = removeButton(el)!;
    expect(button.getBoundingClientRect().width).to.be.at.least(24);
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2 + 20, box.top + box.height / 2 + 20);
    expect(hit === el).to.equal(true);
    expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2 + 20, box.top + box.height / 2 + 20) === button).to.equal(true);
  });

  it('fires a cancelable loket-remove and hides itself unless it is prevented', async () => {
    const el = await fixture<LoketPill>(html`<loket-pill removable>Filter</loket-pill>`);
    el.addEventListener('loket-remove', (event) => event.preventDefault(), { once: true });
    setTimeout(() => removeButton(el)!.click());
    const prevented = await oneEvent(el, 'loket-remove');
    expect(prevented.cancelable && prevented.bubbles && prevented.composed).to.equal(true);
    expect(el.hidden).to.equal(false);
    setTimeout(() => removeButton(el)!.click());
    await oneEvent(el, 'loket-remove');
    expect(el.hidden).to.equal(true);
    expect(el.getBoundingClientRect().width).to.equal(0);
  });

  // Space is pressed as ' ': Firefox's WebDriver BiDi knows no key named "Space".
  for (const [key, press] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`is removed with ${key} and focus moves to the next pill`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <loket-pill removable id="a">Ongelezen</loket-pill>
        <loket-pill removable id="b">Actie vereist</loket-pill>
      </div>`);
      const [first, second] = page.querySelectorAll('loket-pill');
      removeButton(first)!.focus();
      await sendKeys({ press });
      expect(first.hidden).to.equal(true);
      expect(document.activeElement?.id).to.equal('b');
      expect(second.shadowRoot!.activeElement === removeButton(second)).to.equal(true);
      await sendKeys({ press });
      expect(second.hidden).to.equal(true);
      // Nothing left to move to: focus is taken off the hidden button at once, not at the browser's next focus fix-up.
      expect(document.activeElement === document.body).to.equal(true);
    });
  }

  it('moves focus to the closest pill of its own group first, before anything outside it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ul>
        <li><loket-pill removable id="a">Ongelezen</loket-pill></li>
        <li><loket-pill removable id="b">Actie vereist</loket-pill></li>
      </ul>
      <a href="#results">Naar de resultaten</a>
    </div>`);
    const [first, second] = page.querySelectorAll('loket-pill');
    removeButton(second)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(second.hidden).to.equal(true);
    // The previous pill of the list, not the link after the list.
    expect(document.activeElement?.id).to.equal('a');
    await sendKeys({ press: 'Enter' });
    expect(first.hidden).to.equal(true);
    expect(document.activeElement?.localName).to.equal('a');
  });

  it('reaches the remove button with Tab', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button type="button">Start</button><loket-pill removable>Filter</loket-pill></div>`);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const pill = page.querySelector('loket-pill')!;
    expect(pill.shadowRoot!.activeElement === removeButton(pill)).to.equal(true);
  });

  for (const variant of variants) {
    it(`is accessible as ${variant}: plain, with an icon and removable`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <loket-pill variant=${variant}>In behandeling</loket-pill>
        <loket-pill variant=${variant} icon="clock">Wacht op betaling</loket-pill>
        <loket-pill variant=${variant} removable>Ongelezen</loket-pill>
        <loket-pill variant=${variant} icon="check" removable>Betaald</loket-pill>
      </div>`);
      await expectAccessible(page);
    });
  }

  it('names the remove button in every locale, accessibly', async () => {
    const expected = { nl: 'Betaald verwijderen', fr: 'Supprimer Betaald', en: 'Remove Betaald', de: 'Betaald entfernen' };
    const el = await fixture<LoketPill>(html`<loket-pill variant="success" removable>Betaald</loket-pill>`);
    await forEachLocale(async (locale) => {
      await settle(el);
      expect(removeButton(el)!.getAttribute('aria-label')).to.equal(expected[locale]);
      await expectAccessible(el);
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('its text without the icon, and a remove button named after the text', async () => {
      const el = await fixture<LoketPill>(html`<loket-pill icon="warning" removable lang="nl">Actie vereist</loket-pill>`);
      const tree = await accessibilityTree(el);
      expect(findAll(tree, 'image'), 'the icon is decorative').to.be.empty;
      expect(find(tree, 'button').name).to.equal('Actie vereist verwijderen');
      expect(spoken(tree)).to.equal('Actie vereist Actie vereist verwijderen');
    });
  });
});
