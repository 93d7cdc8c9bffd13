import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copyFor } from '../support/copy.js';
import { formatNumber, foundationStyles, group, liveValue, pixels, token, type Token, withCode, tokenTable, tokenHeader } from './tokens.js';

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
        ${tokenTable('scale', t('Lettergroottes'), [t('Token'), t('Waarde'), t('Op deze pagina'), t('Voorbeeld')], sizes.map(
          (size) => html`<tr>
            ${tokenHeader(size.name, size.description)}
            <td>${valueCell(locale, size)}</td>
            <td><code>${liveValue(size)}</code></td>
            <td>
              <span
                .style=${`display:block;font-size:var(${size.name});line-height:var(--loket-font-line-height-tight);font-weight:var(--loket-font-weight-medium)`}
                >${t('Dienstencheques bestellen')}</span
              >
            </td>
          </tr>`,
        ))}
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
        ${tokenTable('weight', t('Lettergewichten'), [t('Token'), t('Waarde'), t('Voorbeeld')], weights.map(
          (weight) => html`<tr>
            ${tokenHeader(weight.name, weight.description)}
            <td><code>${weight.css}</code></td>
            <td><span .style=${`font-size:var(--loket-font-size-l);font-weight:var(${weight.name})`}>${t('Fiscaal attest 2025 beschikbaar')}</span></td>
          </tr>`,
        ))}
        ${tokenTable('line', t('Regelhoogtes'), [t('Token'), t('Waarde'), t('Voorbeeld')], lineHeights.map(
          (lineHeight) => html`<tr>
            ${tokenHeader(lineHeight.name)}
            <td><code>${formatNumber(locale, Number(lineHeight.css))}</code></td>
            <td>
              <p .style=${`margin:0;max-width:20rem;font-size:var(--loket-font-size-m);line-height:var(${lineHeight.name})`}>${paragraph}</p>
            </td>
          </tr>`,
        ))}
        ${tokenTable('family', t('Lettertypes'), [t('Token'), t('Waarde'), t('Voorbeeld')], families.map(
          (family) => html`<tr>
            ${tokenHeader(family.name, family.description)}
            <td><code class="fd-wrap">${family.css}</code></td>
            <td><span .style=${`font-family:var(${family.name})`}>${family.path[1] === 'family-mono' ? '0123.456.789' : t('Dienstencheques bestellen')}</span></td>
          </tr>`,
        ))}
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
