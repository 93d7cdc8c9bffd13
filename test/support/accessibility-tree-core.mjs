// Turns Chromium's accessibility tree (DevTools protocol, Accessibility.getFullAXTree) into the nodes a
// screen reader is given: roles, names, descriptions, the states worth asserting and the children that are
// announced. Shared by the component-test command (accessibility-tree-plugin.mjs) and the e2e specs.

/** Properties worth asserting; the rest (focusable, settable, …) are noise for tests. */
const KEPT = new Set(['expanded', 'selected', 'checked', 'pressed', 'disabled', 'busy', 'modal', 'level', 'live', 'invalid', 'required', 'hasPopup', 'multiselectable', 'orientation', 'valuetext']);

function childrenOf(node, byId) {
  const children = [];
  for (const id of node.childIds ?? []) {
    const child = byId.get(id);
    if (!child) continue;
    const role = child.role?.value;
    const name = child.name?.value ?? '';
    // Ignored nodes, nameless generic containers and text boxes are not announced as such: lift their children.
    if (child.ignored || role === 'none' || role === 'InlineTextBox' || (role === 'generic' && !name)) children.push(...childrenOf(child, byId));
    else if (role === 'StaticText') children.push({ role: 'text', name, description: '', properties: {}, children: [] });
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
  return { role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '', properties, children: childrenOf(node, byId) };
}

/**
 * The tree under `root` (a node of `nodes`, as the protocol returns them). `root` may be missing from
 * `nodes`: behind a modal dialog an element is inert and only its own node is known.
 */
export function axTree(nodes, root) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  return toNode(byId.get(root.nodeId) ?? root, byId);
}

/** The whole page's tree, from a DevTools protocol session (`send(method, params)`). */
export async function pageAxTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return axTree(nodes, nodes.find((n) => !n.parentId) ?? nodes[0]);
}

/** Every node under (and including) `root` with the given role, in reading order. */
export function findAll(root, role) {
  const found = root.role === role ? [root] : [];
  for (const child of root.children) found.push(...findAll(child, role));
  return found;
}

/** The tree as indented lines (`role "name" (description) state=value`, text runs quoted), for failure messages. */
export function outline(node, depth = 0) {
  const indent = '  '.repeat(depth);
  if (node.role === 'text') return `${indent}"${node.name}"`;
  const states = Object.entries(node.properties).map(([k, v]) => ` ${k}=${String(v)}`).join('');
  const description = node.description ? ` (${node.description})` : '';
  return [`${indent}${node.role} "${node.name}"${description}${states}`, ...node.children.map((c) => outline(c, depth + 1))].join('\n');
}

/** The single node with `role` (and `name`, a string or RegExp, when given) under `root`; throws with the tree when there is none. */
export function find(root, role, name) {
  const matches = findAll(root, role).filter((n) => name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name)));
  if (matches.length !== 1) throw new Error(`expected one ${role}${name ? ` named ${String(name)}` : ''}, found ${matches.length} in:\n${outline(root)}`);
  return matches[0];
}

/** The text a screen reader reads through `node`, in order: text runs and the names of nodes that have no children. */
export function spoken(node) {
  const parts = node.role === 'text' || node.children.length === 0 ? [node.name] : node.children.map(spoken);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
