/**
 * Loket: every element registered at once. This is the CDN entry (dist/loket.js).
 * Per-component entries live in src/entries and register only what they need.
 */
export * from './entries/button.js';
export * from './entries/icon.js';
export * from './entries/badge.js';
export * from './entries/alert.js';
export * from './entries/pill.js';
// The header's alert bar declares the same union; this names the one to export.
export type { AlertVariant } from './entries/alert.js';
export * from './entries/header.js';
export * from './entries/mandate-switcher.js';
export * from './entries/notifications.js';
export * from './entries/inbox.js';
export * from './entries/status-tracker.js';
export * from './entries/feedback.js';
export * from './entries/feedback-summary.js';

export { LoketElement } from './internal/loket-element.js';
export { LoketEvent } from './internal/events.js';
export { safeUrl } from './internal/safe-url.js';
export { resolveLocale, loadLocale, locales, type Locale } from './i18n/index.js';
