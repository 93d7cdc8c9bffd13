// The portal's own content is Dutch only; the header's language switch changes the Loket elements. So
// that a screen reader keeps reading that content with a Dutch voice after choosing Français, the
// portal's own text carries lang="nl" and only the elements follow <html lang>. The choice is kept for
// the next pages and reloads, as a real portal would.
const KEY = 'loket-demo-lang';

const isLoket = (el: Element): boolean => el.localName.startsWith('loket-');

/** Gives every part of the portal's own markup that holds no Loket element lang="nl"; Loket elements follow <html lang>. */
function markDutch(parent: Element): void {
  for (const child of parent.children) {
    if (child.hasAttribute('lang') || child.localName === 'script') continue;
    // A Loket element itself follows the page; its light-DOM children (slotted links) are portal text.
    if (isLoket(child) || [...child.getElementsByTagName('*')].some(isLoket)) markDutch(child);
    else child.setAttribute('lang', 'nl');
  }
}

try {
  const saved = localStorage.getItem(KEY);
  if (saved) document.documentElement.lang = saved;
} catch {
  /* no storage: Dutch */
}
document.addEventListener('loket-language-change', (event) => {
  try {
    localStorage.setItem(KEY, event.detail.lang);
  } catch {
    /* no storage: the choice lasts for this page */
  }
});
markDutch(document.body);
