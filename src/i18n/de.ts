import type { Messages } from './messages.js';

export const de: Messages = {
  intlLocale: 'de-BE',
  languageName: 'Deutsch',
  common: {
    close: 'Schließen',
    loading: 'Wird geladen…',
    retry: 'Erneut versuchen',
    error: 'Etwas ist schiefgelaufen.',
    offline: 'Sie sind offline.',
    opensInNewWindow: '(öffnet in einem neuen Fenster)',
    show: 'Anzeigen',
    hide: 'Ausblenden',
  },
  time: {
    today: (time) => `Heute um ${time}`,
    yesterday: (time) => `Gestern um ${time}`,
    unknown: 'Datum unbekannt',
  },
  button: {
    loading: 'Bitte warten…',
  },
  badge: {
    count: (count) => `${count} ungelesen`,
    dot: 'neu',
  },
  alert: {
    info: 'Information',
    success: 'Erfolgreich',
    warning: 'Achtung',
    error: 'Fehler',
    close: 'Meldung schließen',
  },
};
