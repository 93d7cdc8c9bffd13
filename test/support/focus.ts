import { expect } from '@open-wc/testing';

/**
 * Asserts that `target` has focus inside `host`'s shadow root, and otherwise says what has. It compares
 * without handing DOM nodes to chai's inspector, which is slow on Lit elements (minutes in Firefox).
 */
export function expectFocus(host: Element, target: Element | null | undefined, message = 'focus'): void {
  const active = host.shadowRoot!.activeElement;
  expect(active === target, `${message}: focused ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.be.true;
}
