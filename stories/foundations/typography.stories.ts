import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copyFor } from '../support/copy.js';
import { formatNumber, foundationStyles, group, liveValue, pixels, token, type Token, withCode } from './tokens.js';

// Typography: the font families, the type scale, the weights and the line heights of src/tokens, each
// with a sample set in it.

const meta: Meta = {
  title: 'Foundations/Typography',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

const font = group('font');
const sizes = font.filter((t) => t.path[1]!.startsWith('size-'));
const weights = font.filter((t) => t.path[1]!.startsWith('weight-'));
const lineHeights = font.filter((t) => t.path[1]!.startsWith('line-height'));
const families = font.filter((t) => t.path[1]!.startsWith('family'));

/** The token's value in the file, and in pixels where that helps. */
const valueCell = (locale: Parameters<typeof pixels>[0], t: Token) => {
  const px = pixels(locale, t.css);
  return html`<code>${t.css}</code>${px ? html` <span class="fd-note">${px}</span>` : ''}`;
};

export const TypeScale: Story = {
  name: 'Type scale',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const body = token('font.size-m');
    return html`${foundationStyles}
      <div class="fd">
        <p>
          ${withCode(
            t('Lopende tekst staat in {token}: {size} op brede schermen, kleiner op smalle. De kolom "Op deze pagina" toont de waarde die nu geldt.', {
              token: body.name,
              size: pixels(locale, body.css) ?? body.css,
            }),
          )}
        </p>
        <div class="fd-scroll" role="region" aria-labelledby="scale-caption" tabindex="0">
          <table class="fd-table">
            <caption id="scale-caption">${t('Lettergroottes')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Op deze pagina')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${sizes.map(
                (size) => html`<tr>
                  <th scope="row">
                    <code>${size.name}</code>
                    ${size.description ? html`<span class="fd-note" lang="en">${size.description}</span>` : ''}
                  </th>
                  <td>${valueCell(locale, size)}</td>
                  <td><code>${liveValue(size)}</code></td>
                  <td>
                    <span
                      .style=${`display:block;font-size:var(${size.name});line-height:var(--loket-font-line-height-tight);font-weight:var(--loket-font-weight-medium)`}
                      >${t('Dienstencheques bestellen')}</span
                    >
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>`;
  },
};

export const WeightsAndLineHeights: Story = {
  name: 'Weights and line heights',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const paragraph = t('Uw fiscaal attest voor 2025 staat klaar in de Beveiligde Zone en in Mijn Burgerprofiel.');
    return html`${foundationStyles}
      <div class="fd">
        <div class="fd-scroll" role="region" aria-labelledby="weight-caption" tabindex="0">
          <table class="fd-table">
            <caption id="weight-caption">${t('Lettergewichten')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${weights.map(
                (weight) => html`<tr>
                  <th scope="row">
                    <code>${weight.name}</code>
                    ${weight.description ? html`<span class="fd-note" lang="en">${weight.description}</span>` : ''}
                  </th>
                  <td><code>${weight.css}</code></td>
                  <td><span .style=${`font-size:var(--loket-font-size-l);font-weight:var(${weight.name})`}>${t('Fiscaal attest 2025 beschikbaar')}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="fd-scroll" role="region" aria-labelledby="line-caption" tabindex="0">
          <table class="fd-table">
            <caption id="line-caption">${t('Regelhoogtes')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${lineHeights.map(
                (lineHeight) => html`<tr>
                  <th scope="row"><code>${lineHeight.name}</code></th>
                  <td><code>${formatNumber(locale, Number(lineHeight.css))}</code></td>
                  <td>
                    <p .style=${`margin:0;max-width:20rem;font-size:var(--loket-font-size-m);line-height:var(${lineHeight.name})`}>${paragraph}</p>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="fd-scroll" role="region" aria-labelledby="family-caption" tabindex="0">
          <table class="fd-table">
            <caption id="family-caption">${t('Lettertypes')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${families.map(
                (family) => html`<tr>
                  <th scope="row">
                    <code>${family.name}</code>
                    ${family.description ? html`<span class="fd-note" lang="en">${family.description}</span>` : ''}
                  </th>
                  <td><code class="fd-wrap">${family.css}</code></td>
                  <td><span .style=${`font-family:var(${family.name})`}>${family.path[1] === 'family-mono' ? '0123.456.789' : t('Dienstencheques bestellen')}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <p>
          ${withCode(
            t('Flanders Art Sans is het lettertype van de huisstijl, maar het heeft een licentie nodig. Een portaal dat het heeft, zet {token}; anders volgt het systeemlettertype.', {
              token: token('font.family').name,
            }),
          )}
        </p>
      </div>`;
  },
};
