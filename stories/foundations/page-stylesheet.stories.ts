/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import pageCss from '../../src/styles/page.css?raw';
import { copyFor } from '../support/copy.js';
import { foundationStyles, withCode } from './tokens.js';

// The opt-in page stylesheet (src/styles/page.css, in dist/loket.css): typography, links, lists and
// focus for a portal's own content inside class="loket-page". Every story is wrapped in such an
// element, so this page shows the portal's own HTML as the stylesheet styles it, followed by the
// stylesheet itself, read from its source.

const meta: Meta = {
  title: 'Foundations/Page stylesheet',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

/** The stylesheet's rules; its comments (English, and about the source) are left out. */
const rules = pageCss
  .replace(/\/\*[^]*?\*\//g, '')
  .replace(/\n{3,}/g, '\n\n')
  .trim();

const styles = html`<style>
  .fd-sample {
    padding-block: var(--loket-space-l);
    border-block: var(--loket-border-width) solid var(--loket-color-border);
    margin-block-end: var(--loket-space-xl);
  }
  .fd-source {
    padding: var(--loket-space-s) var(--loket-space-m);
    border: var(--loket-border-width) solid var(--loket-color-border);
    background: var(--loket-color-background-alt);
    white-space: pre-wrap;
  }
</style>`;

export const PageStylesheet: Story = {
  name: 'Page stylesheet',
  render: (_args, context) => {
    const { t } = copyFor(context);
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>
          ${withCode(
            t('Loket laat de stijl van het portaal met rust. Wie {file} laadt en {class} op {html} of {body} zet, krijgt deze stijl voor de eigen inhoud: koppen, tekst, links, lijsten en de focusrand.', {
              file: 'dist/loket.css',
              class: 'class="loket-page"',
              html: '<html>',
              body: '<body>',
            }),
          )}
        </p>
        <div class="fd-sample">
          <div class="loket-container">
            <h1>${t('Dienstencheques')}</h1>
            <p>${t('Met dienstencheques betaalt u een erkende onderneming voor hulp in het huishouden.')}</p>
            <h2>${t('Dienstencheques bestellen')}</h2>
            <p>${t('U bestelt en betaalt online.')} ${t('U ontvangt uw 20 dienstencheques binnen 2 werkdagen na betaling.')}</p>
            <ol>
              <li>${t('Meld u aan in de Beveiligde Zone.')}</li>
              <li>${t('Kies hoeveel cheques u wilt.')}</li>
              <li>${t('Betaal online.')}</li>
            </ol>
            <h3>${t('Fiscaal attest')}</h3>
            <p>
              ${t('Uw fiscaal attest voor 2025 staat klaar in de Beveiligde Zone en in Mijn Burgerprofiel.')}
              <a href="#fiscaal-attest">${t('Lees meer')}<span class="loket-visually-hidden"> ${t('over het fiscaal attest')}</span></a>
            </p>
            <h4>${t('Hulp nodig? Bel gratis 1700')}</h4>
            <ul>
              <li>${t('Op werkdagen van 8 tot 20 uur.')}</li>
              <li><a href="https://www.vlaanderen.be/contact">${t('Andere manieren om ons te bereiken')}</a></li>
            </ul>
          </div>
        </div>
        <h2>${t('De stylesheet')}</h2>
        <p>${withCode(t('Geen regel weegt meer dan een kaal element, zodat de eigen klassen van het portaal altijd winnen. De regels, zoals ze in {file} staan:', { file: 'dist/loket.css' }))}</p>
        <pre class="fd-source"><code>${rules}</code></pre>
      </div>`;
  },
};
