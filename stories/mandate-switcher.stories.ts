import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/mandate-switcher.js';
import type { Profile } from '../src/entries/mandate-switcher.js';
import { copyFor } from './support/copy.js';
import { company, identities, longNames, manyIdentities, self, user } from './support/profiles.js';

interface SwitcherArgs {
  profile?: Profile;
  switchCapacityUrl: string;
  open: boolean;
  width?: string;
}


const meta: Meta<SwitcherArgs> = {
  title: 'Components/Mandate switcher',
  component: 'loket-mandate-switcher',
  tags: ['autodocs'],
  args: { switchCapacityUrl: '#wissel', open: false },
  argTypes: {
    profile: { control: 'object' },
    width: { control: 'text', description: 'Width of the wrapper (story only), e.g. 320px.', table: { category: 'story' } },
  },
  // The profile holds names only (people, companies, municipalities, agencies): they stay as they are in
  // every language. It goes through the catalogue anyway, like every other story's data (support/copy.ts).
  render: (args, context) => html`<div style="display:flex;justify-content:flex-end;min-height:32rem;${args.width ? `max-width:${args.width}` : ''}">
    <loket-mandate-switcher
      .profile=${copyFor(context).data(args.profile)}
      switch-capacity-url=${ifDefined(args.switchCapacityUrl)}
      ?open=${args.open}
      @loket-identity-select=${(e: Event) => e.preventDefault()}
    ></loket-mandate-switcher>
  </div>`,
};
export default meta;
type Story = StoryObj<SwitcherArgs>;

export const Citizen: Story = { args: { profile: { active: true, user, identities: [self] } } };

export const ActingForHerself: Story = { args: { profile: { active: true, user, activeIdentity: self, identities } } };

export const ActingForACompany: Story = { args: { profile: { active: true, user, activeIdentity: company, identities } } };

export const ManyIdentities: Story = {
  name: '500 identities (filter field)',
  args: { profile: manyIdentities },
};

export const LongNames: Story = {
  args: {
    profile: {
      active: true,
      user: longNames.user,
      activeIdentity: self,
      identities: [self, longNames.government],
    },
  },
};

export const MobileWidth: Story = {
  args: { width: '320px', profile: { active: true, user, activeIdentity: company, identities } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** Opens the list and, with a query, types it into the filter field. */
const openWith =
  (query?: string): Story['play'] =>
  async ({ canvasElement }) => {
    const switcher = canvasElement.querySelector('loket-mandate-switcher')!;
    await switcher.show();
    const field = switcher.shadowRoot!.querySelector('input');
    if (query === undefined || !field) return;
    field.value = query;
    field.dispatchEvent(new Event('input'));
  };

/** The list open: grouped by kind, the current identity selected and checked. */
export const Open: Story = { args: { profile: { active: true, user, activeIdentity: company, identities } }, play: openWith() };

/** 500 identities, filtered: "vestiging 44". Escape empties the field and shows the whole list again; a second Escape closes it. */
export const FilterOpen: Story = { name: '500 identities, filtered', args: { profile: manyIdentities }, play: openWith('vestiging 44') };

/** A query nothing matches: the count says so (and is announced). */
export const NoResults: Story = { args: { profile: manyIdentities }, play: openWith('zzz') };

export const SignedOut: Story = { name: 'Signed out (renders nothing)', args: { profile: { active: false } } };
