import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/button.js';
import type { ButtonSize, ButtonType, ButtonVariant } from '../src/entries/button.js';
import { iconNames, type IconName } from '../src/entries/icon.js';
import { copyFor } from './support/copy.js';

interface ButtonArgs {
  variant: ButtonVariant;
  size: ButtonSize;
  type: ButtonType;
  disabled: boolean;
  loading: boolean;
  block: boolean;
  href?: string;
  target?: '_blank' | '_self' | '_parent' | '_top';
  download?: string;
  label?: string;
  expanded?: 'true' | 'false';
  controls?: string;
  pressed?: 'true' | 'false';
  iconBefore?: IconName;
  iconAfter?: IconName;
  text: string;
}

const meta: Meta<ButtonArgs> = {
  title: 'Atoms/Button',
  component: 'loket-button',
  tags: ['autodocs'],
  args: {
    variant: 'primary',
    size: 'medium',
    type: 'button',
    disabled: false,
    loading: false,
    block: false,
    text: 'Aanvraag indienen',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    target: { control: 'select', options: [undefined, '_blank', '_self', '_parent', '_top'] },
    expanded: { control: 'inline-radio', options: [undefined, 'true', 'false'] },
    pressed: { control: 'inline-radio', options: [undefined, 'true', 'false'] },
    iconBefore: { control: 'select', options: [undefined, ...iconNames] },
    iconAfter: { control: 'select', options: [undefined, ...iconNames] },
    text: { control: 'text', description: 'The label (default slot).', table: { category: 'story' } },
  },
  // `text` and `label` are shown in the toolbar's language until they are changed in Controls (support/copy.ts).
  render: (args, context) => {
    const copy = copyFor(context);
    return html`<loket-button
      variant=${args.variant}
      size=${args.size}
      type=${args.type}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
      ?block=${args.block}
      href=${ifDefined(args.href || undefined)}
      target=${ifDefined(args.target || undefined)}
      download=${ifDefined(args.download || undefined)}
      expanded=${ifDefined(args.expanded || undefined)}
      controls=${ifDefined(args.controls || undefined)}
      pressed=${ifDefined(args.pressed || undefined)}
      label=${ifDefined(copy.arg(args.label) || undefined)}
      icon-before=${ifDefined(args.iconBefore || undefined)}
      icon-after=${ifDefined(args.iconAfter || undefined)}
      >${copy.arg(args.text)}</loket-button
    >`;
  },
};
export default meta;

type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {};

export const Secondary: Story = { args: { variant: 'secondary', text: 'Opslaan als concept' } };

export const Tertiary: Story = { args: { variant: 'tertiary', text: 'Annuleren' } };

export const Sizes: Story = {
  // Only what this story's own markup uses is a control here.
  parameters: { controls: { include: ['variant'] } },
  render: (args) => html`<div style="display:flex;gap:1rem;align-items:center;flex-wrap:wrap">
    ${(['small', 'medium', 'large'] as const).map(
      (size) => html`<loket-button variant=${args.variant} size=${size}>${size}</loket-button>`,
    )}
  </div>`,
};

export const Disabled: Story = { args: { disabled: true } };

export const Loading: Story = { args: { loading: true } };

export const Block: Story = { args: { block: true } };

/** A long label in a 320 px column wraps inside the button, which keeps its padding and 44 px height. */
export const LongLabel: Story = {
  // Only what this story's own markup uses is a control here.
  parameters: { controls: { include: ['variant', 'iconAfter', 'text'] } },
  args: { text: 'Aanvraag tegemoetkoming zorgbudget voor zwaar zorgbehoevenden', iconAfter: 'arrow-right' },
  render: (args, context) => html`<div style="max-width:320px;border:1px dashed #cbd2da">
    <loket-button variant=${args.variant} icon-after=${ifDefined(args.iconAfter || undefined)}>${copyFor(context).arg(args.text)}</loket-button>
  </div>`,
};

/** A toggle button (\`pressed\`): "Ongelezen" filters the list while it is pressed. */
export const Toggle: Story = { args: { variant: 'secondary', pressed: 'true', iconBefore: 'check', text: 'Ongelezen' } };

/** A link that downloads a file (\`download\`) instead of opening it. */
export const DownloadLink: Story = {
  args: { variant: 'secondary', href: '/documenten/fiscaal-attest-2025.pdf', download: 'fiscaal-attest-2025.pdf', iconBefore: 'download', text: 'Fiscaal attest' },
};

export const AsLink: Story = { args: { href: '/dossiers/2024-0042', text: 'Bekijk je dossier' } };

export const LinkInNewWindow: Story = {
  args: { href: 'https://www.vlaanderen.be/dienstencheques', target: '_blank', variant: 'secondary', text: 'Meer over dienstencheques' },
};

export const DisabledLink: Story = { args: { href: '/dossiers', disabled: true, text: 'Bekijk je dossiers' } };

export const IconBefore: Story = { args: { variant: 'secondary', iconBefore: 'search', text: 'Zoeken' } };

export const IconAfter: Story = { args: { iconAfter: 'arrow-right', text: 'Volgende stap' } };

export const ExternalLink: Story = {
  args: { variant: 'tertiary', href: 'https://www.vlaanderen.be', target: '_blank', iconAfter: 'external-link', text: 'Vlaanderen.be' },
};

/** Icon-only buttons need `label`: it becomes the accessible name. */
export const IconOnly: Story = { args: { variant: 'tertiary', iconBefore: 'close', label: 'Sluiten', text: '' } };

export const IconsInEveryVariant: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`<div style="display:flex;gap:1rem;align-items:center;flex-wrap:wrap">
      ${(['primary', 'secondary', 'tertiary'] as const).map(
        (variant) => html`<loket-button variant=${variant} icon-before="document">${t('Fiscaal attest')}</loket-button>
          <loket-button variant=${variant} icon-before="menu" label=${t('Menu')}></loket-button>`,
      )}
      <loket-button disabled icon-before="check">${t('Bevestigen')}</loket-button>
      <loket-button loading icon-before="refresh">${t('Vernieuwen')}</loket-button>
    </div>`;
  },
};

/** The prefix and suffix slots still take any content, e.g. a badge. */
export const WithSlots: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) =>
    html`<loket-button variant="secondary" icon-before="bell">${copyFor(context).t('Meldingen')}<span slot="suffix">(3)</span></loket-button>`,
};

export const InAForm: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`<form @submit=${(event: Event) => event.preventDefault()} style="display:flex;gap:1rem;flex-wrap:wrap">
      <label>${t('Rijksregisternummer')} <input name="rrn" autocomplete="off" /></label>
      <loket-button type="submit">${t('Zoeken')}</loket-button>
      <loket-button type="reset" variant="tertiary">${t('Wissen')}</loket-button>
    </form>`;
  },
};
