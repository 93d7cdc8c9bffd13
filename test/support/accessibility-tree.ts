import { executeServerCommand } from '@web/test-runner-commands';
import type { AxNode } from './accessibility-tree-core.mjs';

export type { AxNode } from './accessibility-tree-core.mjs';
export { find, findAll, outline, spoken } from './accessibility-tree-core.mjs';

declare global {
  interface Window {
    __loketAxTargets?: Map<number, Element>;
  }
}

let nextId = 0;

/**
 * What Chromium gives assistive technology for `element` (and everything under it, shadow roots included),
 * once the browser has rendered the current DOM: the accessibility tree follows style and layout a frame later.
 */
export async function accessibilityTree(element: Element): Promise<AxNode> {
  for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  const targets = (window.__loketAxTargets ??= new Map());
  const id = (nextId += 1);
  targets.set(id, element);
  try {
    return await executeServerCommand<AxNode, { id: number }>('accessibility-tree', { id });
  } finally {
    targets.delete(id);
  }
}
