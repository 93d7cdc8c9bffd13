import { html, nothing, type TemplateResult } from 'lit';
import {
  entityKind,
  entityKinds,
  entityName,
  formatIdentifier,
  normalizeProfile,
  sameIdentity,
  userName,
  type Authorization,
  type EntityKind,
  type Profile,
} from '../../data/identity.js';
import { jsonAttribute } from '../../internal/converters.js';
import { LoketEvent, emit } from '../../internal/events.js';
import { consumeIdentity, type IdentityContext } from '../../internal/identity-context.js';
import { LoketElement } from '../../internal/loket-element.js';
import { PopupController } from '../../internal/popup.js';
import { safeUrl, withQuery } from '../../internal/safe-url.js';
import { componentStyles } from '../../styles/shared.js';
import { mandateSwitcherStyles } from './mandate-switcher.styles.js';
import { LoketIcon } from '../icon/icon.js';
import { header, mandate } from '../../i18n/nl.js';

/** Past this many identities the list gets a filter field. */
export const FILTER_THRESHOLD = 7;
/** At most this many options are rendered; the rest is reached by filtering. */
export const MAX_ROWS = 100;

/** One identity, prepared once per profile so filtering is a plain substring test. */
interface Row {
  auth: Authorization;
  kind: EntityKind;
  name: string;
  id: string;
  /** Folded name + identifier (formatted and digits only), for filtering. */
  search: string;
  /** Folded name, for type-ahead. */
  prefix: string;
  active: boolean;
}

const fold = (value: string): string => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** `detail` of `loket-identity-select`. */
export interface IdentitySelectDetail {
  authorization: Authorization;
}

/** The person chose an identity. Cancelable: the default navigates to `switch-capacity-url`. */
export class LoketIdentitySelectEvent extends LoketEvent<IdentitySelectDetail> {
  constructor(detail: IdentitySelectDetail) {
    super('loket-identity-select', detail, { cancelable: true });
  }
}

const CHEVRON = html`<loket-icon class="chevron" name="chevron-down"></loket-icon>`;
const CHECK = html`<loket-icon class="check" name="check"></loket-icon>`;
/** An option's accessible name: what it shows, and for the current one what the check mark means. */
const optionName = (row: Row, current: string): string => `${row.name}${row.id ? ` ${row.id}` : ''}${row.active ? `, ${current}` : ''}`;

/**
 * @summary Shows whom the signed-in person acts for (themselves, a company, an association, a local
 * government…) and lets them switch: a disclosure with a listbox grouped by kind, a filter field past
 * 7 identities (Escape empties it; Escape in the empty field closes the list), full keyboard operation.
 *
 * Inside `loket-header` it uses the header's profile and `switch-capacity-url`; on its own it takes
 * `profile` as a property (or a JSON attribute).
 *
 * @tagname loket-mandate-switcher
 *
 * @csspart trigger - The button that opens the list (or the static identity when there is nothing to switch to).
 * @csspart popup - The panel with the filter field and the list.
 * @csspart option - Each identity in the list.
 *
 * @event {LoketIdentitySelectEvent} loket-identity-select - The person chose another identity. Cancelable; the default action
 * navigates to `switch-capacity-url?login_hint=<loginHint>`. `detail: { authorization }`.
 */
export class LoketMandateSwitcher extends LoketElement {
  static override styles = [componentStyles, mandateSwitcherStyles];

  static override dependencies = { 'loket-icon': LoketIcon };

  static override messages = { header, mandate };

  static override properties = {
    profile: { attribute: 'profile', converter: jsonAttribute<Profile>('profile') },
    switchCapacityUrl: { attribute: 'switch-capacity-url' },
    open: { type: Boolean, reflect: true },
    query: { state: true },
    cleared: { state: true },
  };

  /** The profile, when not inside a `loket-header` (whose profile wins). Validated defensively. */
  declare profile: Profile | undefined;
  /** Where switching leads; the chosen identity's `loginHint` is added as `login_hint`. */
  declare switchCapacityUrl: string | undefined;
  /** Whether the list is open. */
  declare open: boolean;
  declare protected query: string;
  /** Escape emptied the filter: the status says so, with the whole list's count. */
  declare protected cleared: boolean;

  /** What a surrounding `loket-header` shares (the @lit/context protocol); undefined on its own. */
  #context: IdentityContext | undefined;
  #unsubscribe: (() => void) | undefined;
  #rowsFor: Profile | undefined;
  #rows: Row[] = [];
  #focusIndex = 0;
  #typed = '';
  #typedAt = 0;

  constructor() {
    super();
    this.open = false;
    this.query = '';
    this.cleared = false;
    new PopupController(this, {
      isOpen: () => this.open,
      close: () => (this.open = false),
      popup: () => this.renderRoot.querySelector<HTMLElement>('.popup'),
      trigger: () => this.renderRoot.querySelector<HTMLElement>('.trigger'),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = consumeIdentity(this, (value) => {
      this.#context = value;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#context = undefined;
  }

  /** The profile in use: the header's when inside one, else the own property. */
  get effectiveProfile(): Profile {
    return normalizeProfile(this.#context ? this.#context.profile : this.profile);
  }

  get #switchUrl(): string | undefined {
    return safeUrl(this.switchCapacityUrl ?? this.#context?.switchCapacityUrl);
  }

  #prepare(profile: Profile): Row[] {
    if (profile === this.#rowsFor) return this.#rows;
    this.#rowsFor = profile;
    const self = userName(profile.user);
    this.#rows = (profile.identities ?? []).map((auth) => {
      const entity = auth.onBehalfOf;
      const kind = entityKind(entity);
      const name = entity && kind !== 'BUR' ? entityName(entity) : self || (entity ? entityName(entity) : '');
      const id = entity && kind !== 'BUR' ? formatIdentifier(entity.identifier) : '';
      const folded = fold(name);
      return {
        auth,
        kind,
        name,
        id,
        search: `${folded} ${id.toLowerCase()} ${id.replace(/\D/g, '')}`,
        prefix: folded,
        active: sameIdentity(auth, profile.activeIdentity),
      };
    });
    // Grouped by kind in a fixed order; the server's order within a group (sort is stable).
    return this.#rows.sort((a, b) => entityKinds.indexOf(a.kind) - entityKinds.indexOf(b.kind));
  }

  /** The rows matching the filter, at most MAX_ROWS, and how many matched in all. */
  #filterRows(rows: Row[]): { shown: Row[]; total: number } {
    const q = fold(this.query.trim());
    if (!q) return { shown: rows.slice(0, MAX_ROWS), total: rows.length };
    const digits = /^[\d.\s]+$/.test(q) ? q.replace(/\D/g, '') : '';
    const needle = digits || q;
    const shown: Row[] = [];
    let total = 0;
    for (const row of rows) {
      if (row.search.includes(needle)) {
        total += 1;
        if (shown.length < MAX_ROWS) shown.push(row);
      }
    }
    return { shown, total };
  }

  protected override willUpdate(): void {
    // A list whose trigger goes away (signed out, nobody left to switch to) closes, rather than reappear with the next profile.
    const profile = this.effectiveProfile;
    this.open &&= profile.active && this.#prepare(profile).some((row) => !row.active);
    if (!this.open) {
      this.query = '';
      this.cleared = false;
    }
  }

  get #options(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=option]')];
  }

  get #trigger(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.trigger');
  }

  get #filterField(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  #moveTo(index: number): void {
    const options = this.#options;
    if (!options.length) return;
    const i = Math.max(0, Math.min(options.length - 1, index));
    options[this.#focusIndex]?.setAttribute('tabindex', '-1');
    this.#focusIndex = i;
    options[i].setAttribute('tabindex', '0');
    options[i].focus();
  }

  /** Opens the list and moves focus into it: the filter field, else the current identity. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const field = this.#filterField;
    if (field) field.focus();
    else this.#moveTo(Math.max(0, this.#options.findIndex((o) => o.getAttribute('aria-selected') === 'true')));
  }

  /**
   * Closes the list.
   * @param {boolean} [focusTrigger=false] - Also returns focus to the button.
   */
  hide(focusTrigger = false): void {
    this.open = false;
    if (focusTrigger) this.#trigger?.focus();
  }

  #toggle(): void {
    if (this.open) this.hide();
    else void this.show();
  }

  #choose(row: Row): void {
    this.hide(true);
    if (row.active) return;
    if (!emit(this, new LoketIdentitySelectEvent({ authorization: row.auth }))) return;
    const url = this.#switchUrl;
    if (url === undefined) return;
    this.navigate(row.auth.loginHint ? withQuery(url, { login_hint: row.auth.loginHint }) : url);
  }

  /**
   * What the status says: the matches while a filter is typed; after Escape emptied it, that it did, with
   * the whole list's count (so it is heard even when the filter already matched everything).
   */
  #status(query: string, total: number): string {
    const t = this.localize.t.mandate;
    const results = t.results(total, this.localize.number(total));
    return query ? results : this.cleared ? t.cleared(results) : '';
  }

  /** The default action of a switch. Separate so tests and subclasses can observe it. */
  protected navigate(url: string): void {
    location.assign(url);
  }

  readonly #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.#focusIndex = 0;
    this.cleared = false;
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    const inField = target.localName === 'input';
    const options = this.#options;
    const index = options.indexOf(target);
    let handled = true;
    switch (event.key) {
      case 'Escape':
        // A typed filter goes first (the full list shows again, focus stays in the field); then the list closes.
        if (inField && this.query) {
          this.query = '';
          this.cleared = true;
        } else this.hide(true);
        break;
      case 'ArrowDown':
        this.#moveTo(inField ? 0 : index + 1);
        break;
      case 'ArrowUp':
        if (index <= 0 && this.#filterField) this.#filterField.focus();
        else this.#moveTo(index - 1);
        break;
      case 'Home':
      case 'End':
        if (inField) handled = false;
        else this.#moveTo(event.key === 'Home' ? 0 : options.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (inField) handled = event.key === 'Enter';
        else if (index >= 0) options[index].click();
        break;
      default:
        handled = false;
        if (!inField && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          handled = true;
          this.#typeAhead(event.key, index);
        }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** APG type-ahead: characters typed within half a second form a prefix, searched from the next option. */
  #typeAhead(key: string, from: number): void {
    const now = performance.now();
    this.#typed = (now - this.#typedAt > 500 ? '' : this.#typed) + fold(key);
    this.#typedAt = now;
    const { shown } = this.#filterRows(this.#prepare(this.effectiveProfile));
    const start = this.#typed.length > 1 ? from : from + 1;
    for (let k = 0; k < shown.length; k += 1) {
      const i = (start + k) % shown.length;
      if (shown[i].prefix.startsWith(this.#typed)) return this.#moveTo(i);
    }
  }

  /** Who is signed in and for whom they act ("Burger", "namens …" and its number): shown, and as a name. */
  #renderWho(profile: Profile): [TemplateResult, string] {
    const t = this.localize.t;
    const entity = profile.activeIdentity?.onBehalfOf;
    const acting = entity && entityKind(entity) !== 'BUR';
    const id = acting ? formatIdentifier(entity.identifier) : '';
    const person = userName(profile.user) || t.header.signedIn;
    const role = acting ? t.mandate.onBehalfOf(entityName(entity)) : t.mandate.kinds.BUR;
    return [
      html`<span class="who"
        ><span class="person">${person}</span>
        <span class="for">${role}${id ? html` <span class="id">(${id})</span>` : nothing}</span></span
      >`,
      `${person}, ${role}${id ? ` (${id})` : ''}`,
    ];
  }

  protected override render() {
    const profile = this.effectiveProfile;
    if (!profile.active) return nothing;
    const t = this.localize.t;
    const rows = this.#prepare(profile);
    if (!rows.some((row) => !row.active)) {
      return html`<div class="static" part="trigger"><span class="vh">${t.header.signedInAs} </span>${this.#renderWho(profile)[0]}</div>`;
    }
    const filterable = rows.length > FILTER_THRESHOLD;
    const { shown, total } = this.open ? this.#filterRows(rows) : { shown: [], total: 0 };
    if (this.#focusIndex >= shown.length) this.#focusIndex = 0;
    let last: EntityKind | undefined;
    const groups: { kind: EntityKind; items: TemplateResult[] }[] = [];
    shown.forEach((row, i) => {
      if (row.kind !== last) groups.push({ kind: row.kind, items: [] });
      last = row.kind;
      groups[groups.length - 1].items.push(
        html`<div role="option" part="option" class="option" tabindex=${i === this.#focusIndex ? '0' : '-1'} aria-selected=${row.active ? 'true' : 'false'} aria-label=${optionName(row, t.mandate.current)} @click=${() => this.#choose(row)}>
<span class="name">${row.name}</span> ${row.id ? html`<span class="id">${row.id}</span>` : nothing}${row.active ? CHECK : nothing}</div>`,
      );
    });
    const query = this.query.trim();
    // Named with pauses: "Sofie Peeters, namens Schoonmaak Peeters BV (0456.789.123), Wissel van organisatie".
    const [who, name] = this.#renderWho(profile);
    return html`<button class="trigger" part="trigger" type="button" aria-label="${name}, ${t.mandate.switch}" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="popup" @click=${this.#toggle}>
${who}${CHEVRON}</button>
<div id="popup" class="popup" part="popup" tabindex="-1" ?hidden=${!this.open} @keydown=${this.#onKeydown}>
${filterable ? html`<label><span>${t.mandate.filter}</span><input type="search" autocomplete="off" spellcheck="false" .value=${this.query} @input=${this.#onInput} /></label>` : nothing}
${groups.length
  ? html`<div role="listbox" aria-label=${t.mandate.list}>
${groups.map((group) => html`<div role="group" aria-labelledby="g-${group.kind}"><div class="group" id="g-${group.kind}" aria-hidden="true">${t.mandate.kinds[group.kind]}</div>${group.items}</div>`)}</div>`
  : nothing}
${total > shown.length ? html`<p class="more">${t.mandate.more(this.localize.number(shown.length), this.localize.number(total))}</p>` : nothing}
${filterable ? html`<p class=${total ? 'vh' : 'none'} role="status">${this.#status(query, total)}</p>` : nothing}
</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-mandate-switcher': LoketMandateSwitcher;
  }
  interface LoketEventMap {
    'loket-identity-select': LoketIdentitySelectEvent;
  }
}
