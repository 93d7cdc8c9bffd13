// dist/custom-elements.json as editors, Storybook and portal developers read it: every element with
// its public API, nothing internal. Needs the build (node scripts/build.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(await readFile(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
const element = (tag) => elements.find((d) => d.tagName === tag);
const index = await readFile(join(root, 'src/index.ts'), 'utf8');

describe('custom-elements manifest', () => {
  it('lists every element the CDN bundle registers, each with a summary', () => {
    const entries = new Set([...index.matchAll(/entries\/([\w-]+)\.js/g)].map((m) => `loket-${m[1]}`));
    assert.deepEqual(elements.map((d) => d.tagName).sort(), [...entries].sort());
    for (const d of elements) assert.ok(d.summary?.length > 20, `${d.tagName} has a summary`);
  });

  it('offers only public attributes, each in kebab case', () => {
    for (const d of elements) {
      const internal = new Set((d.members ?? []).filter((m) => (m.privacy ?? 'public') !== 'public').map((m) => m.name));
      for (const a of d.attributes ?? []) {
        assert.ok(!internal.has(a.fieldName), `${d.tagName}[${a.name}] is internal state`);
        assert.match(a.name, /^[a-z]+(-[a-z]+)*$/, `${d.tagName}[${a.name}] is kebab case`);
      }
    }
    assert.deepEqual(element('loket-header').attributes.map((a) => a.name).filter((n) => /loading|failed|menu/i.test(n)), []);
  });

  it('documents the events, parts, slots and custom properties portals use', () => {
    const names = (d, key) => (d[key] ?? []).map((x) => x.name);
    assert.deepEqual(names(element('loket-header'), 'events').sort(), ['loket-identity-change', 'loket-identity-select', 'loket-language-change', 'loket-login', 'loket-logout']);
    assert.deepEqual(names(element('loket-mandate-switcher'), 'events'), ['loket-identity-select']);
    assert.ok(names(element('loket-notifications'), 'events').includes('loket-notification-open'));
    assert.ok(names(element('loket-feedback'), 'events').includes('loket-feedback-sent'));
    for (const d of elements) {
      for (const e of d.events ?? []) {
        assert.match(e.name, /^(loket-[a-z-]+|click)$/, `${d.tagName} event ${e.name}`);
        // Tools read the detail's type from here.
        assert.match(e.type?.text ?? '', /Event\b/, `${d.tagName} event ${e.name} has its type`);
      }
      assert.ok((d.cssParts ?? []).length > 0, `${d.tagName} has ::part()s`);
    }
    assert.ok(names(element('loket-header'), 'slots').includes('notifications'));
    assert.ok(names(element('loket-button'), 'cssProperties').some((n) => n.startsWith('--loket-button-')));
  });
});

const vscode = JSON.parse(await readFile(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const webTypes = JSON.parse(await readFile(join(root, pkg['web-types']), 'utf8'));

describe('editor support (VS Code custom data, JetBrains web-types)', () => {
  const tag = (name) => vscode.tags.find((t) => t.name === name);

  it('describes every element with the manifest’s attributes', () => {
    assert.deepEqual(vscode.tags.map((t) => t.name), elements.map((d) => d.tagName).sort());
    for (const d of elements) {
      assert.deepEqual(tag(d.tagName).attributes.map((a) => a.name), (d.attributes ?? []).map((a) => a.name), d.tagName);
      assert.match(tag(d.tagName).description.value, /\S{10}/, `${d.tagName} is described`);
    }
  });

  it('offers the allowed values of enumerated attributes, and booleans as value-less', () => {
    const attribute = (t, a) => tag(t).attributes.find((x) => x.name === a);
    assert.deepEqual(attribute('loket-button', 'variant').values.map((v) => v.name), ['primary', 'secondary', 'tertiary']);
    assert.equal(attribute('loket-button', 'disabled').valueSet, 'v');
    // `IconName` is spelled out from the icon set itself.
    const icons = attribute('loket-button', 'icon-before').values.map((v) => v.name);
    assert.ok(icons.includes('bell') && icons.includes('chevron-down') && icons.includes('star-filled'), icons.join());
    assert.equal(attribute('loket-header', 'login-url').values, undefined);
    assert.match(tag('loket-header').description.value, /loket-login/);
  });

  it('gives JetBrains the events, slots, parts, custom properties and properties, found from package.json', () => {
    assert.equal(webTypes.name, 'loket');
    const header = webTypes.contributions.html.elements.find((e) => e.name === 'loket-header');
    assert.deepEqual(header.events.map((e) => e.name).sort(), element('loket-header').events.map((e) => e.name).sort());
    assert.ok(header.slots.some((s) => s.name === 'notifications'));
    assert.ok(header.css.parts.some((p) => p.name === 'bar'));
    assert.ok(header.css.properties.some((p) => p.name === '--loket-header-background'));
    const bell = webTypes.contributions.html.elements.find((e) => e.name === 'loket-notifications');
    // The token is a property, never an attribute.
    assert.ok(bell.js.properties.some((p) => p.name === 'token'));
    assert.ok(!bell.attributes.some((a) => a.name === 'token'));
  });
});
