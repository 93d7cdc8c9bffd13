import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/entries/button.js';
import '../src/entries/badge.js';
import '../src/entries/pill.js';
import '../src/entries/alert.js';
import '../src/entries/notifications.js';
import '../src/entries/inbox.js';
import '../src/entries/mandate-switcher.js';
import '../src/entries/feedback.js';
import type { LoketNotifications } from '../src/components/notifications/notifications.js';
import type { LoketInbox } from '../src/components/inbox/inbox.js';
import { FakeSource, burgerprofielSeed, makeNotifications } from './support/fake-source.js';
import { describeInChromium } from './support/browser.js';
import { forcedColors } from './support/forced-colors.js';
import { actingFor, self } from './support/profiles.js';

// Windows high contrast (forced colors) drops backgrounds and box shadows and repaints everything in
// a few system colours. What stays is borders, outlines and text, so every boundary and every state a
// sighted user needs must be drawn with one of those.

/** A system colour as forced-colors mode computes it ('Canvas', 'Highlight'…). */
function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

/** The colour the system uses for the page background in forced-colors mode. */
const canvas = (): string => systemColour('Canvas');

const transparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/** Fails unless `el` has a border of at least 1 px on every side, in a visible colour other than Canvas. */
function expectEdge(el: Element | null | undefined, what: string): void {
  expect(el, what).to.exist;
  const style = getComputedStyle(el!);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `${what}: border-${side} style`).not.to.equal('none');
    expect(width, `${what}: border-${side} width`).to.be.at.least(1);
  }
  expect(style.borderTopColor, `${what}: border colour`).not.to.equal(canvas());
  expect(transparent(style.borderTopColor), `${what}: transparent border ${style.borderTopColor}`).to.be.false;
}

/** Fails unless `el` draws a focus outline of at least 2 px in a colour other than Canvas. */
function expectOutline(el: Element | null | undefined, what: string): void {
  expect(el, what).to.exist;
  const style = getComputedStyle(el!);
  expect(style.outlineStyle, `${what}: outline style`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${what}: outline width`).to.be.at.least(2);
  expect(style.outlineColor, `${what}: outline colour`).not.to.equal(canvas());
  expect(transparent(style.outlineColor), `${what}: transparent outline`).to.be.false;
}

const deepActive = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

describeInChromium('forced colors (Windows high contrast)', () => {
  before(() => forcedColors(true));
  after(() => forcedColors(false));

  it('draws the edge of every button variant and a visible keyboard focus ring', async () => {
    for (const variant of ['primary', 'secondary', 'tertiary'] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>voor</button><loket-button variant=${variant}>Bestel cheques</loket-button></div>`);
      const button = wrapper.querySelector('loket-button')!;
      await button.updateComplete;
      const control = button.shadowRoot!.querySelector('.control');
      expectEdge(control, `${variant} button`);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), `${variant}: Tab reaches the button`).to.equal(control);
      expectOutline(control, `${variant} button focus`);
      // A system colour, not the brand blue (3:1 or less on dark high-contrast themes).
      expect(getComputedStyle(control!).outlineColor, `${variant}: ring in Highlight`).to.equal(systemColour('Highlight'));
    }
  });

  it('keeps the text of a count badge readable and the edges of pills and alerts', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <loket-badge count="7"></loket-badge>
      <loket-pill variant="success">Betaald</loket-pill>
      <loket-alert variant="error" heading="Betaling mislukt" closable>Probeer het opnieuw.</loket-alert>
    </div>`);
    const badge = wrapper.querySelector('loket-badge')!.shadowRoot!.querySelector('.badge')!;
    const badgeStyle = getComputedStyle(badge);
    expect(badgeStyle.color, 'badge text against its own background').not.to.equal(badgeStyle.backgroundColor);
    expectEdge(wrapper.querySelector('loket-pill')!.shadowRoot!.querySelector('.pill'), 'pill');
    const alert = wrapper.querySelector('loket-alert')!;
    expectEdge(alert.shadowRoot!.querySelector('.alert'), 'alert');
    expectEdge(alert.shadowRoot!.querySelector('.close'), 'alert close button');
  });

  it('shows the bell’s count and the open panel’s edge', async () => {
    const el = await fixture<LoketNotifications>(html`<loket-notifications .source=${new FakeSource({ items: burgerprofielSeed() })} inbox-url="/inbox.html"></loket-notifications>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expectEdge(root.querySelector('.badge'), 'unread badge');
    root.querySelector<HTMLButtonElement>('.bell')!.click();
    await el.updateComplete;
    expectEdge(root.querySelector('.panel'), 'panel');
  });

  it('marks the selected inbox filter with more than colour alone', async () => {
    const el = await fixture<LoketInbox>(html`<loket-inbox .source=${new FakeSource({ items: burgerprofielSeed() })}></loket-inbox>`);
    await el.updateComplete;
    const [selected, other] = [...el.shadowRoot!.querySelectorAll('[role=tab]')];
    expect(selected.getAttribute('aria-selected')).to.equal('true');
    const width = (tab: Element) => parseFloat(getComputedStyle(tab).borderBottomWidth);
    const colour = (tab: Element) => getComputedStyle(tab).borderBottomColor;
    expect(width(selected) > width(other) || colour(selected) !== colour(other), 'the selected tab looks different').to.be.true;
    expect(colour(selected)).not.to.equal(canvas());
    expect(transparent(colour(selected))).to.be.false;
  });

  it('greys out the inbox’s inactive buttons: "Meer laden" while loading, "Alles als gelezen markeren" with nothing unread', async () => {
    const source = new FakeSource({ items: makeNotifications(50, 0), pageSize: 20 });
    const el = await fixture<LoketInbox>(html`<loket-inbox .source=${source}></loket-inbox>`);
    await el.updateComplete;
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.load-more')!;
    const grey = systemColour('GrayText');
    expect(getComputedStyle(more).color, 'ready').not.to.equal(grey);
    source.loadMode = 'pending';
    more.click();
    await el.updateComplete;
    expect(getComputedStyle(more).color, 'loading: text').to.equal(grey);
    expect(getComputedStyle(more).borderTopColor, 'loading: edge').to.equal(grey);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.mark-all')!).color, 'nothing to mark').to.equal(grey);
    source.resolveLoad();
  });

  it('marks the current identity and the focused option differently in the mandate switcher', async () => {
    const el = await fixture(html`<loket-mandate-switcher .profile=${actingFor(self)}></loket-mandate-switcher>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const switcher = el as HTMLElement & { show(): Promise<void> };
    await switcher.show();
    const options = [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
    const current = options.find((o) => o.getAttribute('aria-selected') === 'true')!;
    const other = options.find((o) => o !== current)!;
    // The current identity: a bar at its start, also when focus is elsewhere.
    other.focus();
    expect(parseFloat(getComputedStyle(current).borderInlineStartWidth), 'current identity bar').to.be.at.least(4);
    expect(getComputedStyle(current).outlineStyle, 'no focus outline on the current identity').to.equal('none');
    // The focused option: a full outline, and no bar.
    expectOutline(other, 'focused option');
    expect(getComputedStyle(other).borderInlineStartStyle).to.equal('none');
    expectEdge(switcher.shadowRoot!.querySelector('.popup'), 'identity list');
  });

  it('keeps the fixed feedback button’s edge', async () => {
    const el = await fixture(html`<loket-feedback endpoint="/api/feedback" placement="fixed"></loket-feedback>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const button = el.shadowRoot!.querySelector('loket-button')!;
    await button.updateComplete;
    expectEdge(button.shadowRoot!.querySelector('.control'), 'feedback button');
  });
});
