import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketElement } from '../../internal/loket-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { LoketIcon, type IconName } from '../icon/icon.js';
import { componentStyles } from '../../styles/shared.js';
import { buttonStyles } from './button.styles.js';
import { button } from '../../i18n/nl.js';

/** Whether slotted nodes show anything: an element or non-blank text. */
const hasContent = (nodes: Node[]): boolean =>
  nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim()));

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';
export type ButtonSize = 'small' | 'medium' | 'large';
export type ButtonType = 'button' | 'submit' | 'reset';

/**
 * @summary A Vlaanderen button: primary, secondary or tertiary, in three sizes, with a busy state
 * and a link mode. Works as a form's submit or reset button.
 *
 * @tagname loket-button
 *
 * @slot - The label.
 * @slot prefix - Content before the label, after the `icon-before` icon.
 * @slot suffix - Content after the label, before the `icon-after` icon.
 *
 * @csspart control - The inner `<button>` or `<a>`.
 * @csspart label - The wrapper around the label.
 * @csspart spinner - The busy indicator.
 * @csspart icon-before - The `icon-before` icon.
 * @csspart icon-after - The `icon-after` icon.
 *
 * @cssprop --loket-button-background - Background colour (per variant).
 * @cssprop --loket-button-color - Text colour (per variant).
 * @cssprop --loket-button-border-color - Border colour (per variant).
 * @cssprop --loket-button-radius - Corner radius. Defaults to `--loket-radius-m`.
 *
 * @event {MouseEvent} click - Native click. Not fired while the button is disabled or loading.
 */
export class LoketButton extends LoketElement {
  static override styles = [componentStyles, buttonStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LoketElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;
  static override dependencies = { 'loket-icon': LoketIcon };

  static override messages = { button };

  static override properties = {
    variant: { reflect: true },
    size: { reflect: true },
    type: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    loading: { type: Boolean, reflect: true },
    block: { type: Boolean, reflect: true },
    href: {},
    target: {},
    download: {},
    label: {},
    expanded: { attribute: 'expanded', reflect: true },
    controls: {},
    pressed: { reflect: true },
    iconBefore: { attribute: 'icon-before' },
    iconAfter: { attribute: 'icon-after' },
    hasLabel: { state: true },
  };

  /** Visual emphasis: one primary action per view. */
  declare variant: ButtonVariant;
  /** Size; every size keeps a target of at least 44 × 44 px. */
  declare size: ButtonSize;
  /** Form behaviour when inside a `<form>`. */
  declare type: ButtonType;
  /** Disables the button. In link mode the link is removed from the tab order. */
  declare disabled: boolean;
  /** Shows a busy indicator, announces "Bezig…" and ignores clicks until cleared. */
  declare loading: boolean;
  /** Takes the full width of its container. */
  declare block: boolean;
  /** Renders a link (`<a>`) to this URL instead of a button. Only http(s) and relative URLs are used. */
  declare href: string | undefined;
  /** Link target, in link mode. `_blank` adds "(opens in a new window)" to the accessible name. */
  declare target: '_blank' | '_self' | '_parent' | '_top' | undefined;
  /** Link download attribute, in link mode. */
  declare download: string | undefined;
  /** Accessible name when the visible label is an icon only. */
  declare label: string | undefined;
  /** `aria-expanded` of the inner button ("true"/"false"), for disclosure triggers. */
  declare expanded: 'true' | 'false' | undefined;
  /** `aria-controls` of the inner button. Only works for ids in the same shadow root. */
  declare controls: string | undefined;
  /** `aria-pressed` of the inner button ("true"/"false"), for toggle buttons. */
  declare pressed: 'true' | 'false' | undefined;
  /** A decorative `loket-icon` before the label. For an icon-only button, set `label` too. */
  declare iconBefore: IconName | undefined;
  /** A decorative `loket-icon` after the label (e.g. `arrow-right`, `external-link`). */
  declare iconAfter: IconName | undefined;
  /** Whether the default slot has content; an empty label wrapper is hidden so an icon stays centred. */
  declare protected hasLabel: boolean;

  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.variant = 'primary';
    this.size = 'medium';
    this.type = 'button';
    this.disabled = false;
    this.loading = false;
    this.block = false;
    this.hasLabel = true;
    this.#internals = this.attachInternals();
    this.addEventListener('click', this.#handleHostClick, { capture: true });
  }

  readonly #handleHostClick = (event: MouseEvent): void => {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.#isLink) return;
    const form = this.#internals.form;
    if (!form) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  };

  get #isLink(): boolean {
    return safeUrl(this.href) !== undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) this.#internals.ariaDisabled = this.disabled ? 'true' : null;
  }

  readonly #handleSlotChange = (event: Event): void => {
    this.hasLabel = hasContent((event.target as HTMLSlotElement).assignedNodes({ flatten: true }));
  };

  protected override willUpdate(): void {
    // Before the first render, read the light DOM; afterwards slotchange keeps it current. A server
    // rendering the element has no light DOM to read: the label shows, and the browser checks again.
    if (!this.hasUpdated && !isServer) this.hasLabel = hasContent([...this.childNodes].filter((node) => !(node as Element).slot));
  }

  /** Moves focus to the inner `<button>` or `<a>`: `button.focus()` works as on a native button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.control')?.focus(options);
  }

  /** Takes focus away from the inner `<button>` or `<a>`. */
  override blur(): void {
    this.renderRoot.querySelector<HTMLElement>('.control')?.blur();
  }

  protected override render() {
    const t = this.localize.t;
    const content = html`
      ${this.iconBefore ? html`<loket-icon part="icon-before" name=${this.iconBefore}></loket-icon>` : nothing}
      <slot name="prefix"></slot>
      <span part="label" ?hidden=${!this.hasLabel}><slot @slotchange=${this.#handleSlotChange}></slot></span>
      <slot name="suffix"></slot>
      ${this.iconAfter ? html`<loket-icon part="icon-after" name=${this.iconAfter}></loket-icon>` : nothing}
      ${this.loading
        ? html`<span class="spinner" part="spinner" aria-hidden="true"></span><span class="vh">${t.button.loading}</span>`
        : nothing}
      ${this.target === '_blank' ? html`<span class="vh">${t.common.opensInNewWindow}</span>` : nothing}
    `;
    const href = safeUrl(this.href);
    if (href !== undefined) {
      const inactive = this.disabled || this.loading;
      return html`<a
        class="control"
        part="control"
        href=${ifDefined(inactive ? undefined : href)}
        role=${ifDefined(inactive ? 'link' : undefined)}
        aria-disabled=${ifDefined(inactive ? 'true' : undefined)}
        tabindex=${ifDefined(inactive ? '-1' : undefined)}
        target=${ifDefined(this.target)}
        rel=${ifDefined(this.target === '_blank' ? 'noopener noreferrer' : undefined)}
        download=${ifDefined(this.download)}
        aria-label=${ifDefined(this.label)}
        >${content}</a
      >`;
    }
    return html`<button
      class="control"
      part="control"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${ifDefined(this.loading ? 'true' : undefined)}
      aria-label=${ifDefined(this.label)}
      aria-expanded=${ifDefined(this.expanded)}
      aria-controls=${ifDefined(this.controls)}
      aria-pressed=${ifDefined(this.pressed)}
    >
      ${content}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-button': LoketButton;
  }
}
