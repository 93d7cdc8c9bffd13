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
  const Sheet = doc.defaultView?.CSSStyleSheet;
  // A document without a window (a template's, one made by DOMParser) styles nothing: leave it alone.
  if (holder[installed] || !Sheet) return;
  // The sheet must come from the document's own window: an element moved into an iframe is styled
  // there, and a sheet of the parent page would be refused.
  const sheet = new Sheet();
  sheet.replaceSync(tokenCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
  holder[installed] = true;
}
