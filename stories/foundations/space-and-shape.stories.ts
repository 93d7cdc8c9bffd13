import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { copyFor, type Locale, type StoryCopy } from '../support/copy.js';
import { foundationStyles, group, pixels, type Token, withCode, tokenTable, tokenHeader } from './tokens.js';

// Space and shape: the spacing scale, corner radii, border widths, the hairline size, shadows (elevation) and stacking
// layers of src/tokens, each drawn with its own custom property.

const meta: Meta = {
  title: 'Foundations/Space and shape',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

const value = (locale: Locale, t: Token) => {
  const px = pixels(locale, t.css);
  return html`<code>${t.css}</code>${px && !t.css.endsWith('px') ? html` <span class="fd-note">${px}</span>` : ''}`;
};

const styles = html`<style>
  .fd-bar {
    display: block;
    block-size: var(--loket-space-m);
    background: var(--loket-color-action);
    forced-color-adjust: none;
  }
  .fd-shape {
    display: block;
    inline-size: var(--loket-space-2xl);
    block-size: var(--loket-space-2xl);
    border: var(--loket-border-width-strong) solid var(--loket-color-action);
    background: var(--loket-color-action-subtle);
    forced-color-adjust: none;
  }
  .fd-line {
    display: block;
    inline-size: calc(var(--loket-space-2xl) * 2);
    border-block-start-style: solid;
    border-block-start-color: var(--loket-color-border-strong);
  }
  .fd-cards {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loket-space-xl);
    padding: var(--loket-space-l);
    background: var(--loket-color-background-alt);
  }
  .fd-card {
    flex: 1 1 16rem;
    padding: var(--loket-space-m);
    border-radius: var(--loket-radius-m);
    background: var(--loket-color-background);
  }
  .fd-card p {
    margin: var(--loket-space-xs) 0 0;
  }
</style>`;

/** One token group's table: each token (with its description), its value and an example drawn with it. */
const exampleTable = ({ t, locale }: StoryCopy, kind: string, caption: string, example: (name: string) => TemplateResult) =>
  tokenTable(kind, caption, [t('Token'), t('Waarde'), t('Voorbeeld')], group(kind).map(
    (token) => html`<tr>
      ${tokenHeader(token.name, token.description)}
      <td>${value(locale, token)}</td>
      <td>${example(token.name)}</td>
    </tr>`,
  ));

export const Spacing: Story = {
  render: (_args, context) => {
    const copy = copyFor(context);
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>${withCode(copy.t('Marges en tussenruimtes komen uit deze schaal. In rem, zodat ze meegroeien wanneer iemand de tekst groter zet.'))}</p>
        ${exampleTable(copy, 'space', copy.t('Ruimte'), (name) => html`<span class="fd-bar" aria-hidden="true" .style=${`inline-size:var(${name})`}></span>`)}
      </div>`;
  },
};

export const RadiiAndBorders: Story = {
  name: 'Radii and borders',
  render: (_args, context) => {
    const copy = copyFor(context);
    const { t, locale } = copy;
    return html`${foundationStyles}${styles}
      <div class="fd">
        ${exampleTable(copy, 'radius', copy.t('Afgeronde hoeken'), (name) => html`<span class="fd-shape" aria-hidden="true" .style=${`border-radius:var(${name})`}></span>`)}
        ${exampleTable(copy, 'border', copy.t('Randdiktes'), (name) => html`<span class="fd-line" aria-hidden="true" .style=${`border-block-start-width:var(${name})`}></span>`)}
        ${tokenTable('size', t('Kleinste maat'), [t('Token'), t('Waarde')], group('size').map(
          (size) => html`<tr>
            ${tokenHeader(size.name, size.description)}
            <td>${value(locale, size)}</td>
          </tr>`,
        ))}
      </div>`;
  },
};

export const Elevation: Story = {
  name: 'Elevation (shadows)',
  render: (_args, context) => {
    const { t } = copyFor(context);
    const shadows = group('shadow');
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>${withCode(t('Twee schaduwen: een lichte voor wat net boven de pagina ligt, een diepere voor panelen die openklappen, zoals de meldingen.'))}</p>
        ${tokenTable('shadow', t('Schaduwen'), [t('Token'), t('Waarde')], shadows.map(
          (shadow) => html`<tr>
            ${tokenHeader(shadow.name)}
            <td><code>${shadow.css}</code></td>
          </tr>`,
        ))}
        <div class="fd-cards">
          ${shadows.map(
            (shadow) => html`<div class="fd-card" .style=${`box-shadow:var(${shadow.name})`}>
              <code>${shadow.name}</code>
              <p>${t('De status van uw Studietoelage is gewijzigd')}</p>
            </div>`,
          )}
        </div>
      </div>`;
  },
};

/** z-index layers: what lies over what. */
export const Layers: Story = {
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`${foundationStyles}
      <div class="fd">
        <p>${withCode(t('Wat openklapt ligt boven de pagina, vaste knoppen daarboven, en een modaal venster boven alles.'))}</p>
        ${tokenTable('z', t('Lagen'), [t('Token'), t('Waarde')], group('z').map(
          (layer) => html`<tr>
            ${tokenHeader(layer.name)}
            <td><code>${layer.css}</code></td>
          </tr>`,
        ))}
      </div>`;
  },
};
