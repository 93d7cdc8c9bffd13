import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/alert.js';
import '../src/entries/button.js';
import type { AlertLive, AlertVariant, LoketAlert } from '../src/entries/alert.js';
import { copyFor, intlLocale } from './support/copy.js';

interface AlertArgs {
  variant: AlertVariant;
  heading?: string;
  closable: boolean;
  live?: AlertLive;
  hidden: boolean;
  text: string;
}

const meta: Meta<AlertArgs> = {
  title: 'Atoms/Alert',
  component: 'loket-alert',
  tags: ['autodocs'],
  args: {
    variant: 'info',
    heading: 'Fiscaal attest 2025 beschikbaar',
    closable: false,
    hidden: false,
    text: 'Uw fiscaal attest voor 2025 staat klaar in de Beveiligde Zone en in Mijn Burgerprofiel.',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] },
    live: { control: 'select', options: [undefined, 'polite', 'assertive', 'off'] },
    text: { control: 'text', description: 'The message (default slot).', table: { category: 'story' } },
  },
  // `heading` and `text` are shown in the toolbar's language until they are changed in Controls (support/copy.ts).
  render: (args, context) => {
    const copy = copyFor(context);
    return html`<loket-alert
      variant=${args.variant}
      heading=${ifDefined(copy.arg(args.heading) || undefined)}
      ?closable=${args.closable}
      live=${ifDefined(args.live || undefined)}
      ?hidden=${args.hidden}
      >${copy.arg(args.text)}</loket-alert
    >`;
  },
};
export default meta;

type Story = StoryObj<AlertArgs>;

export const Info: Story = {};

export const Success: Story = {
  args: { variant: 'success', heading: 'Bestelling geplaatst', text: 'U ontvangt uw 20 dienstencheques binnen 2 werkdagen na betaling.' },
};

export const Warning: Story = {
  args: { variant: 'warning', heading: 'Onderhoud', text: 'Zondag van 8 tot 10 uur is de Beveiligde Zone niet bereikbaar.' },
};

/** Errors are `role="alert"`: announced at once. */
export const Error: Story = {
  args: { variant: 'error', heading: 'Betaling mislukt', text: 'Uw betaling is niet gelukt. Er werd niets aangerekend. Probeer het opnieuw.' },
};

export const WithoutHeading: Story = { args: { heading: undefined, text: 'Uw gegevens zijn bewaard.' } };

export const Closable: Story = { args: { closable: true } };

/** A long unbroken reference and URL wrap inside the box instead of widening it. */
export const LongUnbrokenText: Story = {
  args: {
    variant: 'warning',
    heading: 'Referentie DC-2026-000000000000000000000000001947',
    text: 'Bezorg het formulier via https://www.vlaanderen.be/dienstencheques/formulieren/aanvraag-terugbetaling-ongebruikte-dienstencheques-2026.pdf vóór 30 juni.',
  },
};

/** A notice that is already on the page when it loads: not a live region, so it is not announced over the page. */
export const StaticOnPageLoad: Story = { args: { live: 'off' } };

/** The `heading` slot takes markup; the default slot takes paragraphs and links. */
export const RichContent: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const deadline = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 31));
    return html`<loket-alert variant="warning" closable>
      <span slot="heading">${t('Bezorg uw inkomensattest vóór')} <time datetime="2026-03-31">${deadline}</time></span>
      <p>${t('Zonder attest kunnen we uw aanvraag voor een studietoelage niet verder behandelen.')}</p>
      <p><a href="/studietoelagen/documenten">${t('Bezorg uw attest online')}</a></p>
    </loket-alert>`;
  },
};

export const AllVariants: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`<div style="display:grid;gap:1rem">
      ${(['info', 'success', 'warning', 'error'] as const).map(
        (variant) =>
          html`<loket-alert variant=${variant} heading=${variant} closable live="off">${t('Een bericht van het type {variant}.', { variant })}</loket-alert>`,
      )}
    </div>`;
  },
};

/** An alert added after an action is announced once: polite for success, assertive for errors. */
export const AppearsAfterAnAction: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const show = (event: Event) => {
      const region = (event.currentTarget as HTMLElement).nextElementSibling as HTMLElement;
      const alert = document.createElement('loket-alert') as LoketAlert;
      alert.variant = 'success';
      alert.heading = t('Opgeslagen');
      alert.closable = true;
      alert.textContent = t('Uw wijzigingen zijn bewaard om {time}.', { time: new Date().toLocaleTimeString(intlLocale(locale)) });
      region.replaceChildren(alert);
    };
    return html`<loket-button @click=${show}>${t('Bewaar')}</loket-button>
      <div style="margin-top:1rem"></div>`;
  },
};
