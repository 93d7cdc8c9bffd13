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
