// Editor support generated from the custom-elements manifest, so `<loket-…>` tags complete and explain
// themselves in a portal's HTML:
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes, attribute values);
// - dist/web-types.json: JetBrains web-types (also events, slots, ::part()s and custom properties),
//   found through the `web-types` field of package.json;
// - dist/custom-elements-jsx.d.ts and dist/custom-elements-vue.d.ts: TypeScript types for the tags in JSX
//   and in Vue templates.

/** `'a' | 'b' | undefined` -> ['a', 'b']; anything that is not a union of string literals -> []. */
function literalValues(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';
/** JSDoc text on one line. */
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ');
/** A doc comment line for generated TypeScript. */
const docComment = (text, indent) => `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n`;
/** The public instance fields of an element (properties a portal may set or read). */
const publicFields = (element) => (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');

/** One Markdown list of named things (`name`: description), under a heading; '' when there are none. */
function section(title, items, show = (n) => `\`${n}\``) {
  if (!items?.length) return '';
  return `\n\n**${title}**\n${items.map((i) => `- ${show(i.name || '(default)')}${i.description ? `: ${i.description}` : ''}`).join('\n')}`;
}

function describe(element) {
  return (
    oneLine(element.summary ?? element.description) +
    section('Events', element.events) +
    section('Slots', element.slots) +
    section('CSS parts', element.cssParts, (n) => `::part(${n})`) +
    section('CSS custom properties', element.cssProperties)
  );
}

/** Every element declared in the manifest, in tag order. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export function vscodeCustomData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: describe(element) },
      attributes: (element.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(isBoolean(a) ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, { name, version }) {
  const named = (items) => (items ?? []).map((i) => ({ name: i.name, description: i.description ?? '' }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: oneLine(element.summary),
          attributes: (element.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: isBoolean(a) ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string' },
          })),
          events: named(element.events),
          slots: named(element.slots),
          css: { parts: named(element.cssParts), properties: named(element.cssProperties) },
          js: {
            properties: publicFields(element).map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
            events: named(element.events),
          },
        })),
      },
    },
  };
}

/** The element declarations with the entry each is imported from (which also brings its events' types). */
function typedElements(manifest) {
  // From the element's entry: src/components/<name>/… -> ./entries/<name>.js.
  const modules = new Map(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [d, `./entries/${m.path.split('/')[2]}.js`])),
  );
  return elementsOf(manifest).map((d) => ({
    d,
    from: modules.get(d),
    /** `Partial<Pick<Class, 'a' | 'b'>>`: the public properties a template may set. */
    props: (() => {
      const fields = publicFields(d).filter((m) => !m.readonly).map((m) => quote(m.name));
      return fields.length ? `Partial<Pick<${d.name}, ${fields.join(' | ')}>>` : '{}';
    })(),
    events: (d.events ?? []).filter((e) => e.name.startsWith('loket-')),
  }));
}
const quote = (name) => `'${name}'`;
const imports = (elements) => elements.map(({ d, from }) => `import type { ${d.name} } from '${from}';`).join('\n');

/**
 * dist/custom-elements-jsx.d.ts: JSX types for every tag, for TypeScript projects that render the elements
 * with React 19 (or another JSX runtime that sets properties). Each tag takes the element's public
 * properties, its kebab-case attributes, and `on` + each `loket-*` event's name, typed from
 * `LoketEventMap`. `CustomElements<Base>` adds the runtime's own props (key, ref, className, children…).
 */
export function jsxTypes(manifest) {
  const elements = typedElements(manifest);
  const lines = elements.map(({ d, props, events }) => {
    const attributes = (d.attributes ?? [])
      .filter((a) => a.name !== a.fieldName)
      .map((a) => {
        const values = literalValues(a.type?.text);
        const type = isBoolean(a) ? 'boolean' : values.length ? values.map(quote).join(' | ') : 'string';
        return `${docComment(a.description, '    ')}    ${quote(a.name)}?: ${type};`;
      });
    const handlers = events.map((e) => `${docComment(e.description, '    ')}    ${quote(`on${e.name}`)}?: (event: LoketEventMap[${quote(e.name)}]) => void;`);
    return `${docComment(d.summary, '  ')}  ${quote(d.tagName)}: Base &\n    ${props} & {\n${[...attributes, ...handlers].join('\n')}\n  };`;
  });
  return `// Generated from custom-elements.json by scripts/editor-data.mjs. JSX types for Loket's tags:
//   import type { CustomElements } from 'loket/custom-elements-jsx';
//   declare module 'react' {
//     namespace JSX {
//       interface IntrinsicElements extends CustomElements<React.HTMLAttributes<HTMLElement> & React.RefAttributes<HTMLElement>> {}
//     }
//   }
${imports(elements)}

export type CustomElements<Base = {}> = {
${lines.join('\n')}
};
`;
}

/** `loket-close` -> `onLoketClose`: the prop Vue's `@loket-close` listens through. */
const vueHandler = (event) => `on${event.replace(/(^|-)(\w)/g, (_, _dash, c) => c.toUpperCase())}`;

/**
 * dist/custom-elements-vue.d.ts: every tag as a global component for Vue's type checker (vue-tsc, Volar
 * in the editor), so templates are checked and completed: each tag takes the element's public properties
 * (`variant`, `:profile`, `application-name` as Vue turns it into `applicationName`), `@loket-*`
 * listeners typed from `LoketEventMap` and the attributes every HTML element takes (`id`, `slot`,
 * `aria-*`…), so `strictTemplates` accepts them. Types only: the tags stay custom elements at run time.
 */
export function vueTypes(manifest) {
  const elements = typedElements(manifest);
  const lines = elements.map(({ d, props, events }) => {
    const handlers = events.map((e) => `${docComment(e.description, '      ')}      ${vueHandler(e.name)}?: (event: LoketEventMap[${quote(e.name)}]) => void;`);
    const listeners = handlers.length ? ` & {\n${handlers.join('\n')}\n      }` : '';
    return `${docComment(d.summary, '    ')}    ${quote(d.tagName)}: DefineComponent<\n      HTMLAttributes & ${props}${listeners}\n    >;`;
  });
  return `// Generated from custom-elements.json by scripts/editor-data.mjs. Vue template types for Loket's tags:
//   import type {} from 'loket/custom-elements-vue';   (in env.d.ts, or any .d.ts file the project includes)
import type { DefineComponent, HTMLAttributes } from 'vue';
${imports(elements)}

declare module 'vue' {
  interface GlobalComponents {
${lines.join('\n')}
  }
}

export {};
`;
}
