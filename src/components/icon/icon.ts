import { css, html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketElement } from '../../internal/loket-element.js';
import { hostBase } from '../../styles/shared.js';
import { icons, type IconName } from './icons.js';

export { icons, iconNames, type IconName } from './icons.js';

const warned = new Set<string>();

/**
 * @summary An icon from Loket's own set (24 × 24, `currentColor`). Decorative by default: it is hidden
 * from assistive technology unless it has a `label`, which makes it an image with that name.
 *
 * @tagname loket-icon
 *
 * @csspart svg - The `<svg>` element.
 *
 * @cssprop --loket-icon-size - Width and height. Defaults to `1.25em`, so the icon follows the text size.
 * @cssprop --loket-icon-stroke - Stroke width in 24ths of the icon size. Defaults to `2`.
 */
export class LoketIcon extends LoketElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: inline-block;
        flex: none;
        width: var(--loket-icon-size, 1.25em);
        height: var(--loket-icon-size, 1.25em);
        color: inherit;
        font-size: inherit;
        line-height: 1;
        vertical-align: -0.25em;
      }
      svg {
        display: block;
        width: 100%;
        height: 100%;
        fill: none;
        stroke: currentColor;
        stroke-width: var(--loket-icon-stroke, 2);
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      .filled {
        fill: currentColor;
      }
    `,
  ];

  static override properties = {
    name: { reflect: true },
    label: {},
  };

  /** Which icon to show. An unknown name renders nothing and logs one warning. */
  declare name: IconName | undefined;
  /**
   * Text alternative for an icon that carries meaning on its own. Without it the icon is decorative
   * (`aria-hidden="true"`); with it the icon is `role="img"` with this accessible name.
   */
  declare label: string | undefined;

  protected override render() {
    const name = this.name;
    const d = name ? (icons as Record<string, string>)[name] : undefined;
    if (d === undefined) {
      if (name && !warned.has(name)) {
        warned.add(name);
        console.warn(`[loket] <loket-icon> has no icon named "${name}".`);
      }
      return nothing;
    }
    const label = this.label || undefined;
    return html`<svg
      part="svg"
      class=${ifDefined(name === 'star-filled' ? 'filled' : undefined)}
      viewBox="0 0 24 24"
      focusable="false"
      role=${ifDefined(label && 'img')}
      aria-label=${ifDefined(label)}
      aria-hidden=${ifDefined(label ? undefined : 'true')}
    >${svg`<path d=${d}></path>`}</svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-icon': LoketIcon;
  }
}
