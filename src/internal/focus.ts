import { emit } from './events.js';

/** Whether an element takes focus from the keyboard: in the tab order, enabled and rendered. */
function tabbable(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.tabIndex >= 0 &&
    !(element as HTMLButtonElement).disabled &&
    (element.checkVisibility?.() ?? true)
  );
}

/**
 * Moves focus to the closest focusable element around `element`: within its parent first (the next
 * one, else the one before), then within the grandparent and so on up to the page, across shadow
 * roots. So removing the last pill of a list lands on the pill before it, not on a link after the
 * list. Used when a component hides itself while it holds focus (a closed alert, a removed pill), so
 * keyboard users stay where they were instead of falling back to `<body>`. Returns whether focus moved.
 */
export function focusNeighbour(element: Element): boolean {
  for (let scope: Node | null = element.parentNode; scope; scope = scope instanceof ShadowRoot ? scope.host : scope.parentNode) {
    const before: Element[] = [];
    const after: Element[] = [];
    let list = before;
    const walk = (root: ParentNode): void => {
      for (const child of root.children) {
        if (child === element) {
          list = after;
          continue;
        }
        list.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(scope as ParentNode);
    for (const candidate of [...after, ...before.reverse()]) {
      if (!tabbable(candidate)) continue;
      candidate.focus();
      if (candidate.matches(':focus')) return true;
    }
  }
  return false;
}

/**
 * The default of a cancelable "close"/"remove" event: unless `event` is cancelled, hides `element`,
 * and when it held focus, moves focus to its neighbour (an alert's close button, a pill's remove button), or
 * when there is none, takes focus off it.
 */
export function dismiss(element: HTMLElement, event: Event): void {
  const hadFocus = element.matches(':focus-within');
  if (!emit(element, event)) return;
  element.hidden = true;
  // With nothing to move to, focus leaves the hidden control now: Firefox would leave it there for a while,
  // where a second key press could use it again.
  if (hadFocus && !focusNeighbour(element)) (element.shadowRoot?.activeElement as HTMLElement | null)?.blur();
}
