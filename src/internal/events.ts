/**
 * Base for every Loket event: bubbles, crosses shadow roots, carries a typed `detail`.
 * Cancelable events have a default action (usually navigation) that `preventDefault()` stops.
 */
export class LoketEvent<D = undefined> extends Event {
  readonly detail: D;

  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}

/** Dispatches the event and says whether its default action may go ahead. */
export function emit(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}

/** A click that asks the browser for a new tab or window (or is not the main button): a real link keeps it native. */
export function modifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
}

declare global {
  /**
   * Every `loket-*` event by name, with its type. The events bubble and cross shadow roots, so a
   * listener on the element, on `document` or on `window` gets them typed. Each element adds its own.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
  interface LoketEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds LoketEventMap to the DOM's map
  interface HTMLElementEventMap extends LoketEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds LoketEventMap to the DOM's map
  interface DocumentEventMap extends LoketEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds LoketEventMap to the DOM's map
  interface WindowEventMap extends LoketEventMap {}
}
