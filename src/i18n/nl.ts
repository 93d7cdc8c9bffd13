import type { Messages } from './messages.js';

export const nl: Messages = {
  intlLocale: 'nl-BE',
  languageName: 'Nederlands',
  common: {
    close: 'Sluiten',
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    error: 'Er ging iets mis.',
    offline: 'U bent offline.',
    opensInNewWindow: '(opent in een nieuw venster)',
    show: 'Toon',
    hide: 'Verberg',
  },
  time: {
    today: (time) => `Vandaag om ${time}`,
    yesterday: (time) => `Gisteren om ${time}`,
    unknown: 'Datum onbekend',
  },
  button: {
    loading: 'Bezig…',
  },
  badge: {
    count: (count) => `${count} ongelezen`,
    dot: 'nieuw',
  },
  alert: {
    info: 'Informatie',
    success: 'Gelukt',
    warning: 'Let op',
    error: 'Fout',
    close: 'Melding sluiten',
  },
};
