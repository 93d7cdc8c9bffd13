// The stories' own text (button labels, alert messages, notification titles, dossiers, feedback) in
// the four languages of the toolbar's "Taal" switch. The elements translate their own strings; this
// module translates what the stories hand them, so a French page is French throughout, accessible
// names included (WCAG 3.1.2).
//
// The stories are written in Dutch, as the counters are: each Dutch text is the key of its French,
// English and German translations below, and the type makes every entry carry all three. Proper names
// stay as they are in every language: Mijn Burgerprofiel, Mypension, the senders (Studietoelagen,
// VAPH, Sigedis vzw, Wonen-Antwerpen, VLABEL, Stad Kortrijk), people, companies, municipalities and
// agencies. So do technical names the stories show on purpose (variant and size names, icon names,
// `context` tags, URLs).
//
// Args: text a designer edits in Controls (a button's label, an alert's message, a dossier) keeps its
// Dutch default there. While an arg still holds a text from this catalogue it is shown in the
// toolbar's language; once it is changed, the story shows exactly what was typed, in any language.

/** The toolbar's languages; Dutch first, the default. */
export const locales = ['nl', 'fr', 'en', 'de'] as const;
export type Locale = (typeof locales)[number];
export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The toolbar's locale in a story's globals; Dutch when it is missing or unknown. */
export const localeOf = (globals: Record<string, unknown> | undefined): Locale => {
  const locale = globals?.['locale'];
  return isLocale(locale) ? locale : 'nl';
};

type Translations = Record<Exclude<Locale, 'nl'>, string>;

/**
 * Every Dutch story text with its translations, grouped by story file. `{name}` is a placeholder that
 * `t()` fills in; it must appear in every translation.
 */
const phrases = {
  // ── alert.stories.ts ──
  'Fiscaal attest 2025 beschikbaar': {
    fr: 'Attestation fiscale 2025 disponible',
    en: '2025 tax certificate available',
    de: 'Steuerbescheinigung 2025 verfügbar',
  },
  'Uw fiscaal attest voor 2025 staat klaar in de Beveiligde Zone en in Mijn Burgerprofiel.': {
    fr: 'Votre attestation fiscale 2025 est disponible dans la Zone sécurisée et dans Mijn Burgerprofiel.',
    en: 'Your 2025 tax certificate is ready in the Secure Zone and in Mijn Burgerprofiel.',
    de: 'Ihre Steuerbescheinigung 2025 steht im geschützten Bereich und in Mijn Burgerprofiel bereit.',
  },
  'Bestelling geplaatst': { fr: 'Commande passée', en: 'Order placed', de: 'Bestellung aufgegeben' },
  'U ontvangt uw 20 dienstencheques binnen 2 werkdagen na betaling.': {
    fr: 'Vous recevrez vos 20 titres-services dans les 2 jours ouvrables suivant le paiement.',
    en: 'You will receive your 20 service vouchers within 2 working days of payment.',
    de: 'Sie erhalten Ihre 20 Dienstleistungsschecks innerhalb von 2 Werktagen nach der Zahlung.',
  },
  Onderhoud: { fr: 'Maintenance', en: 'Maintenance', de: 'Wartung' },
  'Zondag van 8 tot 10 uur is de Beveiligde Zone niet bereikbaar.': {
    fr: 'Dimanche, de 8 à 10 heures, la Zone sécurisée ne sera pas accessible.',
    en: 'On Sunday from 8 to 10 a.m. the Secure Zone will not be available.',
    de: 'Am Sonntag von 8 bis 10 Uhr ist der geschützte Bereich nicht erreichbar.',
  },
  'Betaling mislukt': { fr: 'Échec du paiement', en: 'Payment failed', de: 'Zahlung fehlgeschlagen' },
  'Uw betaling is niet gelukt. Er werd niets aangerekend. Probeer het opnieuw.': {
    fr: 'Votre paiement n’a pas abouti. Rien ne vous a été facturé. Veuillez réessayer.',
    en: 'Your payment did not go through. You have not been charged. Please try again.',
    de: 'Ihre Zahlung ist fehlgeschlagen. Es wurde nichts abgebucht. Bitte versuchen Sie es erneut.',
  },
  'Uw gegevens zijn bewaard.': {
    fr: 'Vos données ont été enregistrées.',
    en: 'Your details have been saved.',
    de: 'Ihre Daten wurden gespeichert.',
  },
  'Referentie DC-2026-000000000000000000000000001947': {
    fr: 'Référence DC-2026-000000000000000000000000001947',
    en: 'Reference DC-2026-000000000000000000000000001947',
    de: 'Referenz DC-2026-000000000000000000000000001947',
  },
  'Bezorg het formulier via https://www.vlaanderen.be/dienstencheques/formulieren/aanvraag-terugbetaling-ongebruikte-dienstencheques-2026.pdf vóór 30 juni.': {
    fr: 'Envoyez le formulaire via https://www.vlaanderen.be/dienstencheques/formulieren/aanvraag-terugbetaling-ongebruikte-dienstencheques-2026.pdf avant le 30 juin.',
    en: 'Send the form via https://www.vlaanderen.be/dienstencheques/formulieren/aanvraag-terugbetaling-ongebruikte-dienstencheques-2026.pdf by 30 June.',
    de: 'Senden Sie das Formular über https://www.vlaanderen.be/dienstencheques/formulieren/aanvraag-terugbetaling-ongebruikte-dienstencheques-2026.pdf bis zum 30. Juni.',
  },
  // The date follows in every language; the story formats it with Intl.
  'Bezorg uw inkomensattest vóór': {
    fr: 'Envoyez votre attestation de revenus avant le',
    en: 'Send your income certificate by',
    de: 'Senden Sie Ihre Einkommensbescheinigung bis zum',
  },
  'Zonder attest kunnen we uw aanvraag voor een studietoelage niet verder behandelen.': {
    fr: 'Sans cette attestation, nous ne pouvons pas poursuivre le traitement de votre demande d’allocation d’études.',
    en: 'Without the certificate we cannot continue to process your study allowance application.',
    de: 'Ohne die Bescheinigung können wir Ihren Antrag auf Studienbeihilfe nicht weiter bearbeiten.',
  },
  'Bezorg uw attest online': {
    fr: 'Envoyez votre attestation en ligne',
    en: 'Send your certificate online',
    de: 'Senden Sie Ihre Bescheinigung online',
  },
  'Een bericht van het type {variant}.': {
    fr: 'Un message de type {variant}.',
    en: 'A message of type {variant}.',
    de: 'Eine Meldung vom Typ {variant}.',
  },
  Opgeslagen: { fr: 'Enregistré', en: 'Saved', de: 'Gespeichert' },
  'Uw wijzigingen zijn bewaard om {time}.': {
    fr: 'Vos modifications ont été enregistrées à {time}.',
    en: 'Your changes were saved at {time}.',
    de: 'Ihre Änderungen wurden um {time} gespeichert.',
  },
  Bewaar: { fr: 'Enregistrer', en: 'Save', de: 'Speichern' },

  // ── badge.stories.ts ──
  '4 documenten om te ondertekenen': { fr: '4 documents à signer', en: '4 documents to sign', de: '4 Dokumente zu unterschreiben' },
  Meldingen: { fr: 'Notifications', en: 'Notifications', de: 'Mitteilungen' },

  // ── button.stories.ts ──
  'Aanvraag indienen': { fr: 'Introduire la demande', en: 'Submit application', de: 'Antrag einreichen' },
  'Opslaan als concept': { fr: 'Enregistrer comme brouillon', en: 'Save as draft', de: 'Als Entwurf speichern' },
  Annuleren: { fr: 'Annuler', en: 'Cancel', de: 'Abbrechen' },
  'Bekijk je dossier': { fr: 'Consulter votre dossier', en: 'View your file', de: 'Ihre Akte ansehen' },
  'Meer over dienstencheques': {
    fr: 'En savoir plus sur les titres-services',
    en: 'More about service vouchers',
    de: 'Mehr über Dienstleistungsschecks',
  },
  'Bekijk je dossiers': { fr: 'Consulter vos dossiers', en: 'View your files', de: 'Ihre Akten ansehen' },
  Zoeken: { fr: 'Rechercher', en: 'Search', de: 'Suchen' },
  'Volgende stap': { fr: 'Étape suivante', en: 'Next step', de: 'Nächster Schritt' },
  Sluiten: { fr: 'Fermer', en: 'Close', de: 'Schließen' },
  'Fiscaal attest': { fr: 'Attestation fiscale', en: 'Tax certificate', de: 'Steuerbescheinigung' },
  Menu: { fr: 'Menu', en: 'Menu', de: 'Menü' },
  Bevestigen: { fr: 'Confirmer', en: 'Confirm', de: 'Bestätigen' },
  Vernieuwen: { fr: 'Actualiser', en: 'Refresh', de: 'Aktualisieren' },
  Rijksregisternummer: { fr: 'Numéro de registre national', en: 'National register number', de: 'Nationalregisternummer' },
  Wissen: { fr: 'Effacer', en: 'Clear', de: 'Löschen' },

  // ── feedback.stories.ts ──
  'Vond u wat u zocht op deze pagina?': {
    fr: 'Avez-vous trouvé ce que vous cherchiez sur cette page ?',
    en: 'Did you find what you were looking for on this page?',
    de: 'Haben Sie auf dieser Seite gefunden, was Sie gesucht haben?',
  },
  'Ga met Tab door de links: de knop maakt plaats wanneer er een onder zou komen.': {
    fr: 'Parcourez les liens avec la touche Tab : le bouton se déplace lorsqu’un lien passerait en dessous.',
    en: 'Tab through the links: the button moves aside when a link would end up underneath it.',
    de: 'Gehen Sie mit der Tabulatortaste durch die Links: Die Schaltfläche weicht aus, wenn ein Link darunter läge.',
  },
  'Betaal uw bestelling': { fr: 'Payez votre commande', en: 'Pay for your order', de: 'Bezahlen Sie Ihre Bestellung' },
  'Het bestellen ging vlot, maar ik vond mijn fiscaal attest niet meteen.': {
    fr: 'La commande s’est bien passée, mais je n’ai pas trouvé tout de suite mon attestation fiscale.',
    en: 'Ordering went smoothly, but I could not find my tax certificate straight away.',
    de: 'Die Bestellung ging reibungslos, aber ich habe meine Steuerbescheinigung nicht sofort gefunden.',
  },

  // ── feedback-summary.stories.ts ──
  'Dienstencheques bestellen': { fr: 'Commander des titres-services', en: 'Order service vouchers', de: 'Dienstleistungsschecks bestellen' },
  'Bestellen en betalen ging in twee minuten.': {
    fr: 'Commander et payer m’a pris deux minutes.',
    en: 'Ordering and paying took two minutes.',
    de: 'Bestellen und Bezahlen hat zwei Minuten gedauert.',
  },
  'Ik vond mijn fiscaal attest niet. Waar staat het?': {
    fr: 'Je n’ai pas trouvé mon attestation fiscale. Où se trouve-t-elle ?',
    en: 'I could not find my tax certificate. Where is it?',
    de: 'Ich habe meine Steuerbescheinigung nicht gefunden. Wo ist sie?',
  },
  'Duidelijk, maar de bevestigingsmail kwam pas na een uur.': {
    fr: 'C’est clair, mais le courriel de confirmation n’est arrivé qu’au bout d’une heure.',
    en: 'Clear, but the confirmation email only arrived after an hour.',
    de: 'Übersichtlich, aber die Bestätigungsmail kam erst nach einer Stunde.',
  },
  '<script>alert("xss")</script> <img src=x onerror=alert(1)> wordt als tekst getoond, nooit uitgevoerd.': {
    fr: '<script>alert("xss")</script> <img src=x onerror=alert(1)> est affiché comme du texte, jamais exécuté.',
    en: '<script>alert("xss")</script> <img src=x onerror=alert(1)> is shown as text, never run.',
    de: '<script>alert("xss")</script> <img src=x onerror=alert(1)> wird als Text angezeigt, nie ausgeführt.',
  },

  // ── header.stories.ts ──
  Dienstencheques: { fr: 'Titres-services', en: 'Service vouchers', de: 'Dienstleistungsschecks' },
  'Beveiligde Zone': { fr: 'Zone sécurisée', en: 'Secure Zone', de: 'Geschützter Bereich' },
  Start: { fr: 'Accueil', en: 'Home', de: 'Start' },
  'Mijn dossiers': { fr: 'Mes dossiers', en: 'My files', de: 'Meine Akten' },
  Prestaties: { fr: 'Prestations', en: 'Work performed', de: 'Leistungen' },
  'Inhoud van de pagina.': { fr: 'Contenu de la page.', en: 'Page content.', de: 'Inhalt der Seite.' },
  'Aanvraag tegemoetkoming zorgbudget voor zwaar zorgbehoevenden': {
    fr: 'Demande d’intervention : budget de soins pour personnes gravement dépendantes',
    en: 'Application for the care budget for people with a high need of care',
    de: 'Antrag auf Pflegebudget für schwer pflegebedürftige Personen',
  },
  'Door onderhoud is de Beveiligde Zone zaterdag van 8 tot 12 uur niet bereikbaar.': {
    fr: 'En raison d’une maintenance, la Zone sécurisée ne sera pas accessible samedi de 8 à 12 heures.',
    en: 'Because of maintenance, the Secure Zone will not be available on Saturday from 8 a.m. to 12 noon.',
    de: 'Wegen Wartungsarbeiten ist der geschützte Bereich am Samstag von 8 bis 12 Uhr nicht erreichbar.',
  },
  '<b>Onbekend</b>': { fr: '<b>Inconnu</b>', en: '<b>Unknown</b>', de: '<b>Unbekannt</b>' },

  // ── icon.stories.ts ──
  'Let op': { fr: 'Attention', en: 'Caution', de: 'Achtung' },
  'Hulp nodig? Bel gratis 1700': {
    fr: 'Besoin d’aide ? Appelez gratuitement le 1700',
    en: 'Need help? Call 1700 free of charge',
    de: 'Brauchen Sie Hilfe? Rufen Sie kostenlos 1700 an',
  },
  'Uw berichten': { fr: 'Vos messages', en: 'Your messages', de: 'Ihre Nachrichten' },

  // ── notifications.stories.ts and inbox.stories.ts (titles of test/support/fake-source.ts) ──
  'De status van uw Studietoelage is gewijzigd': {
    fr: 'Le statut de votre allocation d’études a changé',
    en: 'The status of your study allowance has changed',
    de: 'Der Status Ihrer Studienbeihilfe hat sich geändert',
  },
  'Uw studietoelage wordt behandeld': {
    fr: 'Votre allocation d’études est en cours de traitement',
    en: 'Your study allowance is being processed',
    de: 'Ihre Studienbeihilfe wird bearbeitet',
  },
  'Uw aanvraag voor een studietoelage is ontvangen': {
    fr: 'Votre demande d’allocation d’études a été reçue',
    en: 'Your study allowance application has been received',
    de: 'Ihr Antrag auf Studienbeihilfe ist eingegangen',
  },
  'U ontving een betaling ihkv uw dossier Hulpmiddelen': {
    fr: 'Vous avez reçu un paiement dans le cadre de votre dossier Aides matérielles',
    en: 'You received a payment for your Assistive devices file',
    de: 'Sie haben eine Zahlung im Rahmen Ihrer Akte Hilfsmittel erhalten',
  },
  'Mypension - Aanvullend pensioen - Samenvatting van uw gegevens 2016.pdf': {
    fr: 'Mypension - Pension complémentaire - Résumé de vos données 2016.pdf',
    en: 'Mypension - Supplementary pension - Summary of your data 2016.pdf',
    de: 'Mypension - Zusatzpension - Zusammenfassung Ihrer Daten 2016.pdf',
  },
  'Actie vereist in uw dossier Renovatiepremie': {
    fr: 'Action requise dans votre dossier Prime à la rénovation',
    en: 'Action required in your Renovation premium file',
    de: 'Handlung erforderlich in Ihrer Akte Renovierungsprämie',
  },
  'Actie vereist voor betaling van uw verkeersbelasting': {
    fr: 'Action requise pour le paiement de votre taxe de circulation',
    en: 'Action required to pay your road tax',
    de: 'Handlung erforderlich für die Zahlung Ihrer Verkehrssteuer',
  },
  'Actie vereist voor betaling van uw verkeersbelasting: 21 juli': {
    fr: 'Action requise pour le paiement de votre taxe de circulation : 21 juillet',
    en: 'Action required to pay your road tax: 21 July',
    de: 'Handlung erforderlich für die Zahlung Ihrer Verkehrssteuer: 21. Juli',
  },
  'Uw aanvraag voor een bewonerskaart is goedgekeurd': {
    fr: 'Votre demande de carte de riverain a été approuvée',
    en: 'Your application for a resident’s parking permit has been approved',
    de: 'Ihr Antrag auf einen Anwohnerparkausweis wurde genehmigt',
  },
  'Uw renovatiepremie is gedeeltelijk toegekend omdat u niet aan alle voorwaarden voldoet': {
    fr: 'Votre prime à la rénovation a été partiellement accordée, car vous ne remplissez pas toutes les conditions',
    en: 'Your renovation premium has been partly granted because you do not meet all the conditions',
    de: 'Ihre Renovierungsprämie wurde teilweise gewährt, da Sie nicht alle Bedingungen erfüllen',
  },
  'Nieuwe melding {n}': { fr: 'Nouvelle notification {n}', en: 'New notification {n}', de: 'Neue Mitteilung {n}' },
  'De inhoud van het portaal ligt boven zijn kop, en die kop knipt af wat eruit steekt. Het paneel opent er toch volledig boven.': {
    fr: 'Le contenu du portail est empilé au-dessus de son en-tête, et cet en-tête coupe ce qui dépasse. Le panneau s’ouvre pourtant en entier, au-dessus.',
    en: 'The portal’s content is stacked above its header, and that header cuts off whatever sticks out. The panel still opens whole, above it.',
    de: 'Der Inhalt des Portals liegt über seiner Kopfzeile, und diese schneidet ab, was herausragt. Das Panel öffnet sich trotzdem vollständig darüber.',
  },
  '<img src=x onerror=alert(1)> <b>geen HTML</b>': {
    fr: '<img src=x onerror=alert(1)> <b>pas de HTML</b>',
    en: '<img src=x onerror=alert(1)> <b>no HTML</b>',
    de: '<img src=x onerror=alert(1)> <b>kein HTML</b>',
  },

  'Uw aanslagbiljet staat klaar: aanslagbiljet-onroerende-voorheffing-2026-perceel-0123456789.pdf': {
    fr: 'Votre avertissement-extrait de rôle est disponible : aanslagbiljet-onroerende-voorheffing-2026-perceel-0123456789.pdf',
    en: 'Your tax assessment is ready: aanslagbiljet-onroerende-voorheffing-2026-perceel-0123456789.pdf',
    de: 'Ihr Steuerbescheid liegt vor: aanslagbiljet-onroerende-voorheffing-2026-perceel-0123456789.pdf',
  },

  // ── pill.stories.ts ──
  '2 lopende bestellingen': { fr: '2 commandes en cours', en: '2 orders in progress', de: '2 laufende Bestellungen' },
  'In behandeling': { fr: 'En cours de traitement', en: 'Being processed', de: 'In Bearbeitung' },
  Betaald: { fr: 'Payé', en: 'Paid', de: 'Bezahlt' },
  'Wacht op betaling': { fr: 'En attente de paiement', en: 'Awaiting payment', de: 'Zahlung ausstehend' },
  'Actie vereist': { fr: 'Action requise', en: 'Action required', de: 'Handlung erforderlich' },
  Ongelezen: { fr: 'Non lues', en: 'Unread', de: 'Ungelesen' },

  // ── status-tracker.stories.ts ──
  'Bestelling dienstencheques 4471': {
    fr: 'Commande de titres-services 4471',
    en: 'Service voucher order 4471',
    de: 'Bestellung Dienstleistungsschecks 4471',
  },
  Bestelling: { fr: 'Commande', en: 'Order', de: 'Bestellung' },
  '20 elektronische dienstencheques van € 9.': {
    fr: '20 titres-services électroniques de 9 €.',
    en: '20 electronic service vouchers at €9 each.',
    de: '20 elektronische Dienstleistungsschecks zu 9 €.',
  },
  'Betaling ontvangen': { fr: 'Paiement reçu', en: 'Payment received', de: 'Zahlung eingegangen' },
  'We wachten op uw betaling van € 180. Na ontvangst leveren we de cheques binnen 2 werkdagen.': {
    fr: 'Nous attendons votre paiement de 180 €. Dès sa réception, nous livrons les titres dans les 2 jours ouvrables.',
    en: 'We are waiting for your payment of €180. Once it arrives, we deliver the vouchers within 2 working days.',
    de: 'Wir warten auf Ihre Zahlung von 180 €. Nach Eingang liefern wir die Schecks innerhalb von 2 Werktagen.',
  },
  'betaal uw bestelling online': { fr: 'payez votre commande en ligne', en: 'pay for your order online', de: 'bezahlen Sie Ihre Bestellung online' },
  'Cheques geleverd': { fr: 'Titres livrés', en: 'Vouchers delivered', de: 'Schecks geliefert' },
  'De cheques staan op uw rekening in de Beveiligde Zone.': {
    fr: 'Les titres sont sur votre compte dans la Zone sécurisée.',
    en: 'The vouchers are in your account in the Secure Zone.',
    de: 'Die Schecks sind auf Ihrem Konto im geschützten Bereich.',
  },
  '20 cheques, betaling via overschrijving.': {
    fr: '20 titres, paiement par virement.',
    en: '20 vouchers, payment by bank transfer.',
    de: '20 Schecks, Zahlung per Überweisung.',
  },
  'Betalingsherinnering verstuurd': { fr: 'Rappel de paiement envoyé', en: 'Payment reminder sent', de: 'Zahlungserinnerung versandt' },
  'Studietoelage schooljaar 2025-2026': {
    fr: 'Allocation d’études année scolaire 2025-2026',
    en: 'Study allowance, school year 2025-2026',
    de: 'Studienbeihilfe Schuljahr 2025-2026',
  },
  'Aanvraag ingediend': { fr: 'Demande introduite', en: 'Application submitted', de: 'Antrag eingereicht' },
  'We ontvingen uw aanvraag via Mijn Burgerprofiel.': {
    fr: 'Nous avons reçu votre demande via Mijn Burgerprofiel.',
    en: 'We received your application through Mijn Burgerprofiel.',
    de: 'Wir haben Ihren Antrag über Mijn Burgerprofiel erhalten.',
  },
  'Een dossierbehandelaar bekijkt uw aanvraag. Dat duurt gemiddeld 6 weken.': {
    fr: 'Un gestionnaire de dossier examine votre demande. Cela prend en moyenne 6 semaines.',
    en: 'A case handler is reviewing your application. This takes 6 weeks on average.',
    de: 'Ein Sachbearbeiter prüft Ihren Antrag. Das dauert durchschnittlich 6 Wochen.',
  },
  'bezorg uw inkomensattest': { fr: 'envoyez votre attestation de revenus', en: 'send your income certificate', de: 'senden Sie Ihre Einkommensbescheinigung' },
  Beslissing: { fr: 'Décision', en: 'Decision', de: 'Entscheidung' },
  'U krijgt een melding zodra de beslissing klaar is.': {
    fr: 'Vous recevrez une notification dès que la décision sera prise.',
    en: 'You will get a notification as soon as the decision is ready.',
    de: 'Sie erhalten eine Mitteilung, sobald die Entscheidung vorliegt.',
  },
  'Aanvraag ontvangen': { fr: 'Demande reçue', en: 'Application received', de: 'Antrag eingegangen' },
  'Dossier toegewezen aan een dossierbehandelaar': {
    fr: 'Dossier attribué à un gestionnaire de dossier',
    en: 'File assigned to a case handler',
    de: 'Akte einem Sachbearbeiter zugewiesen',
  },
  'Inkomensattest gevraagd': { fr: 'Attestation de revenus demandée', en: 'Income certificate requested', de: 'Einkommensbescheinigung angefordert' },
  'Bezorg het attest binnen 30 dagen, anders kunnen we uw aanvraag niet verder behandelen.': {
    fr: 'Envoyez l’attestation dans les 30 jours, faute de quoi nous ne pourrons pas poursuivre le traitement de votre demande.',
    en: 'Send the certificate within 30 days, otherwise we cannot continue to process your application.',
    de: 'Senden Sie die Bescheinigung innerhalb von 30 Tagen, sonst können wir Ihren Antrag nicht weiter bearbeiten.',
  },
  'Renovatiepremie – dakisolatie': {
    fr: 'Prime à la rénovation – isolation de toiture',
    en: 'Renovation premium – roof insulation',
    de: 'Renovierungsprämie – Dachisolierung',
  },
  'Facturen nagekeken': { fr: 'Factures vérifiées', en: 'Invoices checked', de: 'Rechnungen geprüft' },
  'Eén factuur is onleesbaar; we keuren de rest voorlopig goed.': {
    fr: 'Une facture est illisible ; nous approuvons provisoirement les autres.',
    en: 'One invoice cannot be read; we have provisionally approved the rest.',
    de: 'Eine Rechnung ist unleserlich; die übrigen genehmigen wir vorläufig.',
  },
  'Aanvulling gevraagd': { fr: 'Complément demandé', en: 'Additional document requested', de: 'Ergänzung angefordert' },
  'We hebben een leesbare kopie nodig van de factuur van uw aannemer.': {
    fr: 'Nous avons besoin d’une copie lisible de la facture de votre entrepreneur.',
    en: 'We need a legible copy of your contractor’s invoice.',
    de: 'Wir benötigen eine lesbare Kopie der Rechnung Ihres Bauunternehmers.',
  },
  'bezorg de factuur van uw aannemer': {
    fr: 'envoyez la facture de votre entrepreneur',
    en: 'send your contractor’s invoice',
    de: 'senden Sie die Rechnung Ihres Bauunternehmers',
  },
  Uitbetaling: { fr: 'Paiement', en: 'Payment', de: 'Auszahlung' },
  'Factuur 2026-118 is onleesbaar.': {
    fr: 'La facture 2026-118 est illisible.',
    en: 'Invoice 2026-118 cannot be read.',
    de: 'Rechnung 2026-118 ist unleserlich.',
  },
  'Zorgbudget voor zwaar zorgbehoevenden': {
    fr: 'Budget de soins pour personnes gravement dépendantes',
    en: 'Care budget for people with a high need of care',
    de: 'Pflegebudget für schwer pflegebedürftige Personen',
  },
  Indicatiestelling: { fr: 'Évaluation des besoins en soins', en: 'Care needs assessment', de: 'Pflegebedarfsermittlung' },
  'Uw aanvraag is geweigerd: de score van de indicatiestelling is lager dan 35. U kunt binnen 30 dagen bezwaar indienen.': {
    fr: 'Votre demande a été refusée : le score de l’évaluation des besoins en soins est inférieur à 35. Vous pouvez introduire une réclamation dans les 30 jours.',
    en: 'Your application has been refused: the care needs assessment score is below 35. You can lodge an objection within 30 days.',
    de: 'Ihr Antrag wurde abgelehnt: Die Punktzahl der Pflegebedarfsermittlung liegt unter 35. Sie können innerhalb von 30 Tagen Widerspruch einlegen.',
  },
  'dien bezwaar in': { fr: 'introduisez une réclamation', en: 'lodge an objection', de: 'legen Sie Widerspruch ein' },
  'Indicatiestelling uitgevoerd': {
    fr: 'Évaluation des besoins en soins effectuée',
    en: 'Care needs assessment carried out',
    de: 'Pflegebedarfsermittlung durchgeführt',
  },
  'Beslissing verstuurd per brief en in uw e-box': {
    fr: 'Décision envoyée par courrier et dans votre e-box',
    en: 'Decision sent by post and to your e-box',
    de: 'Entscheidung per Brief und in Ihre e-box versandt',
  },
  'Bestelling dienstencheques 4102': {
    fr: 'Commande de titres-services 4102',
    en: 'Service voucher order 4102',
    de: 'Bestellung Dienstleistungsschecks 4102',
  },
  '10 cheques staan op uw rekening.': {
    fr: '10 titres sont sur votre compte.',
    en: '10 vouchers are in your account.',
    de: '10 Schecks sind auf Ihrem Konto.',
  },
  'Gegevens van een onbetrouwbare server <b>niet vet</b>': {
    fr: 'Données d’un serveur peu fiable <b>pas en gras</b>',
    en: 'Data from an untrusted server <b>not bold</b>',
    de: 'Daten eines nicht vertrauenswürdigen Servers <b>nicht fett</b>',
  },
  '<img src=x onerror=alert(1)> Aanvraag': {
    fr: '<img src=x onerror=alert(1)> Demande',
    en: '<img src=x onerror=alert(1)> Application',
    de: '<img src=x onerror=alert(1)> Antrag',
  },
  'Onbekende status': { fr: 'Statut inconnu', en: 'Unknown status', de: 'Unbekannter Status' },
  'Actie met gevaarlijke link': { fr: 'Action avec un lien dangereux', en: 'Action with a dangerous link', de: 'Aktion mit gefährlichem Link' },
  'klik hier': { fr: 'cliquez ici', en: 'click here', de: 'hier klicken' },
  'Tweede huidige stap': { fr: 'Deuxième étape en cours', en: 'Second current step', de: 'Zweiter aktueller Schritt' },
  'Zonder datum': { fr: 'Sans date', en: 'Without a date', de: 'Ohne Datum' },
  'Met datum': { fr: 'Avec date', en: 'With a date', de: 'Mit Datum' },
  'Status gewijzigd: {label}': { fr: 'Statut modifié : {label}', en: 'Status changed: {label}', de: 'Status geändert: {label}' },

  // ── foundations/*.stories.ts (token names, values and file names stay as they are) ──
  Token: { fr: 'Token', en: 'Token', de: 'Token' },
  Waarde: { fr: 'Valeur', en: 'Value', de: 'Wert' },
  Voorbeeld: { fr: 'Exemple', en: 'Example', de: 'Beispiel' },
  'Op deze pagina': { fr: 'Sur cette page', en: 'On this page', de: 'Auf dieser Seite' },
  'Naam in het tokenbestand': { fr: 'Nom dans le fichier de tokens', en: 'Name in the token file', de: 'Name in der Token-Datei' },
  'De kleuren van de Vlaamse huisstijl, zoals de elementen ze gebruiken. Een portaal past een kleur aan met het token, bijvoorbeeld {token}.': {
    fr: 'Les couleurs de l’identité visuelle flamande, telles que les éléments les utilisent. Un portail adapte une couleur avec son token, par exemple {token}.',
    en: 'The colours of the Flemish visual identity, as the elements use them. A portal changes a colour with its token, for example {token}.',
    de: 'Die Farben des flämischen Erscheinungsbilds, wie die Elemente sie verwenden. Ein Portal ändert eine Farbe über ihr Token, zum Beispiel {token}.',
  },
  'Semantische kleuren': { fr: 'Couleurs sémantiques', en: 'Semantic colours', de: 'Semantische Farben' },
  Staal: { fr: 'Échantillon', en: 'Swatch', de: 'Farbmuster' },
  'Uit het palet': { fr: 'De la palette', en: 'From the palette', de: 'Aus der Palette' },
  'Contrast met {token}': { fr: 'Contraste avec {token}', en: 'Contrast with {token}', de: 'Kontrast zu {token}' },
  'Contrast met wit': { fr: 'Contraste avec le blanc', en: 'Contrast with white', de: 'Kontrast zu Weiß' },
  'Tekst heeft minstens 4,5:1 contrast nodig met zijn achtergrond, randen, pictogrammen en de focusrand 3:1 (WCAG 2.2 AA). De verhoudingen hieronder zijn berekend uit de waarden van de tokens.': {
    fr: 'Le texte a besoin d’un contraste d’au moins 4,5:1 avec son fond ; les bordures, les icônes et le contour de focus de 3:1 (WCAG 2.2 AA). Les rapports ci-dessous sont calculés à partir des valeurs des tokens.',
    en: 'Text needs a contrast of at least 4.5:1 with its background; borders, icons and the focus ring need 3:1 (WCAG 2.2 AA). The ratios below are calculated from the tokens’ values.',
    de: 'Text braucht mindestens 4,5:1 Kontrast zu seinem Hintergrund, Rahmen, Symbole und der Fokusrahmen 3:1 (WCAG 2.2 AA). Die Verhältnisse unten sind aus den Werten der Tokens berechnet.',
  },
  'Kleurcombinaties die de elementen gebruiken': {
    fr: 'Combinaisons de couleurs utilisées par les éléments',
    en: 'Colour combinations the elements use',
    de: 'Farbkombinationen, die die Elemente verwenden',
  },
  Voorgrond: { fr: 'Premier plan', en: 'Foreground', de: 'Vordergrund' },
  Achtergrond: { fr: 'Arrière-plan', en: 'Background', de: 'Hintergrund' },
  Gebruik: { fr: 'Usage', en: 'Use', de: 'Verwendung' },
  Contrast: { fr: 'Contraste', en: 'Contrast', de: 'Kontrast' },
  Nodig: { fr: 'Requis', en: 'Required', de: 'Erforderlich' },
  Resultaat: { fr: 'Résultat', en: 'Result', de: 'Ergebnis' },
  Tekst: { fr: 'Texte', en: 'Text', de: 'Text' },
  'Rand, pictogram of focus': { fr: 'Bordure, icône ou focus', en: 'Border, icon or focus', de: 'Rahmen, Symbol oder Fokus' },
  Voldoet: { fr: 'Conforme', en: 'Passes', de: 'Erfüllt' },
  'Te laag': { fr: 'Trop faible', en: 'Too low', de: 'Zu niedrig' },
  'Combinaties met te weinig contrast': {
    fr: 'Combinaisons au contraste insuffisant',
    en: 'Combinations with too little contrast',
    de: 'Kombinationen mit zu wenig Kontrast',
  },
  'Gebruik in de plaats': { fr: 'À utiliser à la place', en: 'Use instead', de: 'Stattdessen verwenden' },
  'Alleen voor decoratieve tekst; gewone tekst gebruikt {token}.': {
    fr: 'Uniquement pour du texte décoratif ; le texte courant utilise {token}.',
    en: 'For decorative text only; ordinary text uses {token}.',
    de: 'Nur für dekorativen Text; normaler Text verwendet {token}.',
  },
  'Op deze tint tonen de elementen {token}.': {
    fr: 'Sur cette teinte, les éléments affichent {token}.',
    en: 'On this tint the elements show {token}.',
    de: 'Auf diesem Farbton zeigen die Elemente {token}.',
  },
  'Tekst op deze tint gebruikt {token}.': {
    fr: 'Le texte sur cette teinte utilise {token}.',
    en: 'Text on this tint uses {token}.',
    de: 'Text auf diesem Farbton verwendet {token}.',
  },
  'Alleen voor randen en pictogrammen; tekst gebruikt {token}.': {
    fr: 'Uniquement pour les bordures et les icônes ; le texte utilise {token}.',
    en: 'For borders and icons only; text uses {token}.',
    de: 'Nur für Rahmen und Symbole; Text verwendet {token}.',
  },
  'Alleen als vlak met {token} erop; randen en tekst gebruiken --loket-color-warning-strong.': {
    fr: 'Uniquement comme surface portant {token} ; les bordures et le texte utilisent --loket-color-warning-strong.',
    en: 'Only as a fill with {token} on it; borders and text use --loket-color-warning-strong.',
    de: 'Nur als Fläche mit {token} darauf; Rahmen und Text verwenden --loket-color-warning-strong.',
  },
  'Alleen voor scheidingslijnen; randen van velden en knoppen gebruiken {token}.': {
    fr: 'Uniquement pour les lignes de séparation ; les bordures des champs et des boutons utilisent {token}.',
    en: 'For dividing lines only; the borders of fields and buttons use {token}.',
    de: 'Nur für Trennlinien; Rahmen von Feldern und Schaltflächen verwenden {token}.',
  },
  'Het palet bevat de ruwe kleuren. Het is geen custom property: de semantische kleuren verwijzen ernaar, en een portaal past de semantische kleuren aan.': {
    fr: 'La palette contient les couleurs brutes. Ce n’est pas une propriété personnalisée : les couleurs sémantiques y renvoient, et un portail adapte les couleurs sémantiques.',
    en: 'The palette holds the raw colours. It is not a custom property: the semantic colours refer to it, and a portal changes the semantic colours.',
    de: 'Die Palette enthält die Rohfarben. Sie ist keine Custom Property: Die semantischen Farben verweisen auf sie, und ein Portal ändert die semantischen Farben.',
  },
  Palet: { fr: 'Palette', en: 'Palette', de: 'Palette' },
  'Gebruikt door': { fr: 'Utilisée par', en: 'Used by', de: 'Verwendet von' },
  'Lopende tekst staat in {token}: {size} op brede schermen, kleiner op smalle. De kolom "Op deze pagina" toont de waarde die nu geldt.': {
    fr: 'Le texte courant est en {token} : {size} sur les grands écrans, plus petit sur les écrans étroits. La colonne « Sur cette page » montre la valeur qui s’applique maintenant.',
    en: 'Body text is set in {token}: {size} on wide screens, smaller on narrow ones. The column "On this page" shows the value that applies now.',
    de: 'Fließtext steht in {token}: {size} auf breiten Bildschirmen, kleiner auf schmalen. Die Spalte „Auf dieser Seite“ zeigt den Wert, der jetzt gilt.',
  },
  Lettergroottes: { fr: 'Tailles de police', en: 'Font sizes', de: 'Schriftgrößen' },
  Lettergewichten: { fr: 'Graisses', en: 'Font weights', de: 'Schriftstärken' },
  Regelhoogtes: { fr: 'Interlignes', en: 'Line heights', de: 'Zeilenhöhen' },
  Lettertypes: { fr: 'Polices', en: 'Typefaces', de: 'Schriftarten' },
  'Flanders Art Sans is het lettertype van de huisstijl, maar het heeft een licentie nodig. Een portaal dat het heeft, zet {token}; anders volgt het systeemlettertype.': {
    fr: 'Flanders Art Sans est la police de l’identité visuelle, mais elle nécessite une licence. Un portail qui l’a définit {token} ; sinon, la police du système prend le relais.',
    en: 'Flanders Art Sans is the house typeface, but it needs a licence. A portal that has it sets {token}; otherwise the system font is used.',
    de: 'Flanders Art Sans ist die Hausschrift, braucht aber eine Lizenz. Ein Portal, das sie hat, setzt {token}; sonst wird die Systemschrift verwendet.',
  },
  'Marges en tussenruimtes komen uit deze schaal. In rem, zodat ze meegroeien wanneer iemand de tekst groter zet.': {
    fr: 'Les marges et les espacements viennent de cette échelle. En rem, pour qu’ils grandissent quand quelqu’un agrandit le texte.',
    en: 'Margins and gaps come from this scale. In rem, so that they grow when someone makes the text larger.',
    de: 'Ränder und Abstände stammen aus dieser Skala. In rem, damit sie mitwachsen, wenn jemand den Text vergrößert.',
  },
  Ruimte: { fr: 'Espacement', en: 'Spacing', de: 'Abstände' },
  'Afgeronde hoeken': { fr: 'Coins arrondis', en: 'Rounded corners', de: 'Abgerundete Ecken' },
  Randdiktes: { fr: 'Épaisseurs de bordure', en: 'Border widths', de: 'Rahmenstärken' },
  'Kleinste maat': { fr: 'Taille minimale', en: 'Smallest size', de: 'Kleinste Größe' },
  'Twee schaduwen: een lichte voor wat net boven de pagina ligt, een diepere voor panelen die openklappen, zoals de meldingen.': {
    fr: 'Deux ombres : une légère pour ce qui se trouve juste au-dessus de la page, une plus profonde pour les panneaux qui s’ouvrent, comme les notifications.',
    en: 'Two shadows: a light one for what lies just above the page, a deeper one for panels that open, such as the notifications.',
    de: 'Zwei Schatten: ein leichter für das, was knapp über der Seite liegt, ein tieferer für Bereiche, die sich öffnen, wie die Mitteilungen.',
  },
  Schaduwen: { fr: 'Ombres', en: 'Shadows', de: 'Schatten' },
  'Wat openklapt ligt boven de pagina, vaste knoppen daarboven, en een modaal venster boven alles.': {
    fr: 'Ce qui s’ouvre se place au-dessus de la page, les boutons fixes au-dessus, et une fenêtre modale au-dessus de tout.',
    en: 'What opens lies above the page, fixed buttons above that, and a modal dialog above everything.',
    de: 'Was sich öffnet, liegt über der Seite, feste Schaltflächen darüber und ein modales Fenster über allem.',
  },
  Lagen: { fr: 'Couches', en: 'Layers', de: 'Ebenen' },
  'Alles wat u met het toetsenbord bereikt, krijgt deze focusrand wanneer het de focus heeft. Ga met Tab door de voorbeelden hieronder.': {
    fr: 'Tout ce que vous atteignez au clavier reçoit ce contour lorsqu’il a le focus. Parcourez les exemples ci-dessous avec la touche Tab.',
    en: 'Everything you can reach with the keyboard gets this focus ring when it has focus. Tab through the examples below.',
    de: 'Alles, was Sie mit der Tastatur erreichen, erhält diesen Fokusrahmen, wenn es den Fokus hat. Gehen Sie mit der Tabulatortaste durch die Beispiele unten.',
  },
  Focusrand: { fr: 'Contour de focus', en: 'Focus ring', de: 'Fokusrahmen' },
  'Alles wat u kunt aanklikken of aantikken is minstens {size} breed en hoog: {token}. Een klein pictogram krijgt een onzichtbare rand tot die maat.': {
    fr: 'Tout ce que vous pouvez cliquer ou toucher mesure au moins {size} de large et de haut : {token}. Une petite icône reçoit une marge invisible jusqu’à cette taille.',
    en: 'Everything you can click or tap is at least {size} wide and high: {token}. A small icon gets an invisible margin up to that size.',
    de: 'Alles, was Sie anklicken oder antippen können, ist mindestens {size} breit und hoch: {token}. Ein kleines Symbol erhält einen unsichtbaren Rand bis zu dieser Größe.',
  },
  Doelgrootte: { fr: 'Taille de la cible', en: 'Target size', de: 'Zielgröße' },
  'Pictogram van {icon} in een doel van {target}': {
    fr: 'Icône de {icon} dans une cible de {target}',
    en: 'An icon of {icon} in a target of {target}',
    de: 'Symbol von {icon} in einem Ziel von {target}',
  },
  'De elementen passen zich aan bij deze schermbreedtes. Ze zijn geen custom properties, want die werken niet in een media query: een portaal neemt de waarden over in zijn eigen CSS.': {
    fr: 'Les éléments s’adaptent à ces largeurs d’écran. Ce ne sont pas des propriétés personnalisées, car celles-ci ne fonctionnent pas dans une media query : un portail reprend les valeurs dans son propre CSS.',
    en: 'The elements adapt at these screen widths. They are not custom properties, because those do not work in a media query: a portal copies the values into its own CSS.',
    de: 'Die Elemente passen sich bei diesen Bildschirmbreiten an. Sie sind keine Custom Properties, weil diese in einer Media Query nicht funktionieren: Ein Portal übernimmt die Werte in sein eigenes CSS.',
  },
  Schermbreedtes: { fr: 'Largeurs d’écran', en: 'Screen widths', de: 'Bildschirmbreiten' },
  'Media query': { fr: 'Requête média', en: 'Media query', de: 'Media Query' },
  'Geldt in dit venster': { fr: 'S’applique dans cette fenêtre', en: 'Applies in this window', de: 'Gilt in diesem Fenster' },
  Ja: { fr: 'Oui', en: 'Yes', de: 'Ja' },
  Nee: { fr: 'Non', en: 'No', de: 'Nein' },
  'Overgangen zijn kort. Wie in het systeem minder beweging vraagt, krijgt ze niet: dan zijn alle duren 0 ms.': {
    fr: 'Les transitions sont courtes. Qui demande moins de mouvement dans son système n’en a pas : toutes les durées sont alors de 0 ms.',
    en: 'Transitions are short. Someone who asks their system for less motion gets none: then every duration is 0 ms.',
    de: 'Übergänge sind kurz. Wer im System weniger Bewegung wünscht, bekommt keine: Dann sind alle Dauern 0 ms.',
  },
  'Dit systeem vraagt minder beweging: de duren zijn nu 0 ms.': {
    fr: 'Ce système demande moins de mouvement : les durées sont maintenant de 0 ms.',
    en: 'This system asks for less motion: the durations are now 0 ms.',
    de: 'Dieses System wünscht weniger Bewegung: Die Dauern sind jetzt 0 ms.',
  },
  'Duur van overgangen': { fr: 'Durée des transitions', en: 'Transition durations', de: 'Dauer der Übergänge' },
  'Verschuif de voorbeelden': { fr: 'Déplacer les exemples', en: 'Move the examples', de: 'Beispiele verschieben' },
  'Loket laat de stijl van het portaal met rust. Wie {file} laadt en {class} op {html} of {body} zet, krijgt deze stijl voor de eigen inhoud: koppen, tekst, links, lijsten en de focusrand.': {
    fr: 'Loket ne touche pas au style du portail. Qui charge {file} et place {class} sur {html} ou {body} obtient ce style pour son propre contenu : titres, texte, liens, listes et contour de focus.',
    en: 'Loket leaves the portal’s style alone. A portal that loads {file} and puts {class} on {html} or {body} gets this style for its own content: headings, text, links, lists and the focus ring.',
    de: 'Loket lässt den Stil des Portals unberührt. Wer {file} lädt und {class} auf {html} oder {body} setzt, erhält diesen Stil für die eigenen Inhalte: Überschriften, Text, Links, Listen und den Fokusrahmen.',
  },
  'Met dienstencheques betaalt u een erkende onderneming voor hulp in het huishouden.': {
    fr: 'Avec les titres-services, vous payez une entreprise agréée pour de l’aide ménagère.',
    en: 'With service vouchers you pay an approved company for help in the household.',
    de: 'Mit Dienstleistungsschecks bezahlen Sie ein zugelassenes Unternehmen für Hilfe im Haushalt.',
  },
  'U bestelt en betaalt online.': { fr: 'Vous commandez et payez en ligne.', en: 'You order and pay online.', de: 'Sie bestellen und bezahlen online.' },
  'Meld u aan in de Beveiligde Zone.': { fr: 'Connectez-vous à la Zone sécurisée.', en: 'Sign in to the Secure Zone.', de: 'Melden Sie sich im geschützten Bereich an.' },
  'Kies hoeveel cheques u wilt.': { fr: 'Choisissez le nombre de titres.', en: 'Choose how many vouchers you want.', de: 'Wählen Sie, wie viele Schecks Sie möchten.' },
  'Betaal online.': { fr: 'Payez en ligne.', en: 'Pay online.', de: 'Bezahlen Sie online.' },
  'Lees meer': { fr: 'En savoir plus', en: 'Read more', de: 'Mehr lesen' },
  'over het fiscaal attest': { fr: 'sur l’attestation fiscale', en: 'about the tax certificate', de: 'über die Steuerbescheinigung' },
  'Op werkdagen van 8 tot 20 uur.': { fr: 'Les jours ouvrables, de 8 à 20 heures.', en: 'On working days from 8 a.m. to 8 p.m.', de: 'An Werktagen von 8 bis 20 Uhr.' },
  'Andere manieren om ons te bereiken': { fr: 'Autres façons de nous joindre', en: 'Other ways to reach us', de: 'Andere Wege, uns zu erreichen' },
  'De stylesheet': { fr: 'La feuille de style', en: 'The stylesheet', de: 'Das Stylesheet' },
  'Geen regel weegt meer dan een kaal element, zodat de eigen klassen van het portaal altijd winnen. De regels, zoals ze in {file} staan:': {
    fr: 'Aucune règle ne pèse plus qu’un simple élément, de sorte que les classes du portail l’emportent toujours. Les règles, telles qu’elles figurent dans {file} :',
    en: 'No rule weighs more than a bare element, so the portal’s own classes always win. The rules, as they are in {file}:',
    de: 'Keine Regel wiegt mehr als ein bloßes Element, sodass die eigenen Klassen des Portals immer gewinnen. Die Regeln, wie sie in {file} stehen:',
  },
} satisfies Record<string, Translations>;

/** A Dutch story text that has translations. */
export type Phrase = keyof typeof phrases;
const catalogue: Record<string, Translations | undefined> = phrases;
/** The whole catalogue, for its test (test/story-copy.test.ts). */
export const storyPhrases: Readonly<Record<string, Readonly<Translations>>> = phrases;

/** Fills in `{name}` placeholders. */
const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** `phrase` in `locale`, its placeholders filled in; Dutch for Dutch and for an unknown locale. */
export function translate(locale: Locale, phrase: Phrase, values: Record<string, string | number> = {}): string {
  return fill(locale === 'nl' ? phrase : phrases[phrase][locale], values);
}

/** Any text: its translation when it is a Dutch story text of this catalogue, else unchanged. */
export function translateText(locale: Locale, text: string): string {
  return locale === 'nl' ? text : (catalogue[text]?.[locale] ?? text);
}

/**
 * Story data (a dossier, a profile, a feedback summary, an arg) with every string in it that is a
 * Dutch story text translated; numbers, ids, URLs, names and texts a designer typed stay as they are.
 */
export function translateData<T>(locale: Locale, value: T): T {
  if (locale === 'nl') return value;
  // Objects and arrays without anything to translate come back as they were, not as copies.
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return translateText(locale, v);
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((item, i) => item !== v[i]) ? out : v;
    }
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const entries = Object.entries(v).map(([key, inner]): [string, unknown] => [key, walk(inner)]);
      return entries.some(([key, inner]) => inner !== (v as Record<string, unknown>)[key]) ? Object.fromEntries(entries) : v;
    }
    return v;
  };
  return walk(value) as T;
}

/** Notification items: titles and bodies translated, the " (12)" that numbered test items carry kept. */
export function translateItems<T extends { title?: string; body?: string }>(locale: Locale, items: T[] | undefined): T[] | undefined {
  if (locale === 'nl' || !items) return items;
  return items.map((item) => {
    if (item.title === undefined && item.body === undefined) return item;
    const translated = { ...item };
    if (item.title !== undefined) {
      const [, base, suffix = ''] = /^(.*?)( \(\d+\))?$/s.exec(item.title)!;
      translated.title = translateText(locale, base) + suffix;
    }
    if (item.body !== undefined) translated.body = translateText(locale, item.body);
    return translated;
  });
}

/**
 * A fake endpoint's URL with the story's language (`?lang=fr`), so the endpoint answers in it and
 * switching the language fetches again. Other URLs are left as they are.
 */
export function withLang(url: string | undefined, locale: Locale): string | undefined {
  if (!url?.startsWith('/story-api/')) return url;
  return `${url}${url.includes('?') ? '&' : '?'}lang=${locale}`;
}

/** The language a fake endpoint answers in: `?lang=` of the request, else the page's. */
export const requestLocale = (url: URL): Locale => {
  const lang = url.searchParams.get('lang') ?? document.documentElement.lang;
  return isLocale(lang) ? lang : 'nl';
};

/** The tag for Intl (dates, times, numbers): the one the elements use for the same language. */
export const intlLocale = (locale: Locale): string => ({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' })[locale];

/** The copy helpers bound to one story's locale, for its render or play function. */
export interface StoryCopy {
  locale: Locale;
  /** A story text (typed: it must be in the catalogue) in the story's language. */
  t(phrase: Phrase, values?: Record<string, string | number>): string;
  /** An arg's text: translated while it is still the story's Dutch default, else as typed in Controls. */
  arg<T extends string | undefined>(value: T): T;
  /** An object arg (dossier, profile, summary), translated the same way as `arg`. */
  data<T>(value: T): T;
}

export function copyFor(context: { globals?: Record<string, unknown> }): StoryCopy {
  const locale = localeOf(context.globals);
  return {
    locale,
    t: (phrase, values) => translate(locale, phrase, values),
    arg: <T extends string | undefined>(value: T) => (value === undefined ? value : (translateText(locale, value) as T)),
    data: (value) => translateData(locale, value),
  };
}

/**
 * What must not be seen in a story shown in `locale`: each Dutch story text whose translation
 * differs, with a pattern that matches it as whole words (placeholders match anything). Texts that
 * also occur in that language's own translations (such as "Start" in German) are left out.
 * scripts/a11y.mjs looks for these in every story in French, English and German.
 */
export function dutchTextsFor(locale: Locale): { text: string; pattern: string }[] {
  if (locale === 'nl') return [];
  const translations = Object.values(catalogue).map((entry) => entry![locale]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.keys(catalogue)
    .map((text) => ({ text, pattern: `(?<![\\p{L}\\p{N}])${text.split(/\{\w+\}/).map(escape).join('[^]*?')}(?![\\p{L}\\p{N}])` }))
    .filter(({ pattern }) => !translations.some((translation) => new RegExp(pattern, 'u').test(translation)));
}
