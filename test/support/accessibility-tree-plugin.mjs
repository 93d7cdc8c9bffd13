// A web-test-runner command that returns what Chromium gives assistive technology for one element:
// its accessibility-tree node and those below it, from the DevTools protocol (Accessibility domain).
// This is the browser's own name and role computation across shadow roots, not a re-implementation,
// so it catches what axe cannot see (for example text runs joined without a space).
// The test hands the element over through `window.__loketAxTargets` (test/support/accessibility-tree.ts).
import { axTree } from './accessibility-tree-core.mjs';
import { cdpCommand } from './cdp-session.mjs';

export function accessibilityTreePlugin() {
  return cdpCommand('loket-accessibility-tree', 'accessibility-tree', async (cdp, payload) => {
    await cdp.send('Accessibility.enable');
    const expression = `window.__loketAxTargets?.get(${Number(payload?.id)})`;
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error('accessibility-tree: no element was handed over (test/support/accessibility-tree.ts)');
    const {
      nodes: [own],
    } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return axTree(nodes, own);
  });
}
