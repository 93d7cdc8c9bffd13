import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/pill.js';
import { iconNames, type IconName } from '../src/entries/icon.js';
import type { PillVariant } from '../src/entries/pill.js';
import { copyFor } from './support/copy.js';

interface PillArgs {
  variant: PillVariant;
  icon?: IconName;
  removable: boolean;
  text: string;
}

const variants = ['neutral', 'info', 'success', 'warning', 'error'] as const;

const meta: Meta<PillArgs> = {
  title: 'Atoms/Pill',
  component: 'loket-pill',
  tags: ['autodocs'],
  args: { variant: 'neutral', removable: false, text: '2 lopende bestellingen' },
  argTypes: {
    variant: { control: 'inline-radio', options: variants },
    icon: { control: 'select', options: [undefined, ...iconNames] },
    text: { control: 'text', description: 'The text (default slot).', table: { category: 'story' } },
  },
  // `text` is shown in the toolbar's language until it is changed in Controls (support/copy.ts).
  render: (args, context) => html`<loket-pill variant=${args.variant} icon=${ifDefined(args.icon || undefined)} ?removable=${args.removable}
    >${copyFor(context).arg(args.text)}</loket-pill
  >`,
};
export default meta;

type Story = StoryObj<PillArgs>;

export const Neutral: Story = {};

export const Info: Story = { args: { variant: 'info', text: 'In behandeling' } };

export const Success: Story = { args: { variant: 'success', icon: 'check', text: 'Betaald' } };

export const Warning: Story = { args: { variant: 'warning', icon: 'clock', text: 'Wacht op betaling' } };

export const Error: Story = { args: { variant: 'error', icon: 'error', text: 'Actie vereist' } };

/** A filter the person can remove: the button is named "Ongelezen verwijderen". */
export const Removable: Story = { args: { variant: 'info', removable: true, text: 'Ongelezen' } };

/** A long text in a 320 px column wraps inside the pill instead of overflowing it. */
export const LongText: Story = {
  args: { variant: 'warning', icon: 'warning', removable: true, text: 'Uw renovatiepremie is gedeeltelijk toegekend omdat u niet aan alle voorwaarden voldoet' },
  render: (args, context) => html`<div style="max-width:320px;border:1px dashed #cbd2da">
    <loket-pill variant=${args.variant} icon=${ifDefined(args.icon || undefined)} ?removable=${args.removable}>${copyFor(context).arg(args.text)}</loket-pill>
  </div>`,
};

export const AllVariants: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="display:flex;gap:0.5rem;flex-wrap:wrap;align-items:center">
    ${variants.map((variant) => html`<loket-pill variant=${variant}>${variant}</loket-pill>`)}
    ${variants.map((variant) => html`<loket-pill variant=${variant} icon="star" removable>${variant}</loket-pill>`)}
  </div>`,
};
