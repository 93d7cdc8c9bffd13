import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import '../src/entries/feedback.js';
import type { LoketFeedback, FeedbackPayload } from '../src/components/feedback/feedback.js';
import type { LoketButton } from '../src/components/button/button.js';
import { catalogs } from './support/catalogs.js';
import { expectFocus } from './support/focus.js';
import { expectAccessible } from './support/axe.js';
import { forEachLocale, settle } from './support/locale.js';
import { accessibilityTree, find, findAll, spoken } from './support/accessibility-tree.js';
import { chromium, describeInChromium } from './support/browser.js';

const nl = catalogs.nl.feedback;
const ENDPOINT = '/api/feedback';

const q = <T extends Element = HTMLElement>(el: LoketFeedback, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const dialog = (el: LoketFeedback) => q<HTMLDialogElement>(el, 'dialog');
const trigger = (el: LoketFeedback) => q<LoketButton>(el, '.trigger');
const radios = (el: LoketFeedback) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=rating]')];
const textarea = (el: LoketFeedback) => q<HTMLTextAreaElement>(el, 'textarea');
const submitButton = (el: LoketFeedback) => q<LoketButton>(el, 'loket-button[type=submit]');
/** The error shown after a failed send: a loket-alert whose text is the message. */
const failure = (el: LoketFeedback) => el.shadowRoot!.querySelector('loket-alert');
/** The focused element inside the component's shadow root (null when focus is outside it). */
const active = (el: LoketFeedback) => el.shadowRoot!.activeElement;

async function create(attrs: { placement?: string; context?: string; lang?: string } = {}): Promise<LoketFeedback> {
  return fixture<LoketFeedback>(html`<loket-feedback
    endpoint=${ENDPOINT}
    context=${attrs.context ?? 'dienstencheques'}
    placement=${attrs.placement ?? 'inline'}
  ></loket-feedback>`);
}

/** Two buttons for one endpoint (and `context`, when given) on one page: one inline, one fixed. */
async function twoButtons(context?: string): Promise<{ wrapper: HTMLDivElement; first: LoketFeedback; second: LoketFeedback }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <loket-feedback endpoint=${ENDPOINT} context=${ifDefined(context)}></loket-feedback>
    <loket-feedback endpoint=${ENDPOINT} context=${ifDefined(context)} placement="fixed"></loket-feedback>
  </div>`);
  const [first, second] = [...wrapper.querySelectorAll('loket-feedback')];
  return { wrapper, first, second };
}

async function type(el: LoketFeedback, text: string): Promise<void> {
  const field = textarea(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function submit(el: LoketFeedback): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

const created = () => new Response(JSON.stringify({ ok: true }), { status: 201, headers: { 'content-type': 'application/json' } });
const failing = (status: number) => new Response(JSON.stringify({ error: 'x' }), { status });
const bodyOf = (call: sinon.SinonSpyCall): FeedbackPayload => JSON.parse((call.args[1] as RequestInit).body as string);

/** A fetch that never answers until aborted (or released). */
function hangingFetch(): { stub: sinon.SinonStub; release: () => void } {
  let release = () => {};
  const stub = sinon.stub(window, 'fetch').callsFake(
    (_input, init) =>
      new Promise<Response>((resolve, reject) => {
        release = () => resolve(created());
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  );
  return { stub, release: () => release() };
}

describe('loket-feedback', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sinon.restore());

  describe('dialog and keyboard', () => {
    it('opens a labelled modal dialog from the button and moves focus to the rating', async () => {
      const el = await create();
      expect(trigger(el).textContent).to.equal('Geef feedback');
      expect(dialog(el).open).to.be.false;
      trigger(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'dialog did not open');
      expect(dialog(el).matches(':modal')).to.be.true;
      const title = q(el, `#${dialog(el).getAttribute('aria-labelledby')}`);
      expect(title.textContent).to.equal('Geef feedback');
      expectFocus(el, radios(el)[0]);
      expect(q(el, 'legend').textContent).to.equal('Hoe tevreden bent u over deze dienst?');
      expect(radios(el).map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '1 Zeer ontevreden',
        '2 Ontevreden',
        '3 Neutraal',
        '4 Tevreden',
        '5 Zeer tevreden',
      ]);
    });

    it('holds focus inside the dialog while tabbing, closes on Escape and returns focus to the button', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">voor</button>
        <loket-feedback endpoint=${ENDPOINT}></loket-feedback>
        <button id="after">na</button>
      </div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      trigger(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open);
      const outside = [wrapper.querySelector('#before'), wrapper.querySelector('#after')];
      for (let i = 0; i < 14; i += 1) {
        if (i % 3 === 2) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        } else await sendKeys({ press: 'Tab' });
        expect(outside).not.to.include(document.activeElement);
        const inner = active(el);
        if (inner) expect(dialog(el).contains(inner), `tab ${i} left the dialog`).to.be.true;
      }
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
      expect(document.activeElement === el, 'focus on the element').to.be.true;
      expectFocus(el, trigger(el));
    });

    it('sent while a rating has focus, the busy button takes the focus from the disabled ratings, so Escape still closes the dialog', async () => {
      const { stub, release } = hangingFetch();
      const el = await create();
      await el.show();
      expectFocus(el, radios(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      // Firefox sends on Enter in a radio group (implicit submission); Chromium and WebKit do not. send() is the same path.
      void el.send();
      expect(stub.called).to.be.true;
      await el.updateComplete;
      expect(radios(el)[1].disabled, 'ratings are disabled while it sends').to.be.true;
      expectFocus(el, submitButton(el));
      expect(submitButton(el).loading).to.be.true;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape while sending did not close the dialog');
      expectFocus(el, trigger(el));
      const sent = oneEvent(el, 'loket-feedback-sent');
      release();
      expect((await sent).detail.rating).to.equal(2);
    });

    it('moved or taken out of the page and back while open, it opens again as a modal dialog with what was typed', async () => {
      const el = await create();
      await el.show();
      radios(el)[2].click();
      await type(el, 'Halverwege');
      document.body.append(el); // a framework moves it, or a route is hidden and shown again
      await el.updateComplete;
      expect(dialog(el).open, 'not left open in the flow of the page').to.be.false;
      await el.show();
      expect(dialog(el).matches(':modal')).to.be.true;
      expect(textarea(el).value).to.equal('Halverwege');
      expect(radios(el)[2].checked).to.be.true;
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape does not close it');
      el.remove();
    });

    it('closes with the close button and returns focus to the trigger', async () => {
      const el = await create();
      trigger(el).click();
      await waitUntil(() => dialog(el).open);
      q<LoketButton>(el, '.head loket-button').click();
      expect(dialog(el).open).to.be.false;
      await nextFrame();
      expectFocus(el, trigger(el));
    });

    it('selects a rating with the arrow keys', async () => {
      const el = await create();
      await el.show();
      expectFocus(el, radios(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(radios(el)[3].checked).to.be.true;
      await sendKeys({ press: 'ArrowLeft' });
      expect(radios(el)[2].checked).to.be.true;
      expectFocus(el, radios(el)[2]);
      expect(JSON.parse(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#dienstencheques`)!).rating).to.equal(3);
    });

    it('counts characters, limits the comment to 2,000 and announces only near the limit', async () => {
      const el = await create();
      await el.show();
      radios(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expectFocus(el, textarea(el));
      await sendKeys({ type: 'Te traag' });
      await el.updateComplete;
      expect(q(el, '#count').textContent).to.equal('8 van 2.000 tekens');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('count');
      expect(textarea(el).maxLength).to.equal(2000);
      const live = q(el, '[aria-live=polite]');
      expect(live.textContent).to.equal('');
      await type(el, 'x'.repeat(1950));
      expect(live.textContent).to.equal('Nog 50 tekens');
      await type(el, 'x'.repeat(1951));
      expect(live.textContent, 'no new announcement within the same step').to.equal('Nog 50 tekens');
      await type(el, 'x'.repeat(2000));
      expect(live.textContent).to.equal('Nog 0 tekens');
      await type(el, 'kort');
      expect(live.textContent).to.equal('');
    });

    it('hides the honeypot from people and assistive technology and sends it only when filled', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(created());
      const el = await create();
      await el.show();
      const trap = q<HTMLInputElement>(el, '[name=website]');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      expect(trap.closest('[aria-hidden=true]')).to.exist;
      const box = trap.getBoundingClientRect();
      expect(box.right <= 0 || box.width <= 1).to.be.true;
      radios(el)[4].click();
      await submit(el);
      await waitUntil(() => stub.calledOnce);
      expect(bodyOf(stub.firstCall)).not.to.have.property('website');
      // Blank is empty, as the server reads it; filled in, it is sent as text.
      for (const [value, sent] of [['  \n ', undefined], [' https://spam.example ', 'https://spam.example']] as const) {
        await el.show();
        radios(el)[4].click();
        q<HTMLInputElement>(el, '[name=website]').value = value;
        await submit(el);
        await waitUntil(() => stub.callCount === (sent ? 3 : 2));
        expect(bodyOf(stub.lastCall).website, JSON.stringify(value)).to.equal(sent);
      }
    });
  });

  describe('validation', () => {
    it('requires a rating: inline error linked to the group and each radio, focus on the first radio, nothing sent', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(created());
      const el = await create();
      await el.show();
      await type(el, 'Geen score');
      textarea(el).focus();
      await submit(el);
      await waitUntil(() => q(el, '#error') !== null);
      const fieldset = q(el, 'fieldset');
      expect(fieldset.getAttribute('aria-describedby')).to.equal('error');
      expect(q(el, '#error').textContent).to.equal('Kies hoe tevreden u bent.');
      expectFocus(el, radios(el)[0]);
      // Focus is on a radio: the radio itself carries the error, as Chromium's tree shows.
      for (const radio of radios(el)) expect(radio.getAttribute('aria-invalid')).to.equal('true');
      if (chromium) expect(findAll(await accessibilityTree(dialog(el)), 'radio')[0].description).to.equal('Kies hoe tevreden u bent.');
      expect(stub.called).to.be.false;
      radios(el)[1].click();
      await el.updateComplete;
      expect(q(el, '#error')).to.be.null;
      expect(fieldset.hasAttribute('aria-describedby')).to.be.false;
      expect(radios(el).some((r) => r.hasAttribute('aria-invalid') || r.hasAttribute('aria-describedby'))).to.be.false;
    });
  });

  describe('never loses what was typed', () => {
    it('keeps a draft across closing the dialog and a reload, per endpoint and context', async () => {
      let el = await create();
      await el.show();
      radios(el)[3].click();
      await type(el, 'Het betalen lukte pas na drie keer.');
      el.hide();
      await el.show();
      expect(radios(el)[3].checked).to.be.true;
      expect(textarea(el).value).to.equal('Het betalen lukte pas na drie keer.');

      el.remove();
      el = await create(); // the "reload": a new element restores from sessionStorage
      await el.show();
      expect(radios(el)[3].checked).to.be.true;
      expect(textarea(el).value).to.equal('Het betalen lukte pas na drie keer.');

      const other = await create({ context: 'andere-dienst' });
      await other.show();
      expect(radios(other).some((r) => r.checked)).to.be.false;
      expect(textarea(other).value).to.equal('');
    });

    it('starts from an empty answer where a stored draft is broken or tampered with, and keeps what of it is sound', async () => {
      const key = `loket-feedback:${ENDPOINT}#dienstencheques`;
      const stub = sinon.stub(window, 'fetch').resolves(created());
      for (const rating of ['3', 2.5, 0, 6, null, -1]) {
        sessionStorage.setItem(key, JSON.stringify({ rating, comment: 'Bewaard', id: 'k1' }));
        const el = await create();
        await el.show();
        expect(radios(el).filter((r) => r.checked), `rating ${JSON.stringify(rating)}`).to.have.length(0);
        expect(textarea(el).value).to.equal('Bewaard');
        await submit(el);
        await waitUntil(() => q(el, '#error') !== null, `rating ${JSON.stringify(rating)} asks for a rating`);
        el.remove();
      }
      expect(stub.callCount, 'nothing sent').to.equal(0);
      sessionStorage.setItem(key, '{"rating": 4, "comment": "Afgebrok');
      const el = await create();
      await el.show();
      expect(radios(el).some((r) => r.checked)).to.be.false;
      expect(textarea(el).value).to.equal('');
    });

    it('two buttons for one endpoint and context share one draft: the second neither hides nor overwrites what was typed in the first', async () => {
      const { first, second } = await twoButtons('dienstencheques');
      await first.show();
      radios(first)[1].click();
      await type(first, 'De betaling bleef hangen.');
      first.hide();
      await second.show();
      expect(radios(second)[1].checked, 'the rating chosen in the first').to.be.true;
      expect(textarea(second).value).to.equal('De betaling bleef hangen.');
      await type(second, 'De betaling bleef hangen. Na een uur lukte het.');
      second.hide();
      expect(JSON.parse(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#dienstencheques`)!)).to.include({ rating: 2, comment: 'De betaling bleef hangen. Na een uur lukte het.' });
      await first.show();
      expect(textarea(first).value).to.equal('De betaling bleef hangen. Na een uur lukte het.');
      first.hide();

      // Sent from one: the other does not offer the same answers again.
      sinon.stub(window, 'fetch').callsFake(async () => created());
      await second.show();
      const sent = oneEvent(second, 'loket-feedback-sent');
      await submit(second);
      await sent;
      second.hide();
      await first.show();
      expect(radios(first).some((r) => r.checked)).to.be.false;
      expect(textarea(first).value).to.equal('');
    });

    it('without a context keeps the draft per page: a button on every page does not carry it to another page, the page\'s buttons share it', async () => {
      const here = location.href;
      const button = () => fixture<LoketFeedback>(html`<loket-feedback endpoint=${ENDPOINT}></loket-feedback>`);
      try {
        let el = await button();
        await el.show();
        radios(el)[0].click();
        await type(el, 'Het formulier op deze pagina loopt vast.');
        el.hide();
        el.remove();

        history.replaceState(null, '', '/andere-pagina.html');
        const { wrapper, first, second } = await twoButtons();
        await first.show();
        expect(radios(first).some((r) => r.checked), 'no rating from the other page').to.be.false;
        expect(textarea(first).value, 'no comment from the other page').to.equal('');
        radios(first)[4].click();
        await type(first, 'Hier lukt alles.');
        first.hide();
        await second.show();
        expect(radios(second)[4].checked, 'shared with the other button on this page').to.be.true;
        expect(textarea(second).value).to.equal('Hier lukt alles.');
        second.hide();
        wrapper.remove();

        history.replaceState(null, '', here);
        el = await button();
        await el.show();
        expect(radios(el)[0].checked, 'back on the first page: its draft').to.be.true;
        expect(textarea(el).value).to.equal('Het formulier op deze pagina loopt vast.');
      } finally {
        history.replaceState(null, '', here);
      }
    });

    it('keeps the answers in memory, shared by the page\'s buttons, when sessionStorage refuses them', async () => {
      const { first, second } = await twoButtons('vol');
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      await first.show();
      radios(first)[3].click();
      await type(first, 'Opslag vol');
      first.hide();
      await first.show();
      expect(textarea(first).value, 'the same dialog again').to.equal('Opslag vol');
      first.hide();
      await second.show();
      expect(radios(second)[3].checked).to.be.true;
      expect(textarea(second).value).to.equal('Opslag vol');
    });

    it('after a 500 keeps everything, offers a retry and the retry stores exactly one record', async () => {
      const stored = new Map<string, FeedbackPayload>();
      let calls = 0;
      const stub = sinon.stub(window, 'fetch').callsFake(async (_url, init) => {
        calls += 1;
        if (calls === 1) return failing(500);
        const body = JSON.parse(init!.body as string) as FeedbackPayload;
        stored.set(body.id, body);
        return created();
      });
      const el = await create();
      await el.show();
      radios(el)[1].click();
      await type(el, 'Formulier loopt vast');
      await submit(el);
      await waitUntil(() => failure(el) !== null, 'no error shown');
      expect(failure(el)!.textContent).to.equal(nl.failed);
      expect(radios(el)[1].checked).to.be.true;
      expect(textarea(el).value).to.equal('Formulier loopt vast');
      expect(submitButton(el).textContent).to.equal('Opnieuw proberen');
      expect(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#dienstencheques`)).to.contain('Formulier loopt vast');

      const sent = oneEvent(el, 'loket-feedback-sent');
      await submit(el);
      const event = await sent;
      expect(event.detail.rating).to.equal(2);
      expect(stub.callCount).to.equal(2);
      expect(bodyOf(stub.firstCall).id).to.equal(bodyOf(stub.secondCall).id);
      expect(stored.size).to.equal(1);
      expect([...stored.values()][0]).to.include({ rating: 2, comment: 'Formulier loopt vast', context: 'dienstencheques', lang: 'nl' });
      expect(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#dienstencheques`)).to.be.null;
    });

    it('reuses the idempotency key after a reload, and makes a new one when the answers change', async () => {
      const stub = sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
      let el = await create();
      await el.show();
      radios(el)[2].click();
      await submit(el);
      await waitUntil(() => failure(el) !== null);
      const first = bodyOf(stub.firstCall).id;
      el.remove();
      el = await create();
      await el.show();
      await submit(el);
      await waitUntil(() => stub.callCount === 2 && failure(el) !== null);
      expect(bodyOf(stub.secondCall).id).to.equal(first);
      await type(el, 'iets anders');
      await submit(el);
      await waitUntil(() => stub.callCount === 3);
      expect(bodyOf(stub.thirdCall).id).not.to.equal(first);
    });

    it('sends once on a double click', async () => {
      const { stub, release } = hangingFetch();
      const el = await create();
      await el.show();
      radios(el)[4].click();
      await el.updateComplete;
      const inner = submitButton(el).shadowRoot!.querySelector<HTMLElement>('.control')!;
      inner.click();
      inner.click();
      void el.send();
      await el.updateComplete;
      submitButton(el).click();
      expect(stub.callCount).to.equal(1);
      expect(submitButton(el).loading).to.be.true;
      release();
      await waitUntil(() => q(el, '[role=status]').textContent!.includes(nl.thanks));
      expect(stub.callCount).to.equal(1);
    });

    it('closed while sending, it thanks the reader when they open it again rather than show an empty form', async () => {
      const { release } = hangingFetch();
      const el = await create();
      await el.show();
      radios(el)[3].click();
      await type(el, 'Snel geregeld');
      await submit(el);
      // Closed while it sends (with the keyboard: a test above).
      el.hide();
      expect(dialog(el).open).to.be.false;
      const sent = oneEvent(el, 'loket-feedback-sent');
      release();
      await sent;
      await el.show();
      expect(q(el, '[role=status]').textContent).to.contain(nl.thanks);
      expect(textarea(el)).to.be.null;
      if (chromium) expect((await accessibilityTree(dialog(el))).description, 'what the dialog says when it opens').to.contain(nl.thanks);
      el.hide();
      await el.show();
      expect(q(el, '[role=status]').textContent, 'once').to.equal('');
      expect(textarea(el).value).to.equal('');
    });

    it('a context that changes while sending (a single-page app routes on) keeps the new context\'s draft', async () => {
      sessionStorage.setItem(`loket-feedback:${ENDPOINT}#andere-dienst`, JSON.stringify({ rating: 1, comment: 'Voor de andere dienst', id: '' }));
      const { stub, release } = hangingFetch();
      const el = await create();
      await el.show();
      radios(el)[4].click();
      await type(el, 'Voor dienstencheques');
      await submit(el);
      el.context = 'andere-dienst'; // the Back button while it sends: the app-wide button follows the route
      await el.updateComplete;
      const sent = oneEvent(el, 'loket-feedback-sent');
      release();
      expect((await sent).detail).to.include({ rating: 5, context: 'dienstencheques' });
      expect(bodyOf(stub.firstCall).comment).to.equal('Voor dienstencheques');
      expect(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#dienstencheques`), 'what was sent is no draft any more').to.be.null;
      expect(JSON.parse(sessionStorage.getItem(`loket-feedback:${ENDPOINT}#andere-dienst`)!)).to.include({ rating: 1, comment: 'Voor de andere dienst' });
      el.hide();
      await el.show();
      expect(textarea(el).value).to.equal('Voor de andere dienst');
    });

    it('gives up after 10 seconds with a timeout message and keeps the answers', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { stub } = hangingFetch();
      const el = await create();
      await el.show();
      radios(el)[0].click();
      await type(el, 'Traag');
      await submit(el);
      expect(stub.calledOnce).to.be.true;
      clock.tick(9999);
      await el.updateComplete;
      expect(failure(el)).to.be.null;
      clock.tick(1);
      clock.restore();
      await waitUntil(() => failure(el) !== null, 'no timeout error');
      expect(failure(el)!.textContent).to.equal(nl.timeout);
      expect(radios(el)[0].checked).to.be.true;
      expect(textarea(el).value).to.equal('Traag');
    });

    it('explains a 429 (too much feedback) and a 400', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(failing(429));
      const el = await create();
      await el.show();
      radios(el)[2].click();
      await submit(el);
      await waitUntil(() => failure(el) !== null);
      expect(failure(el)!.textContent).to.equal('U hebt te veel feedback verstuurd. Probeer het later opnieuw.');
      stub.resolves(failing(400));
      await submit(el);
      await waitUntil(() => failure(el)?.textContent === nl.rejected);
      expect(radios(el)[2].checked).to.be.true;
    });
  });

  describe('sending', () => {
    it('POSTs the protocol body: trimmed comment, page without query or fragment, resolved lang, context', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}?rijksregisternummer=85073003328${location.search.replace('?', '&')}#dossier-123`);
      try {
        const stub = sinon.stub(window, 'fetch').resolves(created());
        const el = await fixture<LoketFeedback>(html`<div lang="fr-BE">
          <loket-feedback endpoint="/api/feedback" context="dienstencheques-bestellen"></loket-feedback>
        </div>`).then((div) => div.querySelector('loket-feedback')!);
        await el.show();
        radios(el)[3].click();
        const hostile = '  <img src=x onerror="window.__pwned=1"> "quotes" & </textarea>  ';
        await type(el, hostile);
        await submit(el);
        await waitUntil(() => stub.calledOnce);
        const [url, init] = stub.firstCall.args as [string, RequestInit];
        expect(url).to.equal('/api/feedback');
        expect(init.method).to.equal('POST');
        expect(init.credentials).to.equal('same-origin');
        expect(new Headers(init.headers).get('content-type')).to.equal('application/json');
        const body = bodyOf(stub.firstCall);
        expect(body.page).to.equal(location.origin + location.pathname);
        expect(body.page).not.to.match(/[?#]/);
        expect(body).to.include({ rating: 4, comment: hostile.trim(), lang: 'fr', context: 'dienstencheques-bestellen' });
        expect(body.id).to.match(/^[\w-]{8,64}$/);
        expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('sends nothing without a usable endpoint, and leaves a malformed context out', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(created());
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        for (const endpoint of ['', 'javascript:alert(1)']) {
          const el = await fixture<LoketFeedback>(html`<loket-feedback endpoint=${endpoint} context="diensten"></loket-feedback>`);
          await el.show();
          radios(el)[3].click();
          await submit(el);
          await waitUntil(() => failure(el) !== null, `a failure for endpoint "${endpoint}"`);
          expect(radios(el)[3].checked, 'the answer is kept').to.be.true;
        }
        expect(stub.called, 'not even to the page itself').to.be.false;
        expect(warnings.filter((w) => w.includes('no usable endpoint'))).to.have.length(2);
        const el = await fixture<LoketFeedback>(html`<loket-feedback endpoint=${ENDPOINT} context="Dienst Cheques!"></loket-feedback>`);
        await el.show();
        radios(el)[3].click();
        await submit(el);
        await waitUntil(() => stub.calledOnce);
        expect(bodyOf(stub.firstCall)).not.to.have.property('context');
        expect(warnings.some((w) => w.includes('"Dienst Cheques!"'))).to.be.true;
      } finally {
        console.warn = warn;
        stub.restore();
      }
    });

    it('thanks the user in a status region, keeps the button and starts empty next time', async () => {
      sinon.stub(window, 'fetch').resolves(created());
      const el = await create();
      await el.show();
      radios(el)[4].click();
      await type(el, 'Top');
      await submit(el);
      await waitUntil(() => q(el, '[role=status]').textContent!.includes('Bedankt voor uw feedback'));
      expectFocus(el, q(el, '.end'));
      el.hide();
      await nextFrame();
      expect(trigger(el).isConnected).to.be.true;
      expectFocus(el, trigger(el));
      await el.show();
      expect(radios(el).some((r) => r.checked)).to.be.false;
      expect(textarea(el).value).to.equal('');
    });

    it('sends what it validated: a loket-feedback-submit listener cannot change the body', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(created());
      const el = await create();
      const refused: unknown[] = [];
      el.addEventListener('loket-feedback-submit', (event) => {
        const detail = event.detail as FeedbackPayload;
        const changes = [() => (detail.rating = 9), () => (detail.comment = 'x'.repeat(5000)), () => (detail.page = 'javascript:alert(1)'), () => delete detail.context];
        for (const change of changes) {
          try {
            change();
          } catch (error) {
            refused.push(error);
          }
        }
      });
      await el.show();
      radios(el)[3].click();
      await type(el, 'Duidelijk');
      const sent = oneEvent(el, 'loket-feedback-sent');
      await submit(el);
      const event = await sent;
      expect(refused.length, 'every change refused').to.equal(4);
      const body = bodyOf(stub.firstCall);
      expect(body).to.include({ rating: 4, comment: 'Duidelijk', context: 'dienstencheques', page: location.origin + location.pathname });
      expect(event.detail).to.deep.equal(body);
    });

    it('lets a cancelled loket-feedback-submit send nothing', async () => {
      const stub = sinon.stub(window, 'fetch').resolves(created());
      const el = await create();
      el.addEventListener('loket-feedback-submit', (event) => event.preventDefault());
      await el.show();
      radios(el)[4].click();
      const submitted = oneEvent(el, 'loket-feedback-submit');
      await submit(el);
      const event = await submitted;
      expect(event.detail.rating).to.equal(5);
      expect(event.cancelable && event.composed && event.bubbles).to.be.true;
      expect(stub.called).to.be.false;
      expect(radios(el)[4].checked).to.be.true;
    });
  });

  describe('fixed placement', () => {
    // A page longer than the viewport, shown from its top: the end-of-page rule does not apply.
    const tall = `height:${innerHeight * 3}px`;

    it('sits at the bottom right and moves aside when the focused element would be under it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div .style=${tall}>
        <button id="top">boven</button>
        <loket-feedback endpoint=${ENDPOINT} placement="fixed"></loket-feedback>
      </div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(innerWidth - box.right).to.be.within(8, 32);
      expect(innerHeight - box.bottom).to.be.within(8, 32);
      // The host lets clicks through around the button; the dialog must still take them.
      await el.show();
      const radio = radios(el)[2].getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(radio.left + radio.width / 2, radio.top + radio.height / 2)).to.equal(radios(el)[2]);
      el.hide();

      // A focusable element right where the button sits.
      const under = document.createElement('button');
      under.textContent = 'Betaal nu';
      under.style.cssText = `position:fixed;left:${box.left + 4}px;top:${box.top + 4}px;width:${box.width - 8}px;height:${box.height - 8}px`;
      wrapper.append(under);
      under.focus();
      await nextFrame();
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 400)); // the slide transition
      const r = under.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit, 'the focused element is obscured').to.equal(under);
      expect(trigger(el).classList.contains('tucked')).to.be.true;
      await expectAccessible(wrapper);

      wrapper.querySelector<HTMLButtonElement>('#top')!.focus();
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.false;

      // Keyboard users reaching the button itself get it back in full.
      under.focus();
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.true;
      trigger(el).focus();
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.false;
      under.remove();
    });

    it("moves aside for focus moving inside another component's shadow root (a bell's panel)", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div .style=${tall}><loket-feedback endpoint=${ENDPOINT} placement="fixed"></loket-feedback></div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      // Focus moving between two elements of one shadow root sends no focusin to the document.
      const panel = document.createElement('div');
      const root = panel.attachShadow({ mode: 'open' });
      root.innerHTML = '<button>Meldingen</button><a href="#all">Bekijk alle meldingen</a>';
      root.querySelector('a')!.style.cssText = `position:fixed;left:${box.left + 4}px;top:${box.top + 4}px`;
      wrapper.prepend(panel);
      root.querySelector('button')!.focus();
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.false;
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.localName).to.equal('a');
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.true;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root.activeElement?.localName).to.equal('button');
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked')).to.be.false;
    });

    it('moves aside when scrolling brings the focused element under it, and back when it scrolls away', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div .style=${`height:${innerHeight * 3}px;position:relative`}>
        <loket-feedback endpoint=${ENDPOINT} placement="fixed"></loket-feedback>
      </div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      await el.updateComplete;
      const box = el.getBoundingClientRect();
      // A field 400 px below the button's place on screen: not under it until the page scrolls by 400 px.
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Aantal cheques');
      const top = box.top + scrollY - wrapper.getBoundingClientRect().top - scrollY + 400;
      field.style.cssText = `position:absolute;left:${box.left + 4}px;top:${top}px;width:${box.width - 8}px;height:${box.height - 8}px`;
      wrapper.append(field);
      // Laid out before it is focused: WebKit scrolls an element focused in the task that inserted it into
      // view at the next layout, preventScroll or not.
      field.getBoundingClientRect();
      field.focus({ preventScroll: true });
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked'), `not tucked before scrolling (scrolled ${scrollY} px)`).to.be.false;
      const start = scrollY;
      scrollBy(0, 400);
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked'), 'tucked after scrolling').to.be.true;
      scrollTo(0, start);
      await nextFrame();
      await nextFrame();
      expect(trigger(el).classList.contains('tucked'), 'back after scrolling away').to.be.false;
      field.blur();
    });

    const frames = async (): Promise<void> => {
      await nextFrame();
      await nextFrame();
      await nextFrame();
    };
    /** An element fixed right where the button sits, as the page's last line would be at the end of the page. */
    const placeUnder = (el: LoketFeedback, node: HTMLElement): void => {
      const box = el.getBoundingClientRect();
      node.style.cssText = `position:fixed;left:${box.left - 40}px;top:${box.top + 2}px;width:${box.width + 40}px;margin:0;font-size:18px`;
    };

    it('moves aside at the end of the page while text is under it, and only there', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div .style=${tall}>
        <loket-feedback endpoint=${ENDPOINT} placement="fixed"></loket-feedback>
      </div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      await el.updateComplete;
      const line = document.createElement('p');
      line.textContent = 'Toegankelijkheidsverklaring en privacy: lees hoe wij met uw gegevens omgaan.';
      placeUnder(el, line);
      wrapper.append(line);
      scrollTo(0, 0);
      await frames();
      expect(trigger(el).classList.contains('tucked'), 'mid-page: the text can be scrolled clear').to.be.false;
      scrollTo(0, document.documentElement.scrollHeight);
      await frames();
      expect(trigger(el).classList.contains('tucked'), 'at the end, over text').to.be.true;
      // Nothing under it at the end of the page: the button stays.
      line.style.left = '0px';
      line.style.width = '100px';
      scrollBy(0, -1);
      scrollTo(0, document.documentElement.scrollHeight);
      await frames();
      expect(trigger(el).classList.contains('tucked'), 'at the end, nothing under it').to.be.false;
      scrollTo(0, 0);
    });

    it('moves aside on a page that fits the window while a link is under it, and back when the page grows', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <loket-feedback endpoint=${ENDPOINT} placement="fixed"></loket-feedback>
      </div>`);
      const el = wrapper.querySelector('loket-feedback')!;
      await el.updateComplete;
      const link = document.createElement('a');
      link.href = '#contact';
      link.textContent = 'Contact';
      placeUnder(el, link);
      wrapper.append(link);
      // No scroll or focus event: the page's size changed.
      await waitUntil(() => trigger(el).classList.contains('tucked'), 'tucked over the link');
      wrapper.style.height = `${innerHeight * 3}px`;
      await waitUntil(() => !trigger(el).classList.contains('tucked'), 'the page grew: its end is below');
    });

    it('stays in the flow when inline', async () => {
      const el = await create({ placement: 'inline' });
      expect(getComputedStyle(el).position).to.equal('static');
    });
  });

  describe('accessibility', () => {
    async function reach(el: LoketFeedback, state: string): Promise<void> {
      if (state === 'closed') return;
      await el.show();
      if (state === 'open') return;
      if (state === 'invalid') {
        await el.send();
        return;
      }
      radios(el)[3].click();
      await type(el, 'Duidelijk formulier');
      await el.send();
    }

    for (const state of ['closed', 'open', 'invalid', 'sending', 'failed', 'sent']) {
      it(`has no axe violations when ${state}, in every locale, inline and fixed`, async () => {
        await forEachLocale(async (locale) => {
          for (const placement of ['inline', 'fixed']) {
            sessionStorage.clear();
            sinon.restore();
            let release = () => {};
            if (state === 'sending') ({ release } = hangingFetch());
            else sinon.stub(window, 'fetch').resolves(state === 'failed' ? failing(503) : created());
            const el = await create({ placement });
            await settle(el);
            const pending = reach(el, state);
            if (state === 'sending') await waitUntil(() => q(el, 'loket-button[type=submit]')?.hasAttribute('loading'), 'never busy');
            else await pending;
            await el.updateComplete;
            if (state === 'failed') expect(failure(el)!.textContent).to.equal(catalogs[locale].feedback.failed);
            if (state === 'sent') expect(q(el, '[role=status]').textContent).to.contain(catalogs[locale].feedback.thanks);
            if (state === 'sending') expect(submitButton(el).loading).to.be.true;
            if (state !== 'closed') expect(q(el, 'legend, [role=status] strong').textContent).to.be.oneOf([catalogs[locale].feedback.question, catalogs[locale].feedback.thanks]);
            expect(trigger(el).textContent).to.equal(catalogs[locale].feedback.open);
            await expectAccessible(el);
            release();
            await pending;
            el.remove();
          }
        });
      });
    }
  });

  describeInChromium('what assistive technology gets (Chromium accessibility tree)', () => {
    it('a modal dialog named by its title; radios that read score and words; a field described by its count', async () => {
      const el = await create();
      trigger(el).click();
      await waitUntil(() => dialog(el).open, 'dialog did not open');
      const tree = await accessibilityTree(dialog(el));
      expect(tree.role).to.equal('dialog');
      expect(tree.name).to.equal(nl.open);
      expect(tree.properties.modal).to.be.true;
      const group = find(tree, 'group', nl.question);
      expect(findAll(group, 'radio').map((r) => r.name)).to.deep.equal(nl.ratings.map((label, i) => `${i + 1} ${label}`));
      const field = find(tree, 'textbox', nl.comment);
      expect(field.description).to.equal(q(el, '#count').textContent);
      expect(find(tree, 'button', nl.submit).properties.disabled).to.be.undefined;
    });

    it('a failed send: an assertive alert that starts with "Fout" and says what was kept', async () => {
      sinon.stub(window, 'fetch').resolves(failing(500));
      const el = await create();
      await el.show();
      radios(el)[3].click();
      await submit(el);
      await waitUntil(() => failure(el) !== null, 'no error shown');
      await aTimeout(200);
      const alert = find(await accessibilityTree(dialog(el)), 'alert');
      expect(alert.properties.live).to.equal('assertive');
      expect(spoken(alert)).to.equal(`Fout : ${nl.failed}`);
    });
  });
});
