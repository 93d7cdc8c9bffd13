import { html, type TemplateResult } from 'lit';
import { LoketEvent, emit, modifiedClick } from './events.js';
import { safeUrl } from './safe-url.js';

/** "Aanmelden" (`loket-login`) or "Afmelden" (`loket-logout`) was chosen. Cancelable: the default navigates to `url`. */
export type LoketLoginEvent = LoketEvent<{ url: string | undefined }>;
export type LoketLogoutEvent = LoketLoginEvent;

/**
 * "Aanmelden" or "Afmelden": a link to `rawUrl` when it is safe, else a button. Activating it fires the
 * cancelable `loket-login` or `loket-logout` from `host`; unless a listener cancels it (a single-page app
 * that signs in itself), `navigate` follows the URL (by default in the host's window). Modified clicks on
 * the link (new tab, new window) stay native. Used by the header's account button and by the bell and
 * inbox when the session expired.
 */
export function accountAction(
  host: HTMLElement,
  kind: 'login' | 'logout',
  rawUrl: string | undefined,
  label: string,
  className: string,
  navigate = (url: string): void => host.ownerDocument.defaultView?.location.assign(url),
): TemplateResult {
  const url = safeUrl(rawUrl);
  const onClick = (event: MouseEvent): void => {
    if (url !== undefined && modifiedClick(event)) return;
    event.preventDefault();
    if (emit(host, new LoketEvent(`loket-${kind}`, { url }, { cancelable: true })) && url !== undefined) navigate(url);
  };
  return url === undefined
    ? html`<button type="button" class=${className} @click=${onClick}>${label}</button>`
    : html`<a class=${className} href=${url} @click=${onClick}>${label}</a>`;
}

declare global {
  interface LoketEventMap {
    'loket-login': LoketLoginEvent;
    'loket-logout': LoketLogoutEvent;
  }
}
