import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** What a host tells its popup controller. */
export interface PopupParts {
  isOpen: () => boolean;
  close: () => void;
  /** The popup and the control it hangs from. */
  popup: () => HTMLElement | null | undefined;
  trigger: () => HTMLElement | null | undefined;
}

/**
 * A host's non-modal popup that hangs from its trigger (the bell's panel, the switcher's list).
 *
 * - **Top layer.** The popup opens as a (manual) popover, above everything on the page: a portal's
 *   `overflow: hidden`, `transform` or later stacking context cannot clip or cover it. It is placed
 *   under the trigger, its end edge at the trigger's, moved sideways to stay inside the viewport, and
 *   follows the trigger while the page scrolls or resizes (and closes if that hides the trigger). Its
 *   styles read `--_top` (the trigger's bottom in the viewport) and, once `:popover-open`, `--_x` (its
 *   own start edge). A browser without the Popover API keeps it in the flow, absolutely positioned,
 *   moved sideways with `--_shift`; a popup whose styles make it static (laid out in the flow, as in
 *   the header's phone menu) stays there until a wider window lets it hang from its trigger.
 * - **Light dismiss.** It closes when the person clicks outside it, or when focus moves outside it
 *   (Tab past its end), so it never covers the control that has focus. The host, its light DOM and
 *   its shadow tree count as inside. A click whose press began inside (a text selection dragged out
 *   of the filter field) does not count.
 *
 * The page listeners exist only while the popup is open and the host is connected, and follow the
 * host into another document.
 */
export class PopupController implements ReactiveController {
  #doc: Document | undefined;
  /** Removes the page listeners of the open popup. */
  #unlisten: AbortController | undefined;
  #pressedInside = false;
  /** Whether the open popup is in the top layer. */
  #lifted = false;
  readonly #host: Host;
  readonly #parts: PopupParts;

  constructor(host: Host, parts: PopupParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
    // focusout is composed: moves within the shadow tree arrive with the host itself as relatedTarget.
    // None (focus went nowhere, e.g. a click on plain text) is left to the click.
    host.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && parts.isOpen() && !host.contains(next)) parts.close();
    });
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#listen(undefined);
  }

  #sync(): void {
    const open = this.#host.isConnected && this.#parts.isOpen();
    this.#listen(open ? this.#host.ownerDocument : undefined);
    const popup = this.#parts.popup();
    if (!popup?.isConnected) return;
    const api = 'popover' in popup;
    const shown = api && popup.matches(':popover-open');
    if (!open) {
      if (shown) popup.hidePopover();
      return;
    }
    if (!shown) {
      // Laid out in the flow (the header's phone menu makes the switcher's list static), it stays there.
      popup.removeAttribute('popover');
      this.#lifted = api && getComputedStyle(popup).position !== 'static';
      if (this.#lifted) {
        popup.popover = 'manual';
        popup.showPopover();
      }
    }
    this.#place();
  }

  /** Puts the open popup under its trigger, its end edge at the trigger's, inside the viewport. */
  #place(): void {
    const popup = this.#parts.popup();
    const trigger = this.#parts.trigger();
    if (!popup || !trigger) return;
    const px = (n: number): string => `${Math.round(n)}px`;
    const anchor = trigger.getBoundingClientRect();
    popup.style.removeProperty('--_shift');
    // Everything is measured before --_top and --_x are written, and they are written together: a write restyles
    // the whole popup (custom properties are inherited), and a read between two writes makes the browser do it twice.
    // In the flow only an absolutely positioned popup hangs from the trigger (a fixed or static one spans the width).
    const box = this.#lifted || getComputedStyle(popup).position === 'absolute' ? popup.getBoundingClientRect() : undefined;
    const room = popup.ownerDocument.documentElement.clientWidth;
    popup.style.setProperty('--_top', px(anchor.bottom));
    if (!box) return;
    const left = this.#lifted ? anchor.right - box.width : box.left;
    const x = Math.max(0, Math.min(left, room - box.width));
    if (this.#lifted) popup.style.setProperty('--_x', px(x));
    // Not rounded: a fraction of a pixel rounded away would leave the popup that much off-screen.
    else popup.style.setProperty('--_shift', `${x - left}px`);
  }

  #listen(doc: Document | undefined): void {
    if (doc === this.#doc) return;
    this.#unlisten?.abort();
    this.#doc = doc;
    this.#pressedInside = false;
    if (!doc) return;
    // None of them cancels anything: all passive. Capture sees scrolls of any scrolling box around the
    // trigger (they move it: the popup follows) and presses and clicks before the page can stop them.
    const options = { capture: true, passive: true, signal: (this.#unlisten = new AbortController()).signal };
    doc.addEventListener('pointerdown', this.#onPress, options);
    doc.addEventListener('click', this.#onClick, options);
    doc.addEventListener('scroll', this.#onMove, options);
    doc.defaultView?.addEventListener('resize', this.#onMove, options);
  }

  /**
   * The page scrolled or resized. A popup whose trigger is no longer drawn (a narrower window moved the
   * header's tools behind its closed menu) closes: in the top layer it would float on, hanging from nothing.
   * One left in the flow (opened in the header's phone menu) is lifted if a wider window lets it hang:
   * only a resize can change that, so a scroll does not look again.
   */
  readonly #onMove = (event: Event): void => {
    if (this.#parts.trigger()?.getClientRects().length === 0) this.#parts.close();
    else if (!this.#lifted && event.type === 'resize') this.#sync();
    else this.#place();
  };

  readonly #onPress = (event: Event): void => {
    this.#pressedInside = event.composedPath().includes(this.#host);
  };

  readonly #onClick = (event: Event): void => {
    const pressedInside = this.#pressedInside;
    this.#pressedInside = false;
    if (this.#parts.isOpen() && !pressedInside && !event.composedPath().includes(this.#host)) this.#parts.close();
  };
}
