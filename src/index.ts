/**
 * Loket: every element registered at once. This is the CDN entry (dist/loket.js).
 * Per-component entries live in src/entries and register only what they need.
 */
export * from './entries/button.js';

export { LoketElement } from './internal/loket-element.js';
export { LoketEvent } from './internal/events.js';
export { safeUrl } from './internal/safe-url.js';
export { resolveLocale, locales, type Locale } from './i18n/index.js';
