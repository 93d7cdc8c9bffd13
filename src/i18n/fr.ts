import type { Messages } from './messages.js';

export const fr: Messages = {
  intlLocale: 'fr-BE',
  languageName: 'Français',
  common: {
    close: 'Fermer',
    loading: 'Chargement…',
    retry: 'Réessayer',
    error: 'Une erreur s’est produite.',
    offline: 'Vous êtes hors ligne.',
    opensInNewWindow: '(s’ouvre dans une nouvelle fenêtre)',
    show: 'Afficher',
    hide: 'Masquer',
  },
  time: {
    today: (time) => `Aujourd’hui à ${time}`,
    yesterday: (time) => `Hier à ${time}`,
    unknown: 'Date inconnue',
  },
  button: {
    loading: 'En cours…',
  },
  badge: {
    count: (count) => `${count} non lu${count === 1 ? '' : 's'}`,
    dot: 'nouveau',
  },
  alert: {
    info: 'Information',
    success: 'Réussi',
    warning: 'Attention',
    error: 'Erreur',
    close: 'Fermer le message',
  },
};
