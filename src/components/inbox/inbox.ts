import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import type { LoketNotification, NotificationFilter, NotificationSnapshot, NotificationSource } from '../../data/types.js';
import { LoketElement } from '../../internal/loket-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { Virtualizer } from '../../internal/virtualizer.js';
import { componentStyles } from '../../styles/shared.js';
import { SourceController, counted, openNotification, renderLoadError, renderNotices } from '../notifications/source-controller.js';
import { inboxStyles } from './inbox.styles.js';
import { inbox, notifications } from '../../i18n/nl.js';
import { formatRelative } from '../../internal/format.js';

const FILTERS: readonly NotificationFilter[] = ['all', 'unread', 'action'];

/**
 * @summary The full notification page: filters (all / unread / action required), mark read or unread,
 * mark all read, cursor pagination as the reader scrolls, and a virtualized list that stays fast with
 * 10,000 notifications while the keyboard still reaches every one.
 *
 * @tagname loket-inbox
 *
 * @csspart filters - The filter tabs.
 * @csspart list - The scrolling list.
 *
 * @cssprop --loket-inbox-height - Height of the scrolling list (default `min(70vh, 48rem)`).
 *
 * @event {LoketNotificationOpenEvent} loket-notification-open - The reader opened a notification (it is already marked read).
 * Cancelable: the default action follows its `url`. `detail: { notification, url }`.
 * @event {LoketLoginEvent} loket-login - "Aanmelden" was chosen after the session expired (only with a login URL).
 * Cancelable; default: go to the login URL. `detail: { url }`.
 */
export class LoketInbox extends LoketElement {
  static override styles = [componentStyles, inboxStyles];

  static override messages = { inbox, notifications };

  static override properties = {
    endpoint: { attribute: 'endpoint' },
    filter: { reflect: true, attribute: 'filter' },
    source: { attribute: false },
    token: { attribute: false },
    loginUrl: { attribute: 'login-url' },
    scrollY: { state: true },
    focusIndex: { state: true },
    announcement: { state: true },
  };

  /** Base URL of the Notification protocol v1 endpoint; the shared store for it is used. */
  declare endpoint: string | undefined;
  /** The active filter: `all`, `unread` or `action` (action required). */
  declare filter: NotificationFilter;
  /** A notification source to use instead of the store for `endpoint` (tests, custom transports). */
  declare source: NotificationSource | undefined;
  /** Bearer token passed to the store. A property only, never an attribute. */
  declare token: string | undefined;
  /**
   * Where "Aanmelden" leads when the session expired (http(s) or relative); inside a `loket-header`, its
   * `login-url` by default. Fires the cancelable `loket-login` first, as the header does.
   */
  declare loginUrl: string | undefined;
  declare protected scrollY: number;
  declare protected focusIndex: number;
  declare protected announcement: string;

  readonly #data = new SourceController(this, (_snap, source, fresh, refused) => {
    if (fresh) void source.load(this.#currentFilter);
    // A row read elsewhere (the bell, another tab) while the reader is on it stays in the unread
    // filter, as one read here does: focus is not lost to the page.
    const key = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('.row')?.dataset.key;
    if (key && this.#currentFilter === 'unread' && !this.#keep.has(key)) this.#keep = new Set(this.#keep).add(key);
    // A refused action: the alert says so, and "Gemarkeerd als gelezen" must not stand beside it.
    if (refused) this.announcement = '';
  });
  readonly #list = new Virtualizer<LoketNotification>((item) => item.id, { estimate: 112, overscan: 5 });
  #viewportHeight = 600;
  /** Items read while the "unread" filter is on stay until the filter changes, so the list does not jump. */
  #keep = new Set<string>();
  #cache: { items: readonly LoketNotification[]; filter: NotificationFilter; keep: number; out: readonly LoketNotification[] } | undefined;
  #resizeObserver: ResizeObserver | undefined;
  /** What the ResizeObserver watches: the viewport and the rows on screen, no row that has left. */
  #observed = new Set<Element>();
  #intersection: IntersectionObserver | undefined;
  #sentinel: Element | undefined;
  #sentinelVisible = false;
  #frame = 0;
  /** The rows on screen, by key, and what the last render put in the window: the list, its indexes, aria-setsize. */
  #rows = new Map<string, HTMLElement>();
  /** What each row was last rendered from (#placeRows). */
  #shown = new WeakMap<HTMLElement, unknown[]>();
  #window: [readonly LoketNotification[], number[], number] = [[], [], 0];
  /** Printing (or print media emulated): every loaded row is rendered, not only the window on screen. */
  #printing = false;
  #printMedia: MediaQueryList | undefined;

  constructor() {
    super();
    this.filter = 'all';
    this.scrollY = 0;
    this.focusIndex = 0;
    this.announcement = '';
  }

  get #currentFilter(): NotificationFilter {
    return FILTERS.includes(this.filter) ? this.filter : 'all';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') this.#resizeObserver ??= new ResizeObserver((entries) => this.#onResize(entries));
    this.#watchPrint(true);
    // Moved: observe the rendered rows again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observed.clear();
    this.#intersection?.disconnect();
    this.#intersection = undefined;
    this.#sentinel = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#watchPrint(false);
  }

  /**
   * Paper gets every loaded row, not the few a screen shows. The update requested here runs in the
   * microtask after `beforeprint`, before the browser lays the page out for print.
   */
  #watchPrint(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    const view = this.ownerDocument.defaultView;
    this.#printMedia ??= view?.matchMedia('print');
    view?.[method]('beforeprint', this.#onPrint);
    view?.[method]('afterprint', this.#onPrint);
    this.#printMedia?.[method]('change', this.#onPrint);
  }

  readonly #onPrint = (event: Event): void => {
    // `afterprint` has no `matches`; a print media query's `change` has. A print brings both events each
    // way: the second one changes nothing.
    const printing = event.type === 'beforeprint' || !!(event as MediaQueryListEvent).matches;
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter') && changed.get('filter') !== undefined) {
      this.#keep = new Set();
      this.scrollY = 0;
      this.focusIndex = 0;
      const viewport = this.#viewport;
      if (viewport) viewport.scrollTop = 0;
      void this.#data.current?.load(this.#currentFilter);
    }
  }

  protected override updated(): void {
    this.#placeRows();
    const viewport = this.#viewport;
    const observer = this.#resizeObserver;
    if (viewport && observer) {
      const now = new Set<Element>([viewport, ...this.#rows.values()]);
      for (const el of this.#observed) if (!now.has(el)) observer.unobserve(el);
      for (const el of now) if (!this.#observed.has(el)) observer.observe(el);
      this.#observed = now;
    }
    const sentinel = this.renderRoot.querySelector('.sentinel') ?? undefined;
    if (sentinel !== this.#sentinel) {
      this.#intersection?.disconnect();
      this.#sentinel = sentinel;
      this.#sentinelVisible = false;
      if (sentinel && viewport && typeof IntersectionObserver !== 'undefined') {
        this.#intersection = new IntersectionObserver(
          (entries) => {
            this.#sentinelVisible = entries.some((e) => e.isIntersecting);
            if (this.#sentinelVisible) this.#maybeLoadMore();
          },
          { root: viewport, rootMargin: '0px 0px 600px 0px' },
        );
        this.#intersection.observe(sentinel);
      }
    }
    if (this.#sentinelVisible) this.#maybeLoadMore();
  }

  get #viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  #maybeLoadMore(): void {
    const snap = this.#data.snapshot;
    const page = snap?.pages[this.#currentFilter];
    if (page && page.status === 'ready' && !page.complete) void this.#data.current?.loadMore(this.#currentFilter);
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    let changed = false;
    let anchorShift = 0;
    // The row that stays put: the focused one when it is in view, else the first one in view.
    const list = this.#list;
    const focused = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('.row');
    const index = Number(focused?.dataset.index);
    const top = list.offset(index) - this.scrollY;
    const focusIn = !!focused && top < this.#viewportHeight && top + list.size(index) > 0;
    const anchor = focusIn ? index : list.indexAt(this.scrollY);
    for (const entry of entries) {
      const target = entry.target as HTMLElement;
      if (target.classList.contains('viewport')) {
        const height = entry.contentRect.height;
        if (height && height !== this.#viewportHeight) {
          this.#viewportHeight = height;
          changed = true;
        }
        continue;
      }
      const key = target.dataset.key;
      if (!key || !target.isConnected) continue;
      const size = entry.borderBoxSize?.[0]?.blockSize ?? target.getBoundingClientRect().height;
      const grew = list.setSize(key, size);
      if (grew) {
        changed = true;
        if (Number(target.dataset.index) < anchor) anchorShift += grew;
      }
    }
    if (!changed) return;
    // The rows on screen move to their measured places now, in this frame. New rows wait for the next
    // frame: rendered inside this delivery, they would be observed in it, which ends in a "ResizeObserver
    // loop" error (WebKit).
    this.#moveRows();
    const viewport = this.#viewport;
    if (viewport) {
      // Rows above the anchor changed height: keep what the reader sees where it was.
      viewport.scrollTop += anchorShift;
      // A focused row that grew stays whole in view.
      if (focusIn) viewport.scrollTop = list.scrollFor(anchor, viewport.scrollTop, viewport.clientHeight);
    }
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.scrollY = this.#viewport?.scrollTop ?? this.scrollY;
        this.requestUpdate();
      });
    }
  }

  readonly #onScroll = (event: Event): void => {
    this.scrollY = (event.currentTarget as HTMLElement).scrollTop;
  };

  #filtered(snap: NotificationSnapshot | undefined): readonly LoketNotification[] {
    const items = snap?.items ?? [];
    const filter = this.#currentFilter;
    const cache = this.#cache;
    if (cache && cache.items === items && cache.filter === filter && cache.keep === this.#keep.size) return cache.out;
    const keep = this.#keep;
    const out =
      filter === 'all'
        ? items
        : filter === 'unread'
          ? items.filter((i) => i.readAt === null || keep.has(i.id))
          : items.filter((i) => i.actionRequired);
    this.#cache = { items, filter, keep: keep.size, out };
    return out;
  }

  // ------------------------------------------------------------------ actions

  #select(filter: NotificationFilter, focus = false): void {
    this.filter = filter;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${filter}`)?.focus());
  }

  readonly #onTabKeydown = (event: KeyboardEvent): void => {
    const i = FILTERS.indexOf(this.#currentFilter);
    // Three filters: two steps forward is one back.
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i + 2, ArrowUp: i + 2, Home: 0, End: 2 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#select(FILTERS[next % 3], true);
  };

  #toggleRead(item: LoketNotification): void {
    const t = this.localize.t.inbox;
    const source = this.#data.current;
    if (!source) return;
    if (item.readAt === null) {
      if (this.#currentFilter === 'unread') {
        this.#keep = new Set(this.#keep).add(item.id);
      }
      void source.markRead(item.id);
      this.#say(t.markedRead);
    } else {
      void source.markUnread(item.id);
      this.#say(t.markedUnread);
    }
  }

  /** Puts text in the live region; the same text again differs by a no-break space, or nothing would be announced. */
  #say(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  #markAll(): void {
    const snap = this.#data.snapshot;
    if (!snap?.unreadCount) return;
    if (this.#currentFilter === 'unread') {
      const keep = new Set(this.#keep);
      for (const item of snap.items) if (item.readAt === null) keep.add(item.id);
      this.#keep = keep;
    }
    const source = this.#data.current;
    if (!source) return;
    void source.markAllRead();
    // Said here too: the bell's region may not be on the page.
    const left = source.snapshot.unreadCount;
    this.#say(counted(this.localize, this.localize.t.notifications.announce, left));
  }

  async #retry(): Promise<void> {
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.#currentFilter}`)?.focus();
    await this.#data.current?.retry();
  }

  #dismissError(): void {
    this.#data.current?.clearActionError();
    this.renderRoot.querySelector<HTMLElement>('.mark-all')?.focus();
  }

  /** Scrolls row `index` into view, renders it and focuses it. Public for tests and host pages. */
  async focusRow(index: number): Promise<void> {
    const rows = this.#filtered(this.#data.snapshot);
    if (!rows.length) return;
    index = Math.max(0, Math.min(rows.length - 1, index));
    const viewport = this.#viewport;
    this.focusIndex = index;
    if (viewport) {
      const top = this.#list.scrollFor(index, viewport.scrollTop, viewport.clientHeight || this.#viewportHeight);
      if (top !== viewport.scrollTop) viewport.scrollTop = top;
      this.scrollY = viewport.scrollTop;
    }
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`.row[data-index="${index}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
    if (index === rows.length - 1) this.#maybeLoadMore();
  }

  readonly #onListKeydown = (event: KeyboardEvent): void => {
    const row = event.target as HTMLElement;
    // The feed pattern's way out: Ctrl+Home to what comes before the list (the filter), Ctrl+End to what comes after it.
    if (event.ctrlKey && (event.key === 'Home' || event.key === 'End')) {
      event.preventDefault();
      return this.renderRoot.querySelector<HTMLElement>(event.key === 'Home' ? `#tab-${this.#currentFilter}` : '.load-more, .end, .results > .state')?.focus();
    }
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor((this.#viewport?.clientHeight ?? this.#viewportHeight) / this.#list.estimate));
    const next = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: this.#filtered(this.#data.snapshot).length - 1,
    }[event.key];
    if (next === undefined || !row.classList?.contains('row') || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    void this.focusRow(next);
  };

  readonly #onListFocusin = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest?.('.row') as HTMLElement | null;
    if (row) this.focusIndex = Number(row.dataset.index);
  };

  // ------------------------------------------------------------------ render

  /**
   * Puts the window's rows in the feed in order. A row keeps its element while it stays in the window
   * (focus and its measured height stay with it): rows that left are removed first, so one that stays is
   * never moved.
   */
  #placeRows(): void {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!canvas) return;
    const [rows, indexes, setSize] = this.#window;
    const next = new Map<string, HTMLElement>();
    // What a row shows depends on these alone: a row whose inputs did not change is left as it is.
    const day = this.#data.day;
    for (const index of indexes) {
      const item = rows[index];
      const row = this.#rows.get(item.id) ?? this.ownerDocument.createElement('article');
      next.set(item.id, row);
      const inputs = [item, index, index === this.focusIndex, setSize, this.localize.t, day];
      const shown = this.#shown.get(row);
      if (shown?.every((value, i) => value === inputs[i])) continue;
      this.#shown.set(row, inputs);
      const attributes = {
        class: `row${item.readAt === null ? ' unread' : ''}`,
        'data-index': index,
        'data-key': item.id,
        tabindex: index === this.focusIndex ? 0 : -1,
        'aria-posinset': index + 1,
        'aria-setsize': setSize,
        'aria-labelledby': `r${index}`,
      };
      for (const [name, value] of Object.entries(attributes)) row.setAttribute(name, String(value));
      render(this.#renderRow(item, index), row);
    }
    for (const [key, row] of this.#rows) if (!next.has(key)) row.remove();
    let at = canvas.firstElementChild;
    for (const row of next.values()) {
      if (row === at) at = row.nextElementSibling;
      else canvas.insertBefore(row, at);
    }
    this.#rows = next;
    this.#moveRows(canvas);
  }

  /**
   * Puts the rows at their offsets (measured heights, else the estimate) and sizes the canvas to the whole
   * list, through the `style` property (CSSOM), which a strict Content-Security-Policy without
   * 'unsafe-inline' allows; a `style` attribute would be blocked.
   */
  #moveRows(canvas = this.renderRoot.querySelector<HTMLElement>('.canvas')): void {
    if (!canvas) return;
    canvas.style.height = `${this.#list.total}px`;
    for (const row of this.#rows.values()) row.style.transform = `translateY(${this.#list.offset(Number(row.dataset.index))}px)`;
  }

  /** What a row holds. */
  #renderRow(item: LoketNotification, index: number): TemplateResult {
    const t = this.localize.t;
    const unread = item.readAt === null;
    const url = safeUrl(item.url);
    const open = (event: MouseEvent) => openNotification(this, this.#data.current, item, event);
    const id = `r${index}`;
    return html`${unread ? html`<span class="dot" aria-hidden="true"></span>` : html`<span class="nodot"></span>`}
      <div class="text">
        <div class="title" id=${id}>
          ${unread ? html`<span class="vh">${t.notifications.unread}: </span>` : nothing}${url
            ? html`<a href=${url} @click=${open}>${item.title}</a>`
            : html`<button class="open" type="button" @click=${open}>${item.title}</button>`}
        </div>
        ${item.body ? html`<p class="body">${item.body}</p>` : nothing}
        <div class="meta">
          <span class="sender">${item.sender.name}</span>
          <time datetime=${item.createdAt}>${formatRelative(item.createdAt, new Date(), this.localize.t)}</time>
          ${item.dossier ? html`<span>${item.dossier.label}</span>` : nothing}
        </div>
        ${item.actionRequired ? html`<span class="pill">${t.notifications.actionRequired}</span>` : nothing}
      </div>
      <button class="link toggle" type="button" aria-describedby=${id} @click=${() => this.#toggleRead(item)}>
        ${unread ? t.inbox.markRead : t.inbox.markUnread}
      </button>`;
  }

  #renderList(rows: readonly LoketNotification[], complete: boolean, busy: boolean): TemplateResult {
    const t = this.localize.t.inbox;
    this.#list.setItems(rows);
    const [start, end] = this.#list.range(this.scrollY, this.#viewportHeight);
    const focus = Math.min(this.focusIndex, rows.length - 1);
    const indexes: number[] = [];
    if (this.#printing) for (let i = 0; i < rows.length; i += 1) indexes.push(i);
    else {
      if (focus < start) indexes.push(focus);
      for (let i = start; i < end; i += 1) indexes.push(i);
      if (focus >= end) indexes.push(focus);
    }
    this.#window = [rows, indexes, complete ? rows.length : -1];
    return html`<div class="viewport" part="list" tabindex="-1" @scroll=${this.#onScroll}>
        <div
          class="canvas"
          role="feed"
          aria-label=${t.list}
          aria-describedby="kbd"
          aria-busy=${busy}
          @keydown=${this.#onListKeydown}
          @focusin=${this.#onListFocusin}
        ></div>
        ${complete
          ? html`<p class="state end" tabindex="-1">${t.end}</p>`
          : // On paper, a list that goes on says where it stops: printing does not load the rest.
            this.#printing
            ? html`<p class="state">${counted(this.localize, t.printedPart, rows.length)}</p>`
            : html`<div class="sentinel"></div>`}
      </div>
      <p class="vh" id="kbd">${t.keyboard}</p>`;
  }

  protected override render() {
    const t = this.localize.t;
    const snap = this.#data.snapshot;
    const filter = this.#currentFilter;
    const page = snap?.pages[filter];
    const rows = this.#filtered(snap);
    const count = snap?.unreadCount ?? 0;
    const loading = !page || page.status === 'idle' || page.status === 'loading';
    const failed = page?.status === 'error';
    const complete = !!page?.complete;
    if (this.focusIndex >= rows.length && rows.length) this.focusIndex = rows.length - 1;
    return html`
      <div class="bar">
        <div class="tabs" role="tablist" aria-label=${t.inbox.filters} part="filters" @keydown=${this.#onTabKeydown}>
          ${FILTERS.map(
            (f) => html`<button
              role="tab"
              type="button"
              id="tab-${f}"
              aria-selected=${f === filter}
              aria-controls="results"
              tabindex=${f === filter ? 0 : -1}
              @click=${() => this.#select(f)}
            >
              ${t.inbox.filter[f]}
            </button>`,
          )}
        </div>
        <div class="tools">
          ${rows.length || page?.status === 'ready' ? html`<span class="summary">${counted(this.localize, t.inbox.summary, count)}</span>` : nothing}
          <button class="link mark-all" type="button" aria-disabled=${!count} @click=${this.#markAll}>
            ${t.notifications.markAllRead}
          </button>
        </div>
      </div>
      <div class="results" id="results" role="tabpanel" aria-labelledby="tab-${filter}">
        ${renderNotices(t, snap, this.localize, this.#dismissError)}
        ${rows.length ? this.#renderList(rows, complete, loading) : nothing}
        ${failed
          ? renderLoadError(this, t, page.error, this.#retry, this.#data.loginUrl)
          : rows.length
            ? loading
              ? html`<p class="state" role="status" tabindex="-1">${t.inbox.loadingMore}</p>`
              : nothing
            : // Loading and empty take the list's place at its height: the page does not move when the items arrive.
              html`<div class="viewport">
                ${loading
                  ? html`<p class="state" role="status" tabindex="-1">${t.notifications.loading}</p>`
                  : html`<p class="state">${t.inbox.empty[filter]}</p>`}
              </div>`}
        ${rows.length && !complete && !failed
          ? html`<div class="more">
              <button class="action load-more" type="button" aria-disabled=${loading} @click=${() => this.#maybeLoadMore()}>
                ${t.inbox.loadMore}
              </button>
            </div>`
          : nothing}
      </div>
      <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-inbox': LoketInbox;
  }
}
