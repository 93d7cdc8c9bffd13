import type { Locale, Messages } from '../../src/i18n/index.js';
import { nl } from '../../src/i18n/nl.js';
import { fr } from '../../src/i18n/fr.js';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';

/** Every catalogue, whole, for expected texts in tests (elements load fr/en/de on demand). */
export const catalogs: Readonly<Record<Locale, Messages>> = { nl, fr, en, de };
