import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { copyFor } from '../support/copy.js';
import { foundationStyles, group, groupDescription, liveValue, withCode, tokenTable, tokenHeader } from './tokens.js';

// Breakpoints and motion: the screen widths the elements adapt at, and the durations of their
// transitions, which are 0 ms when the person asked their system for less motion.

const meta: Meta = {
  title: 'Foundations/Breakpoints and motion',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

const breakpoints = group('breakpoint');

// "Now" follows the window as it is resized (Storybook's viewport switch included): one media query per
// breakpoint, written from the token file, shows "yes" or "no".
const breakpointStyles = html`<style>
  .fd-yes {
    display: none;
  }
  ${breakpoints.map(
    (b) => unsafeCSS(`@media (max-width: ${b.css}) { .fd-bp-${b.path[1]} .fd-yes { display: inline; } .fd-bp-${b.path[1]} .fd-no { display: none; } }`),
  )}
</style>`;

export const Breakpoints: Story = {
  render: (_args, context) => {
    const { t } = copyFor(context);
    const description = groupDescription('breakpoint');
    return html`${foundationStyles}${breakpointStyles}
      <div class="fd">
        <p>${withCode(t('De elementen passen zich aan bij deze schermbreedtes. Ze zijn geen custom properties, want die werken niet in een media query: een portaal neemt de waarden over in zijn eigen CSS.'))}</p>
        ${description ? html`<p class="fd-note" lang="en">${description}</p>` : ''}
        ${tokenTable('bp', t('Schermbreedtes'), [t('Naam in het tokenbestand'), t('Waarde'), t('Media query'), t('Geldt in dit venster')], breakpoints.map(
          (b) => html`<tr class=${`fd-bp-${b.path[1]}`}>
            ${tokenHeader(b.id)}
            <td><code>${b.css}</code></td>
            <td><code>@media (max-width: ${b.css})</code></td>
            <td><span class="fd-yes">${t('Ja')}</span><span class="fd-no">${t('Nee')}</span></td>
          </tr>`,
        ))}
      </div>`;
  },
};

const motionStyles = html`<style>
  .fd-reduced {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .fd-reduced {
      display: block;
    }
  }
  .fd-track {
    display: block;
    position: relative;
    inline-size: calc(var(--loket-space-2xl) * 4);
    block-size: var(--loket-space-l);
    border-radius: var(--loket-radius-pill);
    background: var(--loket-color-background-alt);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
  }
  .fd-knob {
    display: block;
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--loket-space-3xs);
    margin-block: auto;
    inline-size: var(--loket-space-m);
    block-size: var(--loket-space-m);
    border-radius: var(--loket-radius-pill);
    background: var(--loket-color-action);
    forced-color-adjust: none;
    transition-property: inset-inline-start;
    transition-timing-function: ease-out;
  }
  .fd-moved .fd-knob {
    inset-inline-start: calc(100% - var(--loket-space-m) - var(--loket-space-3xs));
  }
</style>`;

export const Motion: Story = {
  render: (_args, context) => {
    const { t } = copyFor(context);
    const durations = group('duration');
    const toggle = (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const moved = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(moved));
      button.closest('.fd')!.classList.toggle('fd-moved', moved);
    };
    return html`${foundationStyles}${motionStyles}
      <div class="fd">
        <p>${withCode(t('Overgangen zijn kort. Wie in het systeem minder beweging vraagt, krijgt ze niet: dan zijn alle duren 0 ms.'))}</p>
        <p class="fd-reduced"><strong>${t('Dit systeem vraagt minder beweging: de duren zijn nu 0 ms.')}</strong></p>
        ${tokenTable('motion', t('Duur van overgangen'), [t('Token'), t('Waarde'), t('Op deze pagina'), t('Voorbeeld')], durations.map(
          (d) => html`<tr>
            ${tokenHeader(d.name)}
            <td><code>${d.css}</code></td>
            <td><code>${liveValue(d)}</code></td>
            <td><span class="fd-track" aria-hidden="true"><span class="fd-knob" .style=${`transition-duration:var(${d.name})`}></span></span></td>
          </tr>`,
        ))}
        <button type="button" aria-pressed="false" @click=${toggle}>${t('Verschuif de voorbeelden')}</button>
      </div>`;
  },
};
