// Tabbing through every demo page at desktop and phone width: at every stop the focused element (found
// through the shadow roots) has a focus ring (WCAG 2.4.7), lies in the window, and is not hidden under
// anything, the fixed feedback button or the header included (2.4.11, Focus Not Obscured). Also from inside
// what opens on the start page: the panel, the feedback dialog, the mandate list, the phone menu.
// Run: node scripts/build.mjs && node --test test/e2e/focus-visible.e2e.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoCases, openDemoCase, useDemo } from './support.mjs';

/** More Tab presses than any demo page has stops (the inbox has about 70 with its first page of rows). */
const MAX_STOPS = 150;

/** In the page: the focused element, and what a sighted keyboard user sees of it. `done` once focus leaves the page or comes round again. */
function inspectFocus() {
  let active = document.activeElement;
  const path = [];
  while (active?.shadowRoot?.activeElement) {
    path.push(active.localName);
    active = active.shadowRoot.activeElement;
  }
  if (!active || active === document.body) return { done: true };
  window.__loketVisited ??= new WeakSet();
  if (window.__loketVisited.has(active)) return { done: true };
  window.__loketVisited.add(active);
  const name = `${[...path, active.localName].join(' > ')} "${(active.getAttribute('aria-label') ?? active.textContent).trim().slice(0, 30)}"`;
  const style = getComputedStyle(active);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const box = active.getBoundingClientRect();
  const inWindow = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
  /** Whether the topmost element at (x, y), looked up through shadow roots, is the focused element or inside it. */
  const shows = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit) {
      if (hit === active || active.contains(hit)) return true;
      const inner = hit.shadowRoot?.elementFromPoint(x, y);
      if (!inner || inner === hit) return false;
      hit = inner;
    }
    return false;
  };
  const inset = 2;
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + inset, box.top + inset],
    [box.right - inset, box.top + inset],
    [box.left + inset, box.bottom - inset],
    [box.right - inset, box.bottom - inset],
  ].filter(([x, y]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight);
  return { name, ring, inWindow, seen: points.some(([x, y]) => shows(x, y)) };
}

describe('focus visible and not obscured while tabbing through the demo', () => {
  const suite = useDemo();

  /** Tabs from where focus is until it leaves the page or comes round again, and checks every stop. */
  async function tabThrough(page, least) {
    const stops = [];
    for (let i = 0; i < MAX_STOPS; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(inspectFocus);
      if (stop.done) break;
      stops.push(stop);
    }
    assert.ok(stops.length >= least, `tabbed through ${stops.length} stops: ${stops.map((s) => s.name).join(', ')}`);
    assert.ok(stops.length < MAX_STOPS, 'Tab came round again or left the page');
    assert.deepEqual(stops.filter((s) => !s.ring).map((s) => s.name), [], 'every stop shows a focus ring');
    assert.deepEqual(stops.filter((s) => !s.inWindow).map((s) => s.name), [], 'every stop is scrolled into the window');
    assert.deepEqual(stops.filter((s) => !s.seen).map((s) => s.name), [], 'no stop is hidden under something else');
    assert.deepEqual(page.pageErrors.map(String), []);
    await page.context().close();
  }

  for (const demoCase of demoCases()) {
    // A page: at least the skip link, the application name, the bell, the menu or the header's tools and the
    // feedback button. From inside the dialog: its comment field and send button after the rating (then Tab
    // leaves for the browser's own controls).
    it(demoCase.title, async () => tabThrough(await openDemoCase(suite.browser, suite.demo, demoCase), demoCase.state ? 2 : 5));
  }
});
