import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([block]) {
    display: block;
  }
  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--loket-space-xs);
    width: 100%;
    min-height: var(--loket-target-min);
    min-width: var(--loket-target-min);
    padding: var(--loket-space-xs) var(--loket-space-m);
    border: var(--loket-border-width-strong) solid var(--loket-button-border-color, var(--loket-color-action));
    border-radius: var(--loket-button-radius, var(--loket-radius-m));
    background: var(--loket-button-background, var(--loket-color-action));
    color: var(--loket-button-color, var(--loket-color-on-action));
    font: inherit;
    font-weight: var(--loket-font-weight-medium);
    line-height: var(--loket-font-line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--loket-duration-fast) ease-out,
      color var(--loket-duration-fast) ease-out,
      border-color var(--loket-duration-fast) ease-out;
  }
  .control:hover {
    --loket-button-background: var(--loket-color-action-hover);
    --loket-button-border-color: var(--loket-color-action-hover);
  }
  :host([variant='secondary']) .control {
    --loket-button-background: var(--loket-color-background);
    --loket-button-color: var(--loket-color-action);
  }
  :host([variant='secondary']) .control:hover {
    --loket-button-background: var(--loket-color-action-subtle);
    --loket-button-color: var(--loket-color-action-hover);
  }
  :host([variant='tertiary']) .control {
    --loket-button-background: transparent;
    --loket-button-border-color: transparent;
    --loket-button-color: var(--loket-color-action);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-inline: var(--loket-space-xs);
  }
  :host([variant='tertiary']) .control:hover {
    --loket-button-color: var(--loket-color-action-hover);
    text-decoration-thickness: var(--loket-border-width-strong);
  }
  :host([size='small']) .control {
    font-size: var(--loket-font-size-s);
    padding-inline: var(--loket-space-s);
  }
  :host([size='large']) .control {
    font-size: var(--loket-font-size-l);
    min-height: calc(var(--loket-target-min) + var(--loket-space-xs));
    padding-inline: var(--loket-space-l);
  }
  :host([disabled]) .control,
  :host([disabled]) .control:hover {
    --loket-button-background: var(--loket-color-background-alt);
    --loket-button-border-color: var(--loket-color-border);
    --loket-button-color: var(--loket-color-text-secondary);
    cursor: not-allowed;
  }
  :host([loading]) .control {
    cursor: progress;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: var(--loket-border-width-strong) solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  ::slotted(loket-icon),
  ::slotted(svg) {
    flex: none;
  }
  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    a.control {
      color: LinkText;
    }
    :host([disabled]) .control {
      border-color: GrayText;
      color: GrayText;
    }
    /* forced-color-adjust: none keeps the ring's brand blue too, 3:1 or less on dark themes: a system colour. */
    .control:focus-visible {
      outline-color: Highlight;
    }
  }
`;
