import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * A portal that would hide a popup hanging from a control in its header: the header is a short box
 * with `overflow: hidden` and its own stacking context, the page's content after it stacks above it,
 * and the page is taller than the viewport. Styles go through the CSSOM (the tests run under a strict CSP).
 */
export async function clippingPortal(content: TemplateResult): Promise<{ header: HTMLElement; cover: HTMLElement }> {
  const page = await fixture<HTMLDivElement>(html`<div><header>${content}</header><main></main></div>`);
  const header = page.querySelector('header')!;
  const cover = page.querySelector('main')!;
  Object.assign(header.style, { display: 'flex', justifyContent: 'flex-end', height: '3.5rem', overflow: 'hidden', position: 'relative', zIndex: '1', transform: 'translateZ(0)' });
  Object.assign(cover.style, { position: 'relative', zIndex: '2', height: '200vh', background: 'rgb(255, 255, 255)' });
  return { header, cover };
}

/** The popup is drawn whole and on top: points near its corners and its centre hit it (retargeted to `host`). */
export function expectOnTop(popup: HTMLElement, host: Element): void {
  const box = popup.getBoundingClientRect();
  expect(box.height, 'popup height').to.be.greaterThan(100);
  const points: Array<[number, number]> = [
    [box.left + 4, box.top + 4],
    [box.right - 4, box.top + 4],
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 4, box.bottom - 4],
    [box.right - 4, box.bottom - 4],
  ];
  for (const [x, y] of points) expect(document.elementFromPoint(x, y), `what is drawn at ${Math.round(x)},${Math.round(y)}`).to.equal(host);
}

/**
 * The page scrolls 40 px: `trigger` moves up with it and the popup keeps its distance under it. Returns
 * that distance (the popup's top minus the trigger's bottom), measured before the scroll.
 */
export async function expectFollowsScroll(popup: HTMLElement, trigger: HTMLElement): Promise<number> {
  const gap = (): number => popup.getBoundingClientRect().top - trigger.getBoundingClientRect().bottom;
  const before = gap();
  window.scrollTo(0, 40);
  await nextFrame();
  try {
    expect(trigger.getBoundingClientRect().bottom, 'the trigger moved').to.be.lessThan(40);
    expect(gap(), 'the popup moved with it').to.be.closeTo(before, 1);
  } finally {
    window.scrollTo(0, 0);
  }
  return before;
}

/** Runs `fn` in a browser without the Popover API (older than 2024), then restores it. */
export async function withoutPopoverApi(fn: () => Promise<void>): Promise<void> {
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  const saved = ['popover', 'showPopover', 'hidePopover', 'togglePopover'].map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
  for (const [name] of saved) Reflect.deleteProperty(proto, name);
  try {
    await fn();
  } finally {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(proto, name, descriptor);
  }
}
