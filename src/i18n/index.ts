import type { Locale, Messages } from './messages.js';
import { nl } from './nl.js';
import { fr } from './fr.js';
import { en } from './en.js';
import { de } from './de.js';

export type { Locale, Messages } from './messages.js';
export { locales } from './messages.js';

export const catalogs: Readonly<Record<Locale, Messages>> = { nl, fr, en, de };

/** Maps any BCP 47 tag ("nl-BE", "FR", "de-DE") to a Loket locale; unknown tags fall back to Dutch. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' || primary === 'de' ? primary : 'nl';
}
