import { css } from 'lit';
import { controlStyles } from '../../styles/controls.js';
import { itemStyles } from '../notifications/notifications.styles.js';

export const inboxStyles = [
  controlStyles,
  itemStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--loket-space-xs);
      border-block-end: var(--loket-border-width) solid var(--loket-color-border);
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
    }
    [role='tab'] {
      min-height: var(--loket-target-min);
      padding: var(--loket-space-2xs) var(--loket-space-s);
      border-block-end: var(--loket-border-width-strong) solid transparent;
      margin-block-end: calc(-1 * var(--loket-border-width));
      color: var(--loket-color-action);
    }
    [role='tab']:hover {
      background: var(--loket-color-action-subtle);
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: var(--loket-color-text);
      color: var(--loket-color-text);
      font-weight: var(--loket-font-weight-medium);
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--loket-space-xs);
    }
    .summary {
      color: var(--loket-color-text-secondary);
      font-size: var(--loket-font-size-s);
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: var(--loket-space-xs);
      padding-block-start: var(--loket-space-xs);
    }
    .viewport {
      position: relative;
      height: var(--loket-inbox-height, min(70vh, 48rem));
      overflow-y: auto;
      overflow-anchor: none;
      overscroll-behavior: contain;
      border: var(--loket-border-width) solid var(--loket-color-border);
      border-radius: var(--loket-radius-m);
    }
    .canvas {
      position: relative;
    }
    .sentinel {
      height: var(--loket-size-hairline);
    }
    .row {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      display: flex;
      gap: var(--loket-space-xs);
      padding: var(--loket-space-s);
      border-block-end: var(--loket-border-width) solid var(--loket-color-border);
      background: var(--loket-color-background);
    }
    .row:focus-visible {
      outline-offset: calc(-1 * var(--loket-focus-width));
    }
    .row.unread {
      background: var(--loket-color-background-alt);
    }
    .nodot {
      flex: none;
      width: 0.625rem;
    }
    .text {
      position: relative;
      flex: 1;
    }
    /* The item's whole text opens it, as in the bell's panel: a target of 44 px and more, not one line. */
    .title a::after,
    .title .open::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .title a,
    .title .open {
      padding: 0;
      color: var(--loket-color-action);
      text-align: start;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .title a:hover,
    .title .open:hover {
      color: var(--loket-color-action-hover);
    }
    .body {
      margin: 0;
      font-size: var(--loket-font-size-s);
      overflow-wrap: anywhere;
    }
    .toggle {
      flex: none;
      align-self: flex-start;
    }
    @container (max-width: 31rem) {
      .row {
        flex-wrap: wrap;
      }
      /* The text takes the whole line next to its dot, so the toggle goes to a line of its own. */
      .text {
        flex-basis: calc(100% - 0.625rem - var(--loket-space-xs));
      }
      .toggle {
        margin-inline-start: calc(0.625rem + var(--loket-space-xs));
      }
    }
    .state {
      padding-inline: 0;
    }
    .state.end {
      padding-block: var(--loket-space-xs);
      font-size: var(--loket-font-size-s);
    }
    .more {
      display: flex;
      justify-content: center;
    }
    /* Disabled while the next page is on its way (controlStyles): busy, not forbidden. */
    .load-more[aria-disabled='true'] {
      cursor: progress;
    }
    /* On paper: every loaded row (the inbox renders them all for printing), one after the other, without the
       controls. The scroll box would print only the rows scrolled into it, on a canvas as tall as the whole list
       (its height and the rows' offsets are set inline). */
    @media print {
      .tools,
      .toggle,
      .more,
      .sentinel,
      [role='tab'][aria-selected='false'] {
        display: none !important;
      }
      .viewport {
        height: auto;
        overflow: visible;
      }
      .canvas {
        height: auto !important;
      }
      .row {
        position: static;
        transform: none !important;
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      [role='tab'][aria-selected='true'] {
        border-block-end-color: Highlight;
      }
      .viewport {
        border: var(--loket-border-width) solid CanvasText;
      }
    }
  `,
];
