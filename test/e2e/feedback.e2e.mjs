import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo, launchBrowser, newPage } from './support.mjs';

describe('feedback in the demo portal', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-feedback-e2e-'));
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a filled honeypot with a success before any other check, and stores nothing', async () => {
    const demo = await startDemo({ dataDir: mkdtempSync(join(tmpdir(), 'loket-honeypot-')) });
    try {
      const before = await (await fetch(new URL('/api/feedback/summary', demo.url))).json();
      const post = (body) => fetch(new URL('/api/feedback', demo.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await post({ rating: 9, website: 'https://spam.example' })).status, 201, 'a bot learns nothing from a 400');
      assert.equal((await post({ rating: 9 })).status, 400, 'without the honeypot the same body is refused');
      // Filled with something other than text (a script, not a form): still a bot, still not stored.
      const valid = { rating: 4, comment: 'Goedkope horloges', page: '/', lang: 'nl' };
      for (const website of [12345, true, 0, ['https://spam.example'], { url: 'https://spam.example' }]) {
        assert.equal((await post({ ...valid, website })).status, 201, `honeypot ${JSON.stringify(website)}`);
      }
      const after = await (await fetch(new URL('/api/feedback/summary', demo.url))).json();
      assert.equal(after.count, before.count, 'nothing stored');
      // Blank or null is empty: a person's feedback.
      for (const website of ['', '  ', null]) assert.equal((await post({ ...valid, website })).status, 201);
      const stored = await (await fetch(new URL('/api/feedback/summary', demo.url))).json();
      assert.equal(stored.count, before.count + 3, 'an empty honeypot keeps the feedback');
    } finally {
      await demo.close();
    }
  });

  it('answers a repeat of a stored id as a success, also past the rate limit, and limits only new feedback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-feedback-limit-'));
    const demo = await startDemo({ dataDir: dir });
    try {
      const post = (body) => fetch(new URL('/api/feedback', demo.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const feedback = (id) => ({ id, rating: 4, comment: `Reactie ${id}`, page: '/', lang: 'nl' });
      for (let i = 1; i <= 5; i += 1) assert.equal((await post(feedback(`k${i}`))).status, 201);
      // The browser did not get the answer for k5 (a time-out) and sends it again: it was stored, so it succeeded.
      const repeat = await post(feedback('k5'));
      assert.equal(repeat.status, 201, 'a retry of feedback already stored is not "too much feedback"');
      const sixth = await post(feedback('k6'));
      assert.equal(sixth.status, 429);
      assert.ok(Number(sixth.headers.get('retry-after')) >= 1);
      const lines = readFileSync(join(dir, 'feedback.jsonl'), 'utf8').trim().split('\n');
      assert.equal(lines.length, 5, 'stored once each');
    } finally {
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores submitted feedback and counts it in the summary after a server restart', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> Betalen lukte niet';
    let demo = await startDemo({ dataDir });
    const summaryOf = async (server) => (await fetch(new URL('/api/feedback/summary', server.url))).json();
    const before = await summaryOf(demo);
    try {
      const page = await newPage(browser);
      await page.goto(`${demo.url}?rijksregisternummer=85073003328#bestelling`);
      await page.getByRole('button', { name: 'Geef feedback' }).click();
      const dialog = page.getByRole('dialog', { name: 'Geef feedback' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Verstuur' }).click();
      await dialog.getByText('Kies hoe tevreden u bent.').waitFor();
      await dialog.getByRole('radio', { name: '2 Ontevreden', exact: true }).check();
      await dialog.getByLabel('Wat kunnen we beter doen? (niet verplicht)').fill(`  ${hostile}  `);
      await dialog.getByRole('button', { name: 'Verstuur' }).click();
      await dialog.getByRole('status').getByText('Bedankt voor uw feedback').waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('dialog').count(), 0);
      assert.deepEqual(page.pageErrors, []);

      const lines = readFileSync(join(dataDir, 'feedback.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      assert.equal(lines.length, 1);
      assert.equal(lines[0].rating, 2);
      assert.equal(lines[0].comment, hostile);
      assert.equal(lines[0].context, 'dienstencheques');
      assert.equal(lines[0].lang, 'nl');
      assert.equal(lines[0].page, demo.url, 'page is stored without query string or fragment');
      await page.close();
    } finally {
      await demo.close();
    }

    demo = await startDemo({ dataDir });
    try {
      const page = await newPage(browser);
      await page.goto(new URL('/feedback.html', demo.url).href);
      assert.equal(await page.locator('h1').textContent(), 'Tevredenheid');
      const after = await summaryOf(demo);
      assert.equal(after.count, before.count + 1, 'the stored reaction is counted after the restart');
      assert.equal(after.distribution[2], before.distribution[2] + 1);
      const one = (value) => value.toLocaleString('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      const summary = page.locator('loket-feedback-summary');
      await summary.getByText(`${after.count} reacties`, { exact: true }).waitFor();
      assert.equal((await summary.locator('.average').textContent()).trim(), `${one(after.average)} op 5`);
      // The demo names its services (context-labels): "Dienstencheques" for the tag `dienstencheques`.
      const row = summary.getByRole('row', { name: /^Dienstencheques/ });
      const services = after.perContext.dienstencheques;
      assert.equal(services.count, (before.perContext.dienstencheques?.count ?? 0) + 1);
      assert.match(await row.textContent(), new RegExp(`^\\s*Dienstencheques\\s*${services.count}\\s*${one(services.average)} op 5`));
      assert.equal((await summary.locator('.comment').first().textContent()), hostile);
      assert.equal(await summary.locator('.comment').first().getAttribute('lang'), 'nl', 'each comment carries the language it was written in');
      assert.equal(await summary.locator('.comment[lang="fr"]').count(), 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(page.pageErrors, []);
      await page.close();
    } finally {
      await demo.close();
    }
  });
});
