import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketEvent } from '../../internal/events.js';
import { dismiss } from '../../internal/focus.js';
import { LoketElement } from '../../internal/loket-element.js';
import { componentStyles } from '../../styles/shared.js';
import { LoketIcon } from '../icon/icon.js';
import { alertStyles } from './alert.styles.js';
import { alert } from '../../i18n/nl.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';
/** `polite` = `role="status"`, `assertive` = `role="alert"`, `off` = not a live region. */
export type AlertLive = 'polite' | 'assertive' | 'off';

const variants: readonly AlertVariant[] = ['info', 'success', 'warning', 'error'];
/** How long the content stays out of the accessibility tree after the alert appears. */
const REVEAL_DELAY = 100;

/** The close button was used. Cancelable: the default hides the alert. */
export class LoketCloseEvent extends LoketEvent {
  constructor() {
    super('loket-close', undefined, { cancelable: true });
  }
}

/**
 * @summary A message box: info, success, warning or error, with an optional heading and close button.
 * Each variant has its own icon and a visually hidden word ("Fout:", "Let op:"), so meaning never
 * depends on colour.
 *
 * **Announcements.** By default the alert is a live region whose politeness follows its severity:
 * `error` is `role="alert"` (assertive), the others `role="status"` (polite). Screen readers only
 * announce a live region's *changes*, so when the alert appears (connected to the page, or its
 * `hidden` attribute removed) its content is kept out of the accessibility tree for a moment and
 * then revealed: the message is read once, also for polite alerts. Later changes to the heading or
 * text are read again. Messages that are already on the page when it loads (a notice, not a reaction
 * to what the person did) should use `live="off"`: they are read in reading order and not announced
 * over the page title. Axe accepts all three; `live` may also force `polite` or `assertive`.
 *
 * @tagname loket-alert
 *
 * @slot - The message.
 * @slot heading - A heading with markup; replaces the `heading` attribute.
 *
 * @csspart base - The box.
 * @csspart icon - The variant's icon.
 * @csspart heading - The heading.
 * @csspart body - The wrapper around the message.
 * @csspart close-button - The close button.
 *
 * @event {LoketCloseEvent} loket-close - The close button was used. Cancelable; default: hide the alert (`hidden`) and,
 * when it held focus, move focus to the closest focusable element: the next one, else the previous one, in its own
 * group (parent) first.
 */
export class LoketAlert extends LoketElement {
  static override styles = [componentStyles, alertStyles];
  static override dependencies = { 'loket-icon': LoketIcon };

  static override messages = { alert };

  static override properties = {
    variant: { reflect: true },
    heading: {},
    closable: { type: Boolean, reflect: true },
    live: {},
    hidden: { type: Boolean, reflect: true },
    pending: { state: true },
    hasHeading: { state: true },
  };

  /** Severity: its colour, icon, hidden prefix word and (unless `live` is set) its politeness. */
  declare variant: AlertVariant;
  /** Heading text (plain text). The `heading` slot takes precedence. */
  declare heading: string | undefined;
  /** Adds a close button that fires `loket-close` and then hides the alert. */
  declare closable: boolean;
  /** Live-region politeness. Unset: by severity (`error` assertive, others polite). `off` for messages present on page load. */
  declare live: AlertLive | undefined;
  /** Hides the alert. Removing it shows and announces the alert again. */
  declare hidden: boolean;
  declare protected pending: boolean;
  declare protected hasHeading: boolean;

  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.variant = 'info';
    this.closable = false;
    this.pending = false;
    this.hasHeading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasHeading = !!this.querySelector(':scope > [slot=heading]');
    this.#reveal();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.pending = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Shown again after being hidden: announce like a new alert.
    if (changed.has('hidden') && changed.get('hidden') && !this.hidden) this.#reveal();
  }

  /** Keeps the content out of the accessibility tree briefly so the live region sees it arrive. */
  #reveal(): void {
    clearTimeout(this.#timer);
    if (this.live === 'off' || this.hidden) return;
    this.pending = true;
    this.#timer = setTimeout(() => (this.pending = false), REVEAL_DELAY);
  }

  readonly #close = (): void => dismiss(this, new LoketCloseEvent());

  readonly #headingChange = (event: Event): void => {
    this.hasHeading = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  protected override render() {
    const t = this.localize.t;
    const variant = variants.includes(this.variant) ? this.variant : 'info';
    const live = this.live ?? (variant === 'error' ? 'assertive' : 'polite');
    const role = live === 'off' ? undefined : live === 'assertive' ? 'alert' : 'status';
    // While pending the content sits in a hidden wrapper that keeps its place on screen. Revealing renders
    // it anew rather than making it visible: Chromium leaves slotted text that merely turns visible out of
    // the accessibility tree, so the live region would announce the variant word alone.
    const content = html`<span class="vh">${t.alert[variant]}:</span>
      <div class="heading" id="heading" part="heading" ?hidden=${!this.heading && !this.hasHeading}>
        <slot name="heading" @slotchange=${this.#headingChange}>${this.heading}</slot>
      </div>
      <div part="body"><slot></slot></div>`;
    return html`<div class="alert ${variant}" part="base">
      <loket-icon class="icon" part="icon" name=${variant}></loket-icon>
      <div class="content" role=${ifDefined(role)}>
        ${this.pending ? html`<div class="pending">${content}</div>` : content}
      </div>
      ${this.closable
        ? html`<button class="close" part="close-button" type="button" aria-label=${t.alert.close} aria-describedby="heading" @click=${this.#close}>
            <loket-icon name="close"></loket-icon>
          </button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-alert': LoketAlert;
  }
  interface LoketEventMap {
    'loket-close': LoketCloseEvent;
  }
}
