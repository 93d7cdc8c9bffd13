import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/header.js';
import '../src/entries/notifications.js';
import { burgerprofielSeed } from '../test/support/fake-source.js';
import type { AlertVariant } from '../src/entries/alert.js';
import type { Profile } from '../src/entries/mandate-switcher.js';
import { copyFor } from './support/copy.js';
import { sourceFor } from './support/source.js';
import { after, fakeEndpoint, failure, never } from './support/fake-fetch.js';
import { company, identities, longNames, manyIdentities, self, user } from './support/profiles.js';

interface HeaderArgs {
  profile?: Profile;
  profileUrl?: string;
  applicationName: string;
  applicationUrl?: string;
  loginUrl: string;
  logoutUrl: string;
  switchCapacityUrl: string;
  helpUrl: string;
  skipTo: string;
  languages: string;
  alertMessage?: string;
  alertVariant: AlertVariant;
  links: boolean;
  bell: boolean;
  width?: string;
}

// Fake profile endpoints: a signed-in person acting for a company (after a short delay), one that
// never answers (loading) and one that fails (503).
fakeEndpoint('/story-api/profile', after(600, () => Response.json({ active: true, user, activeIdentity: company, identities })));
fakeEndpoint('/story-api/profile/pending', never);
fakeEndpoint('/story-api/profile/fail', failure(503));


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
    bell: false,
  },
  argTypes: {
    alertVariant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] },
    profile: { control: 'object' },
    profileUrl: { control: 'select', options: [undefined, '/story-api/profile', '/story-api/profile/pending', '/story-api/profile/fail'] },
    links: { control: 'boolean', description: 'Three main links in the `links` slot (story only).', table: { category: 'story' } },
    bell: { control: 'boolean', description: 'A `loket-notifications` bell in the `notifications` slot, on an in-memory source (story only).', table: { category: 'story' } },
    width: { control: 'text', description: 'Width of the wrapper (story only), e.g. 320px.', table: { category: 'story' } },
  },
  // The application name, the alert and the profile are shown in the toolbar's language until they are
  // changed in Controls (support/copy.ts); people's and organisations' names stay as they are.
  render: (args, context) => {
    const { t, arg, data, locale } = copyFor(context);
    return html`<div style=${ifDefined(args.width ? `max-width:${args.width};border:1px dashed #cbd2da` : undefined)}>
    <loket-header
      .profile=${data(args.profile)}
      profile-url=${ifDefined(args.profileUrl || undefined)}
      application-name=${arg(args.applicationName)}
      application-url=${ifDefined(args.applicationUrl || undefined)}
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
      ${args.bell
        ? html`<loket-notifications
            slot="notifications"
            inbox-url="#meldingen"
            .source=${sourceFor({ items: burgerprofielSeed() }, locale)}
          ></loket-notifications>`
        : nothing}
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

/** The bell in the `notifications` slot, beside the person; the application name links to the counter's home page. */
export const WithNotifications: Story = {
  args: { bell: true, applicationUrl: '#start', profile: { active: true, user, activeIdentity: company, identities } },
};

/** At 320 px the bell stays in the bar, next to the menu button. */
export const WithNotificationsOnAPhone: Story = {
  args: { bell: true, width: '320px', profile: { active: true, user, activeIdentity: company, identities } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** The profile comes from `profile-url` (a fake endpoint here), after a short delay. */
export const ProfileFromUrl: Story = { args: { profile: undefined, profileUrl: '/story-api/profile' } };

/** While `profile-url` loads: neither "Aanmelden" nor a name, so nothing flips when the answer comes. */
export const LoadingProfile: Story = { args: { profile: undefined, profileUrl: '/story-api/profile/pending' } };

/** `profile-url` failed (503): the signed-out state, with a notice that the profile could not be loaded. */
export const ProfileLoadFailed: Story = { args: { profile: undefined, profileUrl: '/story-api/profile/fail' } };
