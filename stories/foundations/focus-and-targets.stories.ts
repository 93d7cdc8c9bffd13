import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { copyFor } from '../support/copy.js';
import { contrast, formatRatio, foundationStyles, group, pixels, token, withCode, tokenTable, tokenHeader } from './tokens.js';

// Focus and targets: the focus ring every element draws (width, offset, colour) and the smallest
// pointer target, from src/tokens.

const meta: Meta = {
  title: 'Foundations/Focus and targets',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true }, actions: { disable: true } },
};
export default meta;
type Story = StoryObj;

const styles = html`<style>
  .fd-rings {
    display: flex;
    flex-wrap: wrap;
    gap: var(--loket-space-l);
    margin-block-end: var(--loket-space-l);
  }
  .fd-ring-on {
    padding: var(--loket-space-l);
    border: var(--loket-border-width) solid var(--loket-color-border);
    forced-color-adjust: none;
  }
  /* The ring as the elements draw it on :focus-visible, painted for good so it can be seen without a keyboard. */
  .fd-ring {
    display: inline-block;
    padding: var(--loket-space-xs) var(--loket-space-m);
    border: var(--loket-border-width-strong) solid var(--loket-color-action);
    border-radius: var(--loket-radius-m);
    background: var(--loket-color-background);
    color: var(--loket-color-action);
    font-weight: var(--loket-font-weight-medium);
    outline: var(--loket-focus-width) solid var(--loket-focus-color);
    outline-offset: var(--loket-focus-offset);
  }
  .fd-try {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--loket-space-l);
  }
  .fd-target {
    display: inline-grid;
    place-items: center;
    inline-size: var(--loket-target-min);
    block-size: var(--loket-target-min);
    border: var(--loket-border-width) dashed var(--loket-color-action);
    background: var(--loket-color-action-subtle);
    forced-color-adjust: none;
  }
  .fd-target-icon {
    display: block;
    inline-size: var(--loket-space-l);
    block-size: var(--loket-space-l);
    border-radius: var(--loket-radius-pill);
    background: var(--loket-color-action);
  }
  .fd-target-row {
    display: flex;
    align-items: center;
    gap: var(--loket-space-m);
  }
</style>`;

export const FocusRing: Story = {
  name: 'Focus ring',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const focus = group('focus');
    const colour = token('color.focus');
    const backgrounds = ['color.background', 'color.background-alt', 'color.brand'].map(token);
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>${withCode(t('Alles wat u met het toetsenbord bereikt, krijgt deze focusrand wanneer het de focus heeft. Ga met Tab door de voorbeelden hieronder.'))}</p>
        ${tokenTable('focus', t('Focusrand'), [t('Token'), t('Waarde')], focus.map(
          (f) => html`<tr>
            ${tokenHeader(f.name)}
            <td><code>${f.ref ? `var(--loket-${f.ref.replace('.', '-')})` : f.css}</code>${f.ref ? html` <span class="fd-note">${f.css}</span>` : ''}</td>
          </tr>`,
        ))}
        <div class="fd-rings">
          ${backgrounds.map(
            (bg) => html`<div class="fd-ring-on" .style=${`background:var(${bg.name})`}>
              <span class="fd-ring">${t('Aanvraag indienen')}</span>
              <span class="fd-note" .style=${`color:var(--loket-color-text);margin-block-start:var(--loket-space-m)`}
                >${withCode(t('Contrast met {token}', { token: bg.name }))}: ${formatRatio(locale, contrast(colour.css, bg.css))}</span
              >
            </div>`,
          )}
        </div>
        <div class="fd-try">
          <a href="#dossiers">${t('Bekijk je dossiers')}</a>
          <button type="button">${t('Opslaan als concept')}</button>
        </div>
      </div>`;
  },
};

export const TargetSize: Story = {
  name: 'Target size',
  render: (_args, context) => {
    const { t, locale } = copyFor(context);
    const target = token('target.min');
    return html`${foundationStyles}${styles}
      <div class="fd">
        <p>
          ${withCode(
            t('Alles wat u kunt aanklikken of aantikken is minstens {size} breed en hoog: {token}. Een klein pictogram krijgt een onzichtbare rand tot die maat.', {
              size: pixels(locale, target.css) ?? target.css,
              token: target.name,
            }),
          )}
        </p>
        ${tokenTable('target', t('Doelgrootte'), [t('Token'), t('Waarde'), t('Voorbeeld')], html`<tr>
          ${tokenHeader(target.name, target.description)}
          <td><code>${target.css}</code> <span class="fd-note">${pixels(locale, target.css)}</span></td>
          <td>
            <span class="fd-target-row">
              <span class="fd-target" aria-hidden="true"><span class="fd-target-icon"></span></span>
              <span>${t('Pictogram van {icon} in een doel van {target}', { icon: pixels(locale, token('space.l').css)!, target: pixels(locale, target.css)! })}</span>
            </span>
          </td>
        </tr>`)}
      </div>`;
  },
};
