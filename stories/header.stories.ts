import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/header.js';
import type { AlertVariant } from '../src/entries/alert.js';
import type { Profile } from '../src/entries/mandate-switcher.js';
import { copyFor } from './support/copy.js';
import { company, identities, longNames, manyIdentities, self, user } from './support/profiles.js';

interface HeaderArgs {
  profile?: Profile;
  applicationName: string;
  loginUrl: string;
  logoutUrl: string;
  switchCapacityUrl: string;
  helpUrl: string;
  skipTo: string;
  languages: string;
  alertMessage?: string;
  alertVariant: AlertVariant;
  links: boolean;
  width?: string;
}


const meta: Meta<HeaderArgs> = {
  title: 'Components/Header',
  component: 'loket-header',
  tags: ['autodocs'],
  args: {
    applicationName: 'Dienstencheques',
    loginUrl: '#aanmelden',
    logoutUrl: '#afmelden',
    switchCapacityUrl: '#wissel',
    helpUrl: 'https://www.vlaanderen.be/contact',
    skipTo: 'main',
    languages: 'nl,fr,en,de',
    alertVariant: 'info',
    links: true,
  },
  argTypes: {
    alertVariant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] },
    profile: { control: 'object' },
    width: { control: 'text', description: 'Width of the wrapper (story only), e.g. 320px.' },
  },
  // The application name, the alert and the profile are shown in the toolbar's language until they are
  // changed in Controls (support/copy.ts); people's and organisations' names stay as they are.
  render: (args, context) => {
    const { t, arg, data } = copyFor(context);
    return html`<div style=${ifDefined(args.width ? `max-width:${args.width};border:1px dashed #cbd2da` : undefined)}>
    <loket-header
      .profile=${data(args.profile)}
      application-name=${arg(args.applicationName)}
      login-url=${args.loginUrl}
      logout-url=${args.logoutUrl}
      switch-capacity-url=${args.switchCapacityUrl}
      help-url=${args.helpUrl}
      skip-to=${args.skipTo}
      languages=${args.languages}
      alert-message=${ifDefined(arg(args.alertMessage))}
      alert-variant=${args.alertVariant}
      @loket-login=${(e: Event) => e.preventDefault()}
      @loket-logout=${(e: Event) => e.preventDefault()}
      @loket-identity-select=${(e: Event) => e.preventDefault()}
      @loket-language-change=${(e: Event) => e.preventDefault()}
    >
      <span slot="host">${t('Beveiligde Zone')}</span>
      ${args.links
        ? html`<a slot="links" href="#start">${t('Start')}</a><a slot="links" href="#dossiers">${t('Mijn dossiers')}</a
            ><a slot="links" href="#prestaties">${t('Prestaties')}</a>`
        : nothing}
    </loket-header>
    <main id="main" tabindex="-1" style="padding:1rem"><p>${t('Inhoud van de pagina.')}</p></main>
  </div>`;
  },
};
export default meta;
type Story = StoryObj<HeaderArgs>;

export const SignedOut: Story = { args: { profile: { active: false } } };

export const Citizen: Story = { args: { profile: { active: true, user, identities: [self] } } };

export const ActingForACompany: Story = { args: { profile: { active: true, user, activeIdentity: company, identities } } };

export const ManyIdentities: Story = {
  name: '500 identities',
  args: { profile: manyIdentities },
};

export const LongNames: Story = {
  args: {
    applicationName: 'Aanvraag tegemoetkoming zorgbudget voor zwaar zorgbehoevenden',
    profile: {
      active: true,
      user: longNames.user,
      activeIdentity: longNames.government,
      identities: [self, longNames.government],
    },
  },
};

export const MobileWidth: Story = {
  args: { width: '320px', profile: { active: true, user, activeIdentity: company, identities } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** At 320 px with the menu opened: the tools and the person under the bar. */
export const MobileMenuOpen: Story = {
  args: { width: '320px', profile: { active: true, user, activeIdentity: company, identities } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('loket-header')!;
    await header.updateComplete;
    header.shadowRoot!.querySelector<HTMLButtonElement>('.menu')!.click();
  },
};

export const AlertBar: Story = {
  args: {
    profile: { active: false },
    alertVariant: 'warning',
    alertMessage: 'Door onderhoud is de Beveiligde Zone zaterdag van 8 tot 12 uur niet bereikbaar.',
  },
};

export const BadInput: Story = {
  name: 'Bad input (markup as text, unknown code)',
  args: {
    profile: {
      active: true,
      user: { firstName: '<img src=x onerror=alert(1)>', name: 'Peeters' },
      identities: [self, { onBehalfOf: { code: 'ZZZ' as 'EA', name: '<b>Onbekend</b>' }, loginHint: 'zzz' }],
    },
  },
};
