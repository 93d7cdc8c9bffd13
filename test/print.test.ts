import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/entries/alert.js';
import '../src/entries/pill.js';
import '../src/entries/header.js';
import '../src/entries/notifications.js';
import '../src/entries/inbox.js';
import '../src/entries/status-tracker.js';
import type { LoketInbox } from '../src/components/inbox/inbox.js';
import type { LoketHeader } from '../src/components/header/header.js';
import type { LoketStatusTracker } from '../src/entries/status-tracker.js';
import { FakeSource, makeNotifications } from './support/fake-source.js';
import { describeInChromium } from './support/browser.js';
import { settle } from './support/locale.js';
import { until } from './support/fake-notifications.js';
import { citizen } from './support/profiles.js';

// A printed page (a dossier's status, the inbox) keeps what it says and drops what only a screen can use:
// buttons to press, the bell, the menu, collapsed history. Print media is emulated through Chromium's
// DevTools protocol.

const shown = (el: Element | null | undefined): boolean => !!el && el.getClientRects().length > 0;
const inner = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describeInChromium('on paper (print media)', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  async function printed<T extends Element>(el: T): Promise<T> {
    await emulateMedia({ media: 'print' });
    if (!matchMedia('print').matches) throw new Error('print emulation did not take effect');
    return el;
  }

  it('an alert keeps its message and drops its close button; a pill keeps its text and drops its remove button', async () => {
    const box = await fixture(html`<div>
      <loket-alert closable heading="Onderhoud">Zondag van 8 tot 10 uur is de Beveiligde Zone niet bereikbaar.</loket-alert>
      <loket-pill removable>Studietoelagen</loket-pill>
    </div>`);
    const [alert, pill] = [box.querySelector('loket-alert')!, box.querySelector('loket-pill')!];
    await Promise.all([(alert as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete, (pill as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete]);
    expect(shown(inner(alert, '.close')), 'on screen').to.be.true;
    expect(shown(inner(pill, '.remove')), 'on screen').to.be.true;
    await printed(box);
    expect(shown(inner(alert, '.close'))).to.be.false;
    expect(shown(inner(pill, '.remove'))).to.be.false;
    expect(shown(alert) && shown(pill)).to.be.true;
  });

  it('the header keeps Vlaanderen, the host and the application, without skip link, bell, menu or tools', async () => {
    const source = new FakeSource({ items: makeNotifications(3) });
    const el = await fixture<LoketHeader>(html`<loket-header application-name="Dienstencheques" skip-to="main" .profile=${citizen()}>
      <span slot="host">Beveiligde Zone</span>
      <a slot="links" href="/dossiers.html">Mijn dossiers</a>
      <loket-notifications slot="notifications" .source=${source}></loket-notifications>
    </loket-header>`);
    await settle(el);
    const bell = el.querySelector('loket-notifications')!;
    await printed(el);
    for (const selector of ['.vl', '.app']) expect(shown(inner(el, selector)), selector).to.be.true;
    expect(shown(el.querySelector('[slot=host]')), 'host').to.be.true;
    for (const selector of ['.skip', '.menu', '.tools', '.who']) expect(shown(inner(el, selector)), selector).to.be.false;
    expect(shown(el.querySelector('[slot=links]')), 'the portal\'s links').to.be.false;
    expect(shown(bell), 'bell').to.be.false;
  });

  it('a status tracker prints its history open', async () => {
    const el = await fixture<LoketStatusTracker>(html`<loket-status-tracker
      .dossier=${{
        title: 'Studietoelage 2025-2026',
        steps: [{ id: 'ingediend', label: 'Aanvraag ingediend', status: 'done' }],
        history: [{ date: '2026-03-02T10:15:00+01:00', label: 'Aanvraag ontvangen' }],
      }}
    ></loket-status-tracker>`);
    await el.updateComplete;
    expect(shown(inner(el, '#h')), 'collapsed on screen').to.be.false;
    await printed(el);
    expect(shown(inner(el, '#h'))).to.be.true;
    expect(inner(el, '#h')!.textContent).to.contain('Aanvraag ontvangen');
  });

  it('the inbox prints every loaded row, one after the other, in order, without controls or blank virtual height, and says where it stops', async () => {
    // 300 of 400 loaded: the list goes on.
    const source = new FakeSource({ items: makeNotifications(400, 40), pageSize: 300 });
    const el = await fixture<LoketInbox>(html`<loket-inbox .source=${source}></loket-inbox>`);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const canvas = inner(el, '.canvas')!;
    expect(canvas.getBoundingClientRect().height, 'the virtual height on screen').to.be.above(20000);
    const onScreen = el.shadowRoot!.querySelectorAll('.row').length;
    expect(onScreen, 'a window of rows on screen').to.be.within(4, 40);
    await printed(el);
    // The media change reaches the inbox as an event, and all rows come in the update that follows. (Left to
    // its ResizeObserver, the window would only grow a few rows a frame, as the viewport lost its height: a
    // real print, laid out once, would get the first few.)
    for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
    expect(rows.length, 'every loaded row').to.equal(300);
    const tops = rows.map((row) => row.getBoundingClientRect().top);
    const heights = rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0);
    expect(tops, 'one after the other').to.deep.equal([...tops].sort((a, b) => a - b));
    expect(rows.map((row) => Number(row.getAttribute('aria-posinset')))).to.deep.equal(rows.map((_, i) => i + 1));
    expect(rows.at(-1)!.dataset.key, 'the last loaded row').to.equal(source.snapshot.items[299].id);
    expect(canvas.getBoundingClientRect().height, 'the rows, not the virtual list').to.be.closeTo(heights, 2);
    expect(inner(el, '.viewport')!.scrollHeight, 'nothing clipped').to.equal(inner(el, '.viewport')!.clientHeight);
    for (const selector of ['.tools', '.toggle', '.more', '[role=tab][aria-selected=false]']) expect(shown(inner(el, selector)), selector).to.be.false;
    expect(shown(inner(el, '[role=tab][aria-selected=true]')), 'which filter was printed').to.be.true;
    const note = inner(el, '.viewport > .state')!;
    expect(shown(note) && note.textContent, 'where the paper stops').to.contain('Afgedrukt: 300 geladen meldingen');
    expect(note.getBoundingClientRect().top, 'under the last row').to.be.at.least(rows.at(-1)!.getBoundingClientRect().bottom);
    await emulateMedia({ media: 'screen' });
    // Rows measured on paper may differ in height from the screen's: the window's size may differ by a row or two.
    await until(() => el.shadowRoot!.querySelectorAll('.row').length < 40);
    expect(el.shadowRoot!.querySelectorAll('.row').length, 'a window again on screen').to.be.within(4, 40);
  });
});
