// The satisfaction page: the counter names its services (the feedback `context` tags) in the language
// the Loket elements are shown in, and again when the reader picks another one in the header.
import type { LoketFeedbackSummary } from '../../src/components/feedback-summary/feedback-summary.js';

const names: Record<string, Record<string, string>> = {
  nl: { dienstencheques: 'Dienstencheques', studietoelagen: 'Studietoelagen', renovatiepremie: 'Renovatiepremie' },
  fr: { dienstencheques: 'Titres-services', studietoelagen: "Allocations d'études", renovatiepremie: 'Prime à la rénovation' },
  en: { dienstencheques: 'Service vouchers', studietoelagen: 'Study grants', renovatiepremie: 'Renovation grant' },
  de: { dienstencheques: 'Dienstleistungsschecks', studietoelagen: 'Studienbeihilfen', renovatiepremie: 'Renovierungsprämie' },
};

function name(): void {
  const summary = document.querySelector<LoketFeedbackSummary>('loket-feedback-summary');
  if (summary) summary.contextLabels = names[document.documentElement.lang.slice(0, 2)] ?? names.nl;
}

name();
new MutationObserver(name).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
