import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/entries/icon.js';
import { iconNames, type LoketIcon } from '../src/entries/icon.js';
import { expectAccessible } from './support/axe.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { describeInChromium } from './support/browser.js';

const svgOf = (el: LoketIcon) => el.shadowRoot!.querySelector('svg');

describe('loket-icon', () => {
  afterEach(() => sinon.restore());

  it('has every icon the components and portals need', () => {
    const required = [
      'bell', 'user', 'users', 'building', 'chevron-down', 'chevron-up', 'chevron-right', 'close', 'check', 'info',
      'warning', 'error', 'success', 'menu', 'search', 'external-link', 'arrow-left', 'arrow-right', 'logout', 'login',
      'phone', 'globe', 'clock', 'document', 'star', 'star-filled', 'refresh', 'wifi-off', 'eye', 'eye-off', 'mail',
    ];
    expect(iconNames).to.include.members(required);
  });

  it('draws every icon on a 24 × 24 grid, inside the view box', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>${iconNames.map((name) => html`<loket-icon name=${name}></loket-icon>`)}</div>`);
    for (const icon of el.querySelectorAll('loket-icon')) {
      const svg = svgOf(icon)!;
      expect(svg.getAttribute('viewBox'), icon.name).to.equal('0 0 24 24');
      const box = svg.querySelector('path')!.getBBox();
      expect(box.width * box.height, `${icon.name} draws something`).to.be.greaterThan(0);
      expect(box.x, icon.name).to.be.at.least(0);
      expect(box.y, icon.name).to.be.at.least(0);
      expect(box.x + box.width, icon.name).to.be.at.most(24);
      expect(box.y + box.height, icon.name).to.be.at.most(24);
    }
  });

  it('is decorative without a label', async () => {
    const el = await fixture<LoketIcon>(html`<loket-icon name="bell"></loket-icon>`);
    expect(svgOf(el)!.getAttribute('aria-hidden')).to.equal('true');
    expect(svgOf(el)!.hasAttribute('role')).to.equal(false);
    await expectAccessible(el);
  });

  it('is an image named by its label', async () => {
    const el = await fixture<LoketIcon>(html`<loket-icon name="bell" label="Meldingen"></loket-icon>`);
    expect(svgOf(el)!.getAttribute('role')).to.equal('img');
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Meldingen');
    expect(svgOf(el)!.hasAttribute('aria-hidden')).to.equal(false);
    await expectAccessible(el);
    el.label = '';
    await el.updateComplete;
    expect(svgOf(el)!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('is accessible as every icon, decorative and labelled, in text and in a button', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      ${iconNames.map((name) => html`<p>${name}: <loket-icon name=${name}></loket-icon> <loket-icon name=${name} label=${name}></loket-icon></p>`)}
      <button type="button"><loket-icon name="close" label="Sluiten"></loket-icon></button>
    </div>`);
    await expectAccessible(el);
  });

  it('renders nothing for an unknown name and warns once per name', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<HTMLDivElement>(html`<div>
      <loket-icon name="no-such-icon"></loket-icon><loket-icon name="no-such-icon"></loket-icon>
    </div>`);
    const icons = [...el.querySelectorAll('loket-icon')];
    expect(icons.every((icon) => svgOf(icon) === null)).to.equal(true);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('no-such-icon');
    icons[0].name = 'bell';
    await icons[0].updateComplete;
    expect(svgOf(icons[0])).not.to.equal(null);
  });

  it('renders nothing without a name', async () => {
    const el = await fixture<LoketIcon>(html`<loket-icon></loket-icon>`);
    expect(svgOf(el)).to.equal(null);
  });

  it('sizes with the text by default and with --loket-icon-size', async () => {
    const el = await fixture<HTMLDivElement>(html`<div .style=${'font-size:20px'}>
      <loket-icon name="bell"></loket-icon><loket-icon name="bell" .style=${'--loket-icon-size:48px'}></loket-icon>
    </div>`);
    const [byText, sized] = el.querySelectorAll('loket-icon');
    expect(byText.getBoundingClientRect().width).to.equal(25);
    expect(sized.getBoundingClientRect().width).to.equal(48);
    expect(sized.getBoundingClientRect().height).to.equal(48);
  });

  it('draws in the current colour and fills only the filled star', async () => {
    const el = await fixture<HTMLDivElement>(html`<div .style=${'color: rgb(210, 55, 60)'}>
      <loket-icon name="star"></loket-icon><loket-icon name="star-filled"></loket-icon>
    </div>`);
    const [star, filled] = [...el.querySelectorAll('loket-icon')].map((icon) => getComputedStyle(svgOf(icon)!));
    expect(star.stroke).to.equal('rgb(210, 55, 60)');
    expect(star.fill).to.equal('none');
    expect(filled.fill).to.equal('rgb(210, 55, 60)');
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('an image named by its label, and nothing at all for a decorative icon', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><loket-icon name="bell" label="Meldingen"></loket-icon><loket-icon name="bell"></loket-icon></div>`);
      const labelled = await accessibilityTree(wrap.children[0]);
      expect(find(labelled, 'image').name).to.equal('Meldingen');
      const decorative = await accessibilityTree(wrap.children[1]);
      expect(findAll(decorative, 'image')).to.be.empty;
      expect(spoken(decorative)).to.equal('');
    });
  });
});
