// A web-test-runner command that returns what Chromium gives assistive technology for one element:
// its accessibility-tree node and those below it, from the DevTools protocol (Accessibility domain).
// This is the browser's own name and role computation across shadow roots, not a re-implementation,
// so it catches what axe cannot see (for example text runs joined without a space).
// The test hands the element over through `window.__loketAxTargets` (test/support/accessibility-tree.ts).
const sessions = new Map();

/** Properties worth asserting; the rest (focusable, settable, …) are noise for these tests. */
const KEPT = new Set(['expanded', 'selected', 'checked', 'pressed', 'disabled', 'busy', 'modal', 'level', 'live', 'invalid', 'required', 'hasPopup', 'multiselectable', 'orientation', 'valuetext']);

function simplify(node, byId) {
  const children = [];
  for (const id of node.childIds ?? []) {
    const child = byId.get(id);
    if (!child) continue;
    const role = child.role?.value;
    const name = child.name?.value ?? '';
    // Ignored nodes, nameless generic containers and text runs are not announced as such: lift their children.
    if (child.ignored || role === 'none' || role === 'InlineTextBox' || (role === 'generic' && !name)) children.push(...simplify(child, byId));
    else if (role === 'StaticText') children.push({ role: 'text', name, properties: {}, children: [] });
    else children.push(toNode(child, byId));
  }
  return children;
}

function toNode(node, byId) {
  const properties = {};
  for (const property of node.properties ?? []) {
    if (!KEPT.has(property.name)) continue;
    const value = property.value?.value;
    if (property.name === 'invalid' && value === 'false') continue;
    properties[property.name] = value;
  }
  return { role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '', properties, children: simplify(node, byId) };
}

export function accessibilityTreePlugin() {
  return {
    name: 'loket-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        await cdp.send('Accessibility.enable');
        sessions.set(session.id, cdp);
      }
      const expression = `window.__loketAxTargets?.get(${Number(payload?.id)})`;
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      if (!result.objectId) throw new Error('accessibility-tree: no element was handed over (test/support/accessibility-tree.ts)');
      const { nodes: [own] } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      // Behind a modal dialog the element is inert: it has a node of its own but none in the full tree.
      return toNode(byId.get(own.nodeId) ?? own, byId);
    },
  };
}
