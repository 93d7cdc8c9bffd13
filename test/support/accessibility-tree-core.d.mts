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

export function findAll(root: AxNode, role: string): AxNode[];
export function find(root: AxNode, role: string, name?: string | RegExp): AxNode;
export function spoken(node: AxNode): string;
export function outline(node: AxNode, depth?: number): string;
