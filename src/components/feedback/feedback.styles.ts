import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: inline-block;
  }
  :host([placement='fixed']) {
    position: fixed;
    right: var(--loket-space-m);
    bottom: var(--loket-space-m);
    z-index: var(--loket-z-fixed);
    pointer-events: none;
  }
  :host([placement='fixed']) .trigger {
    pointer-events: auto;
    border-radius: var(--loket-radius-m);
    box-shadow: var(--loket-shadow-2);
    transition: transform var(--loket-duration-base) ease-out;
  }
  /* Moved aside while the focused element would be under it: a small tab stays at the edge. */
  .tucked {
    transform: translateX(calc(100% + var(--loket-space-m) - var(--loket-space-l)));
  }
  .tucked:hover,
  .tucked:focus-within {
    transform: none;
  }
  dialog {
    pointer-events: auto;
    width: min(40rem, calc(100vw - 2 * var(--loket-space-s)));
    max-height: calc(100dvh - 2 * var(--loket-space-s));
    padding: var(--loket-space-l);
    border: var(--loket-border-width) solid var(--loket-color-border);
    border-radius: var(--loket-radius-m);
    box-shadow: var(--loket-shadow-2);
    color: inherit;
    background: var(--loket-color-background);
  }
  dialog::backdrop {
    background: color-mix(in srgb, var(--loket-color-text) 60%, transparent);
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: var(--loket-space-s);
  }
  h2 {
    margin: 0;
    font-size: var(--loket-font-size-xl);
    font-weight: var(--loket-font-weight-medium);
    line-height: var(--loket-font-line-height-tight);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: var(--loket-space-m) 0 0;
    min-width: 0;
  }
  legend,
  label[for] {
    display: block;
    padding: 0;
    margin-bottom: var(--loket-space-xs);
    font-weight: var(--loket-font-weight-medium);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loket-space-xs);
  }
  .scale label {
    flex: 1 1 6.5rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--loket-space-2xs);
    min-height: var(--loket-target-min);
    padding: var(--loket-space-xs);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-s);
    font-size: var(--loket-font-size-s);
    text-align: center;
    cursor: pointer;
  }
  .scale label:has(:checked) {
    border-color: var(--loket-color-action);
    background: var(--loket-color-action-subtle);
    box-shadow: inset 0 0 0 var(--loket-border-width) var(--loket-color-action);
  }
  [aria-invalid] label {
    border-color: var(--loket-color-error);
  }
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--loket-color-action);
  }
  label[for] {
    margin-top: var(--loket-space-m);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 6rem;
    padding: var(--loket-space-xs);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-s);
    font: inherit;
    color: inherit;
    resize: vertical;
  }
  p {
    margin: var(--loket-space-xs) 0 0;
  }
  .hint {
    font-size: var(--loket-font-size-s);
    color: var(--loket-color-text-secondary);
  }
  .error {
    margin: 0 0 var(--loket-space-xs);
    color: var(--loket-color-error-strong);
    font-weight: var(--loket-font-weight-medium);
  }
  .failure {
    margin-top: var(--loket-space-m);
  }
  .hp {
    position: absolute;
    left: -100vw;
    width: var(--loket-size-hairline);
    height: var(--loket-size-hairline);
    overflow: hidden;
  }
  .end {
    margin-top: var(--loket-space-m);
  }
  @media (forced-colors: active) {
    dialog,
    .scale label {
      border-color: CanvasText;
    }
    .scale label:has(:checked) {
      border-color: Highlight;
      outline: var(--loket-border-width-strong) solid Highlight;
    }
  }
  @media print {
    :host([placement='fixed']) {
      display: none;
    }
  }
`;
