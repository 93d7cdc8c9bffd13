// Counts passed/failed/skipped tests across all sessions, in all and per browser, and writes them for scripts/test.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter(file = '.cache/unit-summary.json') {
  return {
    onTestRunFinished({ sessions }) {
      const browsers = {};
      let errors = 0;
      for (const session of sessions) {
        const name = session.browser?.name === 'Chrome' ? 'Chromium' : (session.browser?.name ?? 'browser');
        const own = (browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        if (session.testResults) count(session.testResults, own);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          errors += 1;
          own.failed += 1;
        }
      }
      const sum = (key) => Object.values(browsers).reduce((n, b) => n + b[key], 0);
      const totals = { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), files: sessions.length, errors, browsers };
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
