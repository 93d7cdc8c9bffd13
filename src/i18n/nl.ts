import type { BaseMessages, Messages } from './messages.js';

// Dutch, the default language, is bundled. It is split per namespace so an element that is imported
// on its own carries only its own strings (see `static messages` in each element).

/** What every element uses: `Intl` locale, common words and relative dates. */
export const base: BaseMessages = {
  intlLocale: 'nl-BE',
  common: {
    close: 'Sluiten',
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    error: 'Er ging iets mis.',
    opensInNewWindow: '(opent in een nieuw venster)',
  },
  time: {
    today: (time) => `Vandaag om ${time}`,
    yesterday: (time) => `Gisteren om ${time}`,
    unknown: 'Datum onbekend',
  },
};

export const button: Messages['button'] = {
  loading: 'Bezig…',
};

export const header: Messages['header'] = {
  skip: 'Naar de hoofdinhoud',
  login: 'Aanmelden',
  logout: 'Afmelden',
  help: 'Hulp nodig? Bel 1700',
  menu: 'Menu',
  links: 'Hoofdmenu',
  language: 'Taal',
  signedInAs: 'Aangemeld als',
  signedIn: 'Aangemeld',
  profileError: 'We konden niet nagaan of u aangemeld bent. Meld u opnieuw aan of probeer het later nog eens.',
};

export const mandate: Messages['mandate'] = {
  onBehalfOf: (name) => `namens ${name}`,
  switch: 'Wissel van organisatie',
  list: 'Kies voor wie u handelt',
  filter: 'Zoek op naam of nummer',
  current: 'huidige keuze',
  kinds: { BUR: 'Burger', EA: 'Onderneming', VER: 'Vereniging', LB: 'Lokaal bestuur', OV: 'Openbare instelling', GID: 'Andere organisatie', other: 'Andere' },
  results: (count, formatted) => (count === 0 ? 'Geen resultaten' : `${formatted} ${count === 1 ? 'resultaat' : 'resultaten'}`),
  cleared: (results) => `Zoekopdracht gewist. ${results}`,
  more: (shown, total) => `${shown} van ${total} getoond. Verfijn uw zoekopdracht.`,
};

export const feedback: Messages['feedback'] = {
  open: 'Geef feedback',
  question: 'Hoe tevreden bent u over deze dienst?',
  ratings: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
  comment: 'Wat kunnen we beter doen? (niet verplicht)',
  count: (used, max) => `${used} van ${max} tekens`,
  remaining: (left) => `Nog ${left} tekens`,
  privacy: 'We sturen uw score, uw reactie, het adres van deze pagina en uw taal. Vermeld geen persoonsgegevens.',
  honeypot: 'Laat dit veld leeg',
  submit: 'Verstuur',
  required: 'Kies hoe tevreden u bent.',
  failed: 'Uw feedback is niet verstuurd. Wat u invulde, is bewaard. Probeer het opnieuw.',
  timeout: 'Het versturen duurde te lang. Wat u invulde, is bewaard. Probeer het opnieuw.',
  rateLimited: 'U hebt te veel feedback verstuurd. Probeer het later opnieuw.',
  rejected: 'Uw feedback kon niet verwerkt worden. Controleer wat u invulde.',
  thanks: 'Bedankt voor uw feedback',
  thanksBody: 'We gebruiken uw mening om deze dienst te verbeteren.',
};

export const feedbackSummary: Messages['feedbackSummary'] = {
  outOf: (value) => `${value} op 5`,
  average: 'Gemiddelde tevredenheid',
  responses: (count, formatted) => `${formatted} ${count === 1 ? 'reactie' : 'reacties'}`,
  distribution: 'Verdeling van de scores',
  score: 'Score',
  count: 'Aantal',
  share: 'Aandeel',
  perContext: 'Per dienst',
  context: 'Dienst',
  noContext: 'Zonder dienst',
  latest: 'Laatste reacties',
  noComment: 'Geen reactie',
  empty: 'Nog geen feedback ontvangen.',
  error: 'De feedback kon niet geladen worden.',
};

export const statusTracker: Messages['statusTracker'] = {
  states: { done: 'Afgerond', current: 'Huidige stap', upcoming: 'Nog niet gestart', error: 'Probleem', warning: 'Let op' },
  reference: 'Dossiernummer:',
  steps: 'Stappen',
  action: 'Actie vereist:',
  history: 'Historiek',
  changed: (label) => `Status gewijzigd: ${label}`,
  loadError: 'De status van uw dossier kon niet geladen worden.',
  noSteps: 'Voor dit dossier zijn nog geen stappen bekend.',
};

export const notifications: Messages['notifications'] = {
  title: 'Meldingen',
  label: (count, formatted) => (count ? `Meldingen, ${formatted} ongelezen` : 'Meldingen'),
  announce: (count, formatted) => (count === 0 ? 'Geen ongelezen meldingen' : `${formatted} ongelezen ${count === 1 ? 'melding' : 'meldingen'}`),
  arrived: (count, formatted) => `${formatted} nieuwe ${count === 1 ? 'melding' : 'meldingen'}.`,
  older: (count, formatted) => `${formatted} oudere ${count === 1 ? 'melding' : 'meldingen'}`,
  unread: 'Ongelezen',
  actionRequired: 'Actie vereist',
  markAllRead: 'Alles als gelezen markeren',
  viewAll: 'Bekijk alle meldingen',
  newItems: (count, formatted) => `${formatted} nieuwe ${count === 1 ? 'melding' : 'meldingen'}`,
  empty: 'Geen meldingen',
  loading: 'Meldingen worden geladen…',
  offline: 'U bent offline. Uw meldingen worden bijgewerkt zodra u weer verbonden bent.',
  pending: (count, formatted) => `${formatted} ${count === 1 ? 'wijziging wordt' : 'wijzigingen worden'} verstuurd zodra u weer online bent.`,
  errors: {
    network: 'Uw meldingen konden niet geladen worden. Controleer uw internetverbinding.',
    server: 'Uw meldingen zijn tijdelijk niet beschikbaar.',
    malformed: 'Uw meldingen konden niet gelezen worden.',
    refused: 'Uw meldingen konden niet opgehaald worden.',
    unauthorized: 'Meld u opnieuw aan om uw meldingen te zien.',
  },
  actionFailed: {
    read: 'Markeren als gelezen is niet gelukt.',
    unread: 'Markeren als ongelezen is niet gelukt.',
    readAll: 'Alles als gelezen markeren is niet gelukt.',
  },
  dismiss: 'Foutmelding sluiten',
  signIn: 'Aanmelden',
};

export const inbox: Messages['inbox'] = {
  list: 'Meldingen',
  filters: 'Meldingen filteren',
  filter: { all: 'Alle', unread: 'Ongelezen', action: 'Actie vereist' },
  empty: { all: 'Geen meldingen', unread: 'Geen ongelezen meldingen', action: 'Geen meldingen die actie vereisen' },
  markRead: 'Markeer als gelezen',
  markUnread: 'Markeer als ongelezen',
  loadMore: 'Meer laden',
  loadingMore: 'Meer meldingen worden geladen…',
  end: 'U hebt alle meldingen gezien.',
  printedPart: (count, formatted) => `Afgedrukt: ${formatted} geladen ${count === 1 ? 'melding' : 'meldingen'}. Oudere meldingen staan niet op papier: laad ze eerst met ‘Meer laden’.`,
  summary: (_count, formatted) => `${formatted} ongelezen`,
  keyboard: 'Gebruik de pijltjestoetsen, Page Up, Page Down, Home en End om door de meldingen te gaan, en Ctrl+Home of Ctrl+End om de lijst te verlaten.',
  markedRead: 'Gemarkeerd als gelezen',
  markedUnread: 'Gemarkeerd als ongelezen',
};

export const badge: Messages['badge'] = {
  count: (count) => `${count} ongelezen`,
  dot: 'nieuw',
};

export const alert: Messages['alert'] = {
  info: 'Informatie',
  success: 'Gelukt',
  warning: 'Let op',
  error: 'Fout',
  close: 'Melding sluiten',
};

export const pill: Messages['pill'] = {
  remove: (label) => `${label} verwijderen`,
};

/** The whole Dutch catalogue (for tests and tools; elements import only their namespaces). */
export const nl: Messages = { ...base, button, header, mandate, feedback, feedbackSummary, statusTracker, notifications, inbox, badge, alert, pill };
