import { css } from 'lit';
import { controlStyles } from '../../styles/controls.js';

/** Row styles shared by the panel and the inbox: unread dot, title, meta line, "Actie vereist" pill. */
export const itemStyles = css`
  .dot {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    margin-block-start: 0.5em;
    border-radius: var(--loket-radius-pill);
    background: var(--loket-color-action);
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: var(--loket-space-3xs);
    min-width: 0;
  }
  .title {
    overflow-wrap: anywhere;
  }
  .unread .title {
    font-weight: var(--loket-font-weight-bold);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--loket-space-xs);
    color: var(--loket-color-text-secondary);
    font-size: var(--loket-font-size-s);
  }
  .sender {
    font-weight: var(--loket-font-weight-medium);
  }
  .pill {
    align-self: flex-start;
    padding: 0 var(--loket-space-xs);
    border: var(--loket-border-width) solid var(--loket-color-warning-strong);
    border-radius: var(--loket-radius-pill);
    background: var(--loket-color-warning-subtle);
    color: var(--loket-color-text);
    font-size: var(--loket-font-size-xs);
    font-weight: var(--loket-font-weight-medium);
  }
  .state {
    margin: 0;
    padding: var(--loket-space-m) var(--loket-space-s);
    color: var(--loket-color-text-secondary);
    text-align: center;
  }
  .message {
    margin: 0;
    padding: var(--loket-space-xs) var(--loket-space-s);
    border-inline-start: var(--loket-border-width-strong) solid var(--loket-color-info);
    background: var(--loket-color-info-subtle);
    font-size: var(--loket-font-size-s);
  }
  .message.error {
    border-color: var(--loket-color-error);
    background: var(--loket-color-error-subtle);
  }
  /* An error with its retry button: side by side when there is room. */
  div.message.error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--loket-space-2xs);
  }
  .message p {
    margin: 0 0 var(--loket-space-xs);
  }
  .message.offline {
    border-color: var(--loket-color-warning);
    background: var(--loket-color-warning-subtle);
  }
  @media (forced-colors: active) {
    .dot {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .pill,
    .message {
      border: var(--loket-border-width) solid CanvasText;
    }
  }
`;

export const notificationsStyles = [
  controlStyles,
  itemStyles,
  css`
    :host {
      display: inline-block;
      position: relative;
      vertical-align: middle;
    }
    .wrap {
      position: relative;
    }
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: var(--loket-target-min);
      min-height: var(--loket-target-min);
      padding: var(--loket-space-2xs);
      border-radius: var(--loket-radius-m);
      color: inherit;
    }
    /* Outside the button: the unread badge would cover part of a ring inside it. */
    .bell:focus-visible {
      outline-offset: var(--loket-focus-offset);
    }
    .bell:hover {
      background: var(--loket-color-background-alt);
    }
    .bell[aria-expanded='true'] {
      background: var(--loket-color-action-subtle);
    }
    .icon {
      width: 1.5rem;
      height: 1.5rem;
      fill: currentColor;
    }
    .badge {
      position: absolute;
      inset-block-start: 0.125rem;
      inset-inline-end: 0;
      min-width: 1.25rem;
      padding: 0 0.3rem;
      border-radius: var(--loket-radius-pill);
      background: var(--loket-color-error-strong);
      color: var(--loket-color-background);
      font-size: var(--loket-font-size-xs);
      font-weight: var(--loket-font-weight-bold);
      line-height: 1.25rem;
      text-align: center;
      pointer-events: none;
    }
    .panel {
      position: absolute;
      inset-block-start: calc(100% + var(--loket-space-2xs));
      inset-inline-end: 0;
      /* Above the page's floating buttons (a fixed "Geef feedback"): on a phone the open panel fills the screen. */
      z-index: calc(var(--loket-z-fixed) + 1);
      width: min(var(--loket-notifications-panel-width, 26rem), calc(100vw - 2 * var(--loket-space-s)));
      max-height: min(40rem, calc(100vh - 6rem));
      overflow: auto;
      overscroll-behavior: contain;
      border: var(--loket-border-width) solid var(--loket-color-border);
      border-radius: var(--loket-radius-m);
      background: var(--loket-color-background);
      box-shadow: var(--loket-shadow-2);
      text-align: start;
      translate: var(--_shift, 0) 0;
      /* Not the Popover API's defaults. */
      margin: 0;
      padding: 0;
      color: inherit;
    }
    /* In the top layer, above whatever the portal stacks or clips: fixed under the bell, where the script puts it. */
    .panel:popover-open {
      position: fixed;
      inset: calc(var(--_top) + var(--loket-space-2xs)) auto auto var(--_x);
      translate: none;
    }
    @media (max-width: 500px) {
      .panel,
      .panel:popover-open {
        position: fixed;
        inset: var(--_top, 0) 0 auto;
        width: auto;
        max-height: calc(100vh - var(--_top, 0px));
        border-inline: 0;
        border-radius: 0;
        translate: none;
      }
    }
    .head,
    .foot {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--loket-space-2xs);
      padding: var(--loket-space-xs) var(--loket-space-s);
    }
    .head {
      border-block-end: var(--loket-border-width) solid var(--loket-color-border);
    }
    .foot {
      border-block-start: var(--loket-border-width) solid var(--loket-color-border);
      justify-content: center;
    }
    /* With room, the title with "Alles als gelezen markeren" and "Bekijk alle meldingen" stay in view while
       the list scrolls, and the browser scrolls a focused item clear of them. Short viewports (zoom) keep
       them in the flow, so the list is not squeezed between them. */
    @media (min-height: 30rem) {
      .panel {
        /* The footer's height (a 44 px link and its padding) and the focus ring's width. */
        scroll-padding-block: 4.5rem calc(var(--loket-target-min) + 2 * var(--loket-space-xs) + 2 * var(--loket-focus-width));
      }
      .head,
      .foot {
        position: sticky;
        z-index: 1;
        background: var(--loket-color-background);
      }
      .head {
        inset-block-start: 0;
      }
      .foot {
        inset-block-end: 0;
      }
    }
    .foot a {
      display: inline-flex;
      align-items: center;
      min-height: var(--loket-target-min);
    }
    h2 {
      margin: 0;
      font-size: var(--loket-font-size-l);
      font-weight: var(--loket-font-weight-medium);
      line-height: var(--loket-font-line-height-tight);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .group {
      border-block-end: var(--loket-border-width) solid var(--loket-color-border);
    }
    .older {
      background: var(--loket-color-background-alt);
    }
    /* Items, "N oudere meldingen" and "N nieuwe meldingen": the width of the panel, text in line after the unread dot. */
    .item,
    .more,
    .new-items {
      display: flex;
      width: 100%;
      min-height: var(--loket-target-min);
      padding: 0 var(--loket-space-s);
      padding-inline-start: calc(var(--loket-space-s) + 0.625rem + var(--loket-space-xs));
      text-align: start;
    }
    .item {
      gap: var(--loket-space-xs);
      padding-block: var(--loket-space-xs);
      color: var(--loket-color-text);
      text-decoration: none;
    }
    .item.unread {
      padding-inline-start: var(--loket-space-s);
    }
    /* Secondary grey is 4.1:1 on the tint: the text colour there keeps 4.5:1. */
    .item:hover {
      --loket-color-text-secondary: var(--loket-color-text);
      background: var(--loket-color-action-subtle);
    }
    .item:hover .title {
      text-decoration: underline;
    }
    :focus-visible {
      outline-offset: calc(-1 * var(--loket-focus-width));
    }
    .more,
    .new-items {
      align-items: center;
      gap: var(--loket-space-2xs);
      color: var(--loket-color-action);
      font-size: var(--loket-font-size-s);
    }
    .new-items {
      justify-content: center;
      padding-inline-start: var(--loket-space-s);
      background: var(--loket-color-action);
      color: var(--loket-color-on-action);
      font-weight: var(--loket-font-weight-medium);
    }
    /* The focus colour on the action colour would not show: a ring in the text colour, inside the edge. */
    .new-items:focus-visible {
      outline-color: var(--loket-color-on-action);
      outline-offset: calc(-2 * var(--loket-focus-width));
    }
    .chevron {
      width: 0.5rem;
      height: 0.5rem;
      border-block-end: var(--loket-border-width-strong) solid currentColor;
      border-inline-end: var(--loket-border-width-strong) solid currentColor;
      transform: rotate(45deg);
      transition: transform var(--loket-duration-fast) ease-out;
    }
    .more[aria-expanded='true'] .chevron {
      transform: rotate(225deg);
    }
    .panel > .message {
      margin: var(--loket-space-xs) var(--loket-space-s);
    }
    @media (forced-colors: active) {
      .badge,
      .new-items,
      .panel {
        border: var(--loket-border-width) solid CanvasText;
      }
      .bell[aria-expanded='true'] {
        outline: var(--loket-border-width) solid CanvasText;
      }
    }
    /* On paper a bell is nothing to press. */
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
