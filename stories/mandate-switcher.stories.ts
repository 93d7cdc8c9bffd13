import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/mandate-switcher.js';
import type { Authorization, Profile } from '../src/entries/mandate-switcher.js';

interface SwitcherArgs {
  profile?: Profile;
  switchCapacityUrl: string;
  width?: string;
}

const self: Authorization = { onBehalfOf: { code: 'BUR', firstName: 'Sofie', name: 'Peeters' }, loginHint: 'self' };
const company: Authorization = { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV', identifier: '0123456789' }, loginHint: 'ea-0123456789' };
const identities: Authorization[] = [
  self,
  company,
  { onBehalfOf: { code: 'EA', name: 'Schoonmaak Peeters BV – vestiging Aalst', identifier: '980000611888' }, loginHint: 'ea-980000611888' },
  { onBehalfOf: { code: 'EA', name: 'Dienstenbedrijf Hulp aan Huis NV', identifier: '0812345678' }, loginHint: 'ea-0812345678' },
  { onBehalfOf: { code: 'VER', name: 'Vzw Buurtwerk De Brug', identifier: '0456789123' }, loginHint: 'ver-0456789123' },
  { onBehalfOf: { code: 'LB', name: 'Gemeente Zottegem', identifier: '0207451227' }, loginHint: 'lb-zottegem' },
  { onBehalfOf: { code: 'OV', name: 'Agentschap Opgroeien', identifier: '0316380841' }, loginHint: 'ov-opgroeien' },
];
const user = { firstName: 'Sofie', name: 'Peeters' };

const meta: Meta<SwitcherArgs> = {
  title: 'Components/Mandate switcher',
  component: 'loket-mandate-switcher',
  tags: ['autodocs'],
  args: { switchCapacityUrl: '#wissel' },
  argTypes: {
    profile: { control: 'object' },
    width: { control: 'text', description: 'Width of the wrapper (story only), e.g. 320px.' },
  },
  render: (args) => html`<div style="display:flex;justify-content:flex-end;min-height:32rem;${args.width ? `max-width:${args.width}` : ''}">
    <loket-mandate-switcher
      .profile=${args.profile}
      switch-capacity-url=${ifDefined(args.switchCapacityUrl)}
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
  args: {
    profile: {
      active: true,
      user: { firstName: 'Jan', name: 'Janssens' },
      activeIdentity: self,
      identities: [
        self,
        ...Array.from({ length: 499 }, (_, i): Authorization => ({
          onBehalfOf: i % 25 === 0
            ? { code: 'VER', name: `Vzw Sportclub ${i + 1}`, identifier: `V${String(i + 1).padStart(7, '0')}` }
            : { code: 'EA', name: `${i % 2 ? 'Poetsdienst' : 'Schoonmaak'} Peeters – vestiging ${i + 1}`, identifier: String(2000000000 + i * 7919) },
          loginHint: `v-${i}`,
        })),
      ],
    },
  },
};

export const LongNames: Story = {
  args: {
    profile: {
      active: true,
      user: { firstName: 'Marie-Christine Anne-Sophie', name: 'Vandenbroucke-Van der Elst' },
      activeIdentity: self,
      identities: [self, { onBehalfOf: { code: 'LB', name: 'Intergemeentelijke Vereniging voor Afvalbeheer en Energierecuperatie Regio Noord-Oost-Vlaanderen', identifier: '0207512345' } }],
    },
  },
};

export const MobileWidth: Story = {
  args: { width: '320px', profile: { active: true, user, activeIdentity: company, identities } },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};

export const SignedOut: Story = { name: 'Signed out (renders nothing)', args: { profile: { active: false } } };
