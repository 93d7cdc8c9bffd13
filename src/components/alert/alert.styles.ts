import { css } from 'lit';

export const alertStyles = css`
  :host {
    display: block;
  }
  .alert {
    display: flex;
    align-items: flex-start;
    gap: var(--loket-space-s);
    padding: var(--loket-space-m);
    border: var(--loket-border-width) solid var(--alert-color);
    border-inline-start-width: var(--loket-border-width-accent);
    border-radius: var(--loket-radius-m);
    background: var(--alert-background);
    --alert-color: var(--loket-color-info);
    --alert-background: var(--loket-color-info-subtle);
  }
  .success {
    --alert-color: var(--loket-color-success-strong);
    --alert-background: var(--loket-color-success-subtle);
  }
  .warning {
    --alert-color: var(--loket-color-warning-strong);
    --alert-background: var(--loket-color-warning-subtle);
  }
  .error {
    --alert-color: var(--loket-color-error-strong);
    --alert-background: var(--loket-color-error-subtle);
  }
  .icon {
    color: var(--alert-color);
    /* One line of text high, so it lines up with the heading. */
    --loket-icon-size: calc(var(--loket-font-line-height) * 1em);
  }
  .content {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .pending {
    visibility: hidden;
  }
  .heading {
    font-weight: var(--loket-font-weight-medium);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--loket-target-min);
    min-height: var(--loket-target-min);
    /* The 44 px target reaches into the padding instead of making the alert taller. */
    margin: calc(var(--loket-space-s) * -1);
    padding: 0;
    border: var(--loket-border-width) solid transparent;
    border-radius: var(--loket-radius-m);
    background: transparent;
    color: var(--loket-color-text);
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--loket-color-background);
  }
  @media print {
    .close {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
    .close {
      border-color: ButtonText;
    }
  }
`;
