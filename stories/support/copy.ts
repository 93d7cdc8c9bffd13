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
  '<img src=x onerror=alert(1)> <b>geen HTML</b>': {
    fr: '<img src=x onerror=alert(1)> <b>pas de HTML</b>',
    en: '<img src=x onerror=alert(1)> <b>no HTML</b>',
    de: '<img src=x onerror=alert(1)> <b>kein HTML</b>',
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
  'Zonder datum': { fr: 'Sans date', en: 'Without a date', de: 'Ohne Datum' },
  'Met datum': { fr: 'Avec date', en: 'With a date', de: 'Mit Datum' },
  'Status gewijzigd: {label}': { fr: 'Statut modifié : {label}', en: 'Status changed: {label}', de: 'Status geändert: {label}' },
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

/** Notification items: titles translated, the " (12)" that numbered test items carry kept. */
export function translateItems<T extends { title?: string }>(locale: Locale, items: T[] | undefined): T[] | undefined {
  if (locale === 'nl' || !items) return items;
  return items.map((item) => {
    if (item.title === undefined) return item;
    const [, base, suffix = ''] = /^(.*?)( \(\d+\))?$/s.exec(item.title)!;
    return { ...item, title: translateText(locale, base) + suffix };
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
