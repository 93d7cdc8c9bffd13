import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { NotificationStore } from '../../data/store.js';
import type { LoketNotification, NotificationSnapshot, NotificationSource, StoreError } from '../../data/types.js';
import { LoketEvent, emit, modifiedClick } from '../../internal/events.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { Messages } from '../../i18n/messages.js';
import type { LocalizeController } from '../../internal/localize.js';
import { accountAction } from '../../internal/account-action.js';
import { actorKey, consumeIdentity, type LoketIdentityChangeEvent } from '../../internal/identity-context.js';

/** What a host of the controller offers: the `endpoint` attribute, or an injected `source`, and a token. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string | undefined;
  source: NotificationSource | undefined;
  token: string | undefined;
  /** Where "Aanmelden" leads when the session expired; the surrounding header's `login-url` when unset. */
  loginUrl: string | undefined;
  readonly hasUpdated: boolean;
}

/** `fresh`: the source's first snapshot, or its first after starting over; `refused`: an action was newly refused. */
type SnapshotChange = (snapshot: NotificationSnapshot, source: NotificationSource, fresh: boolean, refused: boolean) => void;

/**
 * Connects a component to its notification source: `source` when given, else the shared
 * `NotificationStore.for(endpoint)`. Subscribes while connected, passes the token on and re-renders
 * the host on every snapshot. When the page's `loket-header` reports another identity
 * (`loket-identity-change`), the source starts over, so nobody sees the notifications of the
 * identity they no longer act for. Inside a `loket-header`, the source also learns whom the page acts
 * for from the first profile on (`identify`), so actions queued offline reach only that identity.
 * Shared by loket-notifications and loket-inbox.
 */
export class SourceController implements ReactiveController {
  snapshot: NotificationSnapshot | undefined;
  current: NotificationSource | undefined;
  #off: (() => void) | undefined;
  #source: NotificationSource | undefined;
  #endpoint: string | undefined;
  /** Who acts for whom (`actorKey`) per the surrounding `loket-header`, once it knows. */
  #identity: string | undefined;
  /** The surrounding `loket-header`'s `login-url`. */
  #headerLoginUrl: string | undefined;
  #unconsume: (() => void) | undefined;
  /** The day the host shows relative dates ("Vandaag om 17:34") for, and the timer for the next one. */
  #day = '';
  #dayTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #host: SourceHost;
  readonly #onChange: SnapshotChange;

  constructor(host: SourceHost, onChange: SnapshotChange) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    const doc = this.#host.ownerDocument;
    doc.addEventListener('loket-identity-change', this.#onIdentity);
    doc.addEventListener('visibilitychange', this.#onDay);
    this.#day = '';
    this.#onDay();
    this.#unconsume = consumeIdentity(this.#host, (value) => {
      this.#identity = value?.identity === undefined ? undefined : actorKey(value.identity, value.profile);
      if (this.#headerLoginUrl !== value?.loginUrl) {
        this.#headerLoginUrl = value?.loginUrl;
        this.#host.requestUpdate();
      }
      this.#identify();
    });
    // Before the first update, properties a portal set before the tag was defined (`el.token = …` in
    // a classic script) are not back on the element yet: the first update syncs, so the first request
    // already carries the token. A reconnected element syncs now.
    if (this.#host.hasUpdated) this.sync();
  }

  /** The day relative dates are shown for (`Date.toDateString()`); it changes, and the host renders again, at midnight. */
  get day(): string {
    return this.#day;
  }

  /** Where a person whose session expired signs in: the host's `login-url`, else its header's. */
  get loginUrl(): string | undefined {
    return this.#host.loginUrl ?? this.#headerLoginUrl;
  }

  #identify(): void {
    if (this.#identity !== undefined) this.current?.identify?.(this.#identity);
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * "Vandaag" becomes "Gisteren" at midnight: the host renders again when the day changes, by a timer
   * set for just after midnight, or when the page is shown again (a timer waits longer while the
   * computer sleeps).
   */
  readonly #onDay = (): void => {
    const now = new Date();
    const day = now.toDateString();
    if (this.#day && day !== this.#day) this.#host.requestUpdate();
    this.#day = day;
    clearTimeout(this.#dayTimer);
    this.#dayTimer = setTimeout(this.#onDay, new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime() + 1000);
  };

  hostDisconnected(): void {
    const doc = this.#host.ownerDocument;
    doc.removeEventListener('loket-identity-change', this.#onIdentity);
    doc.removeEventListener('visibilitychange', this.#onDay);
    clearTimeout(this.#dayTimer);
    this.#unconsume?.();
    this.#off?.();
    this.#off = this.#unconsume = this.#identity = undefined;
    this.current = this.#source = this.#endpoint = undefined;
  }

  sync(): void {
    if (!this.#host.isConnected) return;
    const { source, endpoint, token } = this.#host;
    // Resolved again only when source or endpoint changed: hosts update on every scroll.
    const next = source === this.#source && endpoint === this.#endpoint ? this.current : (source ?? (endpoint ? NotificationStore.for(endpoint) : undefined));
    this.#source = source;
    this.#endpoint = endpoint;
    if (next && token !== undefined && next.token !== token) next.token = token;
    if (next === this.current) return;
    this.#off?.();
    this.#off = undefined;
    this.current = next;
    this.snapshot = undefined;
    if (!next) return;
    this.#identify();
    let generation: number | undefined;
    let refusal: NotificationSnapshot['lastActionError'];
    this.#off = next.subscribe((snapshot) => {
      if (this.current !== next) return;
      this.snapshot = snapshot;
      const fresh = generation !== (snapshot.generation ?? 0);
      generation = snapshot.generation ?? 0;
      const refused = !!snapshot.lastActionError && snapshot.lastActionError !== refusal;
      refusal = snapshot.lastActionError;
      this.#onChange(snapshot, next, fresh, refused);
      this.#host.requestUpdate();
    });
  }

  readonly #onIdentity = (event: LoketIdentityChangeEvent): void => {
    this.current?.reset?.(actorKey(event.detail.identity, event.detail.profile));
  };
}

/** Detail of `loket-notification-open`. */
export interface NotificationOpenDetail {
  notification: LoketNotification;
  /** The safe URL that will be followed, if any. */
  url: string | undefined;
}

/**
 * Fired when the reader activates a notification, after it was marked read. Cancelable: the
 * default action follows the notification's URL; `preventDefault()` lets a single-page app route.
 */
export class LoketNotificationOpenEvent extends LoketEvent<NotificationOpenDetail> {
  constructor(detail: NotificationOpenDetail) {
    super('loket-notification-open', detail, { cancelable: true });
  }
}

declare global {
  interface LoketEventMap {
    'loket-notification-open': LoketNotificationOpenEvent;
  }
}

/**
 * Activating an item (a click on its link or button): mark read, announce the open event and, unless
 * cancelled, follow the URL. Modified clicks (new tab/window) keep the browser's own behaviour.
 */
export function openNotification(host: HTMLElement, source: NotificationSource | undefined, item: LoketNotification, event: MouseEvent): void {
  if (item.readAt === null) void source?.markRead(item.id);
  const url = safeUrl(item.url);
  if (url && modifiedClick(event)) return;
  event.preventDefault();
  if (emit(host, new LoketNotificationOpenEvent({ notification: item, url })) && url) {
    host.ownerDocument.defaultView?.location.assign(url);
  }
}

/** A message about a number, given the number and its formatted form: `counted(this.localize, t.inbox.summary, 3)`. */
export function counted(localize: LocalizeController, message: (count: number, formatted: string) => string, value: number): string {
  return message(value, localize.number(value));
}

/** The localized text of a load error. */
export function loadErrorText(t: Messages, error: StoreError | undefined): string {
  return t.notifications.errors[error?.kind ?? 'network'] ?? t.common.error;
}

/** The localized text of a refused action. */
export function actionErrorText(t: Messages, action: 'read' | 'unread' | 'read-all'): string {
  return t.notifications.actionFailed[action === 'read-all' ? 'readAll' : action];
}

/**
 * What the bell's panel and the inbox show above their list: a refused action (an alert, with a button
 * that dismisses it) and being offline with the changes that wait (a status).
 */
export function renderNotices(t: Messages, snap: NotificationSnapshot | undefined, localize: LocalizeController, dismiss: () => void): TemplateResult {
  const error = snap?.lastActionError;
  return html`${error
    ? html`<div class="message error" role="alert">
        <span>${actionErrorText(t, error.action)}</span>
        <button class="link" type="button" @click=${dismiss}>${t.notifications.dismiss}</button>
      </div>`
    : nothing}${snap?.connection === 'offline'
    ? html`<p class="message offline" role="status">
        ${t.notifications.offline}${snap.pending ? ` ${counted(localize, t.notifications.pending, snap.pending)}` : ''}
      </p>`
    : nothing}`;
}

/**
 * A failed load, in the bell's panel and the inbox: an alert with a retry button. When the session
 * expired (401, 403) and a login URL is known, "Aanmelden" comes first (a cancelable `loket-login`).
 */
export function renderLoadError(host: HTMLElement, t: Messages, error: StoreError | undefined, retry: () => void, loginUrl: string | undefined): TemplateResult {
  const signIn = error?.kind === 'unauthorized' && safeUrl(loginUrl) !== undefined;
  return html`<div class="message error" role="alert">
    <p>${loadErrorText(t, error)}</p>
    <div class="actions">
      ${signIn ? accountAction(host, 'login', loginUrl, t.notifications.signIn, 'action sign-in') : nothing}
      <button class="action" type="button" @click=${retry}>${t.common.retry}</button>
    </div>
  </div>`;
}
