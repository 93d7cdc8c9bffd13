import { css } from 'lit';

/**
 * Buttons inside components that are not `loket-button`: bare (no border, background or pointer of their
 * own, the font of their context), `.link` (text only) and `.action` (outlined; also on links). With
 * `aria-disabled="true"` they stay focusable and named but cannot act now (nothing left to mark read, the
 * next page on its way), and look it: grey, no pointer, in forced colours too. A module of its own, next to
 * shared.ts: the elements that do not use it (the atoms) do not carry it.
 */
export const controlStyles = css`
  button {
    border: 0;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .link {
    min-height: var(--loket-target-min);
    padding: 0 var(--loket-space-xs);
    color: var(--loket-color-action);
    font-size: var(--loket-font-size-s);
    text-decoration: underline;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-height: var(--loket-target-min);
    padding: var(--loket-space-2xs) var(--loket-space-m);
    border: var(--loket-border-width-strong) solid var(--loket-color-action);
    border-radius: var(--loket-radius-m);
    background: var(--loket-color-background);
    color: var(--loket-color-action);
    font-weight: var(--loket-font-weight-medium);
    text-decoration: none;
  }
  /* Side by side, such as "Aanmelden" and "Opnieuw proberen" under a failed load. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loket-space-2xs);
  }
  .action:hover {
    background: var(--loket-color-action-subtle);
  }
  .link[aria-disabled='true'],
  .action[aria-disabled='true'] {
    color: var(--loket-color-text-secondary);
    cursor: default;
  }
  .action[aria-disabled='true'] {
    border-color: var(--loket-color-border);
    background: var(--loket-color-background-alt);
  }
  @media (forced-colors: active) {
    .link[aria-disabled='true'],
    .action[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
