import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LoketElement } from '../../internal/loket-element.js';
import { LoketButton } from '../button/button.js';
import { componentStyles } from '../../styles/shared.js';
import { feedbackSummaryStyles } from './feedback-summary.styles.js';
import { feedbackSummary, feedback } from '../../i18n/nl.js';
import { JsonLoader } from '../../internal/json-loader.js';
import { jsonAttribute } from '../../internal/converters.js';
import { formatRelative, numberFormat } from '../../internal/format.js';
import { isObject } from '../../internal/guards.js';

/** What `GET /api/feedback/summary` returns (see demo/server/routes/feedback.mjs). */
export interface FeedbackSummaryData {
  count: number;
  /** Average rating 1–5, or null without feedback. */
  average: number | null;
  /** Number of answers per rating. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
  /** Per `context` ("" for feedback without one). */
  perContext: Record<string, { count: number; average: number | null }>;
  /** The newest comments, newest first. */
  latest: { rating: number; comment: string; context: string | null; createdAt: string; lang?: string }[];
}

/** A language tag ("fr", "nl-BE"); anything else is dropped. */
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0);
const average = (value: unknown): number | null => (typeof value === 'number' && value >= 1 && value <= 5 ? value : null);

/** Makes untrusted server data safe to render: wrong types become 0 / null, malformed comments are skipped. */
export function normalizeSummary(raw: unknown): FeedbackSummaryData {
  const data = isObject(raw) ? raw : {};
  const dist = isObject(data.distribution) ? data.distribution : {};
  const contexts = isObject(data.perContext) ? data.perContext : {};
  return {
    count: count(data.count),
    average: average(data.average),
    distribution: { 1: count(dist[1]), 2: count(dist[2]), 3: count(dist[3]), 4: count(dist[4]), 5: count(dist[5]) },
    perContext: Object.fromEntries(
      Object.entries(contexts)
        .filter((entry): entry is [string, Record<string, unknown>] => isObject(entry[1]))
        .map(([key, value]) => [key, { count: count(value.count), average: average(value.average) }]),
    ),
    latest: (Array.isArray(data.latest) ? data.latest : [])
      .filter((item): item is Record<string, unknown> => isObject(item) && Number.isInteger(item.rating) && (item.rating as number) >= 1 && (item.rating as number) <= 5 && typeof item.comment === 'string')
      .slice(0, 10)
      .map((item) => ({
        rating: item.rating as number,
        comment: item.comment as string,
        context: typeof item.context === 'string' ? item.context : null,
        createdAt: typeof item.createdAt === 'string' ? item.createdAt : '',
        ...(typeof item.lang === 'string' && LANG.test(item.lang) ? { lang: item.lang } : {}),
      })),
  };
}

/**
 * @summary The counter's view of "tevredenheid": average rating, the distribution of ratings (a table
 * with text values and bars), the number of answers per service (`context`) and the latest comments.
 * Renders `h2` headings. Server data is shown as text, never as HTML.
 *
 * @tagname loket-feedback-summary
 *
 * @csspart section - Each block (average, distribution, per context, latest).
 */
export class LoketFeedbackSummary extends LoketElement {
  static override styles = [componentStyles, feedbackSummaryStyles];
  static override dependencies = { 'loket-button': LoketButton };

  static override messages = { feedbackSummary, feedback };

  static override properties = {
    src: {},
    summary: { attribute: false },
    contextLabels: { attribute: 'context-labels', converter: jsonAttribute<Record<string, string>>('context-labels') },
  };

  /** URL of the summary JSON (`GET /api/feedback/summary`). Fetched on connect and whenever it changes. */
  declare src: string | undefined;
  /** The summary itself, instead of (or as loaded from) `src`. Untrusted data is normalised. */
  declare summary: FeedbackSummaryData | undefined;
  /**
   * Names of the services, in the page's language, by `context`: `{"dienstencheques-bestellen":
   * "Dienstencheques bestellen"}`. A context without a name is shown as its identifier.
   */
  declare contextLabels: Record<string, string> | undefined;
  /** `summary` made safe, once per change. */
  #data: ReturnType<typeof normalizeSummary> | undefined;
  readonly #loader = new JsonLoader(this, {
    url: () => this.src,
    credentials: 'same-origin',
    loaded: (data) => {
      this.summary = data as FeedbackSummaryData;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.#loader.load();
    if (changed.has('summary')) this.#data = this.summary === undefined ? undefined : normalizeSummary(this.summary);
  }

  /** (Re)loads `src`. */
  load(): Promise<void> {
    return this.#loader.load();
  }

  /** The retry button goes away: focus moves to the first heading (or the new retry button), not to the body. */
  readonly #retry = async (): Promise<void> => {
    await this.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2, loket-button')?.focus();
  };

  protected override render() {
    const all = this.localize.t;
    const t = all.feedbackSummary;
    if (this.#loader.status === 'error') {
      return html`<div class="error" role="alert">
        <p>${t.error}</p>
        <loket-button variant="secondary" @click=${this.#retry}>${all.common.retry}</loket-button>
      </div>`;
    }
    const data = this.#data;
    // Loading again keeps what is shown. Loading the first time shows the average and the distribution with
    // dashes for their numbers, at their height, so the page below does not jump when the numbers come.
    const loading = this.#loader.status === 'loading' && !data;
    if (!data && !loading) return nothing;
    // Nothing to count yet: the message alone, not a dash and a table of zeros.
    if (data?.count === 0) return html`<section part="section"><h2 tabindex="-1">${t.average}</h2><p>${t.empty}</p></section>`;
    const locale = all.intlLocale;
    const one = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const percent = numberFormat(locale, { style: 'percent' });
    const n = (value: number) => this.localize.number(value);
    const score = (value: number | null) => (value === null ? '–' : t.outOf(one.format(value)));
    const ratings = all.feedback.ratings;
    const total = data ? Object.values(data.distribution).reduce((a, b) => a + b, 0) : 0;
    const contexts = data ? Object.entries(data.perContext).sort((a, b) => b[1].count - a[1].count) : [];
    const labels: unknown = this.contextLabels;
    const name = (context: string | null): string => {
      const label = context && isObject(labels) && Object.hasOwn(labels, context) ? labels[context] : undefined;
      return (typeof label === 'string' && label.trim()) || context || t.noContext;
    };
    return html`
      <section part="section" aria-labelledby="average" aria-busy=${loading}>
        <h2 id="average" tabindex="-1">${t.average}</h2>
        <p class="average">${score(data?.average ?? null)}</p>
        ${data ? html`<p class="muted">${t.responses(data.count, n(data.count))}</p>` : html`<p class="muted" role="status">${all.common.loading}</p>`}
      </section>
      <section part="section" aria-busy=${loading}>
        <h2 id="distribution">${t.distribution}</h2>
        <table aria-labelledby="distribution">
          <thead>
            <tr>
              <th scope="col">${t.score}</th>
              <th scope="col" class="num">${t.count}</th>
              <th scope="col" class="num">${t.share}</th>
              <td class="bar" aria-hidden="true"></td>
            </tr>
          </thead>
          <tbody>
            ${([5, 4, 3, 2, 1] as const).map((rating) => {
              const share = data && total ? data.distribution[rating] / total : 0;
              return html`<tr>
                <th scope="row">${rating} – ${ratings[rating - 1]}</th>
                <td class="num">${data ? n(data.distribution[rating]) : '–'}</td>
                <td class="num">${data ? percent.format(share) : '–'}</td>
                <td class="bar" aria-hidden="true"><span .style=${`width:${share * 100}%`}></span></td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>
      ${contexts.length
        ? html`<section part="section">
            <h2 id="contexts">${t.perContext}</h2>
            <table aria-labelledby="contexts">
              <thead>
                <tr>
                  <th scope="col">${t.context}</th>
                  <th scope="col" class="num">${t.count}</th>
                  <th scope="col" class="num">${t.average}</th>
                </tr>
              </thead>
              <tbody>
                ${contexts.map(
                  ([context, value]) => html`<tr>
                    <th scope="row">${name(context)}</th>
                    <td class="num">${n(value.count)}</td>
                    <td class="num">${score(value.average)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </section>`
        : nothing}
      ${data?.latest.length
        ? html`<section part="section">
            <h2 id="latest">${t.latest}</h2>
            <ol aria-labelledby="latest">
              ${data.latest.map(
                (item) => html`<li>
                  <p>
                    <strong>${item.rating} – ${ratings[item.rating - 1]}</strong>
                    <span class="muted"
                      >· ${name(item.context)} ·
                      <time datetime=${item.createdAt}>${formatRelative(item.createdAt, new Date(), this.localize.t)}</time></span
                    >
                  </p>
                  ${item.comment ? html`<p class="comment" lang=${ifDefined(item.lang)}>${item.comment}</p>` : html`<p class="comment">${t.noComment}</p>`}
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loket-feedback-summary': LoketFeedbackSummary;
  }
}
