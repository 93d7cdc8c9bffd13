import type { Locale, Messages, Namespace } from './messages.js';
import { languageNames } from './messages.js';
import { base as dutchBase } from './nl.js';

export type { BaseMessages, Locale, Messages, Namespace } from './messages.js';
export { locales, languageNames } from './messages.js';

/** An element's own Dutch namespaces (`static messages`); the base (`common`, `time`) comes with every element. */
export type DutchParts = Partial<Pick<Messages, Namespace>>;

type Other = Exclude<Locale, 'nl'>;

/**
 * French, English and German are loaded on first use, so the default bundle carries Dutch only.
 * In the CDN build each is a small module next to `loket.js` (`dist/locales/fr.js`, …).
 */
const loaders: Record<Other, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  en: () => import('./en.js').then((m) => m.en),
  de: () => import('./de.js').then((m) => m.de),
};
const catalogues: Partial<Record<Other, Messages>> = {};
const pending = new Map<Other, Promise<void>>();
const failed = new Set<Locale>();

/** True when the messages of `locale` can be used right away (Dutch always; a catalogue that failed to load falls back to Dutch). */
export function isLoaded(locale: Locale): boolean {
  return locale === 'nl' || locale in catalogues || failed.has(locale);
}

/**
 * Loads the catalogue of a language once; elements wait for it before they render in that language.
 * A portal may call it early (`await loadLocale('fr')`, or with any language tag: `'fr-BE'`,
 * `navigator.language`; others than French, English and German mean Dutch). Never rejects: when the
 * catalogue cannot be loaded, a warning is logged and elements keep speaking Dutch.
 */
// `string & {}` keeps the four locales suggested by editors while any tag is accepted.
export function loadLocale(tag: Locale | (string & {})): Promise<void> {
  const locale = resolveLocale(tag);
  // `nl` first also narrows the type to the languages that have a loader.
  if (locale === 'nl' || isLoaded(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      (messages) => {
        catalogues[locale] = messages;
      },
      (error: unknown) => {
        failed.add(locale);
        console.warn(`[loket] The ${languageNames[locale]} messages could not be loaded; elements stay in Dutch.`, error);
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** The language elements speak for `locale`: itself once its catalogue is loaded, Dutch until then or when it failed. */
export function shownLocale(locale: Locale): Locale {
  return locale !== 'nl' && catalogues[locale] ? locale : 'nl';
}

const views = new WeakMap<DutchParts, Map<Locale, Messages>>();

/**
 * The messages an element sees: the base plus only the namespaces it declares, in `locale` when that
 * catalogue is loaded and in Dutch otherwise. Every language gets the same narrow view, so an element
 * that uses a namespace it did not declare fails in every test, not only when it is imported alone.
 */
export function messagesFor(parts: DutchParts, locale: Locale): Messages {
  const language = shownLocale(locale);
  let perLocale = views.get(parts);
  if (!perLocale) views.set(parts, (perLocale = new Map()));
  let view = perLocale.get(language);
  if (!view) {
    const source: Partial<Messages> = language === 'nl' ? { ...dutchBase, ...parts } : (catalogues[language] ?? {});
    const keys = ['intlLocale', 'common', 'time', ...Object.keys(parts)] as (keyof Messages)[];
    view = Object.fromEntries(keys.map((key) => [key, source[key]])) as unknown as Messages;
    perLocale.set(language, view);
  }
  return view;
}

/** Maps any BCP 47 tag ("nl-BE", "FR", "de-DE") to a Loket locale; unknown tags fall back to Dutch. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' || primary === 'de' ? primary : 'nl';
}
