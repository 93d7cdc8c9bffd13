import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { wcagTags } from '../../scripts/wcag-tags.mjs';

declare global {
  interface Window {
    axe: { run: (context: Element | Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on an element (its shadow roots included) and throws a readable error listing
 * every violation. Use after the element has rendered.
 */
export async function expectAccessible(element: Element, options: { disableRules?: string[] } = {}): Promise<void> {
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: wcagTags }, rules });
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`,
  );
  throw new Error(`axe found ${results.violations.length} violation(s):\n  ${lines.join('\n  ')}`);
}
