import { css, html, nothing } from 'lit';
import { LoketElement } from '../../internal/loket-element.js';
import { componentStyles } from '../../styles/shared.js';
import { badge } from '../../i18n/nl.js';

export type BadgeVariant = 'info' | 'error' | 'neutral';

const variants: readonly BadgeVariant[] = ['info', 'error', 'neutral'];

/**
 * @summary A count ("3", "99+") or a dot on top of or beside something, such as the notification bell.
 * The visible number is hidden from assistive technology; a visually hidden text ("3 ongelezen",
 * or `label`) is read instead, so the count becomes part of the accessible name of a surrounding
 * button. The badge is not a live region: whoever owns the count announces changes.
 *
 * @tagname loket-badge
 *
 * @csspart base - The visible badge.
 *
 * @cssprop --loket-badge-background - Background colour (per variant).
 * @cssprop --loket-badge-color - Text colour. Defaults to `--loket-color-on-action`.
 */
export class LoketBadge extends LoketElement {
  static override styles = [
    componentStyles,
    css`
      :host {
        display: inline-flex;
        vertical-align: middle;
        font-size: var(--loket-font-size-xs);
        line-height: 1;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-width: var(--loket-space-l);
        height: var(--loket-space-l);
        padding: 0 var(--loket-space-2xs);
        border-radius: var(--loket-radius-pill);
        background: var(--loket-badge-background, var(--loket-color-action));
        color: var(--loket-badge-color, var(--loket-color-on-action));
        font-weight: var(--loket-font-weight-bold);
        font-variant-numeric: tabular-nums;
      }
      .error {
        --loket-badge-background: var(--loket-color-error);
      }
      .neutral {
        --loket-badge-background: var(--loket-color-text-secondary);
      }
      .dot {
        min-width: 0;
        width: var(--loket-space-s);
        height: var(--loket-space-s);
        padding: 0;
      }
      @media (forced-colors: active) {
        .badge {
          forced-color-adjust: none;
          background: CanvasText;
          color: Canvas;
        }
      }
    `,
  ];

  static override messages = { badge };

  static override properties = {
    count: { type: Number },
    max: { type: Number },
    dot: { type: Boolean, reflect: true },
    variant: { reflect: true },
    showZero: { type: Boolean, attribute: 'show-zero' },
    label: {},
  };

  /** The number to show. Negative, fractional and missing values count as 0. */
  declare count: number | undefined;
  /** Above this the badge shows "99+" (the hidden text keeps the real count). Default 99. */
  declare max: number;
  /** Shows a dot without a number ("nieuw" for screen readers). */
  declare dot: boolean;
  /** Colour: `info` (action blue, default), `error` (red) or `neutral` (grey). */
  declare variant: BadgeVariant;
  /** Shows the badge at 0 too; by default a count of 0 renders nothing. */
  declare showZero: boolean;
  /** Text read instead of the default ("3 ongelezen" / "nieuw"), for counts that are not unread items. */
  declare label: string | undefined;

  constructor() {
    super();
    this.max = 99;
    this.dot = false;
    this.variant = 'info';
    this.showZero = false;
  }

  protected override render() {
    const t = this.localize.t;
    const count = Math.max(0, Math.floor(Number(this.count) || 0));
    if (!this.dot && count === 0 && !this.showZero) return nothing;
    const max = Math.max(1, Math.floor(Number(this.max) || 99));
    const variant = variants.includes(this.variant) ? this.variant : 'info';
    return html`<span class="badge ${variant}${this.dot ? ' dot' : ''}" part="base" aria-hidden="true"
        >${this.dot ? '' : count > max ? `${max}+` : count}</span
      ><span class="vh">${this.label || (this.dot ? t.badge.dot : t.badge.count(count))}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-badge': LoketBadge;
  }
}
