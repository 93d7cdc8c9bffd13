import { expect } from '@open-wc/testing';
import { validateNotification, validateNotifications, validatePage } from '../src/data/index.js';

const good = {
  id: 'n1',
  title: '  De status van uw Studietoelage is gewijzigd ',
  body: 'Uw aanvraag is goedgekeurd.',
  sender: { id: 'studietoelagen', name: 'Studietoelagen' },
  createdAt: '2026-11-23T16:34:00Z',
  readAt: null,
  actionRequired: true,
  url: '/dossiers.html#studietoelage',
  dossier: { id: 'studietoelage-2026', label: 'Studietoelage 2025-2026' },
  onBehalfOf: { code: 'EA', identifier: '0123.456.789' },
};

describe('validateNotification', () => {
  it('keeps a good item, trimmed, with createdAtMs, frozen', () => {
    const item = validateNotification(good)!;
    expect(item.title).to.equal('De status van uw Studietoelage is gewijzigd');
    expect(item.createdAtMs).to.equal(Date.parse('2026-11-23T16:34:00Z'));
    expect(item).to.deep.include({ readAt: null, actionRequired: true, url: '/dossiers.html#studietoelage' });
    expect(item.dossier).to.deep.equal(good.dossier);
    expect(item.onBehalfOf).to.deep.equal(good.onBehalfOf);
    expect(Object.isFrozen(item)).to.equal(true);
  });

  it('rejects items without id, title, sender name or a parseable createdAt', () => {
    for (const bad of [null, 'x', [], { ...good, id: '' }, { ...good, id: {} }, { ...good, title: '   ' }, { ...good, title: 3 }, { ...good, sender: 'VAPH' }, { ...good, sender: { id: 'x' } }, { ...good, createdAt: 'gisteren' }, { ...good, createdAt: 1700000000 }]) {
      expect(validateNotification(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('drops non-http(s) urls and wrong optional fields without rejecting the item', () => {
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', 42]) {
      const item = validateNotification({ ...good, url })!;
      expect(item, String(url)).to.not.equal(undefined);
      expect(item.url).to.equal(undefined);
    }
    const item = validateNotification({ ...good, actionRequired: 'yes', readAt: 'soon', dossier: { id: 'x' }, onBehalfOf: { code: 'XX' }, body: 7 })!;
    expect(item).to.deep.include({ actionRequired: false, readAt: null });
    expect(item.dossier).to.equal(undefined);
    expect(item.onBehalfOf).to.equal(undefined);
    expect(item.body).to.equal(undefined);
  });

  it('turns numeric ids into strings, keeps a valid readAt and limits lengths', () => {
    const item = validateNotification({ ...good, id: 42, readAt: '2026-11-23T17:00:00Z', title: 'x'.repeat(5000), body: 'y'.repeat(9000) })!;
    expect(item.id).to.equal('42');
    expect(item.readAt).to.equal('2026-11-23T17:00:00Z');
    expect(item.title.length).to.equal(300);
    expect(item.body!.length).to.equal(2000);
  });

  it('keeps markup as plain text (rendering escapes it)', () => {
    expect(validateNotification({ ...good, title: '<img src=x onerror=alert(1)>' })!.title).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('validateNotifications / validatePage', () => {
  it('skips malformed items and warns once with the count', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const items = validateNotifications([good, { id: 'x' }, 3, { ...good, id: 'n2' }, null]);
      expect(items.map((i) => i.id)).to.deep.equal(['n1', 'n2']);
      expect(validateNotifications([good])).to.have.length(1);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.match(/3/);
  });

  it('accepts a page and refuses an unusable shape', () => {
    const page = validatePage({ items: [good], nextCursor: 'abc', unreadCount: 4.7 })!;
    expect(page.items).to.have.length(1);
    expect(page.nextCursor).to.equal('abc');
    expect(page.unreadCount).to.equal(4);
    expect(validatePage({ items: [], nextCursor: 5, unreadCount: -3 })).to.deep.equal({ items: [], nextCursor: null, unreadCount: 0 });
    expect(validatePage({ items: 'nope' })).to.equal(undefined);
    expect(validatePage([good])).to.equal(undefined);
    expect(validatePage(null)).to.equal(undefined);
  });
});
