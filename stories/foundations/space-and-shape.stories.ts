import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copyFor, type Locale } from '../support/copy.js';
import { foundationStyles, group, pixels, type Token, withCode } from './tokens.js';

// Space and shape: the spacing scale, corner radii, border widths, shadows (elevation) and stacking
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

export const Spacing: Story = {
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>${withCode(t('Marges en tussenruimtes komen uit deze schaal. In rem, zodat ze meegroeien wanneer iemand de tekst groter zet.'))}</p>
        <div class="fd-scroll" role="region" aria-labelledby="space-caption" tabindex="0">
          <table class="fd-table">
            <caption id="space-caption">${t('Ruimte')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${group('space').map(
                (space) => html`<tr>
                  <th scope="row"><code>${space.name}</code></th>
                  <td>${value(locale, space)}</td>
                  <td><span class="fd-bar" aria-hidden="true" .style=${`inline-size:var(${space.name})`}></span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>`;
  },
};

export const RadiiAndBorders: Story = {
  name: 'Radii and borders',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    return html`${foundationStyles}${styles}
      <div class="fd">
        <div class="fd-scroll" role="region" aria-labelledby="radius-caption" tabindex="0">
          <table class="fd-table">
            <caption id="radius-caption">${t('Afgeronde hoeken')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${group('radius').map(
                (radius) => html`<tr>
                  <th scope="row"><code>${radius.name}</code></th>
                  <td>${value(locale, radius)}</td>
                  <td><span class="fd-shape" aria-hidden="true" .style=${`border-radius:var(${radius.name})`}></span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div class="fd-scroll" role="region" aria-labelledby="border-caption" tabindex="0">
          <table class="fd-table">
            <caption id="border-caption">${t('Randdiktes')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
                <th scope="col">${t('Voorbeeld')}</th>
              </tr>
            </thead>
            <tbody>
              ${group('border').map(
                (border) => html`<tr>
                  <th scope="row"><code>${border.name}</code></th>
                  <td>${value(locale, border)}</td>
                  <td><span class="fd-line" aria-hidden="true" .style=${`border-block-start-width:var(${border.name})`}></span></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
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
        <div class="fd-scroll" role="region" aria-labelledby="shadow-caption" tabindex="0">
          <table class="fd-table">
            <caption id="shadow-caption">${t('Schaduwen')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
              </tr>
            </thead>
            <tbody>
              ${shadows.map(
                (shadow) => html`<tr>
                  <th scope="row"><code>${shadow.name}</code></th>
                  <td><code>${shadow.css}</code></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
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
        <div class="fd-scroll" role="region" aria-labelledby="z-caption" tabindex="0">
          <table class="fd-table">
            <caption id="z-caption">${t('Lagen')}</caption>
            <thead>
              <tr>
                <th scope="col">${t('Token')}</th>
                <th scope="col">${t('Waarde')}</th>
              </tr>
            </thead>
            <tbody>
              ${group('z').map(
                (layer) => html`<tr>
                  <th scope="row"><code>${layer.name}</code></th>
                  <td><code>${layer.css}</code></td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </div>`;
  },
};
