import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/status-tracker.js';
import type { Dossier, LoketStatusTracker } from '../src/entries/status-tracker.js';
import { copyFor, requestLocale, translateData, withLang } from './support/copy.js';
import { after, fakeEndpoint, failure, flaky, never } from './support/fake-fetch.js';

interface TrackerArgs {
  dossier?: Dossier;
  src?: string;
  layout: 'vertical' | 'horizontal';
  headingLevel: number;
  dossierId?: string;
}

/** Dates relative to today, so the examples never look stale. */
const daysAgo = (days: number, hour = 10): string => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  d.setHours(hour, 15, 0, 0);
  return d.toISOString();
};

const serviceVouchers: Dossier = {
  title: 'Bestelling dienstencheques 4471',
  reference: 'DC-2026-4471',
  steps: [
    { id: 'bestelling', label: 'Bestelling', status: 'done', date: daysAgo(3), description: '20 elektronische dienstencheques van € 9.' },
    {
      id: 'betaling',
      label: 'Betaling ontvangen',
      status: 'current',
      description: 'We wachten op uw betaling van € 180. Na ontvangst leveren we de cheques binnen 2 werkdagen.',
      action: { label: 'betaal uw bestelling online', url: '/dienstencheques/betalen/4471' },
    },
    { id: 'levering', label: 'Cheques geleverd', status: 'upcoming', description: 'De cheques staan op uw rekening in de Beveiligde Zone.' },
  ],
  history: [
    { date: daysAgo(3), label: 'Bestelling geplaatst', description: '20 cheques, betaling via overschrijving.' },
    { date: daysAgo(2, 9), label: 'Betalingsherinnering verstuurd' },
  ],
};

const studyAllowance: Dossier = {
  title: 'Studietoelage schooljaar 2025-2026',
  reference: 'ST-2026-004211',
  steps: [
    { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: daysAgo(21), description: 'We ontvingen uw aanvraag via Mijn Burgerprofiel.' },
    {
      id: 'behandeling',
      label: 'In behandeling',
      status: 'current',
      date: daysAgo(14),
      description: 'Een dossierbehandelaar bekijkt uw aanvraag. Dat duurt gemiddeld 6 weken.',
      action: { label: 'bezorg uw inkomensattest', url: '/studietoelagen/documenten' },
    },
    { id: 'beslissing', label: 'Beslissing', status: 'upcoming', description: 'U krijgt een melding zodra de beslissing klaar is.' },
  ],
  history: [
    { date: daysAgo(21), label: 'Aanvraag ontvangen' },
    { date: daysAgo(14), label: 'Dossier toegewezen aan een dossierbehandelaar' },
    { date: daysAgo(0, 17), label: 'Inkomensattest gevraagd', description: 'Bezorg het attest binnen 30 dagen, anders kunnen we uw aanvraag niet verder behandelen.' },
  ],
};

const renovationPremium: Dossier = {
  title: 'Renovatiepremie – dakisolatie',
  reference: 'RP-2026-000193',
  steps: [
    { id: 'aanvraag', label: 'Aanvraag ingediend', status: 'done', date: daysAgo(60) },
    { id: 'facturen', label: 'Facturen nagekeken', status: 'warning', date: daysAgo(30), description: 'Eén factuur is onleesbaar; we keuren de rest voorlopig goed.' },
    {
      id: 'aanvulling',
      label: 'Aanvulling gevraagd',
      status: 'current',
      date: daysAgo(5),
      description: 'We hebben een leesbare kopie nodig van de factuur van uw aannemer.',
      action: { label: 'bezorg de factuur van uw aannemer', url: '/wonen/renovatiepremie/000193/aanvullen' },
    },
    { id: 'beslissing', label: 'Beslissing', status: 'upcoming' },
    { id: 'uitbetaling', label: 'Uitbetaling', status: 'upcoming' },
  ],
  history: [
    { date: daysAgo(60), label: 'Aanvraag ontvangen' },
    { date: daysAgo(30), label: 'Facturen nagekeken', description: 'Factuur 2026-118 is onleesbaar.' },
    { date: daysAgo(5), label: 'Actie vereist in uw dossier Renovatiepremie' },
  ],
};

const refused: Dossier = {
  title: 'Zorgbudget voor zwaar zorgbehoevenden',
  reference: 'ZB-2025-77812',
  steps: [
    { id: 'aanvraag', label: 'Aanvraag ingediend', status: 'done', date: daysAgo(90) },
    { id: 'onderzoek', label: 'Indicatiestelling', status: 'done', date: daysAgo(40) },
    {
      id: 'beslissing',
      label: 'Beslissing',
      status: 'error',
      date: daysAgo(10),
      description: 'Uw aanvraag is geweigerd: de score van de indicatiestelling is lager dan 35. U kunt binnen 30 dagen bezwaar indienen.',
      action: { label: 'dien bezwaar in', url: '/zorgbudget/bezwaar' },
    },
  ],
  history: [
    { date: daysAgo(90), label: 'Aanvraag ontvangen' },
    { date: daysAgo(40), label: 'Indicatiestelling uitgevoerd' },
    { date: daysAgo(10), label: 'Beslissing verstuurd per brief en in uw e-box' },
  ],
};

const completed: Dossier = {
  title: 'Bestelling dienstencheques 4102',
  reference: 'DC-2026-4102',
  steps: [
    { id: 'bestelling', label: 'Bestelling', status: 'done', date: daysAgo(40) },
    { id: 'betaling', label: 'Betaling ontvangen', status: 'done', date: daysAgo(38) },
    { id: 'levering', label: 'Cheques geleverd', status: 'done', date: daysAgo(37), description: '10 cheques staan op uw rekening.' },
  ],
};

/** Unknown statuses, missing dates, markup in labels, a `javascript:` URL and a second current step: shown safely (see the console). */
const untrusted = {
  title: 'Gegevens van een onbetrouwbare server <b>niet vet</b>',
  steps: [
    { id: 'a', label: '<img src=x onerror=alert(1)> Aanvraag', status: 'done' },
    { id: 'b', label: 'Onbekende status', status: 'approved', date: 'gisteren' },
    { id: 'c', label: 'Actie met gevaarlijke link', status: 'current', action: { label: 'klik hier', url: 'javascript:alert(1)' } },
    { id: 'd', label: 'Tweede huidige stap', status: 'current' },
  ],
  history: [{ label: 'Zonder datum' }, { date: daysAgo(1), label: 'Met datum' }],
} as unknown as Dossier;

// Fake endpoints for the src stories: the dossier (after a short delay), one that never answers and
// one that fails once, then answers. They answer in the language of the request's `lang`.
const dossierIn = (url: URL) => Response.json(translateData(requestLocale(url), studyAllowance));
fakeEndpoint('/story-api/dossier', after(600, dossierIn));
fakeEndpoint('/story-api/dossier/pending', never);
fakeEndpoint('/story-api/dossier/flaky', flaky(dossierIn));
fakeEndpoint('/story-api/dossier/fail', failure(503));

const meta: Meta<TrackerArgs> = {
  title: 'Components/Status tracker',
  component: 'loket-status-tracker',
  tags: ['autodocs'],
  args: { dossier: studyAllowance, layout: 'vertical', headingLevel: 2 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    dossier: { control: 'object' },
    src: { control: 'text' },
  },
  // The dossier is shown in the toolbar's language until it is changed in Controls (support/copy.ts);
  // `src` gets the language as `?lang=`, as a portal would ask its server.
  render: (args, context) => {
    const copy = copyFor(context);
    return html`<loket-status-tracker
      .dossier=${copy.data(args.dossier)}
      src=${ifDefined(withLang(args.src || undefined, copy.locale))}
      layout=${args.layout}
      heading-level=${args.headingLevel}
      dossier-id=${ifDefined(args.dossierId || undefined)}
    ></loket-status-tracker>`;
  },
};
export default meta;

type Story = StoryObj<TrackerArgs>;

/** Study allowance: Aanvraag ingediend → In behandeling (with "Actie vereist") → Beslissing, and its history. */
export const StudyAllowance: Story = {};

/** Service-voucher order: Bestelling → Betaling ontvangen → Cheques geleverd. */
export const ServiceVoucherOrder: Story = { args: { dossier: serviceVouchers } };

/** Renovation premium: a warning step and a required action. */
export const ActionRequired: Story = { args: { dossier: renovationPremium } };

/** A refused application: the decision is an error step, with what the person can do next. */
export const Refused: Story = { args: { dossier: refused } };

/** Every step done. */
export const Completed: Story = { args: { dossier: completed } };

/** Horizontal on wide screens; narrow the canvas and it falls back to vertical. */
export const Horizontal: Story = { args: { dossier: serviceVouchers, layout: 'horizontal' } };

/** Horizontal with five steps: needs about 50 em, else vertical. */
export const HorizontalFiveSteps: Story = { args: { dossier: renovationPremium, layout: 'horizontal' } };

/** Horizontal asked for, in a 320 px column: it falls back to vertical. */
export const HorizontalInANarrowColumn: Story = {
  // Only what this story's own markup uses is a control here.
  parameters: { controls: { include: ['dossier', 'layout', 'headingLevel'] } },
  args: { dossier: serviceVouchers, layout: 'horizontal' },
  render: (args, context) => html`<div style="max-width:320px;border:1px dashed #cbd2da">
    <loket-status-tracker .dossier=${copyFor(context).data(args.dossier)} layout=${args.layout} heading-level=${args.headingLevel}></loket-status-tracker>
  </div>`,
};

/** A dossier without history: no "Historiek" button. */
export const WithoutHistory: Story = { args: { dossier: { ...serviceVouchers, history: [] } } };

/** Loaded from `src` (a fake endpoint in this story). */
export const FromSrc: Story = { args: { dossier: undefined, src: '/story-api/dossier' } };

export const Loading: Story = { args: { dossier: undefined, src: '/story-api/dossier/pending' } };

/** The first request fails; "Opnieuw proberen" loads it. */
export const LoadError: Story = { args: { dossier: undefined, src: '/story-api/dossier/flaky' } };

/** The dossier stays while a reload from `src` fails: the error and "Opnieuw proberen" above it. */
export const ReloadFailed: Story = { args: { dossier: studyAllowance, src: '/story-api/dossier/fail' } };

/** "Historiek" opened: every event with its date, newest first. */
export const HistoryOpen: Story = {
  play: async ({ canvasElement }) => {
    const tracker = canvasElement.querySelector<LoketStatusTracker>('loket-status-tracker')!;
    await tracker.updateComplete;
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('.ht button')!.click();
    await tracker.updateComplete;
  },
};

/** Inside a page whose outline already has an h3: the title is an h4, the history an h5. */
export const HeadingLevel: Story = { args: { headingLevel: 4 } };

/** Shown as the console says: the unknown status and the second current step as "Nog niet gestart". */
export const Untrusted: Story = { args: { dossier: untrusted } };

/** A new dossier without steps yet: the tracker says so in words rather than show an empty list. */
export const NoStepsYet: Story = { args: { dossier: { ...studyAllowance, steps: [], history: [] } } };

/** "Volgende stap" sets a new dossier: the change is announced politely ("Status gewijzigd: …, Huidige stap"). */
export const LiveUpdate: Story = {
  // Only what this story's own markup uses is a control here.
  parameters: { controls: { include: ['dossier', 'layout', 'headingLevel'] } },
  args: { dossier: studyAllowance },
  render: (args, context) => {
    const { t, data } = copyFor(context);
    const advance = (event: Event) => {
      const tracker = (event.target as HTMLElement).closest('div')!.querySelector<LoketStatusTracker>('loket-status-tracker')!;
      const dossier = structuredClone(tracker.dossier!);
      const at = dossier.steps.findIndex((s) => s.status === 'current');
      if (at < 0) return;
      dossier.steps[at] = { ...dossier.steps[at], status: 'done', action: undefined };
      if (dossier.steps[at + 1]) dossier.steps[at + 1] = { ...dossier.steps[at + 1], status: 'current', date: new Date().toISOString() };
      dossier.history = [...(dossier.history ?? []), { date: new Date().toISOString(), label: t('Status gewijzigd: {label}', { label: dossier.steps[at + 1]?.label ?? '' }) }];
      tracker.dossier = dossier;
    };
    return html`<div>
      <loket-status-tracker .dossier=${data(args.dossier)} layout=${args.layout} heading-level=${args.headingLevel}></loket-status-tracker>
      <loket-button variant="secondary" @click=${advance}>${t('Volgende stap')}</loket-button>
    </div>`;
  },
};
