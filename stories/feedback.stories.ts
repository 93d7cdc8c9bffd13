import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/feedback.js';
import type { LoketFeedback } from '../src/entries/feedback.js';
import { copyFor, type StoryCopy } from './support/copy.js';
import { after, fakeEndpoint, failure, flaky, never } from './support/fake-fetch.js';

interface FeedbackArgs {
  endpoint: string;
  context?: string;
  placement: 'inline' | 'fixed';
}

// Fake endpoints: ok (after a short delay), pending (never answers: "sending"), fail (503),
// flaky (503 once, then 201) and busy (429).
const created = () => new Response('{"ok":true}', { status: 201 });
fakeEndpoint('/story-api/feedback/ok', after(600, created));
fakeEndpoint('/story-api/feedback/pending', never);
fakeEndpoint('/story-api/feedback/fail', failure(503));
fakeEndpoint('/story-api/feedback/flaky', flaky(created));
fakeEndpoint('/story-api/feedback/busy', failure(429, { 'retry-after': '60' }));
fakeEndpoint('/story-api/feedback/rejected', failure(400));

const feedbackIn = (canvas: HTMLElement) => canvas.querySelector<LoketFeedback>('loket-feedback')!;

/** Opens the dialog, picks "4 Tevreden", types a comment in the story's language and presses "Verstuur". */
async function fillAndSend(canvas: HTMLElement, { t }: StoryCopy): Promise<void> {
  const el = feedbackIn(canvas);
  await el.show();
  const root = el.shadowRoot!;
  root.querySelectorAll<HTMLInputElement>('input[name=rating]')[3].click();
  const comment = root.querySelector('textarea')!;
  comment.value = t('Het bestellen ging vlot, maar ik vond mijn fiscaal attest niet meteen.');
  comment.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  void el.send();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const meta: Meta<FeedbackArgs> = {
  title: 'Components/Feedback',
  component: 'loket-feedback',
  tags: ['autodocs'],
  args: { endpoint: '/story-api/feedback/ok', context: 'dienstencheques', placement: 'inline' },
  argTypes: {
    placement: { control: 'inline-radio', options: ['inline', 'fixed'] },
    endpoint: {
      control: 'select',
      options: ['/story-api/feedback/ok', '/story-api/feedback/pending', '/story-api/feedback/fail', '/story-api/feedback/flaky', '/story-api/feedback/busy', '/story-api/feedback/rejected'],
    },
    context: { control: 'text' },
  },
  // Every story starts without a draft from an earlier one.
  loaders: [
    async () => {
      for (const key of Object.keys(sessionStorage)) if (key.startsWith('loket-feedback:')) sessionStorage.removeItem(key);
      return {};
    },
  ],
  render: (args, context) => html`<p>${copyFor(context).t('Vond u wat u zocht op deze pagina?')}</p>
    <loket-feedback endpoint=${args.endpoint} context=${ifDefined(args.context || undefined)} placement=${args.placement}></loket-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

/** Closed: the "Geef feedback" button in the flow of the page. */
export const Closed: Story = {};

/** Fixed at the bottom right of the viewport. It moves aside when the focused element would be under it. */
export const ClosedFixed: Story = {
  args: { placement: 'fixed' },
  render: (args, context) => {
    const { t } = copyFor(context);
    return html`<p>${t('Ga met Tab door de links: de knop maakt plaats wanneer er een onder zou komen.')}</p>
      <p style="margin-top: 70vh; text-align: right"><a href="#betalen">${t('Betaal uw bestelling')}</a></p>
      <loket-feedback endpoint=${args.endpoint} context=${ifDefined(args.context || undefined)} placement=${args.placement}></loket-feedback>`;
  },
};

/** The dialog open: rating, comment with counter, privacy line, "Verstuur". */
export const Open: Story = {
  play: async ({ canvasElement }) => feedbackIn(canvasElement).show(),
};

export const OpenFixed: Story = { ...Open, args: { placement: 'fixed' } };

/** "Verstuur" without a rating: the error is linked to the group and focus moves to it. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const el = feedbackIn(canvasElement);
    await el.show();
    await el.send();
  },
};

/** Waiting for the server (this endpoint never answers; a real send gives up after 10 seconds). */
export const Sending: Story = {
  args: { endpoint: '/story-api/feedback/pending' },
  play: async (context) => fillAndSend(context.canvasElement, copyFor(context)),
};

/** The server failed (503): the answers are kept, an error is shown and "Opnieuw proberen" sends again. */
export const FailedWithRetry: Story = {
  args: { endpoint: '/story-api/feedback/flaky' },
  play: async (context) => {
    fakeEndpoint('/story-api/feedback/flaky', flaky(created)); // the first send fails, whatever ran before
    await fillAndSend(context.canvasElement, copyFor(context));
  },
};

/** Too much feedback from this client (429). */
export const RateLimited: Story = {
  args: { endpoint: '/story-api/feedback/busy' },
  play: async (context) => fillAndSend(context.canvasElement, copyFor(context)),
};

/** Sent: the thank-you is announced in a status region; the button stays available. */
export const Sent: Story = {
  play: async (context) => {
    await fillAndSend(context.canvasElement, copyFor(context));
    await new Promise((resolve) => setTimeout(resolve, 700));
  },
};

export const SentFixed: Story = { ...Sent, args: { placement: 'fixed' } };

/** The server refused what was sent (400): the answers stay, with a request to check them. */
export const Rejected: Story = {
  args: { endpoint: '/story-api/feedback/rejected' },
  play: async (context) => fillAndSend(context.canvasElement, copyFor(context)),
};

/** A draft from earlier in the session (a reload, another page of the same service): reopened with its rating and comment. Without a `context` a draft stays with its page. */
export const DraftRestored: Story = {
  loaders: [
    async (context) => {
      const draft = { rating: 4, comment: copyFor(context).t('Het bestellen ging vlot, maar ik vond mijn fiscaal attest niet meteen.'), id: '' };
      sessionStorage.setItem(`loket-feedback:${context.args.endpoint}#${context.args.context || location.pathname}`, JSON.stringify(draft));
      return {};
    },
  ],
  play: async ({ canvasElement }) => feedbackIn(canvasElement).show(),
};

/** On a phone the dialog takes the screen's width. */
export const OpenOnAPhone: Story = { ...Open, globals: { viewport: { value: 'mobile1', isRotated: false } } };
