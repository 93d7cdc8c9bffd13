// WCAG 1.4.12 Text Spacing: with line height 1.5, letter spacing 0.12 em, word spacing 0.16 em and 2 em
// after paragraphs, no text is cut off or overlaps. The spacing is forced on the page and inside every
// shadow root (a reader's own style sheet reaches the page only; this is the harder case), on every demo
// page at desktop and phone width and with what opens on the start page open.
// Run: node scripts/build.mjs && node --test test/e2e/text-spacing.e2e.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoCases, openDemoCase, useDemo } from './support.mjs';

const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** In the page: forces the spacing everywhere, then lists what clips its content and inbox rows that overlap. */
function spaceAndInspect(css) {
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(css);
  const roots = [document];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    }
  };
  collect(document);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // Two frames: the inbox measures its rows again (ResizeObserver) and moves them.
  return new Promise((resolve) =>
    window.requestAnimationFrame(() =>
      window.requestAnimationFrame(() => {
        const clipped = [];
        for (const root of roots) {
          for (const el of root.querySelectorAll('*')) {
            // Hidden on screen on purpose (visually hidden text, the feedback form's honeypot): a hairline box.
            if (!el.checkVisibility() || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
            const style = getComputedStyle(el);
            const hides = (overflow) => overflow === 'hidden' || overflow === 'clip';
            const cut =
              (hides(style.overflowX) || style.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1 ? 'wide' : hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1 ? 'tall' : '';
            if (cut) clipped.push(`${root.host?.localName ?? 'page'} ${el.localName}.${[...el.classList].join('.')} too ${cut}: "${el.textContent.trim().slice(0, 40)}"`);
          }
        }
        const inbox = document.querySelector('loket-inbox')?.shadowRoot;
        const rows = [...(inbox?.querySelectorAll('.row') ?? [])].map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
        const overlapping = rows.slice(1).filter((row, i) => row.top < rows[i].bottom - 1).length;
        resolve({ clipped, overlapping, rows: rows.length });
      }),
    ),
  );
}

describe('text spacing (WCAG 1.4.12) on the demo portal', () => {
  const suite = useDemo();

  for (const demoCase of demoCases()) {
    it(demoCase.title, async () => {
      const page = await openDemoCase(suite.browser, suite.demo, demoCase);
      const { clipped, overlapping, rows } = await page.evaluate(spaceAndInspect, SPACING);
      assert.deepEqual(clipped, [], 'nothing cut off');
      if (demoCase.path === 'inbox.html') {
        assert.ok(rows > 3, `the inbox shows rows (${rows})`);
        assert.equal(overlapping, 0, 'inbox rows do not overlap once their text grows');
      }
      assert.deepEqual(page.pageErrors.map(String), []);
      await page.context().close();
    });
  }
});
