/// <reference types="vite/client" />
// Every story: the Vlaanderen tokens and opt-in page stylesheet, docs from the custom-elements
// manifest, a locale switch in the toolbar and the axe panel with the WCAG 2.2 AA tags of our tests.
import { html } from 'lit';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { wcagTags } from '../scripts/wcag-tags.mjs';
import '../src/styles/tokens.css';
import '../src/styles/page.css';

// `npm run storybook` / `build-storybook` generate dist/custom-elements.json first (`npm run manifest`).
// A glob instead of a plain import keeps `tsc` and Storybook working when it has not been generated yet.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../dist/custom-elements.json'];
if (manifest) setCustomElementsManifest(publicApi(manifest));
else console.warn('Loket: dist/custom-elements.json is missing; run `npm run manifest` for generated docs and controls.');

interface Member { kind?: string; name?: string; static?: boolean; privacy?: string }
interface Attribute { name?: string; fieldName?: string }
interface Declaration { members?: Member[]; attributes?: Attribute[]; [key: string]: unknown }
interface Manifest { modules?: { declarations?: Declaration[]; [key: string]: unknown }[]; [key: string]: unknown }

/**
 * The docs tables and controls show an element's public API only: the analyzer also lists static
 * class fields (`styles`, `dependencies`, `shadowRootOptions`) and private or protected members and the
 * attributes of internal reactive state, which are not for portals.
 */
function publicApi(source: Manifest): Manifest {
  const isPublic = (m: Member) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name ?? '');
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const hidden = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
        return {
          ...declaration,
          members: declaration.members?.filter(isPublic),
          attributes: declaration.attributes?.filter((a) => !(a.fieldName && hidden.has(a.fieldName))),
        };
      }),
    })),
  };
}

const locales = ['nl', 'fr', 'en', 'de'] as const;
type Locale = (typeof locales)[number];
const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/**
 * Sets `lang` on the story's wrapper and on <html>, so elements that read their own context and the
 * page's language (LocalizeController) both follow the toolbar. Stories need no per-locale copies.
 */
const withLocale: Decorator = (story, context) => {
  const locale: Locale = isLocale(context.globals['locale']) ? context.globals['locale'] : 'nl';
  document.documentElement.lang = locale;
  return html`<div class="loket-page loket-story" lang=${locale}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
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
    // No colour matcher: the CSS custom properties in the manifest are documentation, not controls.
    controls: { expanded: true, matchers: { date: /Date$/i } },
    docs: { toc: true },
    a11y: {
      // Same rules as the unit tests and `npm run a11y`; a violation fails the story's a11y test.
      options: { runOnly: { type: 'tag', values: wcagTags } },
      test: 'error',
    },
  },
  tags: ['autodocs'],
};

export default preview;
