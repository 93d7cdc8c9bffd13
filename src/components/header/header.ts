import { html, isServer, nothing, type PropertyValues } from 'lit';
import { identityKey, normalizeProfile, type Profile } from '../../data/identity.js';
import { languageNames, locales, type Locale } from '../../i18n/index.js';
import { jsonAttribute } from '../../internal/converters.js';
import { LoketEvent, emit } from '../../internal/events.js';
import { accountAction } from '../../internal/account-action.js';
import { LoketIdentityChangeEvent, identityContext, type IdentityContext } from '../../internal/identity-context.js';
import { LoketElement } from '../../internal/loket-element.js';
import { LoketAlert, type AlertVariant } from '../alert/alert.js';
import { LoketIcon } from '../icon/icon.js';
import { LoketMandateSwitcher } from '../mandate-switcher/mandate-switcher.js';
import { safeUrl } from '../../internal/safe-url.js';
import { HttpError, JsonLoader } from '../../internal/json-loader.js';
import { isObject } from '../../internal/guards.js';
import { componentStyles, linkStyles } from '../../styles/shared.js';
import { headerStyles } from './header.styles.js';
import { header } from '../../i18n/nl.js';

export type { LoketLoginEvent, LoketLogoutEvent } from '../../internal/account-action.js';
/** A language was chosen. Cancelable: the default sets `<html lang>`. */
export type LoketLanguageChangeEvent = LoketEvent<{ lang: Locale }>;

const MENU = html`<loket-icon name="menu"></loket-icon>`;

/**
 * @summary The login bar every counter shares: Vlaanderen branding, the application name, main links,
 * "Aanmelden" / the signed-in person with whom they act for / "Afmelden", the mandate switcher, a
 * place for the notification bell, a language switch, the 1700 help line, an optional alert bar and a
 * skip link. Narrow screens get a menu button that discloses everything but the brand and the bell.
 *
 * @tagname loket-header
 *
 * @slot host - The counter's logo or name beside "Vlaanderen" (e.g. "Beveiligde Zone").
 * @slot links - Main links (`<a>` elements).
 * @slot notifications - The bell: `<loket-notifications>`.
 * @slot mandate - Replaces the built-in mandate switcher (a slotted `loket-mandate-switcher` gets the profile through context).
 * @slot alert - Replaces the built-in alert bar (put a `loket-alert` here for a heading or a close button).
 *
 * @csspart bar - The bar itself.
 * @csspart brand - The yellow "Vlaanderen" block.
 * @csspart alert - The built-in alert bar (a `loket-alert`).
 *
 * @cssprop --loket-header-background - Background of the bar (default white).
 *
 * @event {LoketLoginEvent} loket-login - "Aanmelden" was chosen. Cancelable; default: go to `login-url`. `detail: { url }`.
 * @event {LoketLogoutEvent} loket-logout - "Afmelden" was chosen. Cancelable; default: go to `logout-url`. `detail: { url }`.
 * @event {LoketLanguageChangeEvent} loket-language-change - A language was chosen. Cancelable; default: set `<html lang>`. `detail: { lang }`.
 * @event {LoketIdentitySelectEvent} loket-identity-select - From the built-in mandate switcher; see `loket-mandate-switcher`.
 * @event {LoketIdentityChangeEvent} loket-identity-change - The profile now acts for someone else, or nobody is signed in any more,
 * without a page load (a single-page app set a new `profile`). Notification elements on the page start
 * over for the new identity. `detail: { identity, profile }`.
 */
export class LoketHeader extends LoketElement {
  static override styles = [componentStyles, linkStyles, headerStyles];
  // Switchers upgraded before the header ask for its context again once it is defined.
  static override dependencies = { 'loket-mandate-switcher': LoketMandateSwitcher, 'loket-alert': LoketAlert, 'loket-icon': LoketIcon };

  static override messages = { header };

  static override properties = {
    profile: { attribute: 'profile', converter: jsonAttribute<Profile>('profile') },
    profileUrl: { attribute: 'profile-url' },
    loginUrl: { attribute: 'login-url' },
    logoutUrl: { attribute: 'logout-url' },
    switchCapacityUrl: { attribute: 'switch-capacity-url' },
    applicationName: { attribute: 'application-name' },
    applicationUrl: { attribute: 'application-url' },
    helpUrl: { attribute: 'help-url' },
    skipTo: { attribute: 'skip-to' },
    languages: { attribute: 'languages' },
    alertMessage: { attribute: 'alert-message' },
    alertVariant: { attribute: 'alert-variant' },
    menuOpen: { state: true },
    hasLinks: { state: true },
  };

  /** Whether someone is signed in, who, and whom they act for. Validated defensively. */
  declare profile: Profile | undefined;
  /**
   * Loads the profile (JSON, with credentials) from this URL; again when another tab of the portal
   * switches identity, and when the header returns to the page (it may have missed such a switch). A
   * failed first load shows the signed-out state with a notice; a failed reload keeps the profile shown.
   */
  declare profileUrl: string | undefined;
  /** Where "Aanmelden" leads. */
  declare loginUrl: string | undefined;
  /** Where "Afmelden" leads. */
  declare logoutUrl: string | undefined;
  /** Where switching identity leads; the mandate switcher adds `login_hint`. */
  declare switchCapacityUrl: string | undefined;
  /** "Dienstencheques", "Mijn Burgerprofiel"… */
  declare applicationName: string | undefined;
  /** Makes the application name a link (usually the counter's home page). */
  declare applicationUrl: string | undefined;
  /** Where the "Hulp nodig? Bel 1700" line links to; plain text without it. */
  declare helpUrl: string | undefined;
  /** Id of the page's main content, for the skip link. No skip link without it. */
  declare skipTo: string | undefined;
  /** The languages offered: codes among nl, fr, en and de, comma-separated (default "nl,fr,en,de"); others are ignored, fewer than two hide the switch. */
  declare languages: string;
  /** Text of the alert bar above the header; none when empty. */
  declare alertMessage: string | undefined;
  /** Kind of the alert bar: info, success, warning or error. */
  declare alertVariant: AlertVariant;
  declare protected menuOpen: boolean;
  declare protected hasLinks: boolean;

  /** Subscribers to the identity context (the @lit/context protocol; see onContextRequest). */
  readonly #subscribers = new Set<(value: IdentityContext, unsubscribe?: () => void) => void>();
  #shared: IdentityContext = { profile: undefined, switchCapacityUrl: undefined };
  /** `profile-url`: 401/403 mean nobody is signed in, an answer rather than a failure. */
  readonly #profileLoader = new JsonLoader(this, {
    url: () => this.profileUrl,
    loaded: (data) => {
      if (!isObject(data)) throw new Error('not a profile');
      this.profile = normalizeProfile(data);
    },
    failed: (error) => {
      const signedOut = error instanceof HttpError && (error.status === 401 || error.status === 403);
      if (!signedOut) console.warn('[loket] profile-url failed:', error);
      // A reload another tab asked for keeps the profile it had when it fails: a network hiccup is no sign-out.
      if (signedOut || this.#relayed === undefined) this.profile = { active: false };
      return signedOut ? 'idle' : 'error';
    },
  });
  /** Whom the last shown profile acted for (identityKey); undefined before the first profile. */
  #identity: string | undefined;
  /**
   * The portal's other tabs share the session: when one of them switches identity (or signs out)
   * without a page load, a header with `profile-url` here loads the profile again, so it never shows
   * the person acting for someone they no longer act for.
   */
  #tabs: BroadcastChannel | undefined;
  /** The identity another tab announced, while the reload it caused is on its way. */
  #relayed: string | undefined;
  /** "Aanmelden" or "Afmelden" when it had focus as this update began. */
  #refocus: Element | null = null;

  constructor() {
    super();
    this.languages = 'nl,fr,en,de';
    this.alertVariant = 'info';
    this.menuOpen = false;
    this.hasLinks = false;
    this.addEventListener('context-request', this.#onContextRequest);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a time out of it (a route that unmounted it): another tab may have switched
    // identity meanwhile, unheard.
    if (this.#identity !== undefined) this.#reload(this.#identity);
    if (typeof BroadcastChannel === 'undefined') return;
    this.#tabs = new BroadcastChannel('loket-identity');
    this.#tabs.onmessage = (event: MessageEvent) => {
      // Once per announced identity: several tabs passing on the same change do not restart the load.
      if (event.data !== this.#identity && event.data !== this.#relayed) this.#reload(String(event.data));
    };
  }

  /**
   * Loads `profile-url` again, for a change another tab announced or on a return to the page. Only once a
   * profile is shown: before that the header's own first load is on its way. The profile on screen stays
   * until the answer, and a failure keeps it (see `failed`).
   */
  #reload(identity: string): void {
    if (!this.profileUrl || this.#identity === undefined) return;
    this.#relayed = identity;
    void this.#profileLoader.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#tabs?.close();
    this.#tabs = undefined;
  }

  /** Loading with nothing to show yet. A reload (another tab's change, a return to the page) keeps the profile it had on screen. */
  get #awaiting(): boolean {
    return this.#profileLoader.status === 'loading' && this.#relayed === undefined;
  }

  /** Answers context requests for the identity context, like a @lit/context ContextProvider (without its re-parenting). */
  readonly #onContextRequest = (event: HTMLElementEventMap['context-request']): void => {
    if (event.context !== identityContext || event.contextTarget === this) return;
    event.stopPropagation();
    const callback = event.callback as (value: IdentityContext, unsubscribe?: () => void) => void;
    if (event.subscribe) this.#subscribers.add(callback);
    callback(this.#shared, () => this.#subscribers.delete(callback));
  };

  /** The profile in use, validated. */
  get effectiveProfile(): Profile {
    return normalizeProfile(this.profile);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server rendering the header has no rendered content yet and fetches nothing: the browser loads the profile.
    if (isServer) return;
    this.#refocus = this.renderRoot.querySelector('.account:focus');
    if (changed.has('profileUrl')) void this.#profileLoader.load();
    const profile = this.#awaiting ? undefined : this.effectiveProfile;
    const identity = this.#settled(profile) ? identityKey(profile) : undefined;
    const { switchCapacityUrl, loginUrl } = this;
    if (profile !== this.#shared.profile || switchCapacityUrl !== this.#shared.switchCapacityUrl || identity !== this.#shared.identity || loginUrl !== this.#shared.loginUrl) {
      this.#shared = { profile, switchCapacityUrl, identity, loginUrl };
      for (const callback of this.#subscribers) callback(this.#shared, () => this.#subscribers.delete(callback));
    }
  }

  /** Whether `profile` is one to act on: not while nothing is known yet (the portal may still be fetching it) or a load is on its way. */
  #settled(profile: Profile | undefined): profile is Profile {
    return !!profile && this.profile !== undefined && this.#profileLoader.status !== 'loading';
  }

  protected override updated(): void {
    // Signed in or out without a page load (a single-page app): "Aanmelden" and "Afmelden" replace each other, and focus moves along.
    if (this.#refocus?.isConnected === false) this.renderRoot.querySelector<HTMLElement>('.account')?.focus();
    const { profile, identity } = this.#shared;
    if (!profile || identity === undefined) return;
    const before = this.#identity;
    const relayed = this.#relayed !== undefined;
    this.#identity = identity;
    this.#relayed = undefined;
    if (identity === before) return;
    // A single-page app switched identity (or signed out) without a page load: say so, once per change.
    if (before !== undefined) emit(this, new LoketIdentityChangeEvent({ identity, profile }));
    // Tell the other tabs, unless the change came from one of them. The first profile too: a switch or a
    // sign-out through a page load is this page's first, and tabs still showing the old identity must
    // catch up.
    if (!relayed) this.#tabs?.postMessage(identity);
  }

  /** The default action of login, logout and switch. Separate so tests and subclasses can observe it. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  #account(kind: 'login' | 'logout', url: string | undefined, label: string) {
    return accountAction(this, kind, url, label, `account ${kind}`, (to) => this.navigate(to));
  }

  #chooseLanguage(lang: Locale): void {
    if (emit(this, new LoketEvent('loket-language-change', { lang }, { cancelable: true }))) this.ownerDocument.documentElement.lang = lang;
  }

  #skip(event: MouseEvent): void {
    const target = this.skipTo ? this.ownerDocument.getElementById(this.skipTo) : null;
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.();
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen || event.defaultPrevented) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.menu')?.focus();
  };

  readonly #onLinks = (event: Event): void => {
    this.hasLinks = (event.target as HTMLSlotElement).assignedElements().length > 0;
  };

  protected override render() {
    const t = this.localize.t;
    const profile = this.effectiveProfile;
    const locale = this.localize.locale;
    const help = safeUrl(this.helpUrl);
    const appUrl = safeUrl(this.applicationUrl);
    // Whole codes only: "nl-BE,fr" offers French, not Dutch.
    const offered = (this.languages ?? '').toLowerCase().split(/[\s,]+/);
    const langs = locales.filter((l) => offered.includes(l));
    return html`${this.skipTo ? html`<a class="skip" href="#${this.skipTo}" @click=${this.#skip}>${t.header.skip}</a>` : nothing}
<slot name="alert">${this.alertMessage ? html`<loket-alert part="alert" variant=${this.alertVariant} live="off">${this.alertMessage}</loket-alert>` : nothing}</slot>
<header class="bar" part="bar" @keydown=${this.#onKeydown}>
<div class="brand" part="brand"><span class="vl" lang="nl">Vlaanderen</span><slot name="host"></slot></div>
${this.applicationName ? (appUrl ? html`<a class="app" href=${appUrl}>${this.applicationName}</a>` : html`<span class="app">${this.applicationName}</span>`) : nothing}
<div class="end"><slot name="notifications"></slot
><button type="button" class="menu" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="tools" @click=${() => (this.menuOpen = !this.menuOpen)}>${MENU}<span class="menu-label">${t.header.menu}</span></button></div>
<div id="tools" class="tools ${this.menuOpen ? 'open' : ''}">
<nav aria-label=${t.header.links} ?hidden=${!this.hasLinks}><slot name="links" @slotchange=${this.#onLinks}></slot></nav>
${help ? html`<a class="help" href=${help}>${t.header.help}</a>` : html`<span class="help">${t.header.help}</span>`}
${langs.length > 1
  ? html`<div class="langs" role="group" aria-label=${t.header.language}>${langs.map(
      (lang) => html`<button type="button" lang=${lang} aria-pressed=${lang === locale ? 'true' : 'false'} @click=${() => this.#chooseLanguage(lang)}>${lang.toUpperCase()}<span class="vh"> ${languageNames[lang]}</span></button>`,
    )}</div>`
  : nothing}
<div class="who">${this.#awaiting
  ? html`<span class="vh">${t.common.loading}</span>`
  : profile.active
    ? // The switcher takes the profile from the header's context; a server has no context to give, so it gets the profile itself there.
      html`<slot name="mandate"><loket-mandate-switcher .profile=${isServer ? profile : undefined}></loket-mandate-switcher></slot>${this.#account('logout', this.logoutUrl, t.header.logout)}`
    : this.#account('login', this.loginUrl, t.header.login)}</div>
<p class="error" role="status">${this.#profileLoader.status === 'error' ? t.header.profileError : nothing}</p>
</div>
</header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-header': LoketHeader;
  }
  interface LoketEventMap {
    'loket-language-change': LoketLanguageChangeEvent;
  }
}
