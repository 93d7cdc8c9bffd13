import { locales, type Locale } from '../../src/i18n/index.js';

/** Runs `fn` once per locale with `<html lang>` set, restoring the original language afterwards. */
export async function forEachLocale(fn: (locale: Locale) => Promise<void>): Promise<void> {
  const original = document.documentElement.lang;
  try {
    for (const locale of locales) {
      document.documentElement.lang = locale;
      await fn(locale);
    }
  } finally {
    document.documentElement.lang = original;
  }
}

/** Waits for pending Lit updates and the MutationObserver that follows `lang`. */
export async function settle(element?: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (element) await element.updateComplete;
}
