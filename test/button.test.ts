import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/entries/button.js';
import type { LoketButton } from '../src/components/button/button.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll } from './support/accessibility-tree.js';
import { describeInChromium } from './support/browser.js';

const inner = (el: LoketButton) => el.shadowRoot!.querySelector<HTMLElement>('.control')!;

describe('loket-button', () => {
  for (const variant of ['primary', 'secondary', 'tertiary'] as const) {
    for (const size of ['small', 'medium', 'large'] as const) {
      it(`is accessible as ${variant} ${size}`, async () => {
        const el = await fixture<LoketButton>(html`<loket-button variant=${variant} size=${size}>Bestel cheques</loket-button>`);
        await expectAccessible(el);
      });
    }
  }

  it('is accessible disabled, loading, as a link and icon-only with a label', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <loket-button disabled>Verstuur</loket-button>
      <loket-button loading>Verstuur</loket-button>
      <loket-button href="/dossiers">Mijn dossiers</loket-button>
      <loket-button href="/dossiers" disabled>Mijn dossiers</loket-button>
      <loket-button label="Sluiten">×</loket-button>
    </div>`);
    await expectAccessible(el);
  });

  it('has a target of at least 44 by 44 px', async () => {
    const el = await fixture<LoketButton>(html`<loket-button size="small">OK</loket-button>`);
    const box = inner(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('fires click when activated with Enter and Space', async () => {
    const el = await fixture<LoketButton>(html`<loket-button>Bestel</loket-button>`);
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
  });

  it('swallows clicks while disabled or loading', async () => {
    const el = await fixture<LoketButton>(html`<loket-button loading>Bestel</loket-button>`);
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));
    inner(el).click();
    el.loading = false;
    el.disabled = true;
    await el.updateComplete;
    el.click();
    expect(clicks).to.equal(0);
    el.disabled = false;
    await el.updateComplete;
    inner(el).click();
    expect(clicks).to.equal(1);
  });

  it('announces the busy state in the accessible name, in every locale', async () => {
    const expected = { nl: 'Bezig…', fr: 'En cours…', en: 'Busy…', de: 'Bitte warten…' };
    const el = await fixture<LoketButton>(html`<loket-button loading>Verstuur</loket-button>`);
    await forEachLocale(async (locale) => {
      await settle(el);
      expect(el.shadowRoot!.querySelector('.vh')!.textContent).to.equal(expected[locale]);
      expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
    });
  });

  it('follows its own lang attribute over the page language', async () => {
    const el = await fixture<LoketButton>(html`<loket-button loading lang="fr">Envoyer</loket-button>`);
    expect(el.shadowRoot!.querySelector('.vh')!.textContent).to.equal('En cours…');
    el.setAttribute('lang', 'de');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vh')!.textContent).to.equal('Bitte warten…');
  });

  it('renders a link for http(s) and relative href, and a button for javascript: URLs', async () => {
    const link = await fixture<LoketButton>(html`<loket-button href="https://www.vlaanderen.be">Vlaanderen</loket-button>`);
    expect(inner(link).tagName).to.equal('A');
    expect(inner(link).getAttribute('href')).to.equal('https://www.vlaanderen.be');
    const hostile = await fixture<LoketButton>(html`<loket-button href="javascript:alert(1)">Kwaad</loket-button>`);
    expect(inner(hostile).tagName).to.equal('BUTTON');
    expect(hostile.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('takes a disabled link out of the tab order', async () => {
    const el = await fixture<LoketButton>(html`<loket-button href="/x" disabled>Weg</loket-button>`);
    expect(inner(el).hasAttribute('href')).to.equal(false);
    expect(inner(el).getAttribute('tabindex')).to.equal('-1');
    expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('submits and resets its form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <input name="q" value="start" />
      <loket-button type="submit">Zoek</loket-button>
      <loket-button type="reset">Wis</loket-button>
    </form>`);
    form.addEventListener('submit', (e) => e.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.querySelector<LoketButton>('[type=submit]')!.click();
    await submitted;
    form.querySelector('input')!.value = 'changed';
    form.querySelector<LoketButton>('[type=reset]')!.click();
    expect(form.querySelector('input')!.value).to.equal('start');
  });

  it('renders decorative icons before and after the label', async () => {
    const el = await fixture<LoketButton>(html`<loket-button icon-before="document" icon-after="arrow-right">Fiscaal attest</loket-button>`);
    const icons = [...el.shadowRoot!.querySelectorAll('loket-icon')];
    expect(icons.map((icon) => icon.getAttribute('part'))).to.deep.equal(['icon-before', 'icon-after']);
    expect(icons.map((icon) => icon.name)).to.deep.equal(['document', 'arrow-right']);
    expect(customElements.get('loket-icon')).not.to.equal(undefined);
    await icons[0].updateComplete;
    expect(icons[0].shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const [before, after] = icons.map((icon) => icon.getBoundingClientRect());
    const label = el.shadowRoot!.querySelector('[part=label]')!.getBoundingClientRect();
    expect(before.right).to.be.at.most(label.left);
    expect(after.left).to.be.at.least(label.right);
    await expectAccessible(el);
  });

  it('keeps the prefix and suffix slots next to the icons', async () => {
    const el = await fixture<LoketButton>(html`<loket-button icon-before="search" icon-after="chevron-down"
      ><span slot="prefix" id="p">P</span>Zoek<span slot="suffix" id="s">S</span></loket-button
    >`);
    const order = [...el.shadowRoot!.querySelector('.control')!.children].map((child) => child.getAttribute('part') ?? child.getAttribute('name'));
    expect(order).to.deep.equal(['icon-before', 'prefix', 'label', 'suffix', 'icon-after']);
  });

  it('centres an icon-only button and names it by its label', async () => {
    const el = await fixture<LoketButton>(html`<loket-button icon-before="close" label="Sluiten" variant="tertiary"></loket-button>`);
    await el.updateComplete;
    const label = el.shadowRoot!.querySelector<HTMLElement>('[part=label]')!;
    expect(label.hidden).to.equal(true);
    const box = inner(el).getBoundingClientRect();
    const icon = el.shadowRoot!.querySelector('loket-icon')!.getBoundingClientRect();
    expect(Math.abs(icon.left - box.left - (box.right - icon.right))).to.be.below(1);
    expect(inner(el).getAttribute('aria-label')).to.equal('Sluiten');
    await expectAccessible(el);
    el.textContent = 'Sluiten';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(label.hidden).to.equal(false);
  });

  it('is accessible with icons in every variant, as a link, disabled and loading', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      ${(['primary', 'secondary', 'tertiary'] as const).map(
        (variant) => html`<loket-button variant=${variant} icon-before="search">Zoeken</loket-button>
          <loket-button variant=${variant} icon-after="arrow-right">Volgende</loket-button>
          <loket-button variant=${variant} icon-before="menu" label="Menu"></loket-button>`,
      )}
      <loket-button href="https://www.vlaanderen.be" target="_blank" icon-after="external-link">Vlaanderen.be</loket-button>
      <loket-button disabled icon-before="check">Bevestigen</loket-button>
      <loket-button loading icon-before="refresh">Vernieuwen</loket-button>
    </div>`);
    await expectAccessible(el);
  });

  it('marks a new-window link in its accessible name', async () => {
    const el = await fixture<LoketButton>(html`<loket-button href="/help" target="_blank">Hulp</loket-button>`);
    expect(inner(el).getAttribute('rel')).to.equal('noopener noreferrer');
    expect(el.shadowRoot!.textContent).to.contain('(opent in een nieuw venster)');
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a named button, a link in link mode, and a busy button that says so and cannot be pressed', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="nl">
        <loket-button>Opslaan</loket-button><loket-button href="/dossiers">Mijn dossiers</loket-button>
        <loket-button loading>Verstuur</loket-button><loket-button disabled>Verwijderen</loket-button>
      </div>`);
      const [plain, link, busy, disabled] = await Promise.all([...wrap.children].map((el) => accessibilityTree(el)));
      expect(find(plain, 'button').name).to.equal('Opslaan');
      expect(findAll(link, 'button')).to.be.empty;
      expect(find(link, 'link').name).to.equal('Mijn dossiers');
      expect(find(busy, 'button').name).to.equal('Verstuur Bezig…');
      expect(find(busy, 'button').properties.disabled).to.be.true;
      expect(find(disabled, 'button').properties.disabled).to.be.true;
    });
  });
});
