import { tokenCss } from './tokens.generated.js';

const installed = Symbol.for('loket.tokens.installed');

/**
 * Makes the token defaults available on the page the first time an element connects, so a page
 * that loads only the script still gets the Vlaanderen look. The rules sit at zero specificity
 * (`:where(:root)`), so a portal's own `:root { --loket-…: … }` always wins. Called on connect,
 * never at import time.
 */
export function ensureTokens(doc: Document): void {
  const holder = doc as Document & { [installed]?: boolean };
  if (holder[installed]) return;
  holder[installed] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(tokenCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
