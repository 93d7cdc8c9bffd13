import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/entries/status-tracker.js';
import type { Dossier, LoketStatusTracker, StepStatus } from '../src/entries/status-tracker.js';
import type { LoketNotification, NotificationSnapshot, NotificationSource, SnapshotListener } from '../src/data/types.js';
import { catalogs } from './support/catalogs.js';
import { expectAccessible } from './support/axe.js';
import { expectFocus } from './support/focus.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';

const nl = catalogs.nl.statusTracker;

const studyAllowance = (): Dossier => ({
  title: 'Studietoelage 2025-2026',
  reference: 'ST-2026-004211',
  steps: [
    { id: 'ingediend', label: 'Aanvraag ingediend', status: 'done', date: '2026-03-02T10:15:00+01:00', description: 'We ontvingen uw aanvraag.' },
    {
      id: 'behandeling',
      label: 'In behandeling',
      status: 'current',
      date: '2026-03-09T09:00:00+01:00',
      description: 'Een dossierbehandelaar bekijkt uw aanvraag.',
      action: { label: 'bezorg uw inkomensattest', url: '/documenten/inkomensattest' },
    },
    { id: 'beslissing', label: 'Beslissing', status: 'upcoming' },
  ],
  history: [
    { date: '2026-03-02T10:15:00+01:00', label: 'Aanvraag ontvangen' },
    { date: '2026-03-10T14:30:00+01:00', label: 'Inkomensattest gevraagd', description: 'Bezorg het attest binnen 30 dagen.' },
    { date: '2026-03-09T09:00:00+01:00', label: 'Dossier toegewezen' },
  ],
});

/** Every state in one dossier. */
const allStates = (): Dossier => ({
  title: 'Renovatiepremie',
  reference: 'RP-2026-0193',
  steps: [
    { id: 'a', label: 'Aanvraag ingediend', status: 'done', date: '2026-01-12' },
    { id: 'b', label: 'Facturen nagekeken', status: 'warning', date: '2026-02-01', description: 'Eén factuur is onleesbaar.' },
    { id: 'c', label: 'Controle ter plaatse', status: 'current', action: { label: 'kies een datum', url: 'https://www.vlaanderen.be/afspraak' } },
    { id: 'd', label: 'Uitbetaling', status: 'error', description: 'Het rekeningnummer is ongeldig.' },
    { id: 'e', label: 'Afgesloten', status: 'upcoming' },
  ],
});

/** The study allowance one step on: "Beoordeling" done, "Beslissing" now `status`. */
const decisionStep = (status: StepStatus): Dossier => {
  const next = studyAllowance();
  next.steps[1].status = 'done';
  next.steps[2].status = status;
  return next;
};
const root = (el: LoketStatusTracker) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: LoketStatusTracker, selector: string) => root(el).querySelector<T>(selector);
const steps = (el: LoketStatusTracker) => [...root(el).querySelectorAll<HTMLLIElement>('ol[part=steps] > li')];
const live = (el: LoketStatusTracker) => q(el, '[role=status]')!.textContent!.trim();
const toggle = (el: LoketStatusTracker) => q<HTMLButtonElement>(el, '.ht button')!;
const historyList = (el: LoketStatusTracker) => q<HTMLOListElement>(el, '#h')!;

async function create(dossier: Dossier = studyAllowance(), attrs: { level?: number } = {}): Promise<LoketStatusTracker> {
  const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker .dossier=${dossier} heading-level=${attrs.level ?? 2}></loket-status-tracker>`);
  return el;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => sinon.restore());

describe('loket-status-tracker', () => {
  describe('rendering', () => {
    it('shows the title as a heading, the reference and an ordered list of steps', async () => {
      const el = await create();
      const title = q(el, '.t')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(title.textContent).to.equal('Studietoelage 2025-2026');
      expect(q(el, '.ref')!.textContent).to.equal('Dossiernummer: ST-2026-004211');
      const list = q(el, 'ol[part=steps]')!;
      expect(list.getAttribute('aria-label')).to.equal(nl.steps);
      expect(steps(el).map((li) => li.querySelector('.l')!.textContent)).to.deep.equal(['Aanvraag ingediend', 'In behandeling', 'Beslissing']);
    });

    it('draws its lines, markers and bars with the border tokens (no fixed pixels), so a portal can change them', async () => {
      const el = await create();
      el.style.setProperty('--loket-border-width-strong', '5px');
      el.style.setProperty('--loket-border-width-accent', '7px');
      el.style.setProperty('--loket-size-hairline', '2px');
      const [first, current] = steps(el);
      const line = getComputedStyle(first, '::after');
      expect(line.borderLeftWidth, 'the line between steps').to.equal('5px');
      const marker = first.querySelector('.m')!;
      expect(getComputedStyle(marker).borderTopWidth, 'a step marker').to.equal('5px');
      // The line stays centred under its marker.
      const centre = parseFloat(getComputedStyle(marker).width) / 2;
      expect(parseFloat(line.left) + 2.5, 'centred').to.be.closeTo(centre, 0.01);
      expect(getComputedStyle(current.querySelector('.act')!).borderLeftWidth, 'the required action').to.equal('7px');
      expect(getComputedStyle(q(el, '.vh')!).width, 'visually hidden text').to.equal('2px');
    });

    it('gives each state an icon and a text, never colour alone', async () => {
      const el = await create(allStates());
      const items = steps(el);
      const expected = ['done', 'warning', 'current', 'error', 'upcoming'] as const;
      items.forEach((li, i) => {
        expect(li.classList.contains(expected[i])).to.equal(true);
        expect(li.querySelector('.st')!.textContent).to.equal(nl.states[expected[i]]);
        // Upcoming steps are an empty ring; every other state has a drawn symbol.
        expect(li.querySelector('.m svg') !== null).to.equal(expected[i] !== 'upcoming');
      });
      expect(new Set(items.map((li) => li.querySelector('.m svg path')?.getAttribute('d'))).size).to.equal(5);
    });

    it('puts aria-current="step" on the current step only', async () => {
      const el = await create(allStates());
      expect(steps(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
    });

    it('formats dates per locale in <time> elements', async () => {
      const el = await create();
      const time = steps(el)[0].querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-03-02T10:15:00+01:00');
      expect(time.textContent).to.equal('2 maart 2026');
      el.lang = 'fr';
      await settle(el);
      expect(steps(el)[0].querySelector('time')!.textContent).to.equal('2 mars 2026');
      expect(steps(el)[0].querySelector('.st')!.textContent).to.equal(catalogs.fr.statusTracker.states.done);
    });

    it('shows the explanation and the current step\'s required action as a link', async () => {
      const el = await create();
      const current = steps(el)[1];
      expect(current.querySelector('.b p')!.textContent).to.equal('Een dossierbehandelaar bekijkt uw aanvraag.');
      const act = current.querySelector('.act')!;
      expect(act.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Actie vereist: bezorg uw inkomensattest');
      expect(act.querySelector('a')!.getAttribute('href')).to.equal('/documenten/inkomensattest');
    });

    it('renders the title at heading-level, the history one level lower, clamped to 1–6', async () => {
      for (const [level, title, history] of [
        [2, '2', '3'],
        [4, '4', '5'],
        [6, '6', '6'],
        [1, '1', '2'],
        [9, '6', '6'],
        [0, '2', '3'],
      ] as const) {
        const el = await create(studyAllowance(), { level });
        expect(q(el, '[role=heading].t')!.getAttribute('aria-level'), `level ${level}`).to.equal(title);
        expect(q(el, '[role=heading].ht')!.getAttribute('aria-level'), `history at level ${level}`).to.equal(history);
      }
    });

    it('accepts the dossier as a JSON attribute', async () => {
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker dossier=${JSON.stringify(studyAllowance())}></loket-status-tracker>`);
      expect(steps(el)).to.have.length(3);
      expect(q(el, '.t')!.textContent).to.equal('Studietoelage 2025-2026');
    });
  });

  describe('announcements', () => {
    it('announces nothing on the first render', async () => {
      const el = await create();
      expect(q(el, '[role=status]')).to.exist;
      expect(live(el)).to.equal('');
    });

    it('announces the new current step politely when the dossier is set again', async () => {
      const el = await create();
      const region = q(el, '[role=status]')!;
      const next = decisionStep('current');
      el.dossier = next;
      await el.updateComplete;
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Huidige stap');
      // The same live region node stays in place, so screen readers pick up the change.
      expect(q(el, '[role=status]')).to.equal(region);
      expect(steps(el)[2].getAttribute('aria-current')).to.equal('step');
    });

    it('announces a refusal (error) by the step it concerns', async () => {
      const el = await create();
      const next = decisionStep('error');
      el.dossier = next;
      await el.updateComplete;
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Probleem');
    });

    it('announces a second change of the same step: a current step that is then refused is not silent', async () => {
      const el = await create();
      const next = decisionStep('current');
      el.dossier = next;
      await el.updateComplete;
      const refused = decisionStep('error');
      el.dossier = refused;
      await el.updateComplete;
      // A live region speaks when its text changes: the same words twice would say nothing the second time.
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Probleem');
      if (chromium) expect(spoken(find(await accessibilityTree(el), 'status'))).to.equal('Status gewijzigd: Beslissing, Probleem');
    });

    it('does not announce when a new object carries the same steps', async () => {
      const el = await create();
      el.dossier = studyAllowance();
      await el.updateComplete;
      expect(live(el)).to.equal('');
    });

    it('announces in the element\'s language', async () => {
      const el = await create();
      el.lang = 'de';
      await settle(el);
      const next = studyAllowance();
      next.steps[1].status = 'warning';
      el.dossier = next;
      await el.updateComplete;
      expect(live(el)).to.equal('Status geändert: In behandeling, Achtung');
    });

    it('does not say a change again when the language switches: the region empties, the next change speaks the new language', async () => {
      const el = await create();
      el.dossier = decisionStep('current');
      await el.updateComplete;
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Huidige stap');
      el.lang = 'fr';
      await settle(el);
      expect(steps(el)[2].textContent, 'the steps are in French').to.contain('Étape en cours');
      expect(live(el), 'not announced again in French').to.equal('');
      el.dossier = decisionStep('error');
      await el.updateComplete;
      expect(live(el)).to.equal('Statut modifié\u00a0: Beslissing, Problème');
    });
  });

  describe('history', () => {
    it('is a collapsed disclosure with the events newest first', async () => {
      const el = await create();
      const button = toggle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('h');
      expect(button.textContent!.trim()).to.equal('Historiek (3)');
      expect(historyList(el).hidden).to.equal(true);
      expect([...historyList(el).querySelectorAll('.l')].map((n) => n.textContent)).to.deep.equal([
        'Inkomensattest gevraagd',
        'Dossier toegewezen',
        'Aanvraag ontvangen',
      ]);
    });

    it('opens with Enter, closes with Space and with Escape, keeping focus on the button', async () => {
      const el = await create();
      toggle(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(historyList(el).hidden).to.equal(false);
      expect(historyList(el).getBoundingClientRect().height).to.be.greaterThan(0);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(historyList(el).hidden).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(historyList(el).hidden).to.equal(true);
      expectFocus(el, toggle(el));
    });

    it('is reached with Tab after the action link', async () => {
      const el = await create();
      q<HTMLAnchorElement>(el, '.act a')!.focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(el, toggle(el));
    });

    it('focus() moves focus to the title, so a link to the dossier needs no tabindex that would hide its controls from Tab', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">Voor</button><loket-status-tracker .dossier=${studyAllowance()}></loket-status-tracker></div>`);
      const el = wrapper.querySelector('loket-status-tracker')!;
      await el.updateComplete;
      el.focus();
      expect(document.activeElement).to.equal(el);
      expectFocus(el, q(el, '.t'));
      // Tab from before the tracker reaches its action link (the title itself is not a Tab stop).
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(el, q(el, '.act a'));
    });

    it('is absent when there are no events', async () => {
      const d = studyAllowance();
      delete d.history;
      const el = await create(d);
      expect(q(el, '.hist')).to.equal(null);
    });
  });

  describe('bad input', () => {
    it('shows an unknown status as upcoming with a console warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const d = studyAllowance();
      (d.steps[2] as { status: string }).status = 'approved';
      const el = await create(d);
      expect(steps(el)[2].classList.contains('upcoming')).to.equal(true);
      expect(steps(el)[2].querySelector('.st')!.textContent).to.equal(nl.states.upcoming);
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.contain('approved');
    });

    it('leaves missing and invalid dates out of steps and marks them in the history', async () => {
      const d = studyAllowance();
      delete d.steps[0].date;
      d.steps[1].date = 'gisteren';
      d.history!.push({ date: 'not a date', label: 'Oud bericht' });
      d.history!.unshift({ label: 'Zonder datum' } as never);
      const el = await create(d);
      expect(steps(el)[0].querySelector('time')).to.equal(null);
      expect(steps(el)[1].querySelector('time')).to.equal(null);
      expect(steps(el)[0].querySelector('.meta')!.textContent).to.equal(nl.states.done);
      const items = [...historyList(el).querySelectorAll('li')];
      expect(items.map((li) => li.querySelector('.l')!.textContent).slice(0, 3)).to.deep.equal([
        'Inkomensattest gevraagd',
        'Dossier toegewezen',
        'Aanvraag ontvangen',
      ]);
      expect(items.slice(3).map((li) => li.querySelector('time')!.textContent)).to.deep.equal([catalogs.nl.time.unknown, catalogs.nl.time.unknown]);
      expect(items.slice(3).map((li) => li.querySelector('time')!.hasAttribute('datetime')), 'no invalid datetime attribute').to.deep.equal([false, false]);
    });

    it('renders markup in labels and descriptions as text', async () => {
      const d = studyAllowance();
      d.title = '<img src=x onerror="window.pwned=1">Studietoelage';
      d.steps[0].label = '<b>Vet</b>';
      d.steps[1].description = '<script>alert(1)</script>';
      d.history![0].label = '<a href="javascript:alert(1)">klik</a>';
      const el = await create(d);
      expect(root(el).querySelector('img, b, script, .l a')).to.equal(null);
      expect(q(el, '.t')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Studietoelage');
      expect(steps(el)[0].querySelector('.l')!.textContent).to.equal('<b>Vet</b>');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('drops a javascript: action URL and shows the action as text', async () => {
      const d = studyAllowance();
      d.steps[1].action = { label: 'bezorg uw inkomensattest', url: 'javascript:alert(1)' };
      const el = await create(d);
      const act = steps(el)[1].querySelector('.act')!;
      expect(act.querySelector('a')).to.equal(null);
      expect(act.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Actie vereist: bezorg uw inkomensattest');
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });

    it('says in words that a dossier has no steps yet, in every language, rather than show an empty list', async () => {
      const warn = sinon.stub(console, 'warn');
      await forEachLocale(async (locale) => {
        const el = await create({ title: 'Nieuwe aanvraag', steps: [] });
        await settle(el);
        expect(q(el, 'ol') === null, 'no empty list').to.be.true;
        expect(q(el, '.none')?.textContent).to.equal(catalogs[locale].statusTracker.noSteps);
        await expectAccessible(el);
      });
      expect(warn.called, 'an empty list of steps is no mistake in the data').to.be.false;
      // Every step unreadable: the same message, with the warnings about the steps.
      const el = await create({ title: 'X', steps: [{ status: 'done' }, null] } as unknown as Dossier);
      expect(q(el, '.none')?.textContent).to.equal(nl.noSteps);
      expect(warn.callCount).to.equal(2);
    });

    it('keeps only the first of several current steps current, with one console warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const d = studyAllowance();
      d.steps[2].status = 'current';
      d.steps.push({ id: 'betaling', label: 'Betaling', status: 'current' });
      const el = await create(d);
      expect(steps(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null]);
      expect(steps(el).map((li) => li.querySelector('.st')!.textContent)).to.deep.equal([nl.states.done, nl.states.current, nl.states.upcoming, nl.states.upcoming]);
      expect(root(el).querySelectorAll('.current').length).to.equal(1);
      expect(warn.callCount, 'one warning, not one per step').to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(/^\[loket\] loket-status-tracker: 3 steps marked current; only the first, "In behandeling",/);
      // A change announces that step, not one of the others.
      const next = studyAllowance();
      next.steps[1].status = 'error';
      next.steps[2].status = 'current';
      next.steps.push({ id: 'betaling', label: 'Betaling', status: 'current' });
      el.dossier = next;
      await el.updateComplete;
      expect(steps(el).filter((li) => li.getAttribute('aria-current') === 'step').map((li) => li.querySelector('.l')!.textContent)).to.deep.equal(['Beslissing']);
      expect(live(el)).to.equal(nl.changed(`Beslissing, ${nl.states.current}`));
    });

    it('skips steps without a label, survives junk and ignores a dossier without steps', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await create({ title: 'X', steps: [null, 42, { id: 'x', status: 'done' }, { id: 'y', label: 'Echt', status: 'done' }] } as unknown as Dossier);
      expect(steps(el).map((li) => li.querySelector('.l')!.textContent)).to.deep.equal(['Echt']);
      el.dossier = { title: 'Geen stappen', steps: 'nee' } as unknown as Dossier;
      await el.updateComplete;
      expect(q(el, 'ol')).to.equal(null);
      expect(warn.callCount).to.be.at.least(4);
    });
  });

  describe('src', () => {
    it('shows a loading state, then the dossier fetched with credentials', async () => {
      let release!: (r: Response) => void;
      const stub = sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => (release = resolve)));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/studietoelage-2026"></loket-status-tracker>`);
      await el.updateComplete;
      expect(q(el, '.load')!.textContent).to.equal(catalogs.nl.common.loading);
      // Empty steps hold the place of the dossier, hidden from the accessibility tree (the message says it).
      const skeleton = q(el, 'ol.sk')!;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.children).to.have.length(4);
      expect(skeleton.getBoundingClientRect().height).to.be.above(150);
      expect(steps(el)).to.have.length(0);
      expect(stub.calledOnce).to.equal(true);
      expect(stub.firstCall.args[0]).to.equal('/api/dossiers/studietoelage-2026');
      expect(stub.firstCall.args[1]!.credentials).to.equal('include');
      const loaded = oneEvent(el, 'loket-dossier-load');
      release(json(studyAllowance()));
      const event = await loaded;
      expect(event.detail.dossier.title).to.equal('Studietoelage 2025-2026');
      await el.updateComplete;
      expect(q(el, '.load')).to.equal(null);
      expect(q(el, '.sk')).to.equal(null);
      expect(steps(el)).to.have.length(3);
      expect(live(el)).to.equal('');
      await expectAccessible(el);
    });

    it('drops an answer that arrives after src was cleared', async () => {
      let release!: (r: Response) => void;
      sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => (release = resolve)));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/studietoelage-2026"></loket-status-tracker>`);
      el.removeAttribute('src');
      await el.updateComplete;
      release(json(studyAllowance()));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(el.dossier, 'the old answer did not land').to.equal(undefined);
      expect(steps(el)).to.have.length(0);
      expect(q(el, '.load')).to.equal(null);
    });

    it('shows an error with a retry that loads the dossier and moves focus to its title', async () => {
      sinon.stub(console, 'warn');
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().resolves(json({ error: 'boom' }, 500));
      stub.onSecondCall().resolves(json({ error: 'still' }, 503));
      stub.onThirdCall().resolves(json(studyAllowance()));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/x"></loket-status-tracker>`);
      await waitUntil(() => q(el, '.err'), 'error state');
      expect(q(el, '.err')!.getAttribute('role')).to.equal('alert');
      expect(q(el, '.err p')!.textContent).to.equal(nl.loadError);
      await expectAccessible(el);
      // A retry that fails again leaves focus on the new retry button, not on the body.
      q<HTMLElement>(el, '.err loket-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => stub.callCount === 2 && q(el, '.err'), 'second error');
      await waitUntil(() => root(el).activeElement === q(el, '.err loket-button'), 'focus on the new retry button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => steps(el).length === 3, 'dossier after retry');
      await waitUntil(() => root(el).activeElement === q(el, '.t'), 'focus on the title');
      expect(q(el, '.err')).to.equal(null);
      expect(stub.callCount).to.equal(3);
    });

    it('treats malformed JSON and a network failure as errors', async () => {
      sinon.stub(console, 'warn');
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().resolves(new Response('<html>', { status: 200 }));
      stub.onSecondCall().rejects(new TypeError('Failed to fetch'));
      stub.onThirdCall().resolves(json({ title: 'zonder stappen' }));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/x"></loket-status-tracker>`);
      await waitUntil(() => q(el, '.err'), 'malformed');
      await el.reload();
      await el.updateComplete;
      expect(q(el, '.err')).to.exist;
      await el.reload();
      await el.updateComplete;
      expect(q(el, '.err')).to.exist;
      expect(q(el, 'ol')).to.equal(null);
    });

    it('announces a change after reload() and keeps the old dossier visible while loading', async () => {
      const next = decisionStep('current');
      let release!: (r: Response) => void;
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().resolves(json(studyAllowance()));
      stub.onSecondCall().callsFake(() => new Promise<Response>((resolve) => (release = resolve)));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/x"></loket-status-tracker>`);
      await waitUntil(() => steps(el).length === 3);
      const done = el.reload();
      await el.updateComplete;
      expect(q(el, '.load')).to.equal(null);
      expect(steps(el)).to.have.length(3);
      release(json(next));
      await done;
      await el.updateComplete;
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Huidige stap');
    });
  });

  describe('notification source', () => {
    class FakeSource {
      listeners = new Set<SnapshotListener>();
      snapshot = { items: [] as LoketNotification[], version: 0 } as unknown as NotificationSnapshot;
      subscribe(listener: SnapshotListener) {
        this.listeners.add(listener);
        listener(this.snapshot);
        return () => this.listeners.delete(listener);
      }
      push(dossierId: string, createdAtMs: number) {
        const item = { id: `n${createdAtMs}`, title: 'Status gewijzigd', createdAtMs, dossier: { id: dossierId, label: 'x' } } as LoketNotification;
        this.snapshot = { ...this.snapshot, items: [item, ...this.snapshot.items] };
        for (const l of this.listeners) l(this.snapshot);
      }
    }

    it('refetches src and announces when a newer notification for this dossier arrives', async () => {
      const next = decisionStep('current');
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().resolves(json(studyAllowance()));
      stub.onSecondCall().resolves(json(next));
      const source = new FakeSource();
      source.push('studietoelage-2026', 1000);
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker
        src="/api/dossiers/studietoelage-2026"
        dossier-id="studietoelage-2026"
        .source=${source as unknown as NotificationSource}
      ></loket-status-tracker>`);
      await waitUntil(() => steps(el).length === 3);
      expect(source.listeners.size).to.equal(1);
      source.push('renovatiepremie-2026', 2000);
      await el.updateComplete;
      expect(stub.callCount).to.equal(1);
      source.push('studietoelage-2026', 3000);
      await waitUntil(() => live(el) !== '', 'announcement');
      expect(stub.callCount).to.equal(2);
      expect(live(el)).to.equal('Status gewijzigd: Beslissing, Huidige stap');
      el.remove();
      expect(source.listeners.size).to.equal(0);
    });
  });

  describe('layout', () => {
    it('is horizontal when there is room and falls back to vertical when narrow', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div .style=${'width: 1200px'}>
        <loket-status-tracker layout="horizontal" .dossier=${studyAllowance()}></loket-status-tracker>
      </div>`);
      const el = wrap.querySelector('loket-status-tracker')!;
      expect(q(el, 'ol.h'), 'horizontal from the first render, not a frame later').to.exist;
      const [a, b] = steps(el).map((li) => li.getBoundingClientRect());
      expect(b.left).to.be.greaterThan(a.left);
      expect(Math.round(b.top)).to.equal(Math.round(a.top));
      // Every step's label sits right under its marker, however tall the tallest step is.
      const gaps = steps(el).map((li) => li.querySelector('.l')!.getBoundingClientRect().top - li.querySelector('.m')!.getBoundingClientRect().bottom);
      expect(Math.max(...gaps), `label gaps ${gaps}`).to.be.below(24);
      wrap.style.width = '320px';
      await waitUntil(() => q(el, 'ol.v'), 'vertical when narrow');
      const [c, d] = steps(el).map((li) => li.getBoundingClientRect());
      expect(d.top).to.be.greaterThan(c.top);
      expect(el.scrollWidth).to.be.at.most(320);
      // Still follows the width after being moved in the DOM.
      el.remove();
      wrap.append(el);
      wrap.style.width = '1200px';
      await waitUntil(() => q(el, 'ol.h'), 'horizontal again after reconnecting');
    });

    it('changes layout outside the ResizeObserver callback, so the browser reports no "ResizeObserver loop" error', async () => {
      // In a shrink-to-fit box the tracker is as wide as its content: turning horizontal widens it at once.
      const errors: string[] = [];
      const onError = (event: ErrorEvent): void => {
        errors.push(event.message);
        event.preventDefault();
      };
      window.addEventListener('error', onError);
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div .style=${'display: inline-block; min-width: 560px; max-width: 1200px'}>
          <loket-status-tracker layout="horizontal" .dossier=${studyAllowance()}></loket-status-tracker>
        </div>`);
        const el = wrap.querySelector('loket-status-tracker')!;
        await waitUntil(() => q(el, 'ol.h'), 'horizontal');
        for (let i = 0; i < 4; i += 1) await new Promise((r) => requestAnimationFrame(r));
        expect(q(el, 'ol.h'), 'still horizontal').to.exist;
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });

    it('stays vertical by default, even when wide', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div .style=${'width: 1200px'}><loket-status-tracker .dossier=${studyAllowance()}></loket-status-tracker></div>`);
      const el = wrap.querySelector('loket-status-tracker')!;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(q(el, 'ol.v')).to.exist;
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in every state, with the history open, horizontal and with a required action', async () => {
      const el = await create(allStates());
      await expectAccessible(el);
      const d = studyAllowance();
      const withHistory = await create(d);
      toggle(withHistory).click();
      await withHistory.updateComplete;
      await expectAccessible(withHistory);
      const wrap = await fixture<HTMLDivElement>(html`<div .style=${'width: 1200px'}>
        <loket-status-tracker layout="horizontal" .dossier=${allStates()}></loket-status-tracker>
      </div>`);
      const horizontal = wrap.querySelector('loket-status-tracker')!;
      await waitUntil(() => q(horizontal, 'ol.h'));
      await expectAccessible(horizontal);
    });

    it('has no axe violations while loading', async () => {
      sinon.stub(window, 'fetch').returns(new Promise<Response>(() => undefined));
      const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker src="/api/dossiers/x"></loket-status-tracker>`);
      await el.updateComplete;
      expect(q(el, '.load')).to.exist;
      await expectAccessible(el);
    });

    it('has no axe violations in all four languages, in every state', async () => {
      await forEachLocale(async (locale) => {
        const el = await create(allStates());
        const d = await create();
        toggle(d).click();
        await settle(d);
        await settle(el);
        expect(steps(el)[0].querySelector('.st')!.textContent).to.equal(catalogs[locale].statusTracker.states.done);
        await expectAccessible(el);
        await expectAccessible(d);
      });
    });
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a heading, then a list of steps each read with its state in words and the action as a link', async () => {
      const el = await create(allStates());
      const tree = await accessibilityTree(el);
      expect(find(tree, 'heading', 'Renovatiepremie').properties.level).to.equal(2);
      const steps = findAll(find(tree, 'list', nl.steps), 'listitem').map(spoken);
      const starts = [
        `Aanvraag ingediend ${nl.states.done} · `,
        `Facturen nagekeken ${nl.states.warning} · `,
        `Controle ter plaatse ${nl.states.current} `,
        `Uitbetaling ${nl.states.error} `,
        `Afgesloten ${nl.states.upcoming}`,
      ];
      expect(steps).to.have.length(starts.length);
      starts.forEach((start, i) => expect(steps[i].startsWith(start), `step ${i + 1} reads "${steps[i]}"`).to.be.true);
      expect(steps[2]).to.equal(`Controle ter plaatse ${nl.states.current} ${nl.action} kies een datum`);
      expect(find(tree, 'link', 'kies een datum')).to.exist;
    });
  });
});
