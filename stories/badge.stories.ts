import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/badge.js';
import '../src/entries/icon.js';
import type { BadgeVariant } from '../src/entries/badge.js';
import { copyFor } from './support/copy.js';

interface BadgeArgs {
  count?: number;
  max: number;
  dot: boolean;
  variant: BadgeVariant;
  showZero: boolean;
  label?: string;
}

const meta: Meta<BadgeArgs> = {
  title: 'Atoms/Badge',
  component: 'loket-badge',
  tags: ['autodocs'],
  args: { count: 3, max: 99, dot: false, variant: 'info', showZero: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['info', 'error', 'neutral'] },
    count: { control: { type: 'number', min: 0 } },
  },
  // `label` is shown in the toolbar's language until it is changed in Controls (support/copy.ts).
  render: (args, context) => html`<loket-badge
    count=${ifDefined(args.count)}
    max=${args.max}
    ?dot=${args.dot}
    variant=${args.variant}
    ?show-zero=${args.showZero}
    label=${ifDefined(copyFor(context).arg(args.label) || undefined)}
  ></loket-badge>`,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Count: Story = {};

/** Above `max` the badge shows "99+"; screen readers hear the real count. */
export const Overflow: Story = { args: { count: 120 } };

export const CustomMax: Story = { args: { count: 12, max: 9 } };

export const Error: Story = { args: { variant: 'error', count: 5 } };

export const Neutral: Story = { args: { variant: 'neutral', count: 8 } };

export const Dot: Story = { args: { dot: true } };

/** A count of 0 renders nothing, unless `show-zero`. */
export const Zero: Story = { args: { count: 0, showZero: true, variant: 'neutral' } };

/** `label` replaces "3 ongelezen" when the count is about something else. */
export const CustomLabel: Story = { args: { count: 4, label: '4 documenten om te ondertekenen' } };

/** In a button the hidden text joins the accessible name: "Meldingen 3 ongelezen". */
export const OnABell: Story = {
  // Only what this story's own markup uses is a control here.
  parameters: { controls: { include: ['count', 'variant', 'dot'] } },
  render: (args, context) => html`<button
    type="button"
    style="display:inline-flex;align-items:center;gap:0.25rem;min-height:44px;padding:0 0.75rem;font:inherit;background:none;border:1px solid #CBD2DA;border-radius:4px;cursor:pointer"
  >
    <loket-icon name="bell"></loket-icon>${copyFor(context).t('Meldingen')}
    <loket-badge count=${ifDefined(args.count)} variant=${args.variant} ?dot=${args.dot}></loket-badge>
  </button>`,
};
