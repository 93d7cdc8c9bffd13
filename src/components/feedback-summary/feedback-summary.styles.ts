import { css } from 'lit';

export const feedbackSummaryStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: var(--loket-space-l) 0 var(--loket-space-xs);
    font-size: var(--loket-font-size-l);
    font-weight: var(--loket-font-weight-medium);
    line-height: var(--loket-font-line-height-tight);
  }
  .average {
    margin: 0;
    font-size: var(--loket-font-size-xxl);
    font-weight: var(--loket-font-weight-medium);
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--loket-color-text-secondary);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: var(--loket-space-2xs) var(--loket-space-xs);
    border-bottom: var(--loket-border-width) solid var(--loket-color-border);
    text-align: start;
    vertical-align: middle;
    overflow-wrap: anywhere;
  }
  /* Headers may wrap and the decorative bars shrink, so the tables fit 320 px without scrolling. */
  .num {
    text-align: end;
  }
  td.num {
    white-space: nowrap;
  }
  .bar {
    width: 40%;
  }
  .bar span {
    display: block;
    height: var(--loket-space-s);
    background: var(--loket-color-action);
    border-radius: var(--loket-radius-s);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: var(--loket-space-s) 0;
    border-bottom: var(--loket-border-width) solid var(--loket-color-border);
  }
  .comment {
    margin-top: var(--loket-space-2xs);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .error {
    padding: var(--loket-space-s);
    border-inline-start: var(--loket-border-width-accent) solid var(--loket-color-error);
    background: var(--loket-color-error-subtle);
  }
  .error loket-button {
    margin-top: var(--loket-space-xs);
  }
  @media (forced-colors: active) {
    .bar span {
      background: CanvasText;
    }
  }
`;
