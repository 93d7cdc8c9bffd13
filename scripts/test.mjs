#!/usr/bin/env node
// npm test: lint, type-check, build, component tests (Chromium, Firefox and WebKit, with axe), size budgets, e2e against the demo,
// and the Storybook accessibility audit (every story in all four languages, each story loaded once and
// switched live; `npm run a11y` loads every story × language afresh).
// Runs every step even after a failure and ends with one line: "N passed, N failed".
// Flags: --no-build (reuse dist/ and dist-demo/), --only <step,…> (lint,tokens,typecheck,build,unit,size,e2e,a11y).
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './chrome.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
mkdirSync('.cache', { recursive: true });
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : undefined;
const wants = (step) => (only ? only.has(step) : step !== 'build' || !args.includes('--no-build'));
const bin = (name) => join(root, 'node_modules/.bin', name);

try {
  findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const results = [];
let passed = 0;
let failed = 0;
function record(step, ok, detail) {
  results.push({ step, ok, detail });
}

/**
 * Adds a runner's own counts (`undefined` when it left none). An exit code that reports a failure no
 * test accounts for (a crash, a timeout) counts as one failure.
 */
function tally(step, code, counts, detail) {
  if (!counts) {
    failed += 1;
    record(step, false, `exited ${code} without a summary`);
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (code !== 0 && counts.failed === 0) failed += 1;
  record(step, code === 0, detail);
}

/** Runs one command as step `id` (the name `--only` takes), reported as `step`. */
async function check(id, step, command, commandArgs) {
  if (!wants(id)) return;
  console.log(`\n━━ ${step} ━━`);
  const code = await run(command, commandArgs);
  if (code === 0) passed += 1;
  else failed += 1;
  record(step, code === 0, code === 0 ? 'ok' : `exit ${code}`);
}

await check('lint', 'lint', bin('eslint'), ['.']);
await check('tokens', 'tokens up to date', process.execPath, ['scripts/build-tokens.mjs', '--check']);
await check('typecheck', 'typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
await check('build', 'build', process.execPath, ['scripts/build.mjs']);

if (wants('unit')) {
  console.log('\n━━ component tests (web-test-runner: Chromium, and Firefox and WebKit when installed) ━━');
  rmSync('.cache/unit-summary.json', { force: true });
  const code = await run(bin('web-test-runner'), []);
  const summary = existsSync('.cache/unit-summary.json') ? JSON.parse(readFileSync('.cache/unit-summary.json', 'utf8')) : undefined;
  const perBrowser = Object.entries(summary?.browsers ?? {})
    .map(([name, c]) => `${name} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`)
    .join('; ');
  tally('unit', code, summary, `${summary?.passed} passed, ${summary?.failed} failed, ${summary?.skipped} skipped in ${summary?.files} test-file runs (${perBrowser})`);
  // Only what needs Chromium's DevTools protocol may skip, and only elsewhere: a skip in Chromium is a failure.
  const skippedInChromium = summary?.browsers?.Chromium?.skipped ?? 0;
  if (skippedInChromium > 0) {
    failed += 1;
    record('unit', false, `${skippedInChromium} test(s) skipped in Chromium, where every test must run`);
  }
}

await check('size', 'size budgets', process.execPath, ['scripts/size.mjs']);

if (wants('e2e')) {
  console.log('\n━━ end-to-end (demo portal: Chromium, the main journeys also in Firefox and WebKit) ━━');
  const files = readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.mjs')).map((f) => join('test/e2e', f));
  const tap = '.cache/e2e.tap';
  rmSync(tap, { force: true });
  const code = await run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : undefined;
  const num = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text ?? '')?.[1] ?? 0);
  const counts = text === undefined ? undefined : { passed: num('pass'), failed: num('fail') + num('cancelled') };
  tally('e2e', code, counts, `${counts?.passed} passed, ${counts?.failed} failed`);
}

if (wants('a11y')) {
  console.log('\n━━ accessibility audit (Storybook, axe-core, nl fr en de) ━━');
  const out = '.cache/a11y';
  rmSync(out, { recursive: true, force: true });
  const code = await run(process.execPath, ['scripts/a11y.mjs', '--switch', '--out', out, ...(args.includes('--no-build') ? ['--no-build'] : [])]);
  const report = existsSync(join(out, 'report.json')) ? JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) : undefined;
  const summary = report?.summary;
  const counts = summary && { passed: summary.passedRuns, failed: summary.failingRuns + summary.errors };
  tally('a11y', code, counts, `${counts?.passed} story × language runs without violations, ${counts?.failed} with (${summary?.violations} violations); report in ${out}/report.html`);
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.step}: ${r.detail}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
