// Editor support generated from the custom-elements manifest, so `<loket-…>` tags complete and explain
// themselves in a portal's HTML:
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes, attribute values);
// - dist/web-types.json: JetBrains web-types (also events, slots, ::part()s and custom properties),
//   found through the `web-types` field of package.json.

/** `'a' | 'b' | undefined` -> ['a', 'b']; anything that is not a union of string literals -> []. */
function literalValues(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';

/** One Markdown list of named things (`name`: description), under a heading; '' when there are none. */
function section(title, items, show = (n) => `\`${n}\``) {
  if (!items?.length) return '';
  return `\n\n**${title}**\n${items.map((i) => `- ${show(i.name || '(default)')}${i.description ? `: ${i.description}` : ''}`).join('\n')}`;
}

function describe(element) {
  return (
    (element.summary ?? element.description ?? '').replace(/\s*\n\s*/g, ' ') +
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
          description: (element.summary ?? '').replace(/\s*\n\s*/g, ' '),
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
            properties: (element.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
            events: named(element.events),
          },
        })),
      },
    },
  };
}
