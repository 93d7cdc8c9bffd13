import type { Messages } from './messages.js';

export const en: Messages = {
  intlLocale: 'en-GB',
  languageName: 'English',
  common: {
    close: 'Close',
    loading: 'Loading…',
    retry: 'Try again',
    error: 'Something went wrong.',
    offline: 'You are offline.',
    opensInNewWindow: '(opens in a new window)',
    show: 'Show',
    hide: 'Hide',
  },
  time: {
    today: (time) => `Today at ${time}`,
    yesterday: (time) => `Yesterday at ${time}`,
    unknown: 'Unknown date',
  },
  button: {
    loading: 'Busy…',
  },
  badge: {
    count: (count) => `${count} unread`,
    dot: 'new',
  },
  alert: {
    info: 'Information',
    success: 'Success',
    warning: 'Warning',
    error: 'Error',
    close: 'Close message',
  },
};
