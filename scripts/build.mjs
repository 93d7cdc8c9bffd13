#!/usr/bin/env node
// npm run build: tokens, the CDN bundle, per-module ESM + .d.ts, loket.css, the manifest, and the demo.
// `--no-demo` skips the demo portal.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildBundle, bundledPackages } from './vite-lib.mjs';
import { demoLayout } from '../demo/layout.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const withDemo = !process.argv.includes('--no-demo');
const bin = (name) => join(root, 'node_modules/.bin', name);
const step = (label) => console.log(`build: ${label}`);

step('tokens');
execFileSync(process.execPath, ['scripts/build-tokens.mjs'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

step('dist/loket.js (CDN bundle)');
await buildBundle({ entry: 'src/index.ts' });

// The bundle carries Lit: its licence texts go with it.
writeFileSync(
  'dist/THIRD_PARTY_LICENSES.txt',
  bundledPackages
    .map((name) => `${name} (https://www.npmjs.com/package/${name})\n\n${readFileSync(join('node_modules', name, 'LICENSE'), 'utf8').trim()}\n`)
    .join(`\n${'-'.repeat(72)}\n\n`),
);

step('per-module ESM + .d.ts');
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });

step('dist/loket.css');
const css = ['src/styles/tokens.css', 'src/styles/page.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
writeFileSync('dist/loket.css', css);
writeFileSync('dist/tokens.css', readFileSync('src/styles/tokens.css', 'utf8'));

step('dist/custom-elements.json');
execFileSync(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });

if (withDemo) {
  step('demo portal');
  const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'demo'),
    publicDir: false,
    plugins: [demoLayout()],
    build: {
      outDir: join(root, 'dist-demo'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), join(root, 'demo', p)])) },
    },
  });
}
// Every path the package exports must exist, or `import 'loket/…'` breaks for portals.
const exported = Object.values(JSON.parse(readFileSync('package.json', 'utf8')).exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
// A pattern (`./src/tokens/*`) needs its folder.
const missing = exported.filter((file) => !existsSync(file.includes('*') ? file.slice(0, file.indexOf('*')) : file));
if (missing.length) {
  console.error(`build: package.json exports files that were not built: ${missing.join(', ')}`);
  process.exit(1);
}
step('done');
