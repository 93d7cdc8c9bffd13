/** The languages Loket speaks. Dutch is the default. */
export type Locale = 'nl' | 'fr' | 'en' | 'de';

export const locales: readonly Locale[] = ['nl', 'fr', 'en', 'de'];

/**
 * Every user-facing string, per component namespace. Each language file implements this
 * interface, so a missing translation is a type error. Functions take the values they interpolate.
 */
export interface Messages {
  /** BCP 47 tag used for `Intl` formatting (dates, numbers). */
  intlLocale: string;
  common: {
    close: string;
    loading: string;
    retry: string;
    error: string;
    /** Suffix read after a link that opens a new window. */
    opensInNewWindow: string;
  };
  time: {
    /** "Vandaag om 17:34" */
    today: (time: string) => string;
    /** "Gisteren om 09:12" */
    yesterday: (time: string) => string;
    /** An invalid or missing date. */
    unknown: string;
  };
  button: {
    /** Read while a button is busy. */
    loading: string;
  };
  header: {
    /** The skip link: "Naar de hoofdinhoud". */
    skip: string;
    login: string;
    logout: string;
    /** The help line with the free number: "Hulp nodig? Bel 1700". */
    help: string;
    /** The menu button on narrow screens. */
    menu: string;
    /** Accessible name of the main links' navigation. */
    links: string;
    /** Accessible name of the language switch. */
    language: string;
    /** Read before the signed-in person's name: "Aangemeld als". */
    signedInAs: string;
    /** Shown when the profile has no usable name. */
    signedIn: string;
    /** The profile could not be loaded from `profile-url`. */
    profileError: string;
  };
  mandate: {
    /** "namens Schoonmaak Peeters BV" */
    onBehalfOf: (name: string) => string;
    /** The switcher's action: "Wissel van organisatie". */
    switch: string;
    /** Accessible name of the list of identities. */
    list: string;
    /** Label of the filter field (shown past 7 identities). */
    filter: string;
    /** Marks the identity acted for now. */
    current: string;
    /** Group labels per entity code; `other` for codes Loket does not know. */
    kinds: { BUR: string; EA: string; VER: string; LB: string; OV: string; GID: string; other: string };
    /** Announced after filtering: "12 resultaten". */
    results: (count: number, formatted: string) => string;
    /** Announced when Escape empties the filter, with `results` for the whole list: "Zoekopdracht gewist. 12 resultaten". */
    cleared: (results: string) => string;
    /** Below a capped list: "50 van 500 getoond. Verfijn uw zoekopdracht." */
    more: (shown: string, total: string) => string;
  };
  feedback: {
    /** The trigger and the dialog's heading: "Geef feedback". */
    open: string;
    /** The rating group's legend: "Hoe tevreden bent u over deze dienst?" */
    question: string;
    /** Text labels for ratings 1 to 5, from "Zeer ontevreden" to "Zeer tevreden". */
    ratings: readonly [string, string, string, string, string];
    /** The comment field's label. */
    comment: string;
    /** Visible counter: "12 van 2.000 tekens". */
    count: (used: string, max: string) => string;
    /** Announced near the limit only: "Nog 100 tekens". */
    remaining: (left: string) => string;
    /** What is sent; no personal data asked. */
    privacy: string;
    /** Label of the honeypot field (hidden from people and assistive technology). */
    honeypot: string;
    submit: string;
    /** Inline error when no rating was chosen. */
    required: string;
    /** Network error or 5xx; the answers are kept. */
    failed: string;
    /** No answer within 10 seconds. */
    timeout: string;
    /** 429 from the server. */
    rateLimited: string;
    /** 4xx other than 429. */
    rejected: string;
    thanks: string;
    /** Follows the thank-you. */
    thanksBody: string;
  };
  feedbackSummary: {
    /** "4,2 op 5" */
    outOf: (value: string) => string;
    average: string;
    /** "37 reacties" */
    responses: (count: number, formatted: string) => string;
    distribution: string;
    score: string;
    count: string;
    share: string;
    perContext: string;
    context: string;
    /** Feedback without a context attribute. */
    noContext: string;
    latest: string;
    noComment: string;
    empty: string;
    error: string;
  };
  statusTracker: {
    /** Each step state as text beside its icon, so no state depends on colour: "Afgerond", "Huidige stap"… */
    states: { done: string; current: string; upcoming: string; error: string; warning: string };
    /** Label before the dossier's reference, colon included: "Dossiernummer:". */
    reference: string;
    /** Accessible name of the ordered list of steps. */
    steps: string;
    /** Prefix of a step's required action, colon included: "Actie vereist:". */
    action: string;
    /** The collapsible timeline's button: "Historiek". */
    history: string;
    /** Announced politely when the dossier changes: "Status gewijzigd: In behandeling". */
    changed: (label: string) => string;
    /** The dossier could not be loaded from `src`. */
    loadError: string;
    /** Instead of the list, for a dossier without (readable) steps. */
    noSteps: string;
  };
  notifications: {
    /** The panel's heading and the bell's name: "Meldingen". */
    title: string;
    /** The bell's accessible name with the count: "Meldingen, 3 ongelezen". */
    label: (count: number, formatted: string) => string;
    /** Announced politely when the unread count changes: "3 ongelezen meldingen". */
    announce: (count: number, formatted: string) => string;
    /** Announced before the count when new notifications arrive: "1 nieuwe melding." */
    arrived: (count: number, formatted: string) => string;
    /** The group toggle: "2 oudere meldingen". */
    older: (count: number, formatted: string) => string;
    /** Text equivalent of the unread marker. */
    unread: string;
    /** The pill on items that need the reader to act. */
    actionRequired: string;
    markAllRead: string;
    viewAll: string;
    /** Reveals arrivals while the panel is open: "2 nieuwe meldingen". */
    newItems: (count: number, formatted: string) => string;
    empty: string;
    loading: string;
    /** Shown while the connection is offline. */
    offline: string;
    /** "2 wijzigingen worden verstuurd zodra u weer online bent." */
    pending: (count: number, formatted: string) => string;
    /** Why the notifications could not be loaded, per StoreError kind. */
    errors: { network: string; server: string; malformed: string; refused: string; unauthorized: string };
    /** A refused action, after the store rolled it back. */
    actionFailed: { read: string; unread: string; readAll: string };
    /** Dismisses the action error. */
    dismiss: string;
    /** Leads to `login-url` when the session expired: "Aanmelden". */
    signIn: string;
  };
  inbox: {
    /** Accessible name of the list of notifications. */
    list: string;
    /** Accessible name of the filter tabs. */
    filters: string;
    filter: { all: string; unread: string; action: string };
    /** Empty state per filter. */
    empty: { all: string; unread: string; action: string };
    markRead: string;
    markUnread: string;
    /** The pagination fallback button. */
    loadMore: string;
    loadingMore: string;
    /** After the last page. */
    end: string;
    /** On paper, under the rows when older pages are not loaded: printing prints what is loaded. */
    printedPart: (count: number, formatted: string) => string;
    /** Visible summary: "3 ongelezen". */
    summary: (count: number, formatted: string) => string;
    /** How to move through the list with the keyboard. */
    keyboard: string;
    /** Announced after a read/unread change: "Gemarkeerd als gelezen". */
    markedRead: string;
    markedUnread: string;
  };
  badge: {
    /** "3 ongelezen" style count text for screen readers. */
    count: (count: number) => string;
    /** Text equivalent of a dot badge. */
    dot: string;
  };
  alert: {
    info: string;
    success: string;
    warning: string;
    error: string;
    close: string;
  };
  pill: {
    /** Accessible name of a removable pill's button: "Betaald verwijderen". */
    remove: (label: string) => string;
  };
}

/** The part of every catalogue that all elements use. */
export type BaseMessages = Pick<Messages, 'intlLocale' | 'common' | 'time'>;

/** A component's own group of messages (`header`, `notifications`, …). */
export type Namespace = Exclude<keyof Messages, keyof BaseMessages>;

/** The language's own name, for language switches: available without loading its catalogue. */
export const languageNames: Readonly<Record<Locale, string>> = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };
