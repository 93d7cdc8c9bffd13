import { css, html, nothing } from 'lit';
import { LoketEvent } from '../../internal/events.js';
import { dismiss } from '../../internal/focus.js';
import { LoketElement } from '../../internal/loket-element.js';
import { componentStyles } from '../../styles/shared.js';
import { LoketIcon, type IconName } from '../icon/icon.js';
import { pill } from '../../i18n/nl.js';

export type PillVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

const variants: readonly PillVariant[] = ['neutral', 'info', 'success', 'warning', 'error'];

/** The remove button was used. Cancelable: the default hides the pill. */
export class LoketRemoveEvent extends LoketEvent {
  constructor() {
    super('loket-remove', undefined, { cancelable: true });
  }
}

/**
 * @summary A small status label ("Betaald", "Actie vereist", "In behandeling"), optionally with an
 * icon and a remove button (for filters). The text carries the meaning; colours are the `*-strong`
 * tokens on `*-subtle` backgrounds (at least 4.5:1).
 *
 * @tagname loket-pill
 *
 * @slot - The text.
 *
 * @csspart base - The pill.
 * @csspart icon - The `icon`.
 * @csspart remove-button - The remove button (24 px, with a 44 px hit area).
 *
 * @event {LoketRemoveEvent} loket-remove - The remove button was used. Cancelable; default: hide the pill (`hidden`) and
 * move focus to the closest focusable element: the next pill, else the previous one, in its own group first.
 */
export class LoketPill extends LoketElement {
  static override styles = [
    componentStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        font-size: var(--loket-font-size-xs);
        line-height: var(--loket-font-line-height-tight);
      }
      .pill {
        display: inline-flex;
        align-items: center;
        gap: var(--loket-space-2xs);
        padding: var(--loket-space-3xs) var(--loket-space-xs);
        border: var(--loket-border-width) solid var(--pill-border, transparent);
        border-radius: var(--loket-radius-pill);
        background: var(--pill-background);
        color: var(--pill-color);
        font-weight: var(--loket-font-weight-medium);
      }
      .neutral {
        --pill-color: var(--loket-color-text);
        --pill-background: var(--loket-color-background-alt);
        --pill-border: var(--loket-color-border);
      }
      .info {
        --pill-color: var(--loket-color-info);
        --pill-background: var(--loket-color-info-subtle);
      }
      .success {
        --pill-color: var(--loket-color-success-strong);
        --pill-background: var(--loket-color-success-subtle);
      }
      .warning {
        --pill-color: var(--loket-color-warning-strong);
        --pill-background: var(--loket-color-warning-subtle);
      }
      .error {
        --pill-color: var(--loket-color-error-strong);
        --pill-background: var(--loket-color-error-subtle);
      }
      .remove {
        position: relative;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: var(--loket-space-l);
        height: var(--loket-space-l);
        margin-inline-end: calc(var(--loket-space-2xs) * -1);
        padding: 0;
        border: 0;
        border-radius: var(--loket-radius-pill);
        background: transparent;
        color: inherit;
        font: inherit;
        cursor: pointer;
        --loket-icon-size: 1em;
      }
      /* The hit area reaches 44 × 44 px around the 24 px button. */
      .remove::before {
        content: '';
        position: absolute;
        inset: calc((var(--loket-space-l) - var(--loket-target-min)) / 2);
      }
      .remove:hover {
        background: var(--loket-color-background);
      }
      @media print {
        .remove {
          display: none;
        }
      }
      @media (forced-colors: active) {
        .pill {
          border-color: CanvasText;
        }
      }
    `,
  ];
  static override dependencies = { 'loket-icon': LoketIcon };

  static override messages = { pill };

  static override properties = {
    variant: { reflect: true },
    icon: {},
    removable: { type: Boolean, reflect: true },
  };

  /** Colour: `neutral` (default), `info`, `success`, `warning` or `error`. */
  declare variant: PillVariant;
  /** A decorative `loket-icon` before the text. */
  declare icon: IconName | undefined;
  /** Adds a remove button ("Betaald verwijderen") that fires `loket-remove`. */
  declare removable: boolean;

  constructor() {
    super();
    this.variant = 'neutral';
    this.removable = false;
  }

  readonly #remove = (): void => dismiss(this, new LoketRemoveEvent());

  /** While removable, any change to the text (also in place, as frameworks update it) renames the button. */
  #textObserver: MutationObserver | undefined;

  #watchText(): boolean {
    const watch = this.removable && this.isConnected;
    if (watch === Boolean(this.#textObserver)) return false;
    this.#textObserver?.disconnect();
    this.#textObserver = watch ? new MutationObserver(() => this.requestUpdate()) : undefined;
    this.#textObserver?.observe(this, { childList: true, characterData: true, subtree: true });
    return watch;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The text may have changed while nobody watched (the pill was out of the page). After an update the
    // name was just rendered from the current text: no second update then.
    if (this.#watchText()) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchText();
  }

  protected override updated(): void {
    this.#watchText();
  }

  protected override render() {
    const variant = variants.includes(this.variant) ? this.variant : 'neutral';
    return html`<span class="pill ${variant}" part="base"
      >${this.icon ? html`<loket-icon part="icon" name=${this.icon}></loket-icon>` : nothing}<slot></slot
      >${this.removable
        ? html`<button
            class="remove"
            part="remove-button"
            type="button"
            aria-label=${this.localize.t.pill.remove(this.textContent?.trim() ?? '')}
            @click=${this.#remove}
          >
            <loket-icon name="close"></loket-icon>
          </button>`
        : nothing}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-pill': LoketPill;
  }
  interface LoketEventMap {
    'loket-remove': LoketRemoveEvent;
  }
}
