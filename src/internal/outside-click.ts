import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Closes a host's popup (the bell's panel, the switcher's list) when the person clicks outside it.
 * The host, its light DOM and its shadow tree count as inside. A click whose press began inside (a
 * text selection dragged out of the filter field) does not count. The page listeners exist only while
 * the popup is open and the host is connected, and follow the host into another document.
 */
export class OutsideClickController implements ReactiveController {
  private doc: Document | undefined;
  private pressedInside = false;

  constructor(
    private readonly host: Host,
    private readonly isOpen: () => boolean,
    private readonly close: () => void,
  ) {
    host.addController(this);
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
