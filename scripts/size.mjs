#!/usr/bin/env node
// npm run size: checks the gzip size budgets in size-budgets.json. Needs dist/loket.js (npm run build).
// Prints one line per budget; exits 1 when a ceiling (maxGzip) is exceeded, and names every missed target. `--json FILE` also writes the numbers.
import { readFileSync, writeFileSync, mkdirSync, existsSync, rmSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './vite-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const registered = [...readFileSync('src/index.ts', 'utf8').matchAll(/from '\.\/entries\/([\w-]+)\.js'/g)].map((m) => m[1]);
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const tmp = join(root, '.cache/size');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
async function bundleOf(entries, name) {
  const file = join(tmp, `${name}.ts`);
  writeFileSync(file, entries.map((e) => `import '../../src/entries/${e}.js';`).join('\n') + '\n');
  return (await buildBundle({ entry: file, write: false, fileName: `${name}.js` })).code;
}

const rows = [];
const check = (name, bytes, budget) =>
  rows.push({ name, bytes, max: budget.maxGzip, target: budget.target ?? budget.maxGzip, ok: bytes <= budget.maxGzip });

const bundleFile = budgets.bundle.file;
if (!existsSync(bundleFile)) {
  console.error(`${bundleFile} is missing: run npm run build first.`);
  process.exit(1);
}
check(bundleFile, gz(readFileSync(bundleFile)), budgets.bundle);

for (const budget of budgets.standalone) {
  const present = budget.entries.filter((e) => existsSync(`src/entries/${e}.ts`));
  if (present.length === 0) continue;
  check(`${budget.name} (standalone)`, gz(await bundleOf(present, `standalone-${rows.length}`)), budget);
}

const all = gz(await bundleOf(registered, 'all'));
for (const budget of budgets.added) {
  const present = budget.entries.filter((e) => registered.includes(e));
  if (present.length === 0) continue;
  const without = gz(await bundleOf(registered.filter((e) => !present.includes(e)), `without-${rows.length}`));
  check(`${budget.name} (added to the bundle)`, all - without, budget);
}

// The French, English and German catalogues load on first use; their size is reported, not budgeted.
const locales = existsSync('dist/locales') ? readdirSync('dist/locales').filter((f) => f.endsWith('.js')) : [];
const localeSizes = locales.map((f) => `${f.replace(/\.js$/, '')} ${kb(gz(readFileSync(join('dist/locales', f))))}`);

for (const row of rows) {
  const target = row.bytes > row.target ? `; target ${kb(row.target)} MISSED by ${kb(row.bytes - row.target)}` : `; target ${kb(row.target)} met`;
  console.log(`${row.ok ? '✓' : '✗'} ${row.name}: ${kb(row.bytes)} gzip (ceiling ${kb(row.max)}${target})`);
}
if (localeSizes.length) console.log(`  loaded on demand (dist/locales): ${localeSizes.join(', ')} gzip`);
const missed = rows.filter((r) => r.bytes > r.target).length;
if (missed > 0) console.log(`size: ${missed} target(s) missed (see size-budgets.json)`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(rows, null, 2));
const over = rows.filter((r) => !r.ok).length;
console.log(`size: ${rows.length - over} within ceiling, ${over} over`);
process.exit(over > 0 ? 1 : 0);
