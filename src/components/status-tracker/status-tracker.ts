import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { NotificationSnapshot, NotificationSource } from '../../data/types.js';
import { jsonAttribute } from '../../internal/converters.js';
import { emit, LoketEvent } from '../../internal/events.js';
import { LoketElement } from '../../internal/loket-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { formatDate, parseDate } from '../../internal/format.js';
import { componentStyles, linkStyles } from '../../styles/shared.js';
import { LoketButton } from '../button/button.js';
import { statusTrackerStyles } from './status-tracker.styles.js';
import { statusTracker } from '../../i18n/nl.js';
import type { Locale } from '../../i18n/index.js';
import { JsonLoader } from '../../internal/json-loader.js';
import { isObject } from '../../internal/guards.js';

export type StepStatus = 'done' | 'current' | 'upcoming' | 'error' | 'warning';

/** A step's required action ("Actie vereist: bezorg uw inkomensattest"). */
export interface DossierAction {
  label: string;
  /** http(s) or relative; anything else is dropped and the label is shown as text. */
  url: string;
}

export interface DossierStep {
  id: string;
  label: string;
  status: StepStatus;
  /** ISO-8601. */
  date?: string;
  description?: string;
  action?: DossierAction;
}

export interface DossierEvent {
  /** ISO-8601. */
  date: string;
  label: string;
  description?: string;
}

/** The dossier status data (docs/protocols.md, "Dossier status data"). */
export interface Dossier {
  title: string;
  reference?: string;
  steps: DossierStep[];
  history?: DossierEvent[];
}

/** `loket-dossier-load`: a dossier arrived from `src` (first load, retry or a refresh after a notification). */
export class LoketDossierLoadEvent extends LoketEvent<{ dossier: Dossier }> {
  constructor(dossier: Dossier) {
    super('loket-dossier-load', { dossier });
  }
}

interface Step {
  id: string;
  label: string;
  status: StepStatus;
  date?: string;
  description?: string;
  action?: { label: string; url?: string };
}
interface Entry {
  date?: string;
  time: number;
  label: string;
  description?: string;
}
interface View {
  title?: string;
  reference?: string;
  steps: Step[];
  history: Entry[];
}

const statuses = ['done', 'current', 'upcoming', 'error', 'warning'];
const warn = (message: string): void => console.warn(`[loket] loket-status-tracker: ${message}`);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
/** The date as given and its time when it parses; invalid dates are left out once, here. */
const dated = (value: unknown): { date?: string; time: number } => {
  const date = text(value);
  const time = parseDate(date)?.getTime();
  return time === undefined ? { time: -Infinity } : { date, time };
};
const record = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});

/**
 * Validates outside data defensively: steps without a label are skipped, unknown statuses become
 * "upcoming" (with a console warning), so do current steps after the first (one warning), invalid
 * dates are left out, unsafe action URLs are dropped. Returns undefined when there is no steps array at all.
 */
export function normalizeDossier(value: unknown): View | undefined {
  const d = record(value);
  if (!Array.isArray(d.steps)) return undefined;
  const steps: Step[] = [];
  let current: string | undefined;
  let extra = 0;
  d.steps.forEach((raw, i) => {
    const s = record(raw);
    const label = text(s.label);
    if (!label) return warn(`step ${i} without label skipped`);
    let status = s.status as StepStatus;
    if (!statuses.includes(status)) {
      warn(`unknown status ${JSON.stringify(s.status)} shown as upcoming`);
      status = 'upcoming';
    }
    // One step is current ("Huidige stap", aria-current): the first one marked so.
    if (status === 'current') {
      if (current === undefined) current = label;
      else {
        extra += 1;
        status = 'upcoming';
      }
    }
    const a = record(s.action);
    const action = text(a.label);
    steps.push({
      id: text(s.id) ?? String(i),
      label,
      status,
      date: dated(s.date).date,
      description: text(s.description),
      action: action ? { label: action, url: safeUrl(a.url) } : undefined,
    });
  });
  if (extra) warn(`${extra + 1} steps marked current; only the first, ${JSON.stringify(current)}, is shown as current, the others as upcoming`);
  const history: Entry[] = [];
  for (const raw of Array.isArray(d.history) ? d.history : []) {
    const e = record(raw);
    const label = text(e.label);
    if (label) history.push({ ...dated(e.date), label, description: text(e.description) });
  }
  // Newest first, undated events last; never trust the server's order.
  history.sort((a, b) => b.time - a.time || 0);
  return { title: text(d.title), reference: text(d.reference), steps, history };
}

/** The step a status change is about: the current one, else the last one that started. */
const focusStep = (view: View): Step | undefined =>
  view.steps.find((s) => s.status === 'current') ?? [...view.steps].reverse().find((s) => s.status !== 'upcoming');

const icons: Partial<Record<StepStatus | 'chevron', string>> = {
  done: 'M5 10.5l3.5 3.5 6.5-7',
  current: 'M10 10h0',
  error: 'M6 6l8 8m0-8-8 8',
  warning: 'M10 5v5.5m0 4v0',
  chevron: 'M5 8l5 5 5-5',
};
const icon = (name: keyof typeof icons): TemplateResult | typeof nothing =>
  icons[name] ? svg`<svg viewBox="0 0 20 20" aria-hidden="true"><path d=${icons[name]!} /></svg>` : nothing;

/**
 * A heading at level 1–6: `role="heading"` with `aria-level` rather than a switch over h1…h6 (static
 * templates cannot have dynamic tag names). The same semantics for assistive technology, fewer bytes.
 */
const heading = (level: number, cls: string, content: unknown): TemplateResult =>
  html`<div class=${cls} role="heading" aria-level=${level} tabindex="-1">${content}</div>`;

/**
 * While the first dossier loads: four empty steps, about the height of a dossier, so the page below
 * moves less when the steps come. Hidden from assistive technology; the loading message says it.
 */
const skeleton = html`<ol class="v sk" aria-hidden="true">${[1, 2, 3, 4].map(
  () => html`<li class="s"><span class="m"></span><div class="b"><span class="l">&nbsp;</span><span class="meta">&nbsp;</span></div></li>`,
)}</ol>`;

/** Width of one step in horizontal layout, in em: below steps × this, the tracker stays vertical. */
const STEP_EM = 10;

/**
 * @summary The status and history of one dossier: an ordered list of steps (done, current,
 * upcoming, error, warning — each with an icon and text, never colour alone), dates per locale,
 * explanations, the current step's required action, and a collapsible "Historiek".
 *
 * @tagname loket-status-tracker
 *
 * Data comes from the `dossier` property (or a JSON `dossier` attribute), or from `src`: a URL
 * returning the same JSON, fetched with `credentials: 'include'`, with a loading state (four empty
 * steps hold the dossier's place, so the page below moves less when it comes) and an error state
 * with retry. Setting `dossier` to a new object whose steps changed announces the new state
 * in a polite live region, the step with its state ("Status gewijzigd: In behandeling, Huidige stap"); the first render announces nothing.
 *
 * **Following notifications (optional).** Give the tracker a `source` (any `NotificationSource`,
 * e.g. the `NotificationStore` that `loket-notifications` uses) and a `dossier-id`. When a
 * notification newer than the ones already known arrives whose `dossier.id` equals `dossier-id`,
 * the tracker refetches `src` and announces the change. Without `src` it does nothing: the
 * application owns the `dossier` property and sets it again. `reload()` refetches on demand.
 * (A store that loads older notifications for the dossier after the tracker subscribed causes one
 * silent refetch; nothing is announced unless the steps really changed.)
 *
 * **Layout.** Vertical by default. `layout="horizontal"` lays the steps out in a row only when the
 * tracker is at least 10 em wide per step (measured with a ResizeObserver, so it follows zoom and
 * container size); otherwise it stays vertical.
 *
 * @event {LoketDossierLoadEvent} loket-dossier-load - A dossier was loaded from `src`; `detail.dossier` is the raw JSON.
 *
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step (`<li>`).
 * @csspart history - The history timeline (`<ol>`).
 *
 * @cssprop --loket-status-tracker-marker-size - Diameter of the step markers. Defaults to 2em.
 */
export class LoketStatusTracker extends LoketElement {
  static override styles = [componentStyles, linkStyles, statusTrackerStyles];
  static override dependencies = { 'loket-button': LoketButton };

  static override messages = { statusTracker };

  static override properties = {
    dossier: { attribute: 'dossier', converter: jsonAttribute<Dossier>('dossier') },
    src: { attribute: 'src' },
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: { attribute: 'layout', reflect: true },
    dossierId: { attribute: 'dossier-id' },
    source: { attribute: false },
    open: { state: true },
    announced: { state: true },
    room: { state: true },
  };

  /** The dossier to show (see docs/protocols.md, "Dossier status data"). Set a new object to update; a changed step is announced. */
  declare dossier: Dossier | undefined;
  /** URL returning the dossier JSON, fetched with credentials. Replaces `dossier` when loaded. */
  declare src: string | undefined;
  /** Level (1–6) of the title's heading, so the tracker fits the page outline; the history uses one level lower. */
  declare headingLevel: number;
  /** `vertical` (default) or `horizontal`; horizontal falls back to vertical when there is no room. */
  declare layout: 'vertical' | 'horizontal';
  /** The dossier's id in notifications (`notification.dossier.id`), used with `source`. */
  declare dossierId: string | undefined;
  /** Optional notification source: a new notification for `dossier-id` refetches `src`. */
  declare source: NotificationSource | undefined;

  declare private open: boolean;
  /** The step announced in the live region, with its state: a second change of the same step reads differently. */
  declare private announced: Step | undefined;
  /** The language it was announced in: after a language switch the region empties rather than say it again. */
  #announcedIn: Locale | undefined;
  /** Available width, in em. */
  declare private room: number;

  #view?: View;
  #signature?: string;
  /** `src`: the current dossier stays visible while it reloads. */
  readonly #loader = new JsonLoader(this, {
    url: () => this.src,
    loaded: (data) => {
      const dossier = data as Dossier;
      if (!Array.isArray(dossier?.steps)) throw new Error('no steps');
      this.dossier = dossier;
      emit(this, new LoketDossierLoadEvent(dossier));
    },
    failed: (error) => {
      warn(`${this.src}: ${error}`);
      return 'error';
    },
  });
  #unsubscribe?: () => void;
  #newest?: number;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor() {
    super();
    this.headingLevel = 2;
    this.layout = 'vertical';
    this.open = false;
    this.room = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first connection subscribes in updated(); a reconnected element resubscribes here.
    if (!this.hasUpdated) return;
    this.#follow();
    this.#measure();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  /** Fetches `src` again. Keeps showing the current dossier while loading; a change is announced. */
  reload(): Promise<void> {
    return this.#loader.load();
  }

  /** Subscribes to `source` when connected; newer notifications for this dossier trigger a reload. */
  #follow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#newest = undefined;
    if (!this.source || !this.isConnected) return;
    this.#unsubscribe = this.source.subscribe((snapshot: NotificationSnapshot) => {
      let newest = -Infinity;
      for (const item of snapshot.items) {
        if (this.dossierId && item.dossier?.id === this.dossierId) newest = Math.max(newest, item.createdAtMs);
      }
      const known = this.#newest;
      this.#newest = newest;
      if (known !== undefined && newest > known) void this.reload();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only a horizontal tracker needs its width before its first paint: one layout read, not one per tracker on the page.
    if (!this.hasUpdated && this.layout === 'horizontal') this.room = this.#em(this.getBoundingClientRect().width);
    if (changed.has('src')) {
      this.#signature = undefined;
      // Started here, not in updated(), so the loading state is part of this render.
      void this.#loader.load();
    }
    if (changed.has('dossier')) {
      const view = (this.#view = normalizeDossier(this.dossier));
      if (this.dossier !== undefined && !view) warn('dossier without steps ignored');
      const signature = view?.steps.map((s) => `${s.id}:${s.status}:${s.label}`).join('|');
      if (view && this.#signature !== undefined && signature !== this.#signature) {
        this.announced = focusStep(view);
        this.#announcedIn = this.localize.locale;
      }
      this.#signature = signature;
    }
  }

  protected override firstUpdated(): void {
    this.#measure();
  }

  /** The tracker's width in em, for `room`. */
  #em(width: number): number {
    return Math.floor(width / (parseFloat(getComputedStyle(this).fontSize) || 16));
  }

  /**
   * Follows the available width (in em) through a zero-height sentinel, a frame after it changes. A layout
   * change made inside the observer's callback would change sizes again in the same frame (in a box as wide
   * as its content, or when a page scrollbar comes or goes), which browsers report as an error
   * ("ResizeObserver loop completed with undelivered notifications"). The first width is read before the
   * first render (see willUpdate), so a tracker that has room is horizontal from its first paint.
   */
  #measure(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(([entry]) => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => (this.room = this.#em(entry.contentRect.width)));
    });
    this.#observer.observe(this.renderRoot.querySelector('.w')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('dossierId')) this.#follow();
  }

  /**
   * Moves focus to the dossier's title, e.g. for a link to this dossier (`#id`). The element itself
   * needs no `tabindex` for it: a negative one would take every link and button inside out of Tab order.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.t')?.focus(options);
  }

  readonly #retry = async (): Promise<void> => {
    await this.reload();
    await this.updateComplete;
    // The retry button was replaced: focus goes to the title, or to the new retry button, never to the body.
    if (this.#loader.status === 'idle') this.focus();
    else this.renderRoot.querySelector<HTMLElement>('.err loket-button')?.focus();
  };

  readonly #onHistoryKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      this.open = false;
      this.renderRoot.querySelector<HTMLElement>('.ht button')?.focus();
    }
  };

  #renderStep(step: Step): TemplateResult {
    const t = this.localize.t.statusTracker;
    const date = step.date;
    const action = step.action && !['done', 'upcoming'].includes(step.status) ? step.action : undefined;
    return html`<li class="s ${step.status}" part="step" aria-current=${step.status === 'current' ? 'step' : nothing}>
<span class="m">${icon(step.status)}</span><div class="b"><span class="l">${step.label}</span>
<span class="meta"><span class="st">${t.states[step.status]}</span>${date ? html` · <time datetime=${date}>${formatDate(date, this.localize.t)}</time>` : nothing}</span>
${step.description ? html`<p>${step.description}</p>` : nothing}
${action ? html`<p class="act"><strong>${t.action}</strong> ${action.url ? html`<a href=${action.url}>${action.label}</a>` : action.label}</p>` : nothing}
</div></li>`;
  }

  #renderHistory(history: Entry[], level: number): TemplateResult {
    return html`<div class="hist" @keydown=${this.#onHistoryKey}>${heading(
      level,
      'ht',
      html`<button type="button" aria-expanded=${this.open} aria-controls="h" @click=${() => (this.open = !this.open)}>${icon('chevron')}${this.localize.t.statusTracker.history} (${history.length})</button>`,
    )}<ol id="h" part="history" ?hidden=${!this.open}>${history.map(
      (e) => html`<li><time datetime=${e.date ?? nothing}>${formatDate(e.date, this.localize.t)}</time>
<span class="l">${e.label}</span>${e.description ? html`<p>${e.description}</p>` : nothing}</li>`,
    )}</ol></div>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const st = t.statusTracker;
    const view = this.#view;
    const a = this.localize.locale === this.#announcedIn ? this.announced : undefined;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const horizontal = this.layout === 'horizontal' && view && this.room >= view.steps.length * STEP_EM;
    return html`<div class="w"></div><div class="vh" role="status">${a ? st.changed(`${a.label}, ${st.states[a.status]}`) : ''}</div>
${this.#loader.status === 'loading' && !view ? html`<p class="load">${t.common.loading}</p>${skeleton}` : nothing}
${this.#loader.status === 'error' ? html`<div class="err" role="alert"><p>${st.loadError}</p>
<loket-button variant="secondary" @click=${this.#retry}>${t.common.retry}</loket-button></div>` : nothing}
${view ? html`${view.title ? heading(level, 't', view.title) : nothing}
${view.reference ? html`<p class="ref">${st.reference} ${view.reference}</p>` : nothing}
${view.steps.length ? html`<ol class=${horizontal ? 'h' : 'v'} part="steps" aria-label=${st.steps}>${view.steps.map((s) => this.#renderStep(s))}</ol>` : html`<p class="none">${st.noSteps}</p>`}
${view.history.length ? this.#renderHistory(view.history, Math.min(level + 1, 6)) : nothing}` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-status-tracker': LoketStatusTracker;
  }
  interface LoketEventMap {
    'loket-dossier-load': LoketDossierLoadEvent;
  }
}
