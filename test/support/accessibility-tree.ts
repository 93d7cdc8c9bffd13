import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the accessibility tree as Chromium exposes it to assistive technology. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  /** States and properties: expanded, selected, checked, pressed, disabled, busy, modal, level, live, … */
  properties: Record<string, string | number | boolean | undefined>;
  /** Announced descendants; ignored nodes and nameless generic containers are left out, text runs are `text`. */
  children: AxNode[];
}

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

/** Every node under (and including) `root` with the given role, in document order. */
export function findAll(root: AxNode, role: string): AxNode[] {
  const found = root.role === role ? [root] : [];
  for (const child of root.children) found.push(...findAll(child, role));
  return found;
}

/** The single node with `role` (and `name`, when given) under `root`; throws with the roles present when there is none. */
export function find(root: AxNode, role: string, name?: string | RegExp): AxNode {
  const matches = findAll(root, role).filter((n) => name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name)));
  if (matches.length !== 1) throw new Error(`expected one ${role}${name ? ` named ${String(name)}` : ''}, found ${matches.length} in: ${outline(root)}`);
  return matches[0];
}

/** The tree as indented lines (`role "name" (description) state=value`, text runs quoted), for readable failure messages. */
export function outline(node: AxNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  if (node.role === 'text') return `${indent}"${node.name}"`;
  const states = Object.entries(node.properties).map(([k, v]) => ` ${k}=${String(v)}`).join('');
  const description = node.description ? ` (${node.description})` : '';
  return [`${indent}${node.role} "${node.name}"${description}${states}`, ...node.children.map((c) => outline(c, depth + 1))].join('\n');
}

/** The text a screen reader reads through `node`, in order: text runs and the names of nodes that have no children. */
export function spoken(node: AxNode): string {
  const parts = node.role === 'text' || node.children.length === 0 ? [node.name] : node.children.map(spoken);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
