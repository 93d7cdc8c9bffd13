import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/feedback-summary.js';
import type { FeedbackSummaryData } from '../src/entries/feedback-summary.js';
import { copyFor, requestLocale, translateData, withLang } from './support/copy.js';
import { after, fakeEndpoint, failure, never } from './support/fake-fetch.js';

interface SummaryArgs {
  summary?: FeedbackSummaryData;
  src?: string;
  contextLabels?: Record<string, string>;
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3600_000).toISOString();

const typical: FeedbackSummaryData = {
  count: 148,
  average: 3.9,
  distribution: { 1: 9, 2: 12, 3: 21, 4: 52, 5: 54 },
  perContext: {
    'dienstencheques-bestellen': { count: 96, average: 4.1 },
    'fiscaal-attest': { count: 37, average: 3.4 },
    '': { count: 15, average: 3.7 },
  },
  latest: [
    { rating: 5, comment: 'Bestellen en betalen ging in twee minuten.', context: 'dienstencheques-bestellen', createdAt: hoursAgo(1) },
    { rating: 2, comment: 'Ik vond mijn fiscaal attest niet. Waar staat het?', context: 'fiscaal-attest', createdAt: hoursAgo(20) },
    { rating: 4, comment: 'Duidelijk, maar de bevestigingsmail kwam pas na een uur.', context: 'dienstencheques-bestellen', createdAt: hoursAgo(50) },
    { rating: 1, comment: '<script>alert("xss")</script> <img src=x onerror=alert(1)> wordt als tekst getoond, nooit uitgevoerd.', context: null, createdAt: hoursAgo(80) },
  ],
};

// Fake endpoints: ok (after a short delay, in the language of the request's `lang`), pending (never
// answers) and fail (503). The comments are translated as if readers had written them in that language;
// the `context` tags are the portal's identifiers and stay as they are.
fakeEndpoint('/story-api/feedback-summary/ok', after(400, (url) => Response.json(translateData(requestLocale(url), typical))));
fakeEndpoint('/story-api/feedback-summary/pending', never);
fakeEndpoint('/story-api/feedback-summary/fail', failure(503));

const meta: Meta<SummaryArgs> = {
  title: 'Components/Feedback summary',
  component: 'loket-feedback-summary',
  tags: ['autodocs'],
  // The portal names its services in the page's language; `fiscaal-attest` has no name and shows its identifier.
  args: { summary: typical, contextLabels: { 'dienstencheques-bestellen': 'Dienstencheques bestellen' } },
  argTypes: { summary: { control: 'object' }, src: { control: 'text' }, contextLabels: { control: 'object' } },
  // The summary's comments are shown in the toolbar's language until they are changed in Controls (support/copy.ts).
  render: (args, context) => {
    const copy = copyFor(context);
    return html`<loket-feedback-summary
      .summary=${copy.data(args.summary)}
      .contextLabels=${copy.data(args.contextLabels)}
      src=${ifDefined(withLang(args.src || undefined, copy.locale))}
    ></loket-feedback-summary>`;
  },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

/** Average, distribution (a table with numbers and percentages; the bars only repeat them), per service, latest comments. */
export const Typical: Story = {};

export const Empty: Story = {
  args: { summary: { count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, perContext: {}, latest: [] } },
};

/** Loaded from `src` (a fake endpoint in this story). */
export const FromSrc: Story = { args: { summary: undefined, src: '/story-api/feedback-summary/ok' } };

export const Loading: Story = { args: { summary: undefined, src: '/story-api/feedback-summary/pending' } };

/** The summary could not be loaded: an error with "Opnieuw proberen". */
export const LoadError: Story = { args: { summary: undefined, src: '/story-api/feedback-summary/fail' } };

/** Comments keep the language they were written in (`lang` in the data), whatever the page's: a screen reader pronounces each one right. */
export const CommentsInOtherLanguages: Story = {
  args: {
    summary: {
      ...typical,
      latest: [
        { rating: 4, comment: 'Très clair. Je n’ai pas tout de suite trouvé la version française du formulaire.', lang: 'fr', context: 'dienstencheques-bestellen', createdAt: hoursAgo(2) },
        { rating: 5, comment: 'Ordering took two minutes, thank you.', lang: 'en', context: 'dienstencheques-bestellen', createdAt: hoursAgo(6) },
        { rating: 3, comment: 'Die Bestätigung kam erst nach einer Stunde.', lang: 'de', context: null, createdAt: hoursAgo(30) },
        ...typical.latest.slice(0, 2),
      ],
    },
  },
};
