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
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, errors: 0, browsers: {} };
      for (const session of sessions) {
        const name = session.browser?.name === 'Chrome' ? 'Chromium' : (session.browser?.name ?? 'browser');
        const own = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = { ...totals };
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        const error = !session.passed && (session.errors?.length ?? 0) > 0 ? 1 : 0;
        totals.errors += error;
        for (const key of ['passed', 'failed', 'skipped']) own[key] += totals[key] - before[key];
        own.failed += error;
      }
      totals.failed += totals.errors;
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
