import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Light dismiss for a host's non-modal popup (the bell's panel, the switcher's list): it closes when
 * the person clicks outside it, or when focus moves outside it (Tab past its end), so it never covers
 * the control that has focus. The host, its light DOM and its shadow tree count as inside. A click
 * whose press began inside (a text selection dragged out of the filter field) does not count. The page
 * listeners exist only while the popup is open and the host is connected, and follow the host into
 * another document.
 */
export class LightDismissController implements ReactiveController {
  private doc: Document | undefined;
  private pressedInside = false;

  constructor(
    private readonly host: Host,
    private readonly isOpen: () => boolean,
    private readonly close: () => void,
  ) {
    host.addController(this);
    // focusout is composed: moves within the shadow tree arrive with the host itself as relatedTarget.
    // None (focus went nowhere, e.g. a click on plain text) is left to the click.
    host.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && this.isOpen() && !this.host.contains(next)) this.close();
    });
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.listen(undefined);
  }

  private sync(): void {
    this.listen(this.host.isConnected && this.isOpen() ? this.host.ownerDocument : undefined);
  }

  private listen(doc: Document | undefined): void {
    if (doc === this.doc) return;
    this.doc?.removeEventListener('pointerdown', this.onPress, true);
    this.doc?.removeEventListener('click', this.onClick, true);
    doc?.addEventListener('pointerdown', this.onPress, true);
    doc?.addEventListener('click', this.onClick, true);
    this.doc = doc;
    this.pressedInside = false;
  }

  private readonly onPress = (event: Event): void => {
    this.pressedInside = event.composedPath().includes(this.host);
  };

  private readonly onClick = (event: Event): void => {
    const pressedInside = this.pressedInside;
    this.pressedInside = false;
    if (this.isOpen() && !pressedInside && !event.composedPath().includes(this.host)) this.close();
  };
}
