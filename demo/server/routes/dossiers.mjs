// Dossier status data (docs/protocols.md, "Dossier status data") for loket-status-tracker, in memory, under /api/dossiers.
//
// GET  /api/dossiers                 -> 200 [{ id, title, reference }]
// GET  /api/dossiers/:id             -> 200 Dossier (404 unknown id)
// POST /api/dossiers/:id/advance     -> 200 Dossier: the current step is done, the next one becomes current
//                                       (or the last one is done), with a history event. 409 when nothing is
//                                       left to do. For the demo: the page then pushes a notification for the
//                                       dossier, and the tracker (following the notification store) refetches.
// POST /api/dossiers/_reset          -> 204: seed data again.
//
// The seeds match the dossiers that demo notifications (routes/notifications.mjs) talk about.
import { sendEmpty, sendError, sendJson } from '../http.mjs';

const MINUTE = 60000;
const DAY = 86400000;

/** Seed dossiers, dated relative to `now`. */
function seed(now) {
  const ago = (ms) => new Date(now - ms).toISOString();
  return [
    {
      id: 'studietoelage-2026',
      title: 'Studietoelage schooljaar 2025-2026',
      reference: 'ST-2026-004211',
      steps: [
        { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: ago(7 * DAY), description: 'We ontvingen uw aanvraag via Mijn Burgerprofiel.' },
        { id: 'behandeling', label: 'In behandeling', status: 'done', date: ago(DAY), description: 'We hebben alle gegevens ontvangen.' },
        { id: 'beslissing', label: 'Beslissing', status: 'done', date: ago(12 * MINUTE), description: 'Uw aanvraag is goedgekeurd. U krijgt € 1.012,00.' },
        { id: 'uitbetaling', label: 'Uitbetaling', status: 'current', date: ago(12 * MINUTE), description: 'We storten het bedrag binnen 14 dagen op uw rekening.' },
      ],
      history: [
        { date: ago(7 * DAY), label: 'Aanvraag ontvangen' },
        { date: ago(DAY), label: 'Uw studietoelage wordt behandeld', description: 'We hebben alle gegevens ontvangen en behandelen uw aanvraag.' },
        { date: ago(12 * MINUTE), label: 'Beslissing: goedgekeurd', description: 'De beslissing staat in uw e-box.' },
      ],
    },
    {
      id: 'renovatiepremie-2026',
      title: 'Renovatiepremie 2026',
      reference: 'RP-2026-000193',
      steps: [
        { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: ago(25 * DAY), description: 'Uw aanvraag is volledig.' },
        {
          id: 'beslissing',
          label: 'Gedeeltelijk toegekend',
          status: 'warning',
          date: ago(9 * DAY),
          description: 'We kennen een premie toe voor het buitenschrijnwerk, niet voor de zonnepanelen. U kunt binnen 30 dagen bezwaar indienen.',
        },
        {
          id: 'factuur',
          label: 'Factuur dakisolatie',
          status: 'current',
          date: ago(240 * MINUTE),
          description: 'Er ontbreekt een factuur voor de dakisolatie. Bezorg ze binnen 30 dagen.',
          action: { label: 'bezorg de factuur voor de dakisolatie', url: '/dossiers.html#renovatiepremie-2026' },
        },
        { id: 'uitbetaling', label: 'Uitbetaling', status: 'upcoming' },
      ],
      history: [
        { date: ago(25 * DAY), label: 'Uw aanvraag renovatiepremie is volledig' },
        { date: ago(9 * DAY), label: 'Premie gedeeltelijk toegekend', description: 'De zonnepanelen komen niet in aanmerking.' },
        { date: ago(240 * MINUTE), label: 'Actie vereist: factuur dakisolatie ontbreekt' },
      ],
    },
    {
      id: 'dienstencheques-bestelling-4471',
      title: 'Bestelling dienstencheques 4471',
      reference: 'DC-2026-4471',
      steps: [
        { id: 'bestelling', label: 'Bestelling', status: 'done', date: ago(21 * DAY), description: '20 elektronische dienstencheques van € 9.' },
        { id: 'betaling', label: 'Betaling ontvangen', status: 'done', date: ago(95 * MINUTE), description: 'We ontvingen € 180,00.' },
        { id: 'levering', label: 'Cheques geleverd', status: 'current', description: 'De cheques staan binnen 2 werkdagen op uw rekening in de Beveiligde Zone.' },
      ],
      history: [
        { date: ago(21 * DAY), label: 'Bestelling geplaatst', description: 'Betaal binnen 14 dagen via overschrijving of online.' },
        { date: ago(95 * MINUTE), label: 'Betaling ontvangen' },
      ],
    },
    {
      id: 'huurpremie-2025',
      title: 'Huurpremie',
      reference: 'HP-2025-118204',
      steps: [
        { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: ago(64 * DAY) },
        { id: 'onderzoek', label: 'Onderzoek', status: 'done', date: ago(40 * DAY) },
        {
          id: 'beslissing',
          label: 'Beslissing',
          status: 'error',
          date: ago(30 * DAY),
          description: 'Uw aanvraag is geweigerd: u staat nog geen 4 jaar ingeschreven op de wachtlijst voor een sociale woning.',
          action: { label: 'lees hoe u bezwaar indient', url: 'https://www.vlaanderen.be/huurpremie' },
        },
      ],
      history: [
        { date: ago(64 * DAY), label: 'Aanvraag ontvangen' },
        { date: ago(30 * DAY), label: 'Beslissing: geweigerd', description: 'De beslissing staat in uw e-box.' },
      ],
    },
  ];
}

export function register(router) {
  let dossiers = new Map();
  const reset = () => {
    dossiers = new Map(seed(Date.now()).map((d) => [d.id, d]));
  };
  reset();

  router.get('/api/dossiers', (_req, res) => {
    sendJson(res, 200, [...dossiers.values()].map(({ id, title, reference }) => ({ id, title, reference })));
  });

  router.post('/api/dossiers/_reset', (_req, res) => {
    reset();
    sendEmpty(res);
  });

  router.get('/api/dossiers/:id', (_req, res, params) => {
    const dossier = dossiers.get(params.id);
    if (!dossier) return sendError(res, 404, 'Unknown dossier');
    sendJson(res, 200, dossier);
  });

  router.post('/api/dossiers/:id/advance', (_req, res, params) => {
    const dossier = dossiers.get(params.id);
    if (!dossier) return sendError(res, 404, 'Unknown dossier');
    const at = dossier.steps.findIndex((s) => s.status === 'current');
    if (at < 0) return sendError(res, 409, 'Nothing left to do');
    const date = new Date().toISOString();
    const steps = dossier.steps.map((s) => ({ ...s }));
    steps[at] = { ...steps[at], status: 'done', date };
    delete steps[at].action;
    const next = steps[at + 1];
    if (next) steps[at + 1] = { ...next, status: 'current', date };
    const label = next ? `Status gewijzigd: ${next.label}` : `${steps[at].label}: afgerond`;
    const updated = { ...dossier, steps, history: [...dossier.history, { date, label }] };
    dossiers.set(dossier.id, updated);
    sendJson(res, 200, updated);
  });
}
