import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketElement } from '../../internal/loket-element.js';
import { LoketEvent, emit } from '../../internal/events.js';
import { LoketButton } from '../button/button.js';
import { LoketAlert } from '../alert/alert.js';
import type { Locale } from '../../i18n/index.js';
import { componentStyles } from '../../styles/shared.js';
import { feedbackStyles } from './feedback.styles.js';
import { feedback } from '../../i18n/nl.js';
import { safeUrl } from '../../internal/safe-url.js';

export type FeedbackPlacement = 'inline' | 'fixed';
type State = 'idle' | 'invalid' | 'sending' | 'failed' | 'sent';
type Failure = 'failed' | 'timeout' | 'rateLimited' | 'rejected';

/** The JSON body POSTed to `endpoint` (the feedback protocol, plus `id` and `website`). */
export interface FeedbackPayload {
  /** Idempotency key made by the browser: a retry of the same answers carries the same id, so the server stores it once. */
  id: string;
  rating: number;
  /** Trimmed, at most 2,000 characters; may be empty. */
  comment: string;
  /** `location` without query string and fragment. */
  page: string;
  lang: Locale;
  context?: string;
  /** The honeypot's value; only present when something (a bot) filled it in. Servers discard such feedback. */
  website?: string;
}

/** Longest comment, in UTF-16 code units (what `maxlength` counts). */
export const FEEDBACK_MAX = 2000;
const TIMEOUT = 10000;
/** What `context` may be: it tags the service in the counter's statistics. */
const CONTEXT = /^[a-z0-9-]{1,100}$/;

/** Drafts that sessionStorage could not take (blocked or full), by key: the page's buttons for one endpoint and context still share them. */
const drafts = new Map<string, { rating: number; comment: string; id: string }>();

const uid = (): string => crypto.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(2);

/**
 * @summary The standing feedback option of a digital service: a "Geef feedback" button that opens a modal
 * dialog with a 1–5 satisfaction rating, an optional comment and "Verstuur". What was typed is never lost:
 * a draft is kept in sessionStorage until it is sent, a failed send keeps everything and offers a retry.
 *
 * @tagname loket-feedback
 *
 * @csspart trigger - The "Geef feedback" button (a `loket-button`).
 * @csspart dialog - The `<dialog>`.
 * @csspart failure - The message after a failed send (a `loket-alert`, variant error).
 *
 * @event {LoketEvent<FeedbackPayload>} loket-feedback-submit - Before sending; `detail` is the body, frozen (what is sent cannot be
 *   changed here). Cancelable: `preventDefault()` sends nothing and leaves the dialog as it is (to send it yourself).
 * @event {LoketEvent<FeedbackPayload>} loket-feedback-sent - After the server accepted it (2xx); `detail` is the body that was sent (frozen).
 */
export class LoketFeedback extends LoketElement {
  static override styles = [componentStyles, feedbackStyles];
  static override dependencies = { 'loket-button': LoketButton, 'loket-alert': LoketAlert };

  static override messages = { feedback };

  static override properties = {
    endpoint: {},
    context: {},
    placement: { reflect: true },
    state: { state: true },
    rating: { state: true },
    comment: { state: true },
    failure: { state: true },
    tucked: { state: true },
  };

  /** URL the feedback is POSTed to (JSON, same-origin credentials). Required: without it nothing is sent. */
  declare endpoint: string;
  /** Tags the service, e.g. "dienstencheques-bestellen" (lowercase letters, digits and hyphens, at most 100; otherwise left out, with a console warning). */
  declare context: string | undefined;
  /**
   * `inline` in the flow of the page, or `fixed` at the bottom-right of the viewport. A fixed button moves
   * aside (a small tab stays) while the focused element would be under it, and at the end of the page
   * (where nothing can be scrolled out from under it) while text or a control is under it. Give the page
   * some `scroll-padding-bottom` so that focused elements are not scrolled under it in the first place.
   */
  declare placement: FeedbackPlacement;
  declare private state: State;
  declare private rating: number;
  declare private comment: string;
  declare private failure: Failure | undefined;
  declare private tucked: boolean;
  #idem = '';
  /** Sent while the dialog was closed: the thanks has not been seen yet. */
  #unseen = false;
  #left: number | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.placement = 'inline';
    this.state = 'idle';
    this.rating = 0;
    this.comment = '';
    this.tucked = false;
  }

  /**
   * Where the draft is kept: per endpoint and service (`context`), which may span pages; without a context
   * per page, since the feedback is sent as about the page it is sent from.
   */
  get #key(): string {
    return `loket-feedback:${this.endpoint}#${this.context || globalThis.location?.pathname}`;
  }

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchFocus(this.placement === 'fixed');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchFocus(false);
    // Out of the page a modal dialog stops being modal but stays open: back in the page (moved, a route shown again) it
    // would sit in the flow, without focus trap or Escape, and show() could not make it modal again. The draft stays.
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('placement') && this.isConnected) this.#watchFocus(this.placement === 'fixed');
  }

  /**
   * Focus moves, scrolling (of the page or any scroller) and resizing can each put the focused element
   * under a fixed button. Focus moving within one shadow root (a bell's panel) sends the document no
   * focusin, and scrolling there no scroll event; the keys that did it still reach the document. The
   * page growing or shrinking (content loaded later) moves its end.
   */
  #watchFocus(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    const doc = this.ownerDocument;
    doc[method]('keyup', this.#checkFocus);
    doc[method]('focusin', this.#checkFocus);
    doc[method]('focusout', this.#checkFocus);
    doc[method]('scroll', this.#checkFocus, { capture: true, passive: true });
    doc.defaultView?.[method]('resize', this.#checkFocus, { passive: true });
    this.#resized?.disconnect();
    this.#resized = undefined;
    if (on) {
      this.#resized = new ResizeObserver(this.#checkFocus);
      this.#resized.observe(doc.documentElement);
    } else {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.tucked = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A draft lives in the reader's browser: a server renders the form empty.
    if (!isServer && (changed.has('endpoint') || changed.has('context'))) this.#restore();
  }

  /** Takes the latest draft for this endpoint and context, which another button on the page may have changed. */
  #restore(): void {
    let draft = drafts.get(this.#key);
    try {
      draft ??= JSON.parse(sessionStorage.getItem(this.#key) ?? '{}');
    } catch {
      /* no storage or a broken draft: start empty */
    }
    this.rating = draft && Number.isInteger(draft.rating) && draft.rating >= 1 && draft.rating <= 5 ? draft.rating : 0;
    this.comment = String(draft?.comment ?? '').slice(0, FEEDBACK_MAX);
    this.#idem = String(draft?.id ?? '');
  }

  #save(key = this.#key, draft = { rating: this.rating, comment: this.comment, id: this.#idem }): void {
    drafts.delete(key);
    try {
      if (draft.rating || draft.comment) sessionStorage.setItem(key, JSON.stringify(draft));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage full or blocked: the answers stay in memory.
      drafts.set(key, draft);
    }
  }

  #frame = 0;
  #resized: ResizeObserver | undefined;

  /**
   * A fixed button gets out of the way of the focused element (WCAG 2.2 2.4.11 Focus Not Obscured), and
   * of the page's last content (WCAG 1.4.10: text under it at the end of the page could not be read
   * anywhere). Checked once per frame after any focus, scroll or resize event. The host keeps the
   * button's home position (only the button slides), so the check does not flip-flop.
   */
  readonly #checkFocus = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const doc = this.ownerDocument;
      const b = this.getBoundingClientRect();
      // The focused element, through shadow roots; focus on the button itself needs no tucking.
      let focused = doc.activeElement;
      while (focused !== this && focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      if (focused === this) {
        this.tucked = false;
        return;
      }
      const a = focused && focused !== doc.body ? focused.getBoundingClientRect() : undefined;
      const page = doc.scrollingElement ?? doc.documentElement;
      this.tucked =
        (!!a && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) ||
        (page.scrollTop + page.clientHeight >= page.scrollHeight - 2 && this.#covers(b));
    });
  };

  /** Whether text, a control or an image of the page is under the button's home position (three points on its diagonal). */
  #covers(b: DOMRect): boolean {
    const doc = this.ownerDocument;
    const range = doc.createRange();
    return [0.1, 0.5, 0.9].some((f) => {
      const x = b.left + b.width * f;
      const y = b.top + b.height * f;
      // The topmost element under the button (the host lets points through except on the button).
      const under = doc.elementsFromPoint(x, y).find((e) => e !== this);
      return (
        !!under &&
        under !== doc.body &&
        under !== doc.documentElement &&
        (!!under.shadowRoot ||
          under.matches('a,button,input,select,textarea,label,img,svg,video,canvas,iframe,[tabindex]') ||
          [...under.childNodes].some((node) => {
            if (node.nodeType !== Node.TEXT_NODE) return false;
            range.selectNodeContents(node);
            return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
          }))
      );
    });
  }

  /** Opens the dialog and moves focus into it. */
  async show(): Promise<void> {
    // Sent after the reader closed the dialog (while it was sending): the thanks is shown once, not an empty form.
    if (this.state === 'sent' && !this.#unseen) this.state = 'idle';
    this.#unseen = false;
    if (this.state !== 'sending') this.#restore();
    await this.updateComplete;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#focusStart();
  }

  /** Closes the dialog and returns focus to the button; the draft is kept. */
  hide(): void {
    this.#dialog.close();
    // At once: Firefox fires \`close\` a frame later, and until then focus would stay in the closed dialog.
    this.#onClose();
  }

  #focusStart(): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('.end') ?? root.querySelector<HTMLElement>('input:checked') ?? root.querySelector<HTMLElement>('input'))?.focus();
  }

  /** Focus goes back to the trigger unless the browser already restored it somewhere outside the dialog. */
  readonly #onClose = (): void => {
    const active = this.ownerDocument.activeElement;
    if (!active || active === this.ownerDocument.body || this.#dialog.contains(this.shadowRoot!.activeElement)) {
      this.renderRoot.querySelector<LoketButton>('.trigger')?.focus();
    }
  };

  readonly #onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (field.name === 'rating') {
      this.rating = Number(field.value);
      if (this.state === 'invalid') this.state = 'idle';
    } else if (field.name === 'comment') {
      // Near the limit only, and only when a step of 25 is crossed: not on every keystroke.
      const left = FEEDBACK_MAX - field.value.length;
      if (Math.ceil(left / 25) !== Math.ceil((FEEDBACK_MAX - this.comment.length) / 25)) this.#left = left <= 100 ? left : undefined;
      this.comment = field.value;
    } else return;
    this.#idem = '';
    this.#save();
  };

  readonly #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.send();
  };

  /** Validates and sends. A second call while one is in flight does nothing. */
  async send(): Promise<void> {
    if (this.state === 'sending') return;
    if (!this.rating) {
      this.state = 'invalid';
      await this.updateComplete;
      this.#focusStart();
      return;
    }
    this.#idem ||= uid();
    this.#save();
    const key = this.#key;
    const draft: FeedbackPayload = {
      id: this.#idem,
      rating: this.rating,
      comment: this.comment.trim().slice(0, FEEDBACK_MAX),
      page: location.origin + location.pathname,
      lang: this.localize.locale,
    };
    const context = this.context;
    if (context && CONTEXT.test(context)) draft.context = context;
    // A malformed tag would have the server refuse feedback the reader cannot fix: send it without.
    else if (context) console.warn(`[loket] loket-feedback: context "${context}" is not lowercase letters, digits and hyphens (at most 100); sent without it.`);
    // The honeypot as the server reads it: blank is empty, anything else was filled in (by a bot).
    const trap = this.renderRoot.querySelector<HTMLInputElement>('[name=website]')?.value.trim();
    if (trap) draft.website = trap;
    // What was checked above is what is sent: listeners get the body itself, frozen, and cannot change it.
    const body = Object.freeze(draft);
    if (!emit(this, new LoketEvent('loket-feedback-submit', body, { cancelable: true }))) return;

    // Enter on a rating submits the form (Firefox), and the ratings are disabled while it sends. Focus left on a
    // disabled control is lost to the keyboard (Chromium: Escape does not close the dialog): the busy button takes it.
    if (this.shadowRoot?.activeElement?.matches('[name=rating]')) this.renderRoot.querySelector<LoketButton>('[type=submit]')?.focus();
    this.state = 'sending';
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT);
    let failure: Failure = 'failed';
    const url = safeUrl(this.endpoint);
    try {
      // Without an (http(s) or relative) endpoint nothing is sent, not even to the page's own URL.
      if (!url) {
        console.warn('[loket] loket-feedback has no usable endpoint; nothing was sent.');
        throw new Error('no endpoint');
      }
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (response.ok) {
        // What was sent is no draft any more. A context or endpoint that changed meanwhile (a router) keeps its own draft.
        if (key === this.#key) {
          this.rating = 0;
          this.comment = '';
          this.#idem = '';
        }
        this.failure = undefined;
        this.#save(key, { rating: 0, comment: '', id: '' });
        this.state = 'sent';
        this.#unseen = !this.#dialog.open;
        emit(this, new LoketEvent('loket-feedback-sent', body));
        await this.updateComplete;
        if (this.#dialog.open) this.#focusStart();
        return;
      }
      if (response.status === 429) failure = 'rateLimited';
      else if (response.status < 500) failure = 'rejected';
    } catch {
      if (abort.signal.aborted) failure = 'timeout';
    } finally {
      clearTimeout(timer);
    }
    this.failure = failure;
    this.state = 'failed';
  }

  protected override render() {
    const all = this.localize.t;
    const t = all.feedback;
    const state = this.state;
    const busy = state === 'sending';
    // The error describes the group and each radio: focus lands on a radio, and a group's description is not read there.
    const invalid = state === 'invalid' ? 'error' : undefined;
    const n = (value: number) => this.localize.number(value);
    return html`<loket-button
        class=${this.tucked ? 'trigger tucked' : 'trigger'}
        part="trigger"
        variant=${this.placement === 'fixed' ? 'primary' : 'secondary'}
        @click=${this.show}
        >${t.open}</loket-button
      >
      <dialog part="dialog" aria-labelledby="title" aria-describedby="done" @close=${this.#onClose}>
        <form novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
          <div class="head">
            <h2 id="title">${t.open}</h2>
            <loket-button variant="tertiary" @click=${this.hide}>${all.common.close}</loket-button>
          </div>
          <div id="done" role="status">${state === 'sent' ? html`<p><strong>${t.thanks}</strong></p><p>${t.thanksBody}</p>` : nothing}</div>
          ${state === 'sent'
            ? html`<loket-button class="end" @click=${this.hide}>${all.common.close}</loket-button>`
            : html`<fieldset aria-describedby=${ifDefined(invalid)}>
                  <legend>${t.question}</legend>
                  ${state === 'invalid' ? html`<p id="error" class="error">${t.required}</p>` : nothing}
                  <div class="scale">
                    ${t.ratings.map(
                      (label, i) =>
                        html`<label
                          ><input type="radio" name="rating" value=${i + 1} .checked=${this.rating === i + 1} ?disabled=${busy} aria-describedby=${ifDefined(invalid)} aria-invalid=${ifDefined(invalid && 'true')} /><span>${i + 1}</span> <span>${label}</span></label
                        >`,
                    )}
                  </div>
                </fieldset>
                <label for="comment">${t.comment}</label>
                <textarea id="comment" name="comment" rows="4" maxlength=${FEEDBACK_MAX} aria-describedby="count" .value=${this.comment} ?readonly=${busy}></textarea>
                <p id="count" class="hint">${t.count(n(this.comment.length), n(FEEDBACK_MAX))}</p>
                <p class="vh" aria-live="polite">${this.#left === undefined ? '' : t.remaining(n(this.#left))}</p>
                <div class="hp" aria-hidden="true">
                  <label>${t.honeypot} <input name="website" tabindex="-1" autocomplete="off" /></label>
                </div>
                <p class="hint">${t.privacy}</p>
                ${state === 'failed' && this.failure ? html`<loket-alert variant="error" class="failure" part="failure">${t[this.failure]}</loket-alert>` : nothing}
                <p><loket-button type="submit" ?loading=${busy}>${this.failure ? all.common.retry : t.submit}</loket-button></p>`}
        </form>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-feedback': LoketFeedback;
  }
  interface LoketEventMap {
    'loket-feedback-submit': LoketEvent<Readonly<FeedbackPayload>>;
    'loket-feedback-sent': LoketEvent<Readonly<FeedbackPayload>>;
  }
}
