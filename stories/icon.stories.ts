import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/icon.js';
import { iconNames, type IconName } from '../src/entries/icon.js';
import { copyFor } from './support/copy.js';

interface IconArgs {
  name: IconName;
  label?: string;
  size?: string;
  color?: string;
}

const meta: Meta<IconArgs> = {
  title: 'Atoms/Icon',
  component: 'loket-icon',
  tags: ['autodocs'],
  args: { name: 'bell' },
  argTypes: {
    name: { control: 'select', options: iconNames },
    size: { control: 'text', description: 'Sets `--loket-icon-size` (e.g. `32px`).', table: { category: 'story' } },
    color: { control: 'color', description: 'The icon draws in `currentColor`.', table: { category: 'story' } },
  },
  // `label` is shown in the toolbar's language until it is changed in Controls (support/copy.ts).
  render: (args, context) => html`<loket-icon
    name=${args.name}
    label=${ifDefined(copyFor(context).arg(args.label) || undefined)}
    style=${ifDefined(
      [args.size && `--loket-icon-size:${args.size}`, args.color && `color:${args.color}`].filter(Boolean).join(';') || undefined,
    )}
  ></loket-icon>`,
};
export default meta;

type Story = StoryObj<IconArgs>;

/** Decorative: hidden from assistive technology. */
export const Decorative: Story = {};

/** With a `label` the icon is an image with that accessible name. */
export const Labelled: Story = { args: { name: 'warning', label: 'Let op' } };

/** A name that is not in the set: nothing is drawn, and the console says which names exist. */
export const UnknownName: Story = { args: { name: 'bestaat-niet' as IconName } };

export const Large: Story = { args: { name: 'document', size: '48px' } };

export const Coloured: Story = { args: { name: 'success', size: '32px', color: '#006B30' } };

/** Icons take the size of the text around them (1.25em). */
export const InText: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`<p><loket-icon name="phone"></loket-icon> ${t('Hulp nodig? Bel gratis 1700')}</p>
      <p style="font-size:1.75rem"><loket-icon name="mail"></loket-icon> ${t('Uw berichten')}</p>`;
  },
};

/** Every icon in the set, at 32 px, with its name. */
export const Gallery: Story = {
  // Shows fixed examples: no control changes it.
  parameters: { controls: { disable: true } },
  render: () => html`<ul
    style="list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:1rem;--loket-icon-size:32px"
  >
    ${iconNames.map(
      (name) => html`<li style="display:flex;flex-direction:column;align-items:center;gap:0.5rem;padding:1rem;border:1px solid #CBD2DA">
        <loket-icon name=${name}></loket-icon><code>${name}</code>
      </li>`,
    )}
  </ul>`,
};
