import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/entries/feedback-summary.js';
import type { LoketFeedbackSummary, FeedbackSummaryData } from '../src/components/feedback-summary/feedback-summary.js';
import { normalizeSummary } from '../src/components/feedback-summary/feedback-summary.js';
import { catalogs } from './support/catalogs.js';
import { expectAccessible } from './support/axe.js';
import { expectFocus } from './support/focus.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll, spoken, type AxNode } from './support/accessibility-tree.js';
import { describeInChromium } from './support/browser.js';

const hostile = '<img src=x onerror="window.__pwnedSummary=1"><script>window.__pwnedSummary=2</script> & "quotes"';

const data: FeedbackSummaryData = {
  count: 5,
  average: 3.8,
  distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 2 },
  perContext: { dienstencheques: { count: 3, average: 4.33 }, '': { count: 2, average: 3 } },
  latest: [
    { rating: 5, comment: 'Vlot besteld, duidelijke uitleg.', context: 'dienstencheques', createdAt: new Date().toISOString() },
    { rating: 2, comment: hostile, context: null, createdAt: '2025-03-01T10:00:00Z' },
  ],
};

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const root = (el: LoketFeedbackSummary) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The numbers are in: the average says something other than the loading dash. */
const counted = (el: LoketFeedbackSummary) => /\d/.test(text(root(el).querySelector('.average')));

describe('loket-feedback-summary', () => {
  afterEach(() => sinon.restore());

  it('loads src and shows the average, the distribution as a table with text values, counts per context and the latest comments', async () => {
    const stub = sinon.stub(window, 'fetch').resolves(json(data));
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary src="/api/feedback/summary"></loket-feedback-summary>`);
    await waitUntil(() => counted(el), 'no summary rendered');
    expect(stub.firstCall.args[0]).to.equal('/api/feedback/summary');
    expect(text(root(el).querySelector('.average'))).to.equal('3,8 op 5');
    expect(text(root(el).querySelector('.muted'))).to.equal('5 reacties');

    const [distribution, contexts] = root(el).querySelectorAll('table');
    const rows = [...distribution.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 3).map(text));
    expect(rows[0]).to.deep.equal(['5 – Zeer tevreden', '2', '40%']);
    expect(rows[4]).to.deep.equal(['1 – Zeer ontevreden', '0', '0%']);
    expect(distribution.getAttribute('aria-labelledby')).to.equal('distribution');
    const bar = distribution.querySelector<HTMLElement>('tbody tr .bar span')!;
    expect(bar.closest('[aria-hidden=true]')).to.exist;
    expect(bar.style.width).to.equal('40%');

    const contextRows = [...contexts.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(contextRows).to.deep.equal([
      ['dienstencheques', '3', '4,3 op 5'],
      ['Zonder dienst', '2', '3,0 op 5'],
    ]);

    const items = root(el).querySelectorAll('ol li');
    expect(items).to.have.length(2);
    expect(text(items[0].querySelector('strong'))).to.equal('5 – Zeer tevreden');
    expect(text(items[0])).to.contain('Vandaag om');
    await expectAccessible(el);
  });

  it('names services with the portal\'s context-labels, as text, and falls back to the identifier', async () => {
    const labels = { dienstencheques: 'Dienstencheques bestellen', toString: hostile };
    const el = await fixture<LoketFeedbackSummary>(
      html`<loket-feedback-summary .summary=${{ ...data, perContext: { ...data.perContext, 'fiscaal-attest': { count: 1, average: 2 }, toString: { count: 1, average: 5 } } }} context-labels=${JSON.stringify(labels)}></loket-feedback-summary>`,
    );
    const names = () => [...root(el).querySelectorAll('table')[1].querySelectorAll('tbody th')].map(text);
    expect(names()).to.deep.equal(['Dienstencheques bestellen', catalogs.nl.feedbackSummary.noContext, 'fiscaal-attest', hostile]);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('ol li .muted'))).to.match(/^· Dienstencheques bestellen ·/);
    // A label that is no text, or malformed JSON: the identifier again, with a warning for the JSON.
    el.contextLabels = { dienstencheques: 42 } as unknown as Record<string, string>;
    await el.updateComplete;
    expect(names()[0]).to.equal('dienstencheques');
    const warn = sinon.stub(console, 'warn');
    el.setAttribute('context-labels', '{not json');
    await el.updateComplete;
    expect(warn.calledOnce).to.equal(true);
    expect(names()[0]).to.equal('dienstencheques');
  });

  it('shows hostile comments literally, as text', async () => {
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary .summary=${data}></loket-feedback-summary>`);
    const comment = root(el).querySelectorAll('.comment')[1];
    expect(comment.textContent).to.equal(hostile);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect((window as unknown as { __pwnedSummary?: number }).__pwnedSummary).to.be.undefined;
  });

  it('survives malformed server data', () => {
    const clean = normalizeSummary({
      count: '12',
      average: 9,
      distribution: { 1: -3, 5: 'veel' },
      perContext: { x: null, y: { count: 2, average: 'hoog' } },
      latest: [
        { rating: 7, comment: 'x' },
        { rating: 3, comment: { html: '<b>' } },
        null,
        { rating: 4, comment: 'ok', context: 5, lang: '"><img src=x onerror=alert(1)>' },
      ],
    });
    expect(clean.count).to.equal(0);
    expect(clean.average).to.be.null;
    expect(clean.distribution).to.deep.equal({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(clean.perContext).to.deep.equal({ y: { count: 2, average: null } });
    expect(clean.latest).to.deep.equal([{ rating: 4, comment: 'ok', context: null, createdAt: '' }]);
    expect(normalizeSummary('nonsense').latest).to.deep.equal([]);
  });

  it('marks each comment with the language it was written in, so a screen reader pronounces it right', async () => {
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary
      lang="nl"
      .summary=${normalizeSummary({
        ...data,
        latest: [
          { rating: 4, comment: 'Simple et rapide.', context: 'dienstencheques', createdAt: '2026-11-20T10:00:00Z', lang: 'fr' },
          { rating: 5, comment: '', context: null, createdAt: '2026-11-19T10:00:00Z', lang: 'en' },
          { rating: 3, comment: 'Geen taal meegegeven.', context: null, createdAt: '2026-11-18T10:00:00Z' },
        ],
      })}
    ></loket-feedback-summary>`);
    const comments = [...root(el).querySelectorAll('.comment')];
    expect(comments.map((c) => [text(c), c.getAttribute('lang')])).to.deep.equal([
      ['Simple et rapide.', 'fr'],
      ['Geen reactie', null],
      ['Geen taal meegegeven.', null],
    ]);
    await expectAccessible(el);
  });

  it('says when there is no feedback yet', async () => {
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary
      .summary=${{ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, perContext: {}, latest: [] }}
    ></loket-feedback-summary>`);
    expect([...root(el).querySelectorAll('section > *')].map(text)).to.deep.equal(['Gemiddelde tevredenheid', 'Nog geen feedback ontvangen.']);
    expect(root(el).querySelectorAll('section, table, ol, .average')).to.have.length(1);
    await expectAccessible(el);
  });

  it('shows a loading state, then an error with a retry that loads again', async () => {
    let answer: (response: Response) => void = () => {};
    const stub = sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary src="/api/feedback/summary"></loket-feedback-summary>`);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('Bezig met laden…');
    await expectAccessible(el);
    answer(json({ error: 'kapot' }, 500));
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error shown');
    expect(text(root(el).querySelector('[role=alert] p'))).to.equal('De feedback kon niet geladen worden.');
    await expectAccessible(el);
    root(el).querySelector<HTMLElement>('[role=alert] loket-button')!.click();
    await el.updateComplete;
    expect(stub.callCount).to.equal(2);
    answer(json(data));
    await waitUntil(() => counted(el));
    expect(root(el).querySelector('[role=alert]')).to.be.null;
    // The retry button is gone: focus went to the first heading, not to the body.
    await waitUntil(() => root(el).activeElement !== null, 'focus stayed in the element');
    expectFocus(el, root(el).querySelector('h2'));
  });

  it('loading, shows the average and the distribution at their height with dashes; loading again keeps what is shown', async () => {
    const answers: ((response: Response) => void)[] = [];
    sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => answers.push(resolve)));
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary src="/api/feedback/summary"></loket-feedback-summary>`);
    const bottom = () => root(el).querySelector('table')!.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
    expect(text(root(el).querySelector('.average'))).to.equal('–');
    expect([...root(el).querySelectorAll('tbody td.num')].map(text)).to.deep.equal(Array(10).fill('–'));
    expect(root(el).querySelectorAll('[aria-busy=true]')).to.have.length(2);
    await expectAccessible(el);
    const loading = bottom();
    answers[0](json(data));
    await waitUntil(() => counted(el));
    expect(bottom(), 'the distribution ends where it ended while loading').to.be.closeTo(loading, 1);
    expect(root(el).querySelectorAll('[aria-busy=true]')).to.have.length(0);
    void el.load();
    await el.updateComplete;
    expect(text(root(el).querySelector('.average')), 'loading again').to.equal('3,8 op 5');
    expect(root(el).querySelector('[role=status]')).to.be.null;
    answers[1](json({ ...data, average: 4.1 }));
    await waitUntil(() => text(root(el).querySelector('.average')) === '4,1 op 5');
  });

  it('fits 320 px without scrolling sideways: headers wrap, the decorative bars shrink', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><loket-feedback-summary .summary=${{ ...data, perContext: { 'dienstencheques-bestellen-en-betalen': { count: 3, average: 3.8 } } }}></loket-feedback-summary></div>`);
    wrapper.style.width = '288px'; // 320 px minus the page's margins
    const el = wrapper.querySelector('loket-feedback-summary')!;
    await settle(el);
    for (const table of root(el).querySelectorAll('table')) expect(table.getBoundingClientRect().width, 'table width').to.be.at.most(288);
    expect(el.scrollWidth).to.be.at.most(288);
  });

  it('loads again when it is moved while loading', async () => {
    const answers: ((response: Response) => void)[] = [];
    const stub = sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => answers.push(resolve)));
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary src="/api/feedback/summary"></loket-feedback-summary>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(stub.callCount, 'the cut-off load starts again').to.equal(2);
    answers[1](json(data));
    await waitUntil(() => counted(el), 'never left the loading state');
  });

  it('is accessible and translated in every locale', async () => {
    const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary .summary=${data}></loket-feedback-summary>`);
    await forEachLocale(async (locale) => {
      await settle(el);
      const t = catalogs[locale].feedbackSummary;
      expect(text(root(el).querySelector('h2'))).to.equal(t.average);
      expect(text(root(el).querySelector('th[scope=row]'))).to.equal(`5 – ${catalogs[locale].feedback.ratings[4]}`);
      await expectAccessible(el);
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('gives assistive technology tables whose rows all have the same cells, headers first', async () => {
      const el = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary .summary=${data} lang="nl"></loket-feedback-summary>`);
      const tree = await accessibilityTree(el);
      const t = catalogs.nl.feedbackSummary;
      const cells = (row: AxNode) => row.children.filter((c) => ['columnheader', 'rowheader', 'cell'].includes(c.role));
      const distribution = find(tree, 'table', t.distribution);
      const rows = findAll(distribution, 'row');
      expect(cells(rows[0]).map((c) => `${c.role} ${c.name}`)).to.deep.equal([`columnheader ${t.score}`, `columnheader ${t.count}`, `columnheader ${t.share}`]);
      expect(rows.slice(1).map((row) => cells(row).map((c) => c.role))).to.deep.equal(Array(5).fill(['rowheader', 'cell', 'cell']));
      expect(cells(rows[1]).map((c) => c.name)).to.deep.equal([`5 – ${catalogs.nl.feedback.ratings[4]}`, '2', '40%']);
      for (const row of findAll(find(tree, 'table', t.perContext), 'row')) expect(cells(row)).to.have.length(3);
    });

    it('a failure is an alert that says so, with a named retry button; an empty summary is a heading and its message', async () => {
      sinon.stub(window, 'fetch').resolves(json({ error: 'kapot' }, 500));
      const failed = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary src="/api/feedback/summary" lang="nl"></loket-feedback-summary>`);
      await waitUntil(() => root(failed).querySelector('[role=alert]'), 'no error shown');
      let tree = await accessibilityTree(failed);
      const alert = find(tree, 'alert');
      expect(spoken(alert)).to.contain('De feedback kon niet geladen worden.');
      expect(find(alert, 'button', 'Opnieuw proberen')).to.exist;
      const empty = await fixture<LoketFeedbackSummary>(html`<loket-feedback-summary .summary=${{ ...data, count: 0, latest: [] }} lang="nl"></loket-feedback-summary>`);
      tree = await accessibilityTree(empty);
      expect(findAll(tree, 'heading').map((h) => h.name)).to.deep.equal([catalogs.nl.feedbackSummary.average]);
      expect(findAll(tree, 'table')).to.have.length(0);
    });
  });
});
