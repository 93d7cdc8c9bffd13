// Docs tables and controls from the custom-elements manifest, replacing Storybook's own extraction,
// which keys every row by its bare name (so a `label` attribute and a `label` CSS part overwrite each
// other), lists each property twice (as property and attribute, only one of which stories read),
// offers a JSON editor for types it does not know ("string | undefined") and drops URL args of those
// types. Here: one row per property, keyed by the name stories use, with its attribute named in the
// description and a control that fits its type; slots, parts, CSS properties, events and methods in
// their own sections, without controls.
import type { ArgTypes, SBType } from '@storybook/web-components-vite';
import { iconNames } from '../src/components/icon/icons.js';

interface Typed { name?: string; description?: string; summary?: string; type?: { text?: string }; default?: string }
interface Member extends Typed {
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  parameters?: Typed[];
  return?: { type?: { text?: string } };
}
interface Attribute extends Typed { fieldName?: string }
export interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest { modules?: { declarations?: Declaration[] }[] }

const isPublic = (m: Member): boolean => !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name ?? '');

/** The Storybook type and control for a manifest type text. */
function typeOf(text: string | undefined): { type: SBType; control?: ArgTypes[string]['control']; options?: string[] } {
  const t = (text ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (t === 'boolean') return { type: { name: 'boolean' } };
  if (t === 'number') return { type: { name: 'number' } };
  if (t === 'string') return { type: { name: 'string' } };
  if (t === 'IconName') return { type: { name: 'enum', value: iconNames }, control: 'select', options: iconNames };
  const literals = t.split('|').map((part) => part.trim());
  if (literals.every((part) => /^'[^']*'$/.test(part))) {
    const options = literals.map((part) => part.slice(1, -1));
    return { type: { name: 'enum', value: options }, control: options.length > 4 ? 'select' : 'inline-radio', options };
  }
  // Data objects (Profile, Dossier, FeedbackSummaryData) can be edited as JSON; anything else is documentation.
  if (/^(Profile|Dossier|FeedbackSummaryData)$/.test(t)) return { type: { name: 'object', value: {} }, control: 'object' };
  return { type: { name: 'other', value: t }, control: false };
}

/** A documentation-only row in its own section. */
const row = (name: string, category: string, description = '', type?: string): ArgTypes[string] => ({
  name,
  description,
  control: false,
  table: { category, ...(type ? { type: { summary: type } } : {}) },
});

export function argTypesFor(declaration: Declaration | undefined): ArgTypes {
  if (!declaration) return {};
  const result: ArgTypes = {};
  const attributes = declaration.attributes ?? [];
  for (const member of (declaration.members ?? []).filter(isPublic)) {
    const name = member.name!;
    if (member.kind === 'method') {
      const params = (member.parameters ?? []).map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
      // Each documented parameter under the method's description: "`returnFocus` (default false): Also moves focus…".
      const documented = (member.parameters ?? []).filter((p) => p.description).map((p) => `\`${p.name}\`${p.default ? ` (default ${p.default})` : ''}: ${p.description}`);
      result[`method:${name}`] = row(`${name}()`, 'methods', [member.description, ...documented].filter(Boolean).join('\n\n'), `(${params}) => ${member.return?.type?.text ?? 'void'}`);
      continue;
    }
    if (member.kind !== 'field') continue;
    const attribute = attributes.find((a) => a.fieldName === name)?.name;
    const typed = typeOf(member.type?.text);
    // A getter the element computes (effectiveProfile) can be read, not set: no control that would do nothing.
    const { type, control, options } = member.readonly ? { ...typed, control: false as const } : typed;
    const where = member.readonly ? 'Read-only property.' : attribute ? `Attribute: \`${attribute}\`.` : 'Property only (no attribute).';
    result[name] = {
      name,
      description: `${member.description ?? ''}\n\n${where}`.trim(),
      type,
      ...(control === undefined ? {} : { control }),
      ...(options ? { options } : {}),
      table: { category: 'properties', type: { summary: member.type?.text ?? '' }, defaultValue: member.default === undefined ? undefined : { summary: member.default } },
    };
  }
  for (const event of declaration.events ?? []) result[`event:${event.name}`] = row(event.name!, 'events', event.description, event.type?.text);
  for (const slot of declaration.slots ?? []) result[`slot:${slot.name || 'default'}`] = row(slot.name || '(default)', 'slots', slot.description);
  for (const part of declaration.cssParts ?? []) result[`part:${part.name}`] = row(part.name!, 'css shadow parts', part.description);
  for (const prop of declaration.cssProperties ?? []) result[`cssprop:${prop.name}`] = row(prop.name!, 'css custom properties', prop.description, prop.default ? `default: ${prop.default}` : undefined);
  return result;
}

/** The element's summary and description, for the docs page's introduction. */
export function descriptionOf(declaration: Declaration | undefined): string {
  return [declaration?.summary, declaration?.description].filter(Boolean).join('\n\n');
}

export function declarationOf(manifest: Manifest | undefined, tagName: string): Declaration | undefined {
  return manifest?.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
}

/** Every event the elements fire, for the Actions panel. */
export function eventNames(manifest: Manifest | undefined): string[] {
  const names = manifest?.modules?.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name!)) ?? [];
  return [...new Set(names)].filter((name) => name.startsWith('loket-'));
}

/**
 * The story's object-valued element properties (profile, dossier, summary) as a script that sets them:
 * markup cannot carry them, so without this "Show code" would give a tag that renders nothing.
 */
export function propertySnippet(context: { component?: unknown; args: Record<string, unknown>; argTypes: ArgTypes }): string {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  if (!tag) return '';
  const lines = Object.entries(context.args)
    .filter(([key, value]) => value !== undefined && context.argTypes[key]?.table?.category === 'properties' && context.argTypes[key]?.type?.name === 'object')
    .map(([key, value]) => `  element.${key} = ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')};`);
  return lines.length ? `\n\n<script type="module">\n  const element = document.querySelector('${tag}');\n${lines.join('\n')}\n</script>` : '';
}
