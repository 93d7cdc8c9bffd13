// Generates dist/custom-elements.json from the components' JSDoc (@summary @slot @csspart @cssprop @event).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { vscodeCustomData, webTypes, jsxTypes, vueTypes } from './scripts/editor-data.mjs';

/** `export type AlertVariant = 'info' | 'success' | …;` anywhere in src: alias name -> its union text. */
function stringUnions(dir = 'src') {
  const unions = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of stringUnions(path)) unions.set(k, v);
    else if (entry.name.endsWith('.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/^export type (\w+) = ('[^';]*'(?:\s*\|\s*'[^';]*')*);/gm)) unions.set(m[1], m[2]);
    }
  }
  return unions;
}

/** `IconName` is `keyof typeof icons`: the keys of the icon set, as a union of strings. */
function iconNameUnion() {
  const source = readFileSync('src/components/icon/icons.ts', 'utf8');
  const set = source.slice(source.indexOf('export const icons = {'), source.indexOf('} as const;'));
  return [...set.matchAll(/^\s+'?([\w-]+)'?:/gm)].map((m) => `'${m[1]}'`).join(' | ');
}

/**
 * A type named after a union of strings (`AlertVariant`) says nothing to a reader of the docs, and tools
 * (Storybook's controls) cannot offer its values: the manifest spells the union out.
 */
const spelledOutUnions = {
  name: 'loket-spelled-out-unions',
  packageLinkPhase({ customElementsManifest }) {
    const unions = stringUnions();
    unions.set('IconName', iconNameUnion());
    const spell = (type) => {
      if (type?.text) type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
    };
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) spell(item.type);
      }
    }
  },
};

/**
 * The analyzer lists every reactive property as an attribute, internal state included. Attributes
 * backed by a private or protected field are not for portals, so they are left out of the manifest
 * (the fields themselves stay, marked with their privacy, as the schema expects). So are the
 * @lit/context requests the mandate switcher dispatches: a protocol between elements, not an event.
 */
const publicAttributesOnly = {
  name: 'loket-public-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.type?.text !== 'ContextEvent');
        if (!declaration.attributes) continue;
        const internal = new Set((declaration.members ?? []).filter((m) => (m.privacy ?? 'public') !== 'public').map((m) => m.name));
        declaration.attributes = declaration.attributes.filter((a) => !(a.fieldName && internal.has(a.fieldName)));
      }
    }
  },
};

/** VS Code custom data, JetBrains web-types and JSX types next to the manifest (scripts/editor-data.mjs). */
const editorSupport = {
  name: 'loket-editor-support',
  packageLinkPhase({ customElementsManifest }) {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(vscodeCustomData(customElementsManifest), null, 2));
    writeFileSync('dist/web-types.json', JSON.stringify(webTypes(customElementsManifest, pkg), null, 2));
    writeFileSync('dist/custom-elements-jsx.d.ts', jsxTypes(customElementsManifest));
    writeFileSync('dist/custom-elements-vue.d.ts', vueTypes(customElementsManifest));
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicAttributesOnly, spelledOutUnions, editorSupport],
};
