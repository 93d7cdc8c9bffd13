import { css } from 'lit';

/** Box model, typography and `hidden` every component starts from. Tokens only, never raw values. */
export const hostBase = css`
  :host {
    box-sizing: border-box;
    font-family: var(--loket-font-family);
    font-size: var(--loket-font-size-m);
    line-height: var(--loket-font-line-height);
    color: var(--loket-color-text);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* border-box, not inherit: an explicit 'inherit' keeps Chromium from reusing computed styles between
     elements, which made every new inbox row three to four times slower to style. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** The Vlaanderen focus ring: 3px solid outline, 2px offset, only for keyboard focus. */
export const focusRing = css`
  :focus-visible {
    outline: var(--loket-focus-width) solid var(--loket-focus-color);
    outline-offset: var(--loket-focus-offset);
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
`;

/** Hidden on screen, read by assistive technology: the declarations, for `.vh` and for rules that hide only sometimes. */
export const hiddenOnScreen = css`
  position: absolute !important;
  width: var(--loket-size-hairline) !important;
  height: var(--loket-size-hairline) !important;
  padding: 0 !important;
  margin: calc(-1 * var(--loket-size-hairline)) !important;
  overflow: hidden !important;
  clip: rect(0, 0, 0, 0) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

/** `.vh`: hidden on screen, read by assistive technology. */
export const visuallyHidden = css`
  .vh {
    ${hiddenOnScreen}
  }
`;

/** Links inside components: action blue, visited purple, underlined. */
export const linkStyles = css`
  a {
    color: var(--loket-color-action);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--loket-color-action-hover);
    text-decoration-thickness: var(--loket-border-width-strong);
  }
`;

/** The shared base for every Loket element. */
export const componentStyles = [hostBase, focusRing, visuallyHidden];
