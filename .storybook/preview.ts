/// <reference types="vite/client" />
// Every story: the Vlaanderen tokens and opt-in page stylesheet, docs and controls from the
// custom-elements manifest (./arg-types.ts), every loket-* event in the Actions panel, a locale switch in
// the toolbar and the axe panel with the WCAG 2.2 AA tags of our tests.
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview, type StoryContext } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { argTypesFor, declarationOf, descriptionOf, eventNames, propertySnippet, type Manifest } from './arg-types.js';
import { wcagTags } from '../scripts/wcag-tags.mjs';
import { dutchTextsFor, localeOf, translateData } from '../stories/support/copy.js';
import '../src/styles/tokens.css';
import '../src/styles/page.css';

// `npm run storybook` / `build-storybook` generate dist/custom-elements.json first (`npm run manifest`).
// A glob instead of a plain import keeps `tsc` and Storybook working when it has not been generated yet.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../dist/custom-elements.json'];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('Loket: dist/custom-elements.json is missing; run `npm run manifest` for generated docs and controls.');

/**
 * Sets `lang` on the story's wrapper and on <html>, so elements that read their own context and the
 * page's language (LocalizeController) both follow the toolbar. The elements translate their own
 * strings; the stories translate the text they pass in with ../stories/support/copy.ts.
 */
const withLocale: Decorator = (story, context) => {
  const locale = localeOf(context.globals);
  document.documentElement.lang = locale;
  return html`<div class="loket-page loket-story" lang=${locale}>${story()}</div>`;
};

// For scripts/a11y.mjs, which fails a story that shows any of these Dutch story texts in another language.
(window as { __loketDutchTextsFor?: typeof dutchTextsFor }).__loketDutchTextsFor = dutchTextsFor;

const preview: Preview = {
  decorators: [withLocale, withActions],
  globalTypes: {
    locale: {
      description: 'Language of the components (sets lang on the story and on <html>)',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: [
          { value: 'nl', right: 'nl', title: 'Nederlands' },
          { value: 'fr', right: 'fr', title: 'Français' },
          { value: 'en', right: 'en', title: 'English' },
          { value: 'de', right: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  parameters: {
    layout: 'padded',
    // The sidebar: the introduction, the foundations (tokens and the page stylesheet), then the elements.
    options: {
      storySort: {
        order: ['Introduction', 'Foundations', ['Colour', 'Typography', 'Space and shape', 'Focus and targets', 'Breakpoints and motion', 'Page stylesheet'], 'Atoms', 'Components'],
      },
    },
    // No matchers: every control comes from the property's type (./arg-types.ts).
    controls: { expanded: true },
    actions: { handles: eventNames(manifest) },
    docs: {
      toc: true,
      // "Show code" gives the element without the story's language wrapper, and the data the story sets
      // as properties (a profile, a dossier) in the toolbar's language, so the snippet can be copied as it is.
      source: {
        transform: (code: string, context: StoryContext) =>
          code.replace(/^\s*<div class="loket-page loket-story" lang="\w+">|<\/div>\s*$/g, '').replace(/^\n+|\s+$/g, '') +
          propertySnippet({ ...context, args: translateData(localeOf(context.globals), context.args) }),
      },
      extractArgTypes: (tagName: string) => argTypesFor(declarationOf(manifest, tagName)),
      extractComponentDescription: (tagName: string) => descriptionOf(declarationOf(manifest, tagName)),
    },
    a11y: {
      // Same rules as the unit tests and `npm run a11y`; a violation fails the story's a11y test.
      options: { runOnly: { type: 'tag', values: wcagTags } },
      test: 'error',
    },
  },
  tags: ['autodocs'],
};

export default preview;
