import { FakeSource, type FakeOptions } from '../../test/support/fake-source.js';
import { translateItems, type Locale } from './copy.js';

/** The in-memory source of a notification story: its items with their titles in the toolbar's language (senders are names and stay). */
export const sourceFor = (options: FakeOptions, locale: Locale): FakeSource => new FakeSource({ ...options, items: translateItems(locale, options.items) });
