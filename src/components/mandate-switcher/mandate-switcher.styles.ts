import { css } from 'lit';

export const mandateSwitcherStyles = css`
  :host {
    display: inline-block;
    position: relative;
    max-width: 100%;
    font-size: var(--loket-font-size-s);
  }
  .trigger,
  .static,
  .option {
    display: flex;
    align-items: center;
    gap: var(--loket-space-xs);
    min-height: var(--loket-target-min);
    padding: var(--loket-space-2xs) var(--loket-space-xs);
    overflow-wrap: anywhere;
  }
  /* Two lines (person, on whose behalf) fit the header's row of 44 px targets: signing in does not make the header taller. */
  .trigger {
    padding-block: var(--loket-space-3xs);
    max-width: 100%;
    border: var(--loket-border-width) solid transparent;
    border-radius: var(--loket-radius-m);
    background: none;
    font: inherit;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .trigger:hover {
    border-color: currentColor;
  }
  .who {
    display: flex;
    flex-direction: column;
    line-height: var(--loket-font-line-height-tight);
  }
  .person,
  [aria-selected='true'] .name {
    font-weight: var(--loket-font-weight-bold);
  }
  .for,
  .group,
  .more,
  .option .id {
    color: var(--loket-color-text-secondary);
    font-size: var(--loket-font-size-xs);
  }
  loket-icon {
    --loket-icon-size: 1.25rem;
  }
  /* The header's phone menu sets --_popup-position and --_popup-width: there the list is in the flow. */
  .popup {
    position: var(--_popup-position, absolute);
    inset-inline-end: 0;
    z-index: var(--loket-z-dropdown);
    width: var(--_popup-width, min(26rem, 100vw - 2rem));
    max-height: min(28rem, 70vh);
    overflow: auto;
    padding: var(--loket-space-xs);
    border: var(--loket-border-width) solid var(--loket-color-border);
    border-radius: var(--loket-radius-m);
    background: var(--loket-color-background);
    box-shadow: var(--loket-shadow-2);
    translate: var(--_shift, 0) 0;
    /* Not the Popover API's defaults. */
    margin: 0;
    color: inherit;
  }
  /* In the top layer, above whatever the portal stacks or clips: fixed under the trigger, where the script puts it. */
  .popup:popover-open {
    position: fixed;
    inset: var(--_top) auto auto var(--_x);
    translate: none;
  }
  label {
    display: grid;
    gap: var(--loket-space-2xs);
  }
  input {
    min-height: var(--loket-target-min);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-m);
    font: inherit;
  }
  .group {
    padding: var(--loket-space-xs) var(--loket-space-xs) 0;
    font-weight: var(--loket-font-weight-bold);
  }
  .option {
    flex-wrap: wrap;
    column-gap: var(--loket-space-xs);
    cursor: pointer;
    /* Rows scrolled out of the list are not laid out (their name is an attribute, so it is read anyway). */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--loket-target-min);
  }
  /* Secondary grey is 4.1:1 on the tint: the text colour there keeps 4.5:1. */
  .option:hover,
  .option:focus {
    --loket-color-text-secondary: var(--loket-color-text);
    background: var(--loket-color-action-subtle);
  }
  .check {
    margin-inline-start: auto;
  }
  /* Tints are gone here: focus is an outline, the current identity a bar at its start (and its check mark). */
  @media (forced-colors: active) {
    .option:focus {
      outline: var(--loket-focus-width) solid Highlight;
      outline-offset: calc(-1 * var(--loket-focus-width));
    }
    [aria-selected='true'] {
      border-inline-start: 0.375rem solid CanvasText;
    }
  }
`;
