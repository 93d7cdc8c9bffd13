import { adoptStyles, html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import type { LoketNotification, NotificationSnapshot, NotificationSource } from '../../data/types.js';
import { LoketElement } from '../../internal/loket-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { componentStyles, linkStyles } from '../../styles/shared.js';
import { notificationsStyles } from './notifications.styles.js';
import { SourceController, actionErrorText, counted, openNotification, renderLoadError, renderNotices } from './source-controller.js';
import { notifications } from '../../i18n/nl.js';
import { PopupController } from '../../internal/popup.js';
import { formatRelative } from '../../internal/format.js';

/** At most this many senders in the panel; "Bekijk alle meldingen" leads to the rest. */
const MAX_GROUPS = 20;
/** At most this many older items per expanded sender. */
const MAX_OLDER = 20;

interface Group {
  sender: LoketNotification['sender'];
  items: LoketNotification[];
}

function groupBySender(items: readonly LoketNotification[]): Group[] {
  const bySender = new Map<string, Group>();
  const groups: Group[] = [];
  for (const item of items) {
    let group = bySender.get(item.sender.id);
    if (!group) {
      if (groups.length >= MAX_GROUPS) continue;
      group = { sender: item.sender, items: [] };
      bySender.set(item.sender.id, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

const BELL = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
  />
</svg>`;

/** Connections so far: each gets a style rule of its own (connectedCallback). */
let connections = 0;

/**
 * @summary The notification bell with its unread badge and the "Meldingen" panel: grouped by sender,
 * "N oudere meldingen", "Actie vereist", relative times, "Bekijk alle meldingen".
 *
 * @tagname loket-notifications
 *
 * @csspart bell - The bell button.
 * @csspart badge - The unread count on the bell ("99+" past 99).
 * @csspart panel - The dropdown panel.
 *
 * @cssprop --loket-notifications-panel-width - Width of the panel on wider screens (default 26rem).
 *
 * @event {LoketNotificationOpenEvent} loket-notification-open - The reader activated a notification (it is already marked read).
 * Cancelable: the default action follows its `url`. `detail: { notification, url }`.
 * @event {LoketLoginEvent} loket-login - "Aanmelden" was chosen after the session expired (only with a login URL).
 * Cancelable; default: go to the login URL. `detail: { url }`.
 */
export class LoketNotifications extends LoketElement {
  static override styles = [componentStyles, linkStyles, notificationsStyles];

  static override messages = { notifications };

  static override properties = {
    endpoint: { attribute: 'endpoint' },
    inboxUrl: { attribute: 'inbox-url' },
    open: { type: Boolean, reflect: true, attribute: 'open' },
    source: { attribute: false },
    token: { attribute: false },
    loginUrl: { attribute: 'login-url' },
    announcement: { state: true },
    expanded: { state: true },
  };

  /** Base URL of the Notification protocol v1 endpoint; the shared store for it is used. */
  declare endpoint: string | undefined;
  /** Where "Bekijk alle meldingen" leads (http(s) or relative). */
  declare inboxUrl: string | undefined;
  /** Whether the panel is open. */
  declare open: boolean;
  /** A notification source to use instead of the store for `endpoint` (tests, custom transports). */
  declare source: NotificationSource | undefined;
  /** Bearer token passed to the store. A property only, never an attribute. */
  declare token: string | undefined;
  /**
   * Where "Aanmelden" leads when the session expired (http(s) or relative); inside a `loket-header`, its
   * `login-url` by default. Fires the cancelable `loket-login` first, as the header does.
   */
  declare loginUrl: string | undefined;
  declare protected announcement: string;
  declare protected expanded: ReadonlySet<string>;

  readonly #data = new SourceController(this, (...change) => this.#onSnapshot(...change));
  /** Newest createdAt shown when the panel opened: newer arrivals wait behind "N nieuwe meldingen". */
  #frozenAt: number | undefined;
  #baseline: number | undefined;
  #newestSeen = Number.NEGATIVE_INFINITY;
  #groupCache: { items: readonly LoketNotification[]; skip: number; groups: Group[] } | undefined;

  constructor() {
    super();
    this.open = false;
    this.announcement = '';
    this.expanded = new Set();
    new PopupController(this, {
      isOpen: () => this.open,
      close: () => this.hide(false),
      popup: () => this.renderRoot.querySelector<HTMLElement>('.panel'),
      trigger: () => this.#bell,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // WebKit gives shadow trees whose style sheets have the same text one style resolver, and keeps it after
    // the last of them is gone; a window resized in between leaves its media queries (the phone layout of
    // the panel) with the old answers. A rule of this connection's own makes a resolver for now.
    adoptStyles(this.renderRoot as ShadowRoot, [...LoketNotifications.elementStyles, unsafeCSS(`:host{--_c:${(connections += 1)}}`)]);
  }

  #onSnapshot(snap: NotificationSnapshot, source: NotificationSource, fresh: boolean, refused: boolean): void {
    if (fresh) {
      this.#baseline = undefined;
      void source.load('all');
    }
    const t = this.localize.t;
    const newest = snap.items[0]?.createdAtMs ?? Number.NEGATIVE_INFINITY;
    let arrived = 0;
    for (const item of snap.items) {
      if (item.createdAtMs <= this.#newestSeen) break;
      arrived += 1;
    }
    const settled = snap.pages.all.status === 'ready';
    if (this.#baseline === undefined) {
      if (settled) this.#baseline = snap.unreadCount;
    } else if (snap.unreadCount !== this.#baseline) {
      const prefix = arrived && this.#newestSeen !== Number.NEGATIVE_INFINITY ? `${counted(this.localize, t.notifications.arrived, arrived)} ` : '';
      this.announcement = prefix + counted(this.localize, t.notifications.announce, snap.unreadCount);
      this.#baseline = snap.unreadCount;
    }
    if (settled || snap.items.length) this.#newestSeen = Math.max(this.#newestSeen, newest);
    // With the panel open its alert says it; said here too it would be heard twice.
    if (refused && snap.lastActionError && !this.open) this.announcement = actionErrorText(t, snap.lastActionError.action);
    if (this.open && this.#frozenAt === undefined && settled) this.#frozenAt = newest;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) {
        const snap = this.#data.snapshot;
        this.#frozenAt = snap && (snap.pages.all.status === 'ready' || snap.items.length) ? (snap.items[0]?.createdAtMs ?? Number.NEGATIVE_INFINITY) : undefined;
        if (snap?.pages.all.status === 'idle') void this.#data.current?.load('all');
      } else {
        this.#frozenAt = undefined;
      }
    }
  }

  get #bell(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.bell');
  }

  /** Moves focus to the bell. */
  override focus(options?: FocusOptions): void {
    this.#bell?.focus(options);
  }

  /** Opens the panel. */
  show(): void {
    this.open = true;
  }

  /**
   * Closes the panel.
   * @param {boolean} [returnFocus=false] - Also moves focus back to the bell.
   */
  hide(returnFocus = false): void {
    this.open = false;
    if (returnFocus) this.focus();
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.hide(true);
    }
  };

  #toggle(): void {
    this.open = !this.open;
  }

  /**
   * Keeps a control reached with the keyboard clear of the sticky title and footer (the panel's
   * scroll-padding): Firefox leaves one that is partly in view where it is, under the footer. Not for a
   * click: the item would move away under the pointer.
   */
  readonly #keepClear = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (target.matches(':focus-visible')) target.scrollIntoView({ block: 'nearest' });
  };

  #toggleGroup(id: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  async #revealNew(): Promise<void> {
    this.#frozenAt = this.#data.snapshot?.items[0]?.createdAtMs;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.item')?.focus();
  }

  #markAll(): void {
    if (this.#data.snapshot?.unreadCount) void this.#data.current?.markAllRead();
  }

  async #retry(): Promise<void> {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    await this.#data.current?.retry();
  }

  #dismissError(): void {
    this.#data.current?.clearActionError();
    (this.renderRoot.querySelector<HTMLElement>('.mark-all') ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus();
  }

  #groups(items: readonly LoketNotification[], skip: number): Group[] {
    const cache = this.#groupCache;
    if (cache && cache.items === items && cache.skip === skip) return cache.groups;
    const groups = groupBySender(skip ? items.slice(skip) : items);
    this.#groupCache = { items, skip, groups };
    return groups;
  }

  #renderItem(item: LoketNotification): TemplateResult {
    const t = this.localize.t.notifications;
    const unread = item.readAt === null;
    const content = html`${unread ? html`<span class="dot" aria-hidden="true"></span><span class="vh">${t.unread}: </span>` : nothing}
      <span class="text">
        <span class="title">${item.title}</span>
        <span class="meta"
          ><span class="sender">${item.sender.name}</span>
          <time datetime=${item.createdAt}>${formatRelative(item.createdAt, new Date(), this.localize.t)}</time></span
        >
        ${item.actionRequired ? html`<span class="pill">${t.actionRequired}</span>` : nothing}
      </span>`;
    const onClick = (event: MouseEvent) => openNotification(this, this.#data.current, item, event);
    const url = safeUrl(item.url);
    const cls = `item${unread ? ' unread' : ''}`;
    return url
      ? html`<a class=${cls} href=${url} @click=${onClick}>${content}</a>`
      : html`<button class=${cls} type="button" @click=${onClick}>${content}</button>`;
  }

  #renderGroups(items: readonly LoketNotification[], skip: number): TemplateResult {
    const t = this.localize.t.notifications;
    const groups = this.#groups(items, skip);
    return html`<ul class="groups" aria-labelledby="title">
      ${groups.map((group, index) => {
        const [first, ...older] = group.items;
        const open = this.expanded.has(group.sender.id);
        const id = `older-${index}`;
        return html`<li class="group">
          ${this.#renderItem(first)}
          ${older.length
            ? html`<button class="more" type="button" aria-expanded=${open} aria-controls=${id} aria-describedby="${id}s" @click=${() => this.#toggleGroup(group.sender.id)}>
                  <span class="chevron" aria-hidden="true"></span>${counted(this.localize, t.older, older.length)}
                </button>
                <span id="${id}s" hidden>${group.sender.name}</span>
                <ul class="older" id=${id} ?hidden=${!open}>
                  ${open ? older.slice(0, MAX_OLDER).map((item) => html`<li>${this.#renderItem(item)}</li>`) : nothing}
                </ul>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  #renderPanel(snap: NotificationSnapshot | undefined): TemplateResult {
    const t = this.localize.t;
    const tn = t.notifications;
    const items = snap?.items ?? [];
    const page = snap?.pages.all;
    const frozen = this.#frozenAt;
    let skip = 0;
    if (frozen !== undefined) while (skip < items.length && items[skip].createdAtMs > frozen) skip += 1;
    const shown = items.length - skip;
    const inbox = safeUrl(this.inboxUrl);
    const loading = !page || page.status === 'idle' || (page.status === 'loading' && !shown);
    const failed = page?.status === 'error';
    return html`
      <div class="head">
        <h2 id="title" tabindex="-1">${tn.title}</h2>
        ${shown
          ? html`<button class="mark-all link" type="button" aria-disabled=${!snap?.unreadCount} @click=${this.#markAll}>${tn.markAllRead}</button>`
          : nothing}
      </div>
      ${renderNotices(t, snap, this.localize, this.#dismissError)}
      ${failed ? renderLoadError(this, t, page.error, this.#retry, this.#data.loginUrl) : nothing}
      ${skip
        ? html`<button class="new-items" type="button" @click=${this.#revealNew}>${counted(this.localize, tn.newItems, skip)}</button>`
        : nothing}
      ${shown
        ? this.#renderGroups(items, skip)
        : loading
          ? html`<p class="state" role="status">${tn.loading}</p>`
          : failed
            ? nothing
            : html`<p class="state">${tn.empty}</p>`}
      ${inbox ? html`<div class="foot"><a class="all" href=${inbox}>${tn.viewAll}</a></div>` : nothing}
    `;
  }

  protected override render() {
    const t = this.localize.t.notifications;
    const snap = this.#data.snapshot;
    const count = snap?.unreadCount ?? 0;
    const formatted = this.localize.number(count);
    return html`
      <div class="wrap" @keydown=${this.#onKeydown}>
        <button
          class="bell"
          part="bell"
          type="button"
          aria-expanded=${this.open}
          aria-controls="panel"
          aria-label=${t.label(count, formatted)}
          @click=${this.#toggle}
        >
          ${BELL}
        </button>
        ${count ? html`<span class="badge" part="badge" aria-hidden="true">${count > 99 ? '99+' : formatted}</span>` : nothing}
        <div class="panel" id="panel" part="panel" tabindex="-1" ?hidden=${!this.open} @focusin=${this.#keepClear} aria-labelledby=${this.open ? 'title' : nothing} role=${this.open ? 'region' : nothing}>
          ${this.open ? this.#renderPanel(snap) : nothing}
        </div>
        <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-notifications': LoketNotifications;
  }
}
