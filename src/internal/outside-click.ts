import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Closes a host's popup (the bell's panel, the switcher's list) when the person clicks outside it.
 * The host, its light DOM and its shadow tree count as inside. The page listener exists only while
 * the popup is open and the host is connected, and follows the host into another document.
 */
export class OutsideClickController implements ReactiveController {
  private doc: Document | undefined;

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
    this.doc?.removeEventListener('click', this.onClick, true);
    doc?.addEventListener('click', this.onClick, true);
    this.doc = doc;
  }

  private readonly onClick = (event: Event): void => {
    if (this.isOpen() && !event.composedPath().includes(this.host)) this.close();
  };
}
