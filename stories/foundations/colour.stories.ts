import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copyFor, type Phrase, type StoryCopy } from '../support/copy.js';
import { contrast, formatRatio, foundationStyles, group, token, type Token, withCode, tokenTable, tokenHeader } from './tokens.js';

// Colours: every colour token of src/tokens with its swatch, its value and its contrast; the pairs the
// elements use, measured against WCAG 1.4.3 (text, 4.5:1) and 1.4.11 (borders, icons, focus, 3:1).

const meta: Meta = {
  title: 'Foundations/Colour',
  // A page of its own, not a component: no Docs tab with an empty Controls table.
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

const hex = (t: Token): string => t.css.toUpperCase();
const white = token('color.background');

/** The colour's own swatch, painted with its custom property (or, for the palette, its value). */
const swatch = (t: Token) => html`<span class="fd-swatch" aria-hidden="true" .style=${`background:${t.emitted ? `var(${t.name})` : t.css}`}></span>`;

export const SemanticColours: Story = {
  name: 'Semantic colours',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    return html`${foundationStyles}
      <div class="fd">
        <p>${withCode(t('De kleuren van de Vlaamse huisstijl, zoals de elementen ze gebruiken. Een portaal past een kleur aan met het token, bijvoorbeeld {token}.', { token: '--loket-color-action' }))}</p>
        ${tokenTable('semantic', t('Semantische kleuren'), [t('Staal'), t('Token'), t('Waarde'), t('Uit het palet'), withCode(t('Contrast met {token}', { token: white.name }))], group('color').map(
          (c) => html`<tr>
            <td>${swatch(c)}</td>
            ${tokenHeader(c.name, c.description)}
            <td><code>${hex(c)}</code></td>
            <td>${c.ref ? html`<code>${c.ref}</code>` : '–'}</td>
            <td>${formatRatio(locale, contrast(c.css, white.css))}</td>
          </tr>`,
        ))}
      </div>`;
  },
};

/** What a pair is for: text needs 4.5:1 (WCAG 1.4.3), borders, icons and the focus ring 3:1 (1.4.11). */
type Use = 'text' | 'ui';
const needed: Record<Use, number> = { text: 4.5, ui: 3 };
const useLabel: Record<Use, Phrase> = { text: 'Tekst', ui: 'Rand, pictogram of focus' };

/** The combinations the elements use: foreground token, the backgrounds it is used on, and for what. */
const pairs: [foreground: string, backgrounds: string[], use: Use][] = [
  ['color.text', ['color.background', 'color.background-alt', 'color.action-subtle', 'color.info-subtle', 'color.success-subtle', 'color.warning-subtle', 'color.error-subtle'], 'text'],
  ['color.text-secondary', ['color.background', 'color.background-alt'], 'text'],
  ['color.on-brand', ['color.brand'], 'text'],
  ['color.action', ['color.background', 'color.background-alt', 'color.action-subtle'], 'text'],
  ['color.action-hover', ['color.background', 'color.action-subtle'], 'text'],
  ['color.visited', ['color.background'], 'text'],
  ['color.on-action', ['color.action', 'color.action-hover', 'color.error', 'color.text-secondary'], 'text'],
  ['color.info', ['color.info-subtle'], 'text'],
  ['color.error-strong', ['color.background', 'color.error-subtle'], 'text'],
  ['color.success-strong', ['color.background', 'color.success-subtle'], 'text'],
  ['color.warning-strong', ['color.background', 'color.warning-subtle'], 'text'],
  ['color.text', ['color.warning'], 'ui'],
  ['color.border-strong', ['color.background', 'color.background-alt'], 'ui'],
  ['color.focus', ['color.background', 'color.background-alt', 'color.brand'], 'ui'],
  ['color.action', ['color.background'], 'ui'],
  ['color.info', ['color.background'], 'ui'],
  ['color.error', ['color.background', 'color.error-subtle'], 'ui'],
  ['color.success', ['color.background', 'color.success-subtle'], 'ui'],
];

/** Combinations that look usable but are not, with what to use instead. */
const tooLow: [foreground: string, background: string, advice: Phrase, instead: string][] = [
  ['color.text-light', 'color.background', 'Alleen voor decoratieve tekst; gewone tekst gebruikt {token}.', 'color.text-secondary'],
  ['color.text-secondary', 'color.action-subtle', 'Op deze tint tonen de elementen {token}.', 'color.text'],
  ['color.error', 'color.error-subtle', 'Tekst op deze tint gebruikt {token}.', 'color.error-strong'],
  ['color.success', 'color.background', 'Alleen voor randen en pictogrammen; tekst gebruikt {token}.', 'color.success-strong'],
  ['color.warning', 'color.background', 'Alleen als vlak met {token} erop; randen en tekst gebruiken --loket-color-warning-strong.', 'color.text'],
  ['color.border', 'color.background', 'Alleen voor scheidingslijnen; randen van velden en knoppen gebruiken {token}.', 'color.border-strong'],
];

const sample = (fg: Token, bg: Token, use: Use) =>
  use === 'text'
    ? html`<span class="fd-pair" .style=${`color:var(${fg.name});background:var(${bg.name})`}>Aa</span>`
    : html`<span class="fd-pair" aria-hidden="true" .style=${`color:var(${fg.name});background:var(${bg.name})`}><span class="fd-pair-mark"></span></span>`;

const result = ({ t }: StoryCopy, ratio: number, use: Use) =>
  ratio >= needed[use] ? html`<span class="fd-result">${t('Voldoet')}</span>` : html`<span class="fd-result fail">${t('Te laag')}</span>`;

/** The pairs the elements use, each measured: every one must pass. */
export const ContrastPairs: Story = {
  name: 'Contrast pairs',
  render: (_args, context) => {
    const copy = copyFor(context);
    const { t, locale } = copy;
    const rows = pairs.flatMap(([fg, bgs, use]) => bgs.map((bg) => ({ fg: token(fg), bg: token(bg), use })));
    return html`${foundationStyles}
      <div class="fd">
        <p>${withCode(t('Tekst heeft minstens 4,5:1 contrast nodig met zijn achtergrond, randen, pictogrammen en de focusrand 3:1 (WCAG 2.2 AA). De verhoudingen hieronder zijn berekend uit de waarden van de tokens.'))}</p>
        ${tokenTable('pairs', t('Kleurcombinaties die de elementen gebruiken'), [t('Voorbeeld'), t('Voorgrond'), t('Achtergrond'), t('Gebruik'), t('Contrast'), t('Nodig'), t('Resultaat')], rows.map(({ fg, bg, use }) => {
          const ratio = contrast(fg.css, bg.css);
          return html`<tr>
            <td>${sample(fg, bg, use)}</td>
            ${tokenHeader(fg.name)}
            <td><code>${bg.name}</code></td>
            <td>${t(useLabel[use])}</td>
            <td>${formatRatio(locale, ratio)}</td>
            <td>${formatRatio(locale, needed[use])}</td>
            <td>${result(copy, ratio, use)}</td>
          </tr>`;
        }))}
        ${tokenTable('low', t('Combinaties met te weinig contrast'), [t('Voorbeeld'), t('Voorgrond'), t('Achtergrond'), t('Contrast'), t('Gebruik in de plaats')], tooLow.map(([fgId, bgId, advice, instead]) => {
          const [fg, bg] = [token(fgId), token(bgId)];
          return html`<tr>
            <td>${sample(fg, bg, 'ui')}</td>
            ${tokenHeader(fg.name)}
            <td><code>${bg.name}</code></td>
            <td>${formatRatio(locale, contrast(fg.css, bg.css))}</td>
            <td>${t(advice, { token: token(instead).name })}</td>
          </tr>`;
        }))}
      </div>`;
  },
};

/** The raw colours: not custom properties, the semantic tokens refer to them. */
export const Palette: Story = {
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const text = token('palette.grey-900');
    const users = (p: Token) => group('color').filter((c) => c.ref === p.id);
    return html`${foundationStyles}
      <div class="fd">
        <p>${withCode(t('Het palet bevat de ruwe kleuren. Het is geen custom property: de semantische kleuren verwijzen ernaar, en een portaal past de semantische kleuren aan.'))}</p>
        ${tokenTable('palette', t('Palet'), [t('Staal'), t('Naam in het tokenbestand'), t('Waarde'), t('Contrast met wit'), t('Contrast met {token}', { token: text.id }), t('Gebruikt door')], group('palette').map(
          (p) => html`<tr>
            <td>${swatch(p)}</td>
            ${tokenHeader(p.id, p.description)}
            <td><code>${hex(p)}</code></td>
            <td>${formatRatio(locale, contrast(p.css, '#FFFFFF'))}</td>
            <td>${formatRatio(locale, contrast(p.css, text.css))}</td>
            <td>${users(p).length ? users(p).map((c, i) => html`${i ? ', ' : ''}<code>${c.name}</code>`) : '–'}</td>
          </tr>`,
        ))}
      </div>`;
  },
};
