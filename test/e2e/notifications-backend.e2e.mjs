// The embedded notification backend (demo/server/routes/notifications.mjs) over HTTP, no browser.
// Run: node --test test/e2e/notifications-backend.e2e.mjs
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { postJson, startDemo } from './support.mjs';

const { TextDecoderStream, AbortSignal } = globalThis;

let demo;
let api;
before(async () => {
  demo = await startDemo();
  api = `${demo.url}api/notifications`;
});
after(() => demo.close());
beforeEach(async () => {
  await post('/_reset');
  demo.context.activeIdentity = undefined;
});

const get = async (query = '') => {
  const res = await fetch(`${api}${query}`);
  return { status: res.status, body: await res.json() };
};
const post = (path, body) => postJson(`${api}${path}`, body);
const all = async (filter = 'all', limit = 7) => {
  const out = [];
  let cursor = null;
  do {
    const { body } = await get(`?limit=${limit}&filter=${filter}${cursor ? `&before=${cursor}` : ''}`);
    out.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return out;
};

/** A minimal SSE client on fetch. */
function sse(headers = {}, query = '') {
  const ctrl = new AbortController();
  const events = [];
  const waiters = [];
  const ready = fetch(`${api}/stream${query}`, { headers, signal: ctrl.signal }).then(async (res) => {
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) {
        stream.ended = true;
        for (const w of waiters.splice(0)) w();
        break;
      }
      buf += value;
      let at;
      while ((at = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, at);
        buf = buf.slice(at + 2);
        const ev = {};
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) ev.id = line.slice(4);
          if (line.startsWith('event: ')) ev.type = line.slice(7);
          if (line.startsWith('data: ')) ev.data = JSON.parse(line.slice(6));
        }
        if (ev.type) events.push(ev);
        for (const w of waiters.splice(0)) w();
      }
    }
  });
  ready.catch(() => undefined);
  const stream = {
    /** True once the server closed the stream. */
    ended: false,
    events,
    async until(pred, ms = 2000) {
      const end = Date.now() + ms;
      while (!pred(events)) {
        if (Date.now() > end) throw new Error(`timed out; got ${JSON.stringify(events)}`);
        await new Promise((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      }
    },
    close: () => ctrl.abort(),
  };
  return stream;
}

test('pages are newest first, cursors walk every item once, unreadCount is per identity', async () => {
  const first = await get('?limit=5');
  assert.equal(first.status, 200);
  assert.equal(first.body.items.length, 5);
  assert.equal(first.body.items[0].title, 'De status van uw Studietoelage is gewijzigd');
  assert.equal(typeof first.body.nextCursor, 'string');
  const items = await all();
  assert.ok(items.length >= 25, `at least 25 citizen items, got ${items.length}`);
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'no duplicates across pages');
  for (let i = 1; i < items.length; i += 1) assert.ok(items[i - 1].createdAt >= items[i].createdAt, 'newest first');
  assert.ok(items.every((i) => !i.onBehalfOf), 'the citizen sees only their own items');
  assert.equal(first.body.unreadCount, items.filter((i) => i.readAt === null).length);
  const last = await get(`?limit=100`);
  assert.equal(last.body.nextCursor, null);
  assert.equal((await get('?limit=1000')).body.items.length, items.length, 'limit clamps to 100, which covers all');
  assert.equal((await get('?limit=abc')).status, 400);
  assert.equal((await get('?filter=everything')).status, 400);
  assert.equal((await get('?before=%%%')).status, 400);
});

test('filters unread and action, and identities see their own items', async () => {
  const unread = await all('unread', 3);
  assert.ok(unread.length > 0 && unread.every((i) => i.readAt === null));
  const action = await all('action', 3);
  assert.ok(action.some((i) => i.title === 'Actie vereist in uw dossier Renovatiepremie'));
  assert.ok(action.every((i) => i.actionRequired === true));
  demo.context.activeIdentity = { onBehalfOf: { code: 'EA', name: 'Poetsbedrijf Proper', identifier: '0123456789' } };
  const company = await all();
  assert.ok(company.length >= 3);
  assert.ok(company.every((i) => i.onBehalfOf?.code === 'EA'));
  const { body } = await get();
  assert.equal(body.unreadCount, company.filter((i) => i.readAt === null).length);
});

test('read, unread and read-all change state and unreadCount; read-all only before `before`', async () => {
  const { body } = await get('?filter=unread&limit=100');
  const count = body.unreadCount;
  const id = body.items[0].id;
  assert.equal((await post(`/${id}/read`)).status, 204);
  assert.equal((await get()).body.unreadCount, count - 1);
  assert.equal((await post(`/${id}/read`)).status, 204, 'idempotent');
  assert.equal((await get()).body.unreadCount, count - 1);
  assert.equal((await post(`/${id}/unread`)).status, 204);
  assert.equal((await get()).body.unreadCount, count);
  assert.equal((await post('/nope/read')).status, 404);

  const oldest = body.items[body.items.length - 1];
  const newest = body.items[0];
  assert.equal((await post('/read-all', { before: 'gisteren' })).status, 400);
  assert.equal((await post('/read-all', { before: newest.createdAt })).status, 204);
  const after = await all();
  assert.equal(after.find((i) => i.id === newest.id).readAt, null, 'created at `before`: not before it');
  assert.notEqual(after.find((i) => i.id === oldest.id).readAt, null);
  assert.equal((await get()).body.unreadCount, 1);
});

test('push validates (400 with a reason) and streams the new item live', async () => {
  const stream = sse();
  await new Promise((r) => setTimeout(r, 100));
  for (const bad of [undefined, { title: '' }, { title: 'x' }, { title: 'x', sender: { name: 'A' }, url: 'javascript:alert(1)' }, { title: 'x', sender: { name: 'A' }, onBehalfOf: { code: 'XX' } }]) {
    const res = await post('', bad);
    assert.equal(res.status, 400, JSON.stringify(bad));
    assert.equal(typeof (await res.json()).error, 'string');
  }
  const res = await post('', { title: 'Testmelding', sender: { name: 'Studietoelagen' }, url: '/dossiers.html#studietoelage-2026', actionRequired: true });
  assert.equal(res.status, 201);
  const item = await res.json();
  assert.match(item.id, /^n-/);
  assert.equal(item.readAt, null);
  assert.equal(item.sender.id, 'studietoelagen');
  await stream.until((evs) => evs.some((e) => e.type === 'notification' && e.data.id === item.id) && evs.some((e) => e.type === 'unread-count'));
  assert.equal((await get('?limit=1')).body.items[0].id, item.id);
  stream.close();
});

test('the stream honours Last-Event-ID by replaying missed events', async () => {
  const first = sse();
  await new Promise((r) => setTimeout(r, 100));
  await post('', { title: 'Eerste', sender: { name: 'VAPH' } });
  await first.until((evs) => evs.some((e) => e.type === 'unread-count'));
  const lastId = first.events[first.events.length - 1].id;
  first.close();
  await post('', { title: 'Gemist', sender: { name: 'VAPH' } });
  const { body } = await get('?limit=1');
  await post(`/${body.items[0].id}/read`);
  const resumed = sse({ 'last-event-id': lastId });
  await resumed.until((evs) => evs.some((e) => e.type === 'read'));
  const types = resumed.events.map((e) => e.type);
  assert.ok(resumed.events.some((e) => e.type === 'notification' && e.data.title === 'Gemist'));
  assert.ok(!resumed.events.some((e) => e.type === 'notification' && e.data.title === 'Eerste'), 'nothing before Last-Event-ID');
  assert.ok(types.includes('unread-count'));
  assert.ok(resumed.events.every((e) => Number(e.id) > Number(lastId)));
  resumed.close();
  const viaQuery = sse({}, `?lastEventId=${lastId}`);
  await viaQuery.until((evs) => evs.some((e) => e.data?.title === 'Gemist'));
  viaQuery.close();
});

test('company events do not reach the citizen stream', async () => {
  const stream = sse();
  await new Promise((r) => setTimeout(r, 100));
  await post('', { title: 'Voor het bedrijf', sender: { name: 'Dienstencheques' }, onBehalfOf: { code: 'EA', identifier: '0123.456.789' } });
  await post('', { title: 'Voor de burger', sender: { name: 'VAPH' } });
  await stream.until((evs) => evs.some((e) => e.data?.title === 'Voor de burger'));
  assert.ok(!stream.events.some((e) => e.data?.title === 'Voor het bedrijf'));
  stream.close();
});

test('faults: status on read, malformed pages and items, dropped streams, stream status, delay', async () => {
  assert.equal((await post('/_faults', { read: 500, malformedPage: 1, malformedItems: 1 })).status, 204);
  const res = await fetch(`${api}?limit=1`);
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.throws(() => JSON.parse(text), SyntaxError);
  const { body: withJunk } = await get('?limit=2');
  assert.equal(withJunk.items.length, 5, 'two real items and three malformed ones');
  assert.ok(withJunk.items.some((i) => i.url === 'javascript:alert(1)'));
  const id = withJunk.items[0].id;
  assert.equal((await post(`/${id}/read`)).status, 500);
  assert.equal((await post(`/${id}/read`)).status, 204, 'the fault fires once');
  await post('/_faults', { unread: { status: 503, count: 2 } });
  assert.equal((await post(`/${id}/unread`)).status, 503);
  assert.equal((await post(`/${id}/unread`)).status, 503);
  assert.equal((await post(`/${id}/unread`)).status, 204);

  const stream = sse();
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(stream.ended, false);
  await post('/_faults', { dropStream: true });
  await stream.until(() => stream.ended);
  const after = await fetch(`${api}/stream`, { signal: AbortSignal.timeout(500) }).catch(() => undefined);
  assert.equal(after?.status, 200, 'a new stream opens after the drop');
  await post('/_faults', { streamStatus: 404 });
  assert.equal((await fetch(`${api}/stream`)).status, 404);
  await post('/_faults', { delayMs: 150 });
  const t = Date.now();
  await get();
  assert.ok(Date.now() - t >= 140, 'delayed');
  assert.deepEqual((await (await fetch(`${api}/_faults`)).json()).delayMs, 150);
  await post('/_reset');
  assert.deepEqual(await (await fetch(`${api}/_faults`)).json(), {});
  assert.equal((await fetch(`${api}/stream`, { signal: AbortSignal.timeout(500) }).catch(() => undefined))?.status, 200);
});

test('_seed adds many items for benchmarks', async () => {
  const res = await post('/_seed', { count: 10000 });
  assert.deepEqual(await res.json(), { added: 10000 });
  const { body } = await get('?limit=100&filter=all');
  assert.equal(body.items.length, 100);
  assert.ok(body.unreadCount > 2500);
});
