import { expect, fixture, html } from '@open-wc/testing';
import '../src/entries/badge.js';
import type { LoketBadge } from '../src/entries/badge.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';

const visible = (el: LoketBadge) => el.shadowRoot!.querySelector('[part=base]');
const hidden = (el: LoketBadge) => el.shadowRoot!.querySelector('.vh')?.textContent;

describe('loket-badge', () => {
  it('shows the count and reads it as text', async () => {
    const el = await fixture<LoketBadge>(html`<loket-badge count="3"></loket-badge>`);
    expect(visible(el)!.textContent).to.equal('3');
    expect(visible(el)!.getAttribute('aria-hidden')).to.equal('true');
    expect(hidden(el)).to.equal('3 ongelezen');
  });

  it('caps the visible count at max but reads the real count', async () => {
    const el = await fixture<LoketBadge>(html`<loket-badge count="120"></loket-badge>`);
    expect(visible(el)!.textContent).to.equal('99+');
    expect(hidden(el)).to.equal('120 ongelezen');
    el.max = 9;
    el.count = 10;
    await el.updateComplete;
    expect(visible(el)!.textContent).to.equal('9+');
    el.count = 9;
    await el.updateComplete;
    expect(visible(el)!.textContent).to.equal('9');
  });

  it('renders nothing at 0 unless show-zero, and treats bad counts as 0', async () => {
    const el = await fixture<LoketBadge>(html`<loket-badge count="0"></loket-badge>`);
    expect(visible(el)).to.equal(null);
    expect(el.getBoundingClientRect().width).to.equal(0);
    el.showZero = true;
    await el.updateComplete;
    expect(visible(el)!.textContent).to.equal('0');
    el.showZero = false;
    el.count = -4;
    await el.updateComplete;
    expect(visible(el)).to.equal(null);
    el.setAttribute('count', 'veel');
    await el.updateComplete;
    expect(visible(el)).to.equal(null);
    el.count = 2.7;
    await el.updateComplete;
    expect(visible(el)!.textContent).to.equal('2');
  });

  it('shows a dot without a number, read as "nieuw"', async () => {
    const el = await fixture<LoketBadge>(html`<loket-badge dot></loket-badge>`);
    expect(visible(el)!.textContent).to.equal('');
    expect(hidden(el)).to.equal('nieuw');
    const box = visible(el)!.getBoundingClientRect();
    expect(box.width).to.equal(box.height);
    expect(box.width).to.be.greaterThan(0);
  });

  it('reads the label instead of the default text', async () => {
    const el = await fixture<LoketBadge>(html`<loket-badge count="4" label="4 documenten"></loket-badge>`);
    expect(hidden(el)).to.equal('4 documenten');
    expect(visible(el)!.textContent).to.equal('4');
  });

  it('puts the count in the accessible name of a surrounding button, without being a live region', async () => {
    const el = await fixture<HTMLButtonElement>(html`<button type="button">Meldingen <loket-badge count="3"></loket-badge></button>`);
    const badge = el.querySelector('loket-badge')!;
    expect(badge.shadowRoot!.querySelector('[role=status],[role=alert],[aria-live]')).to.equal(null);
    if (chromium) expect((await accessibilityTree(el)).name).to.equal('Meldingen 3 ongelezen');
    await expectAccessible(el);
  });

  it('uses the variant colours with white text', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <loket-badge count="1"></loket-badge><loket-badge count="1" variant="error"></loket-badge><loket-badge count="1" variant="neutral"></loket-badge>
    </div>`);
    const colours = [...el.querySelectorAll('loket-badge')].map((badge) => getComputedStyle(visible(badge)!).backgroundColor);
    expect(colours).to.deep.equal(['rgb(0, 85, 204)', 'rgb(210, 55, 60)', 'rgb(104, 116, 131)']);
  });

  for (const variant of ['info', 'error', 'neutral'] as const) {
    it(`is accessible as ${variant}: count, overflow, zero, dot and labelled`, async () => {
      const el = await fixture<HTMLDivElement>(html`<div>
        <loket-badge variant=${variant} count="7"></loket-badge>
        <loket-badge variant=${variant} count="1500"></loket-badge>
        <loket-badge variant=${variant} count="0" show-zero></loket-badge>
        <loket-badge variant=${variant} dot></loket-badge>
        <loket-badge variant=${variant} count="2" label="2 taken"></loket-badge>
        <a href="/meldingen">Meldingen <loket-badge variant=${variant} count="12"></loket-badge></a>
      </div>`);
      await expectAccessible(el);
    });
  }

  it('reads the count and the dot in every locale, accessibly', async () => {
    const expected = {
      nl: ['5 ongelezen', 'nieuw'],
      fr: ['5 non lus', 'nouveau'],
      en: ['5 unread', 'new'],
      de: ['5 ungelesen', 'neu'],
    };
    const el = await fixture<HTMLDivElement>(html`<div><loket-badge count="5"></loket-badge><loket-badge dot></loket-badge></div>`);
    const [count, dot] = el.querySelectorAll('loket-badge');
    await forEachLocale(async (locale) => {
      await settle(count);
      await settle(dot);
      expect([hidden(count), hidden(dot)]).to.deep.equal(expected[locale]);
      await expectAccessible(el);
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('the whole count as words, never the shortened "99+"', async () => {
      const el = await fixture<LoketBadge>(html`<loket-badge count="120" lang="nl"></loket-badge>`);
      expect(spoken(await accessibilityTree(el))).to.equal('120 ongelezen');
      el.dot = true;
      await el.updateComplete;
      expect(spoken(await accessibilityTree(el))).to.equal('nieuw');
    });
  });
});
