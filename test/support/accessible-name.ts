import './axe.js';

interface AxeInternals {
  setup: (node: Element) => void;
  teardown: () => void;
  utils: { getNodeFromTree: (node: Element) => unknown };
  commons: { text: { accessibleTextVirtual: (node: unknown) => string } };
}

/** The accessible name axe-core computes for an element (shadow roots included), whitespace collapsed. */
export function accessibleName(element: Element): string {
  const axe = window.axe as unknown as AxeInternals;
  axe.setup(element.ownerDocument.documentElement);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}
