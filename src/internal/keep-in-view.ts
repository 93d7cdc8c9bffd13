/**
 * Moves a popup that hangs from its trigger (position: absolute) sideways so it stays inside the
 * viewport: a bell or a switcher at the page's start edge would otherwise open its panel off-screen.
 * The popup's styles apply the shift with `translate: var(--_shift, 0) 0`. Call it once the popup is shown.
 */
export function keepInView(popup: HTMLElement): void {
  popup.style.removeProperty('--_shift');
  if (getComputedStyle(popup).position !== 'absolute') return;
  const box = popup.getBoundingClientRect();
  const width = popup.ownerDocument.documentElement.clientWidth;
  const shift = box.left < 0 ? -box.left : box.right > width ? width - box.right : 0;
  if (shift) popup.style.setProperty('--_shift', `${Math.round(shift)}px`);
}
