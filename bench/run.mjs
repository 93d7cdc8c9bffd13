#!/usr/bin/env node
// npm run bench [-- name…]: bundles each bench/*.bench.ts, runs it in headless Chromium and prints
// its measurements against their budgets. Results are merged into bench/results.json. Exit 1 when a budget is missed.
import { readdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { buildBundle } from '../scripts/vite-lib.mjs';
import { launchBrowser } from '../test/e2e/support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));

const browser = await launchBrowser();
// Keep the other benchmarks' last results when only some are run.
const resultsFile = join(here, 'results.json');
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
let missed = 0;
try {
  for (const file of files) {
    const { code, chunks } = await buildBundle({ entry: join(here, file), write: false, fileName: 'bench.js' });
    const served = new Map([['/bench.js', code], ...chunks.map((c) => [`/${c.fileName}`, c.code])]);
    const server = createServer((req, res) => {
      if (served.has(req.url)) {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(served.get(req.url));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html lang="nl"><body><script type="module" src="/bench.js"></script></body></html>');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (e) => console.error(`${file}: ${e.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // Each bench module sets window.__benchResult to a promise of [{ name, value, unit, budget? }].
    await page.waitForFunction(() => window.__benchResult !== undefined, undefined, { timeout: 120000 });
    const rows = await page.evaluate(() => window.__benchResult);
    results[file] = rows;
    console.log(`\n${file}`);
    for (const row of rows) {
      const over = row.budget !== undefined && row.value > row.budget;
      if (over) missed += 1;
      const budget = row.budget !== undefined ? ` (budget ${row.budget} ${row.unit})` : '';
      console.log(`  ${over ? '✗' : '✓'} ${row.name}: ${row.value.toFixed(2)} ${row.unit}${budget}`);
    }
    await page.context().close();
    server.close();
  }
} finally {
  await browser.close();
}
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
if (missed > 0) {
  console.error(`\n${missed} measurement(s) over budget`);
  process.exit(1);
}
