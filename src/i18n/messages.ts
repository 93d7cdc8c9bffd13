/** The languages Loket speaks. Dutch is the default. */
export type Locale = 'nl' | 'fr' | 'en' | 'de';

export const locales: readonly Locale[] = ['nl', 'fr', 'en', 'de'];

/**
 * Every user-facing string, per component namespace. Each language file implements this
 * interface, so a missing translation is a type error. Functions take the values they interpolate.
 */
export interface Messages {
  /** BCP 47 tag used for `Intl` formatting (dates, numbers). */
  intlLocale: string;
  /** The language's own name, for language switches ("Nederlands"). */
  languageName: string;
  common: {
    close: string;
    loading: string;
    retry: string;
    error: string;
    offline: string;
    /** Suffix read after a link that opens a new window. */
    opensInNewWindow: string;
    show: string;
    hide: string;
  };
  time: {
    /** "Vandaag om 17:34" */
    today: (time: string) => string;
    /** "Gisteren om 09:12" */
    yesterday: (time: string) => string;
    /** An invalid or missing date. */
    unknown: string;
  };
  button: {
    /** Read while a button is busy. */
    loading: string;
  };
  badge: {
    /** "3 ongelezen" style count text for screen readers. */
    count: (count: number) => string;
    /** Text equivalent of a dot badge. */
    dot: string;
  };
  alert: {
    info: string;
    success: string;
    warning: string;
    error: string;
    close: string;
  };
}
