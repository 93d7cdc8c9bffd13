import { css } from 'lit';
import { hiddenOnScreen } from '../../styles/shared.js';

export const headerStyles = css`
  :host {
    display: block;
    position: relative;
    container: loket-header / inline-size;
    font-size: var(--loket-font-size-s);
    background: var(--loket-header-background, var(--loket-color-background));
    border-bottom: var(--loket-border-width) solid var(--loket-color-border);
  }
  .skip {
    position: absolute;
    z-index: var(--loket-z-fixed);
    padding: var(--loket-space-xs);
    background: var(--loket-color-background);
  }
  /* The alert bar spans the page above the bar: square, open at the top and the end. */
  [part='alert']::part(base) {
    border-radius: 0;
    border-block-start: 0;
    border-inline-end: 0;
  }
  .skip:not(:focus) {
    clip-path: inset(50%);
  }
  p {
    margin: 0;
    color: var(--loket-color-error-strong);
  }
  p:empty,
  .menu {
    display: none;
  }
  .bar,
  .tools,
  .end,
  .who,
  .brand,
  nav,
  .vl {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--loket-space-xs) var(--loket-space-m);
  }
  /* Padding on both sides for what wraps to a second line; the Vlaanderen block still meets the edge. */
  .bar {
    padding-inline: var(--loket-space-m);
  }
  .brand {
    margin-inline-start: calc(-1 * var(--loket-space-m));
  }
  /* The second tier: the portal's links at the start, help, languages and the person at the end. */
  .tools {
    flex: 1 1 100%;
    margin-inline: calc(-1 * var(--loket-space-m));
    padding-inline: var(--loket-space-m);
  }
  nav {
    margin-inline-end: auto;
  }
  .brand,
  .vl {
    align-self: stretch;
  }
  .vl {
    min-height: var(--loket-target-min);
    padding-inline: var(--loket-space-m);
    background: var(--loket-color-brand);
    color: var(--loket-color-on-brand);
    font-weight: var(--loket-font-weight-bold);
  }
  .app {
    font-size: var(--loket-font-size-m);
    font-weight: var(--loket-font-weight-medium);
    color: inherit;
  }
  .end {
    margin-inline-start: auto;
  }
  /* Every target 44 px tall, the portal's links in the bar too (they sit in a 44 px row anyway). */
  a,
  ::slotted(a),
  button,
  .account {
    display: inline-flex;
    align-items: center;
    min-height: var(--loket-target-min);
  }
  button,
  .account {
    justify-content: center;
    gap: var(--loket-space-2xs);
    min-width: var(--loket-target-min);
    padding: 0 var(--loket-space-xs);
    border: var(--loket-border-width) solid transparent;
    border-radius: var(--loket-radius-m);
    background: none;
    color: var(--loket-color-action);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    border-color: currentColor;
  }
  .login {
    background: var(--loket-color-action);
    color: var(--loket-color-on-action) !important;
    text-decoration: none;
  }
  [aria-pressed='true'] {
    color: inherit;
    font-weight: var(--loket-font-weight-bold);
  }
  span.help {
    color: var(--loket-color-text-secondary);
  }
  .menu loket-icon {
    --loket-icon-size: 1.5rem;
  }
  @container loket-header (max-width: 63.9375rem) {
    .menu,
    .open {
      display: flex;
    }
    .tools {
      flex-direction: column;
      align-items: stretch;
      padding: var(--loket-space-s) var(--loket-space-m);
      border-top: var(--loket-border-width) solid var(--loket-color-border);
    }
    .tools:not(.open) {
      display: none;
    }
    nav {
      margin-inline-end: 0;
    }
    /* The switcher's list opens in the flow of the menu. Set through inherited properties: WebKit leaves
       ::part() rules inside a container query unapplied. */
    loket-mandate-switcher {
      --_popup-position: static;
      --_popup-width: auto;
    }
  }
  /* A phone: the menu button shows its icon only (its name stays "Menu"), so the application name, the bell and the menu share a row. */
  @container loket-header (max-width: 22.5rem) {
    .end {
      gap: var(--loket-space-xs);
    }
    .menu-label {
      ${hiddenOnScreen}
    }
  }
  @media (forced-colors: active) {
    .vl,
    .login {
      border: var(--loket-border-width) solid;
    }
  }
  /* On paper: Vlaanderen, the host and the application; nothing to press. */
  @media print {
    .skip,
    .end,
    .tools {
      display: none !important;
    }
  }
`;
