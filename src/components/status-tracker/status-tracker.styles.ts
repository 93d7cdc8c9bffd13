import { css } from 'lit';

export const statusTrackerStyles = css`
  :host {
    display: block;
    --ms: var(--loket-status-tracker-marker-size, 2em);
  }
  p {
    margin: 0;
  }
  .t {
    font-size: var(--loket-font-size-xl);
    font-weight: var(--loket-font-weight-medium);
    line-height: var(--loket-font-line-height-tight);
  }
  .ref,
  .meta,
  #h time {
    display: block;
    font-size: var(--loket-font-size-s);
    color: var(--loket-color-text-secondary);
  }
  ol {
    list-style: none;
    margin: var(--loket-space-m) 0 0;
    padding: 0;
  }
  .s {
    position: relative;
    display: grid;
    grid-template-columns: var(--ms) minmax(0, 1fr);
    /* Side by side, steps stretch to the tallest: their rows stay at the top. */
    align-content: start;
    gap: var(--loket-space-xs) var(--loket-space-s);
    padding-bottom: var(--loket-space-l);
  }
  .s:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--ms) / 2 - var(--loket-border-width-strong) / 2);
    top: var(--ms);
    bottom: 0;
    border-inline-start: var(--loket-border-width-strong) solid var(--loket-color-border-strong);
  }
  .h {
    display: flex;
  }
  .h .s {
    flex: 1 1 0;
    grid-template-columns: minmax(0, 1fr);
    padding: 0 var(--loket-space-s) 0 0;
  }
  .h .s::after {
    inset-inline-start: var(--ms);
    inset-inline-end: 0;
    top: calc(var(--ms) / 2 - var(--loket-border-width-strong) / 2);
    bottom: auto;
    border-inline-start: 0;
    border-top: var(--loket-border-width-strong) solid var(--loket-color-border-strong);
  }
  .m {
    display: grid;
    place-items: center;
    width: var(--ms);
    height: var(--ms);
    border-radius: 50%;
    border: var(--loket-border-width-strong) solid var(--c, var(--loket-color-border-strong));
    background: var(--c, var(--loket-color-background));
    color: var(--loket-color-on-action);
  }
  .done {
    --c: var(--loket-color-success-strong);
  }
  .current {
    --c: var(--loket-color-action);
  }
  .error {
    --c: var(--loket-color-error-strong);
  }
  .warning {
    --c: var(--loket-color-warning-strong);
  }
  .warning .m {
    background: var(--loket-color-warning);
    color: var(--loket-color-text);
  }
  svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .current path {
    stroke-width: 8;
  }
  .b {
    overflow-wrap: anywhere;
  }
  .l {
    font-weight: var(--loket-font-weight-medium);
  }
  .current .l {
    font-weight: var(--loket-font-weight-bold);
  }
  .b p {
    margin-top: var(--loket-space-2xs);
  }
  .b .act {
    margin-top: var(--loket-space-xs);
    padding: var(--loket-space-xs) var(--loket-space-s);
    border-inline-start: var(--loket-border-width-accent) solid var(--loket-color-warning-strong);
    background: var(--loket-color-warning-subtle);
  }
  .load,
  .none,
  .err {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--loket-space-s);
    padding: var(--loket-space-m);
    border-inline-start: var(--loket-border-width-accent) solid var(--loket-color-error-strong);
    background: var(--loket-color-error-subtle);
  }
  /* Loading: grey bars in the place of each step's label and state. */
  .sk .m,
  .sk .s::after {
    border-color: var(--loket-color-border);
  }
  .sk .b span {
    display: block;
    width: 14em;
    max-width: 100%;
    background: linear-gradient(var(--loket-color-border), var(--loket-color-border)) 0 50% / 100% 0.75em no-repeat;
  }
  .sk .b .meta {
    width: 8em;
  }
  .load,
  .none {
    border-color: var(--loket-color-border-strong);
    background: none;
  }
  .none {
    margin-top: var(--loket-space-m);
  }
  .hist {
    margin-top: var(--loket-space-s);
    border-top: var(--loket-border-width) solid var(--loket-color-border);
    padding-top: var(--loket-space-xs);
  }
  .ht button {
    display: inline-flex;
    align-items: center;
    gap: var(--loket-space-xs);
    min-height: var(--loket-target-min);
    padding: 0 var(--loket-space-xs);
    border: 0;
    background: none;
    font: inherit;
    font-weight: var(--loket-font-weight-medium);
    color: var(--loket-color-action);
    cursor: pointer;
  }
  .ht button:hover {
    text-decoration: underline;
  }
  [aria-expanded='true'] svg {
    transform: rotate(180deg);
    transition: transform var(--loket-duration-fast);
  }
  #h {
    margin-top: var(--loket-space-xs);
  }
  #h li {
    padding: var(--loket-space-xs) 0 var(--loket-space-xs) var(--loket-space-m);
    border-inline-start: var(--loket-border-width-strong) solid var(--loket-color-border);
    overflow-wrap: anywhere;
  }
  /* On paper the history is printed open; its button is only a heading there. */
  @media print {
    #h[hidden] {
      display: block !important;
    }
    .ht svg {
      display: none;
    }
    .ht button {
      color: inherit;
    }
  }
  /* Forced colours keep the drawn symbols (currentColor); the current step stands out as Highlight. */
  @media (forced-colors: active) {
    .current .m {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;
