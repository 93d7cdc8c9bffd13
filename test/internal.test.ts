import type { ReactiveControllerHost } from 'lit';
import { JsonLoader } from '../src/internal/json-loader.js';
import { expect } from '@open-wc/testing';
import { safeUrl, withQuery } from '../src/internal/safe-url.js';
import { formatRelative, formatDate, parseDate } from '../src/internal/format.js';
import { resolveLocale } from '../src/i18n/index.js';
import { catalogs } from './support/catalogs.js';
import { LoketElement } from '../src/internal/loket-element.js';
import '../src/entries/badge.js';
import { tokenNames } from '../src/styles/tokens.generated.js';
import { testStyleNonce } from './support/csp.js';

describe('safeUrl', () => {
  it('keeps http(s), protocol-relative and relative URLs', () => {
    for (const url of ['https://www.vlaanderen.be/x?y=1', 'http://localhost:8080', '/inbox', 'dossiers/12', '?a=1', '#main', '//cdn.example/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('drops every other scheme, including obfuscated ones', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.be', '', '   ']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });

  it('adds query parameters, encoded, before a fragment', () => {
    expect(withQuery('/switch', { login_hint: 'a b&c' })).to.equal('/switch?login_hint=a+b%26c');
    expect(withQuery('/switch?x=1#top', { y: '2' })).to.equal('/switch?x=1&y=2#top');
  });
});

describe('relative time', () => {
  const now = new Date(2026, 10, 23, 18, 0);
  it('says today and yesterday with the time, in all four languages', () => {
    const today = new Date(2026, 10, 23, 17, 34);
    const yesterday = new Date(2026, 10, 22, 9, 12);
    expect(formatRelative(today, now, catalogs.nl)).to.equal('Vandaag om 17:34');
    expect(formatRelative(yesterday, now, catalogs.nl)).to.equal('Gisteren om 09:12');
    expect(formatRelative(today, now, catalogs.fr)).to.equal('Aujourd’hui à 17:34');
    expect(formatRelative(yesterday, now, catalogs.en)).to.equal('Yesterday at 09:12');
    expect(formatRelative(today, now, catalogs.de)).to.equal('Heute um 17:34');
  });

  it('gives older dates as day, month name and year', () => {
    const old = new Date(2017, 6, 3, 10, 0);
    expect(formatRelative(old, now, catalogs.nl)).to.equal('3 juli 2017');
    expect(formatRelative(old, now, catalogs.fr)).to.equal('3 juillet 2017');
    expect(formatRelative(old, now, catalogs.en)).to.equal('3 July 2017');
    expect(formatRelative(old, now, catalogs.de)).to.equal('3. Juli 2017');
  });

  it('handles the turn of a month and year for "yesterday"', () => {
    const newYear = new Date(2027, 0, 1, 8, 0);
    expect(formatRelative(new Date(2026, 11, 31, 23, 59), newYear, catalogs.nl)).to.equal('Gisteren om 23:59');
  });

  it('says the date is unknown for invalid input instead of "Invalid Date"', () => {
    expect(parseDate('not a date')).to.equal(undefined);
    expect(formatRelative('garbage', now, catalogs.nl)).to.equal('Datum onbekend');
    expect(formatDate(undefined, catalogs.en)).to.equal('Unknown date');
  });
});

describe('resolveLocale', () => {
  it('maps regional and odd-case tags and falls back to Dutch', () => {
    expect(resolveLocale('fr-BE')).to.equal('fr');
    expect(resolveLocale('DE')).to.equal('de');
    expect(resolveLocale('en_GB')).to.equal('en');
    expect(resolveLocale('es')).to.equal('nl');
    expect(resolveLocale('')).to.equal('nl');
    expect(resolveLocale(undefined)).to.equal('nl');
  });
});

describe('LoketElement.define', () => {
  it('warns instead of throwing when a tag is registered twice by different classes', () => {
    class First extends LoketElement {}
    class Second extends LoketElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      First.define('loket-test-twice');
      First.define('loket-test-twice');
      expect(warnings).to.have.length(0);
      expect(() => Second.define('loket-test-twice')).not.to.throw();
      expect(String(warnings[0])).to.contain('loket-test-twice');
      expect(customElements.get('loket-test-twice')).to.equal(First);
      // The other tags a second copy finds taken (its elements and their dependencies) add no more warnings.
      class FirstIcon extends LoketElement {}
      class FirstCard extends LoketElement {}
      class Icon extends LoketElement {}
      class Card extends LoketElement {
        static override dependencies = { 'loket-test-icon': Icon };
      }
      FirstIcon.define('loket-test-icon');
      FirstCard.define('loket-test-card');
      Card.define('loket-test-card');
      expect(warnings).to.have.length(1);
      expect(customElements.get('loket-test-card')).to.equal(FirstCard);
      expect(customElements.get('loket-test-icon')).to.equal(FirstIcon);
    } finally {
      console.warn = original;
    }
  });
});

describe('LoketElement over server-rendered content', () => {
  it('renders in place of a declarative shadow root\'s content, with its own styles, instead of beside it', async () => {
    const host = document.createElement('div');
    // What a server renderer sends: the shadow root's content and a style element, in a template.
    host.setHTMLUnsafe(
      `<loket-badge count="7" label="ongelezen meldingen"><template shadowrootmode="open"><style nonce="${testStyleNonce}">span { color: red }</style><span class="server">7</span></template></loket-badge>`,
    );
    const badge = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    expect(badge.shadowRoot?.querySelector('.server'), 'the parser attached the declarative shadow root').to.exist;
    document.body.append(host);
    try {
      await badge.updateComplete;
      const root = badge.shadowRoot!;
      expect(root.querySelector('.server')).to.equal(null);
      expect(root.querySelectorAll('style')).to.have.length(0);
      expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length, 'its own styles').to.be.above(0);
      expect(root.querySelectorAll('[part=base]'), 'one copy of its content').to.have.length(1);
      expect(root.textContent).to.contain('7');
    } finally {
      host.remove();
    }
  });
});

describe('tokens', () => {
  it('installs the defaults at zero specificity so a portal can override them on :root', async () => {
    class Probe extends LoketElement {}
    Probe.define('loket-test-probe');
    const el = document.createElement('loket-test-probe');
    document.body.append(el);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--loket-color-brand').trim().toUpperCase()).to.equal('#FFED00');
    const style = document.createElement('style');
    style.nonce = testStyleNonce;
    style.textContent = ':root { --loket-color-brand: #FFE615; }';
    document.head.append(style);
    expect(getComputedStyle(document.documentElement).getPropertyValue('--loket-color-brand').trim().toUpperCase()).to.equal('#FFE615');
    style.remove();
    el.remove();
    expect(tokenNames).to.include('--loket-focus-width');
  });
  it('installs them in a same-origin frame an element is moved into, without an error', async () => {
    class Mover extends LoketElement {}
    Mover.define('loket-test-mover');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      doc.body.append(doc.adoptNode(document.createElement('loket-test-mover')));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors).to.deep.equal([]);
      expect(frame.contentWindow!.getComputedStyle(doc.documentElement).getPropertyValue('--loket-color-brand').trim().toUpperCase()).to.equal('#FFED00');
    } finally {
      window.removeEventListener('error', onError);
      frame.remove();
    }
  });
});

describe('JsonLoader', () => {
  /** A host that records updates; enough for the controller. */
  const host = (): ReactiveControllerHost & { updates: number } => ({
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  });

  it('fails a load that gets no answer in time, and lets a later load succeed', async () => {
    const original = window.fetch;
    let answer: 'never' | 'json' = 'never';
    // A server that never answers, until it does; an aborted request rejects as fetch does.
    window.fetch = (_input, init) =>
      answer === 'json'
        ? Promise.resolve(Response.json({ ok: true }))
        : new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const failures: unknown[] = [];
    const data: unknown[] = [];
    try {
      const loader = new JsonLoader(host(), { url: () => '/api/slow', timeoutMs: 40, loaded: (d) => data.push(d), failed: (e) => (failures.push(e), 'error') });
      const first = loader.load();
      expect(loader.status).to.equal('loading');
      await first;
      expect(loader.status).to.equal('error');
      expect(failures).to.have.length(1);
      answer = 'json';
      await loader.load();
      expect(loader.status).to.equal('idle');
      expect(data).to.deep.equal([{ ok: true }]);
      // A load replaced by a newer one is no failure.
      answer = 'never';
      const replaced = loader.load();
      answer = 'json';
      await Promise.all([replaced, loader.load()]);
      expect(failures, 'the replaced load is not reported').to.have.length(1);
      expect(loader.status).to.equal('idle');
    } finally {
      window.fetch = original;
    }
  });
});

describe('component styles', () => {
  /** Rules that apply to every element of a shadow tree: `*`, or a pseudo-element with nothing before it. */
  const universal = (selector: string): boolean => selector.split(',').some((part) => /^\s*(\*|::?(before|after))/.test(part));

  it('never set a property to inherit on every element (it keeps Chromium from sharing computed styles)', async () => {
    await import('../src/index.js');
    const found: string[] = [];
    const tags = ['button', 'icon', 'badge', 'alert', 'pill', 'header', 'mandate-switcher', 'notifications', 'inbox', 'status-tracker', 'feedback', 'feedback-summary'];
    for (const tag of tags) {
      const element = customElements.get(`loket-${tag}`) as unknown as typeof LoketElement | undefined;
      expect(element, tag).to.exist;
      for (const style of element!.elementStyles) {
        const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet!;
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSStyleRule) || !universal(rule.selectorText)) continue;
          for (const name of rule.style) if (rule.style.getPropertyValue(name).trim() === 'inherit') found.push(`loket-${tag} ${rule.selectorText} { ${name} }`);
        }
      }
    }
    expect(found).to.deep.equal([]);
  });
});
