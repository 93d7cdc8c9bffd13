import type { Messages } from '../i18n/messages.js';

/** Parses an ISO-8601 string or Date; returns undefined for anything that is not a valid date. */
export function parseDate(value: string | Date | null | undefined): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

// Intl formatters are costly to build and rendering asks for them often: one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

const formatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** A number formatter for the locale, e.g. `numberFormat('nl-BE', { style: 'percent' })`. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const dayOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** The same calendar day, in local time. */
function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** "3 juli 2017" in the catalogue's locale. */
export function formatDate(value: string | Date | null | undefined, t: Messages): string {
  const date = parseDate(value);
  return date ? formatter(t.intlLocale, dayOptions).format(date) : t.time.unknown;
}

/** "17:34" */
function formatTime(date: Date, t: Messages): string {
  return formatter(t.intlLocale, timeOptions).format(date);
}

/**
 * Mijn Burgerprofiel style: "Vandaag om 17:34", "Gisteren om 09:12", otherwise "3 juli 2017".
 * Dates in the future are shown as a plain date.
 */
export function formatRelative(value: string | Date | null | undefined, now: Date, t: Messages): string {
  const date = parseDate(value);
  if (!date) return t.time.unknown;
  if (sameDay(date, now)) return t.time.today(formatTime(date, t));
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameDay(date, yesterday)) return t.time.yesterday(formatTime(date, t));
  return formatDate(date, t);
}
