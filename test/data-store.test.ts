import { expect, waitUntil } from '@open-wc/testing';
import { NotificationStore, type StoreOptions } from '../src/data/index.js';
import type { NotificationSnapshot } from '../src/data/types.js';
import { FakeEventSource, FakeServer, MemoryStorage, at, fakeStoreOptions, makeItem, settle, until } from './support/fake-notifications.js';

const ENDPOINT = `${location.origin}/api/notifications`;
const stores: NotificationStore[] = [];
const unsubs: (() => void)[] = [];

function setup(server: FakeServer, options: StoreOptions = {}): NotificationStore {
  const store = new NotificationStore(ENDPOINT, fakeStoreOptions(server, options));
  stores.push(store);
  return store;
}
function live(store: NotificationStore): NotificationSnapshot[] {
  const seen: NotificationSnapshot[] = [];
  unsubs.push(store.subscribe((s) => seen.push(s)));
  return seen;
}
const ids = (s: NotificationSnapshot): string[] => s.items.map((i) => i.id);
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const posts = (server: FakeServer): number => server.calls.filter((c) => c.method === 'POST').length;
const sentTo = (server: FakeServer, path: string) => server.calls.filter((c) => c.method === 'POST' && c.url.pathname.endsWith(path));

/**
 * A store, watched, its first page loaded and its stream open, whose server takes each action at once
 * but holds the answer back: `answer()` waits until the server took the next one and lets its answer go.
 */
async function answersHeld(server: FakeServer): Promise<{ store: NotificationStore; taken: () => Promise<void>; answer: () => Promise<void> }> {
  const held: (() => void)[] = [];
  const store = setup(server, {
    fetch: async (input, init) => {
      const response = await server.fetch(input, init);
      if (init?.method === 'POST') await new Promise<void>((r) => held.push(r));
      return response;
    },
  });
  live(store);
  await store.load();
  FakeEventSource.last.open();
  const taken = async (): Promise<void> => {
    await until(() => held.length > 0);
  };
  return { store, taken, answer: async () => (await taken(), held.shift()!()) };
}

/** A store with an offline queue in storage, its first page loaded, watched, and its server just gone offline. */
async function offlineStore(count: number): Promise<{ server: FakeServer; storage: MemoryStorage; store: NotificationStore }> {
  const server = new FakeServer(range(1, count).map((n) => makeItem(n)));
  const storage = new MemoryStorage();
  const store = setup(server, { storage });
  live(store);
  await store.load();
  server.offline = true;
  return { server, storage, store };
}

/** The server answers again and the page hears it is online. */
async function backOnline(server: FakeServer): Promise<void> {
  server.offline = false;
  window.dispatchEvent(new Event('online'));
  await settle();
}

afterEach(() => {
  for (const u of unsubs.splice(0)) u();
  stores.length = 0;
  FakeEventSource.instances = [];
});

describe('NotificationStore: pages', () => {
  it('loads the first page newest first with the server unread count, then pages by cursor', async () => {
    const server = new FakeServer(range(1, 45).map((n) => makeItem(n, { readAt: n % 3 === 0 ? at(n + 1) : null })));
    const store = setup(server);
    await store.load();
    let s = store.snapshot;
    expect(ids(s)).to.deep.equal(range(26, 45).reverse().map((n) => `n${n}`));
    expect(s.pages.all).to.include({ status: 'ready', nextCursor: `${at(26)}|n26`, complete: false });
    expect(s.unreadCount).to.equal(30);
    expect(server.calls[0].url.searchParams.get('limit')).to.equal('20');
    expect(server.calls[0].url.searchParams.get('filter')).to.equal('all');

    // Concurrent loadMore calls share one request.
    await Promise.all([store.loadMore(), store.loadMore(), store.loadMore()]);
    expect(server.calls.filter((c) => c.url.searchParams.get('before') === `${at(26)}|n26`)).to.have.length(1);
    expect(store.snapshot.items).to.have.length(40);
    await store.loadMore();
    s = store.snapshot;
    expect(s.items).to.have.length(45);
    expect(s.pages.all.complete).to.equal(true);
    expect(s.unreadCount).to.equal(s.items.filter((i) => i.readAt === null).length);
    const before = server.calls.length;
    await store.loadMore();
    expect(server.calls.length, 'no request once complete').to.equal(before);
  });

  it('keeps per-filter page state', async () => {
    const server = new FakeServer(range(1, 30).map((n) => makeItem(n, { actionRequired: n % 10 === 0 })));
    const store = setup(server);
    await store.load('action');
    const s = store.snapshot;
    expect(s.pages.action).to.include({ status: 'ready', complete: true });
    expect(s.pages.all.status).to.equal('idle');
    expect(ids(s)).to.deep.equal(['n30', 'n20', 'n10']);
  });

  it('marks a malformed page as an error and recovers on retry', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server);
    server.faults.page = [500];
    await store.load();
    expect(store.snapshot.pages.all).to.deep.include({ status: 'error', error: { kind: 'server', status: 500 } });
    await store.retry();
    expect(store.snapshot.pages.all.status).to.equal('ready');
    expect(ids(store.snapshot)).to.deep.equal(['n1']);
  });

  it('skips malformed and unsafe items with one warning per batch', async () => {
    const server = new FakeServer([makeItem(1)]);
    server.junk = [{ id: 'x' }, null, { ...makeItem(2), url: 'javascript:alert(1)' }, { ...makeItem(3), createdAt: 'gisteren' }];
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const store = setup(server);
      await store.load();
      expect(ids(store.snapshot)).to.deep.equal(['n2', 'n1']);
      expect(store.snapshot.items[0].url).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('3');
  });
});

describe('NotificationStore: reset (another identity)', () => {
  it('forgets the previous identity, drops its late answers, loads the new one and ignores a repeat', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    let hold: Promise<void> | undefined;
    const gated: typeof fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      if (hold) await hold;
      return response;
    };
    const store = setup(server, { fetch: gated });
    const seen = live(store);
    await store.load();
    expect(ids(store.snapshot)).to.deep.equal(['n3', 'n2', 'n1']);

    // An answer for the citizen is on its way when the person switches to their company.
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    const late = store.load('unread');
    await settle();
    server.items = new Map([makeItem(10, { onBehalfOf: { code: 'EA', identifier: '0123456789' } }), makeItem(11)].map((i) => [i.id, i]));
    store.reset('EA:0123456789');
    hold = undefined;
    let s = store.snapshot;
    expect(s.items).to.deep.equal([]);
    expect(s.unreadCount).to.equal(0);
    expect(s.pages.all.status).to.equal('idle');
    expect(s.generation).to.equal(1);
    release();
    await late;
    await settle();
    s = store.snapshot;
    expect(ids(s), 'the late citizen answer is dropped').to.deep.equal([]);
    expect(s.pages.unread.status).to.equal('idle');

    await store.load();
    s = store.snapshot;
    expect(ids(s)).to.deep.equal(['n11', 'n10']);
    expect(s.unreadCount).to.equal(2);
    expect(seen.at(-1)!.generation).to.equal(1);

    store.reset('EA:0123456789');
    expect(store.snapshot.generation, 'the same identity again changes nothing').to.equal(1);
    expect(ids(store.snapshot)).to.deep.equal(['n11', 'n10']);
  });

  it('drops the actions still waiting for the previous identity', async () => {
    const { server, storage, store } = await offlineStore(2);
    await store.markRead('n1');
    expect(store.snapshot.pending).to.equal(1);
    const tried = posts(server);
    store.reset('EA:0123456789');
    await backOnline(server);
    expect(store.snapshot.pending).to.equal(0);
    expect(posts(server), 'nothing sent as the new identity').to.equal(tried);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`)).to.equal(null);
  });

  it('sends an action queued as one identity only once the page acts for that identity again', async () => {
    const citizen = 'citizen';
    const company = 'EA:0123456789';
    const { server, storage, store } = await offlineStore(3);
    store.identify(citizen);
    expect(store.snapshot.generation, 'the first identity starts nothing over').to.equal(0);
    expect(ids(store.snapshot)).to.have.length(3);
    await store.markAllRead();
    expect(store.snapshot.unreadCount).to.equal(0);
    unsubs.pop()!(); // the page is closed while offline
    server.offline = false;
    const tried = posts(server);
    const key = `loket-notifications:${ENDPOINT}`;
    expect((JSON.parse(storage.getItem(key)!) as { i?: string }[]).map((o) => o.i)).to.deep.equal([citizen]);

    // Next page load: another person (or mandate) on the same browser.
    const other = setup(server, { storage });
    live(other);
    await other.load();
    await settle();
    other.identify(company);
    await settle();
    expect(posts(server), 'the citizen\'s read-all is not sent before the identity is known, nor as the company').to.equal(tried);
    expect(other.snapshot.unreadCount).to.equal(3);
    expect(other.snapshot.pending).to.equal(0);
    expect(JSON.parse(storage.getItem(key)!), 'kept for the citizen').to.have.length(1);

    // Switching back to the citizen in the page sends it.
    other.reset(citizen);
    await settle();
    expect(posts(server)).to.equal(tried + 1);
    expect([...server.items.values()].every((i) => i.readAt !== null)).to.equal(true);
    expect(storage.getItem(key)).to.equal(null);
  });

  it('an action taken before the page knew whom it acts for is taken as its first identity', async () => {
    const { storage, store } = await offlineStore(2);
    // The header's profile has not arrived yet when the reader clicks.
    await store.markAllRead();
    const key = `loket-notifications:${ENDPOINT}`;
    expect((JSON.parse(storage.getItem(key)!) as { i?: string }[]).map((o) => o.i)).to.deep.equal([undefined]);
    store.identify('citizen');
    expect((JSON.parse(storage.getItem(key)!) as { i?: string }[]).map((o) => o.i)).to.deep.equal(['citizen']);
  });

  it('keeps the actions an identity queued when the page switches away, and sends them on its return', async () => {
    const { server, store } = await offlineStore(2);
    store.identify('citizen');
    await store.markRead('n1');
    const tried = posts(server);
    store.reset('EA:0123456789');
    await backOnline(server);
    expect(posts(server), 'not sent as the company').to.equal(tried);
    expect(server.items.get('n1')!.readAt).to.equal(null);
    store.reset('citizen');
    await settle();
    expect(server.items.get('n1')!.readAt).to.be.a('string');
    await store.load();
    expect(store.snapshot.unreadCount).to.equal(1);
  });
});

describe('NotificationStore: auth and sharing', () => {
  it('sends same-origin cookies and no Authorization header by default, a bearer header with a token', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server);
    await store.load();
    expect(server.calls[0].credentials).to.equal('same-origin');
    expect(server.calls[0].headers.has('authorization')).to.equal(false);
    store.token = 's3cr3t';
    await store.markRead('n1');
    expect(server.calls[1].headers.get('authorization')).to.equal('Bearer s3cr3t');
  });

  it('fetches again with a new token what was refused without one, also a refusal still on its way', async () => {
    const server = new FakeServer([makeItem(1)]);
    const answer = server.fetch;
    server.fetch = async (input, init = {}) =>
      new Headers(init.headers).has('authorization') ? answer(input, init) : Response.json({ error: 'sign in' }, { status: 401 });
    const store = setup(server);
    await store.load();
    expect(store.snapshot.pages.all.status).to.equal('error');
    expect(store.snapshot.pages.all.error?.kind).to.equal('unauthorized');
    store.token = 'fresh';
    await waitUntil(() => store.snapshot.pages.all.status === 'ready', 'the page is fetched again');
    expect(store.snapshot.items.map((i) => i.id)).to.deep.equal(['n1']);
    // A request that left without the token and is refused after the token arrived.
    const late = new FakeServer([makeItem(2)]);
    const lateAnswer = late.fetch;
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    late.fetch = async (input, init = {}) => {
      await gate;
      return new Headers(init.headers).has('authorization') ? lateAnswer(input, init) : Response.json({ error: 'sign in' }, { status: 401 });
    };
    const second = setup(late);
    const loading = second.load();
    second.token = 'newer';
    release();
    await loading;
    await waitUntil(() => second.snapshot.pages.all.status === 'ready', 'fetched again after the late refusal');
    expect(second.snapshot.items.map((i) => i.id)).to.deep.equal(['n2']);
  });

  it('a signed-out reader gets no stream and no polls until the server lets it in again', async () => {
    const server = new FakeServer([makeItem(1)]);
    const answer = server.fetch;
    let signedIn = false;
    let asked = 0;
    server.fetch = async (input, init = {}) => {
      asked += 1;
      return signedIn ? answer(input, init) : Response.json({ error: 'sign in' }, { status: 401 });
    };
    const store = setup(server, { pollMs: 10 });
    live(store);
    await store.load();
    expect(store.snapshot.pages.all.error?.kind).to.equal('unauthorized');
    expect(FakeEventSource.instances.filter((e) => !e.closed), 'the stream is closed').to.have.length(0);
    const before = asked;
    await settle(10);
    expect(asked, 'nothing asked while refused').to.equal(before);
    // Signed in in another tab; this tab is shown again.
    signedIn = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => store.snapshot.pages.all.status === 'ready');
    expect(store.snapshot.items.map((i) => i.id)).to.deep.equal(['n1']);
    expect(FakeEventSource.instances.filter((e) => !e.closed), 'the stream opens again').to.have.length(1);
    // Signed out and in again in a single-page app: the header learns whom the page acts for.
    signedIn = false;
    const other = setup(server, { pollMs: 10 });
    live(other);
    await other.load();
    expect(other.snapshot.pages.all.error?.kind).to.equal('unauthorized');
    signedIn = true;
    other.identify('BUR|Sofie Peeters');
    await until(() => other.snapshot.pages.all.status === 'ready');
    expect(other.snapshot.pages.all.status).to.equal('ready');
  });

  it('returns one store per resolved endpoint', () => {
    const a = NotificationStore.for('/api/notifications');
    expect(NotificationStore.for(ENDPOINT)).to.equal(a);
    expect(a.endpoint).to.equal(ENDPOINT);
    expect(NotificationStore.for('/api/other')).to.not.equal(a);
  });

  it('gives immutable snapshots with a rising version', async () => {
    const server = new FakeServer([makeItem(1), makeItem(2)]);
    const store = setup(server);
    await store.load();
    const s1 = store.snapshot;
    expect(Object.isFrozen(s1) && Object.isFrozen(s1.items) && Object.isFrozen(s1.items[0])).to.equal(true);
    void store.markRead('n2');
    const s2 = store.snapshot;
    expect(s2).to.not.equal(s1);
    expect(s2.version).to.be.greaterThan(s1.version);
    expect(s1.items[0].readAt, 'the old snapshot did not change').to.equal(null);
    expect(s2.items[0].readAt).to.be.a('string');
  });
});

describe('NotificationStore: actions', () => {
  it('marks read optimistically and rolls back with lastActionError when the server answers 500', async () => {
    const server = new FakeServer([makeItem(1), makeItem(2)]);
    const store = setup(server);
    await store.load();
    expect(store.snapshot.unreadCount).to.equal(2);
    server.faults.read = [500];
    const done = store.markRead('n2');
    expect(store.snapshot.unreadCount, 'optimistic').to.equal(1);
    expect(store.snapshot.items[0].readAt).to.be.a('string');
    await done;
    const s = store.snapshot;
    expect(s.unreadCount).to.equal(2);
    expect(s.items[0].readAt).to.equal(null);
    expect(s.lastActionError).to.deep.equal({ action: 'read', id: 'n2', error: { kind: 'server', status: 500 } });
    store.clearActionError();
    expect(store.snapshot.lastActionError).to.equal(undefined);
  });

  it('sends a read and the unread taken while it was on its way in order, and ends as the reader left it', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const { store, taken, answer } = await answersHeld(server);
    const read = store.markRead('n1');
    await taken();
    const unread = store.markUnread('n1');
    FakeEventSource.last.emit('read', { id: 'n1', readAt: server.items.get('n1')!.readAt }); // the stream tells of the read
    await answer();
    await answer();
    await Promise.all([read, unread]);
    expect(sentTo(server, '/n1/unread')).to.have.length(1);
    expect(server.items.get('n1')!.readAt).to.equal(null);
    expect(store.snapshot.items.find((i) => i.id === 'n1')!.readAt, 'the unread stays, even before its own event').to.equal(null);
    expect(store.snapshot.unreadCount).to.equal(3);
  });

  it('keeps an action the server cannot take now (502, 503, 504, 408, 429) and tries it again', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    server.faults.read = [503, 502, 504, 429];
    server.faults['read-all'] = [408];
    await store.markRead('n3');
    await store.markAllRead();
    expect(store.snapshot.unreadCount, 'shown as done while it waits').to.equal(0);
    expect(store.snapshot.lastActionError).to.equal(undefined);
    await until(() => store.snapshot.pending === 0);
    expect(sentTo(server, '/n3/read'), 'tried until the server took it').to.have.length(5);
    expect(sentTo(server, '/read-all')).to.have.length(2);
    expect(server.unread).to.equal(0);
    const s = store.snapshot;
    expect([s.unreadCount, s.pending, s.lastActionError]).to.deep.equal([0, 0, undefined]);
  });

  it('waits as long as Retry-After asks (seconds or an HTTP date) before trying again', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    server.retryAfter = '1';
    server.faults.read = [503];
    const start = Date.now();
    await store.markRead('n3');
    await settle(100);
    expect(sentTo(server, '/n3/read'), 'not before the second is over').to.have.length(1);
    await until(() => server.items.get('n3')!.readAt !== null);
    expect(Date.now() - start).to.be.at.least(1000);
    server.retryAfter = new Date(Date.now() + 2000).toUTCString(); // whole seconds: 1 to 2 s from now
    server.faults.unread = [429];
    await store.markUnread('n3');
    await settle(100);
    expect(sentTo(server, '/n3/unread')).to.have.length(1);
    await until(() => server.items.get('n3')!.readAt === null);
    expect(sentTo(server, '/n3/unread')).to.have.length(2);
    expect(store.snapshot.unreadCount).to.equal(3);
  });

  it('gives up after 5 tries: rolls back and says so', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    server.faults.read = [503, 503, 503, 503, 503, 503];
    await store.markRead('n3');
    await until(() => store.snapshot.lastActionError !== undefined);
    expect(sentTo(server, '/n3/read')).to.have.length(5);
    const s = store.snapshot;
    expect(s.lastActionError).to.deep.equal({ action: 'read', id: 'n3', error: { kind: 'server', status: 503 } });
    expect([s.unreadCount, s.pending, s.items[0].readAt]).to.deep.equal([3, 0, null]);
  });

  it('takes any 2xx answer to an action as done, whatever its body ("OK", HTML)', async () => {
    const server = new FakeServer([makeItem(1), makeItem(2)]);
    const answer = server.fetch;
    server.fetch = async (input, init) => {
      const response = await answer(input, init);
      return init?.method === 'POST' && response.ok ? new Response('OK', { status: 200, headers: { 'content-type': 'text/plain' } }) : response;
    };
    const store = setup(server);
    await store.load();
    await store.markRead('n2');
    expect(store.snapshot.lastActionError).to.equal(undefined);
    expect(store.snapshot.items[0].readAt, 'not rolled back').to.be.a('string');
    expect(store.snapshot.unreadCount).to.equal(1);
  });

  it('settles the promise of an action a newer one replaced before it was sent', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const store = setup(server);
    await store.load();
    const settled: string[] = [];
    const track = (name: string, p: Promise<void>) => p.then(() => settled.push(name));
    // The first goes out at once; the next two wait, and the third replaces the second.
    const all = [track('read', store.markRead('n1')), track('unread', store.markUnread('n1')), track('read again', store.markRead('n1'))];
    all.push(track('all 1', store.markAllRead()), track('all 2', store.markAllRead()));
    await Promise.race([Promise.all(all), settle(50)]);
    expect(settled.sort()).to.deep.equal(['all 1', 'all 2', 'read', 'read again', 'unread']);
    expect(posts(server), 'the replaced actions were not sent').to.equal(3);
    expect(store.snapshot.unreadCount).to.equal(0);
  });

  it('marks unread and keeps the count in step', async () => {
    const server = new FakeServer([makeItem(1, { readAt: at(2) }), makeItem(2)]);
    const store = setup(server);
    await store.load();
    expect(store.snapshot.unreadCount).to.equal(1);
    await store.markUnread('n1');
    expect(store.snapshot.unreadCount).to.equal(2);
    expect(server.items.get('n1')!.readAt).to.equal(null);
  });

  it('markAllRead only affects items created before it was pressed', async () => {
    const server = new FakeServer(range(1, 5).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    const pressed = Date.now();
    await store.markAllRead();
    const body = server.calls.find((c) => c.url.pathname.endsWith('/read-all'))!.body as { before: string };
    expect(Date.parse(body.before)).to.be.within(pressed - 5, Date.now());
    FakeEventSource.last.open();
    const later = new Date(Date.now() + 1000).toISOString();
    FakeEventSource.last.emit('notification', { ...makeItem(9), createdAt: later }, '1');
    // A stale read-all event for the same `before` must not touch the newer item.
    FakeEventSource.last.emit('read', { all: true, before: body.before }, '2');
    const s = store.snapshot;
    expect(s.items.filter((i) => i.readAt === null).map((i) => i.id)).to.deep.equal(['n9']);
    expect(s.unreadCount).to.equal(1);
    expect(server.unread).to.equal(0);
  });

  it('queues actions that fail offline, persists them and replays them on `online`', async () => {
    const { server, storage, store } = await offlineStore(3);
    await store.markRead('n1');
    await store.markRead('n2');
    await store.markUnread('n2'); // coalesces with the read of n2
    let s = store.snapshot;
    expect(s.pending).to.be.greaterThan(0);
    expect(s.unreadCount).to.equal(2);
    expect(s.lastActionError).to.equal(undefined);
    const saved = JSON.parse(storage.getItem(`loket-notifications:${ENDPOINT}`)!) as { k: string; id: string }[];
    expect(saved.map((o) => `${o.k}:${o.id}`)).to.deep.equal(['read:n1', 'unread:n2']);

    await backOnline(server);
    s = store.snapshot;
    expect(s.pending).to.equal(0);
    expect(server.items.get('n1')!.readAt).to.be.a('string');
    expect(server.items.get('n2')!.readAt).to.equal(null);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`)).to.equal(null);
    expect(s.unreadCount).to.equal(2);
  });

  it('replays a queue persisted by an earlier page load', async () => {
    const server = new FakeServer([makeItem(1), makeItem(2)]);
    const storage = new MemoryStorage();
    const first = setup(server, { storage });
    await first.load();
    server.offline = true;
    await first.markRead('n1');
    expect(server.items.get('n1')!.readAt).to.equal(null);
    server.offline = false;

    const second = setup(server, { storage }); // "after a reload"
    await second.load();
    expect(second.snapshot.items.find((i) => i.id === 'n1')!.readAt, 'overlay on server data').to.be.a('string');
    expect(second.snapshot.unreadCount).to.equal(1);
    live(second);
    await settle();
    expect(server.items.get('n1')!.readAt).to.be.a('string');
    expect(second.snapshot.pending).to.equal(0);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`), 'the replayed queue is gone from storage').to.equal(null);

    // A third page load has nothing to send again.
    server.items.get('n1')!.readAt = null;
    const sent = posts(server);
    const third = setup(server, { storage });
    live(third);
    await third.load();
    await settle();
    expect(posts(server), 'nothing is sent again').to.equal(sent);
    expect(server.items.get('n1')!.readAt).to.equal(null);
  });

  it('takes an empty token as no token, without reconnecting', async () => {
    const server = new FakeServer([makeItem(1)]);
    server.streamStatus = 200;
    const store = setup(server);
    live(store);
    await settle();
    const opened = FakeEventSource.instances.length;
    store.token = '';
    store.token = '';
    store.token = undefined;
    await settle();
    expect(FakeEventSource.instances.length, 'no new stream').to.equal(opened);
    expect(store.token).to.equal(undefined);
  });
});

describe('NotificationStore: stream', () => {
  it('shows an item that arrives in a page and over the stream once', async () => {
    const server = new FakeServer(range(1, 5).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    const es = FakeEventSource.last;
    expect(es.url).to.equal(`${ENDPOINT}/stream`);
    es.open();
    expect(store.snapshot.connection).to.equal('live');
    es.emit('notification', makeItem(3), '1');
    es.emit('notification', makeItem(6), '2');
    es.emit('notification', makeItem(6), '2');
    es.emit('notification', { ...makeItem(4), title: 'Gewijzigd' }, '3');
    es.emit('notification', '{not json', '4');
    const s = store.snapshot;
    expect(ids(s)).to.deep.equal(['n6', 'n5', 'n4', 'n3', 'n2', 'n1']);
    expect(s.items[2].title).to.equal('Gewijzigd');
    expect(s.unreadCount).to.equal(6);
  });

  it("an action's late answer does not undo what the stream said since: the stream keeps the server's order", async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const { store, taken, answer } = await answersHeld(server);
    // Each time the reader's n2 is marked unread again on another device after the server took the action.
    for (const action of [() => store.markRead('n2'), () => store.markAllRead()]) {
      const done = action();
      await taken(); // its answer is on its way
      server.items.get('n2')!.readAt = null;
      FakeEventSource.last.emit('notification', { ...server.items.get('n2') });
      await answer();
      await done;
      expect(store.snapshot.items.find((i) => i.id === 'n2')!.readAt, "the stream's word stays").to.equal(null);
      expect(store.snapshot.unreadCount).to.equal(server.unread);
    }
  });

  it('applies read events and the unread-count without double counting', async () => {
    const server = new FakeServer(range(1, 30).map((n) => makeItem(n)));
    const store = setup(server);
    live(store);
    await store.load();
    expect(store.snapshot.unreadCount).to.equal(30);
    FakeEventSource.last.open();
    await store.markRead('n30');
    expect(store.snapshot.unreadCount).to.equal(29);
    FakeEventSource.last.emit('read', { id: 'n30' }, '1');
    FakeEventSource.last.emit('unread-count', { unreadCount: 29 }, '2');
    expect(store.snapshot.unreadCount).to.equal(29);
    FakeEventSource.last.emit('read', { id: 'n29' }, '3');
    expect(store.snapshot.unreadCount).to.equal(28);
    FakeEventSource.last.emit('unread-count', { unreadCount: 28 }, '4');
    expect(store.snapshot.unreadCount).to.equal(28);
  });

  it('reconnects with backoff and resumes from the last event id', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server);
    live(store);
    await store.load();
    const first = FakeEventSource.last;
    first.open();
    first.emit('notification', makeItem(2), '41');
    first.fail();
    expect(first.closed).to.equal(true);
    expect(store.snapshot.connection).to.equal('connecting');
    await settle(5);
    const second = FakeEventSource.last;
    expect(second).to.not.equal(first);
    expect(new URL(second.url).searchParams.get('lastEventId')).to.equal('41');
    second.open();
    expect(store.snapshot.connection).to.equal('live');
  });

  it('falls back to polling when the stream keeps failing, and stops on the last unsubscribe', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server, { pollMs: 20 });
    const seen = live(store);
    await store.load();
    for (let i = 0; i < 3; i += 1) {
      FakeEventSource.last.fail();
      await settle(5);
    }
    expect(store.snapshot.connection).to.equal('polling');
    server.items.set('n2', makeItem(2));
    await settle(15);
    expect(ids(store.snapshot)).to.include('n2');
    expect(seen.length).to.be.greaterThan(1);
    unsubs.pop()!();
    expect(store.snapshot.connection).to.equal('idle');
    const calls = server.calls.length;
    await settle(15);
    expect(server.calls.length, 'no polling after stop').to.equal(calls);
  });

  it('polls at once when the server has no stream (fetch reader, 404)', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server, { EventSource: null, pollMs: 1000 });
    live(store);
    await settle();
    expect(store.snapshot.connection).to.equal('polling');
    expect(server.calls.some((c) => c.url.pathname.endsWith('/stream'))).to.equal(true);
    expect(ids(store.snapshot)).to.deep.equal(['n1']);
  });

  it('reads the stream with fetch when a token is set: bearer and Last-Event-ID headers', async () => {
    const server = new FakeServer([makeItem(1)]);
    const enc = new TextEncoder();
    let streamCalls = 0;
    const headersSeen: Headers[] = [];
    const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
      if (!String(input).endsWith('/stream')) return server.fetch(input, init);
      headersSeen.push(new Headers(init.headers));
      streamCalls += 1;
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          if (streamCalls === 1) {
            c.enqueue(enc.encode(': hi\n\nid: 7\nevent: notification\ndata: '));
            c.enqueue(enc.encode(`${JSON.stringify(makeItem(2))}\n\nevent: unread-count\ndata: {"unreadCount": 2}\r\n\r\n`));
            c.close(); // the server drops the stream
          }
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    };
    const store = setup(server, { fetch: fetchFn });
    store.token = 'abc';
    live(store);
    await store.load();
    await settle(5);
    expect(ids(store.snapshot)).to.deep.equal(['n2', 'n1']);
    expect(headersSeen[0].get('authorization')).to.equal('Bearer abc');
    expect(headersSeen[0].get('last-event-id')).to.equal(null);
    expect(streamCalls, 'reconnected after the drop').to.be.greaterThan(1);
    expect(headersSeen[1].get('last-event-id')).to.equal('7');
    expect(FakeEventSource.instances, 'no EventSource with a token').to.have.length(0);
  });

  it('pauses while the tab is hidden and catches up when visible again', async () => {
    const server = new FakeServer([makeItem(1)]);
    const store = setup(server);
    live(store);
    await store.load();
    FakeEventSource.last.open();
    const first = FakeEventSource.last;
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(first.closed).to.equal(true);
      expect(store.snapshot.connection).to.equal('paused');
      server.items.set('n2', makeItem(2));
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
    }
    document.dispatchEvent(new Event('visibilitychange'));
    const second = FakeEventSource.last;
    expect(second).to.not.equal(first);
    second.open();
    await settle();
    expect(ids(store.snapshot), 'caught up by refetching the newest page').to.deep.equal(['n2', 'n1']);
  });
});

describe('NotificationStore: cross-tab', () => {
  /** Two tabs on one server with three items, both loaded; exactly one holds the (opened) stream. */
  async function twoTabs() {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const a = setup(server, { crossTab: true });
    const b = setup(server, { crossTab: true });
    live(a);
    await settle();
    live(b);
    await Promise.all([a.load(), b.load()]);
    await settle();
    const open = FakeEventSource.instances.filter((e) => !e.closed);
    expect(open, 'one tab holds the stream').to.have.length(1);
    open[0].open();
    await settle();
    return { server, a, b, holder: open[0] };
  }

  it('elects one stream holder, relays its events and applies reads from the other tab', async () => {
    const { a, b, holder } = await twoTabs();
    const open = [holder];
    expect(a.snapshot.connection).to.equal('live');
    expect(b.snapshot.connection).to.equal('live');

    open[0].emit('notification', makeItem(4), '1');
    await settle();
    expect(ids(b.snapshot)).to.deep.equal(['n4', 'n3', 'n2', 'n1']);
    expect(b.snapshot.unreadCount).to.equal(4);

    await b.markRead('n2');
    await settle();
    expect(a.snapshot.items.find((i) => i.id === 'n2')!.readAt).to.be.a('string');
    expect(a.snapshot.unreadCount).to.equal(3);
    await a.markUnread('n2');
    await settle();
    expect(b.snapshot.items.find((i) => i.id === 'n2')!.readAt).to.equal(null);
    expect(b.snapshot.unreadCount).to.equal(4);
  });

  it('shows another tab\'s actions at once and rolls them back there too when the server refuses them', async () => {
    const { server, a, b } = await twoTabs();
    server.faults['read-all'] = [500];
    server.faults.read = [500];
    const unread = (s: NotificationSnapshot) => s.items.filter((i) => i.readAt === null).length;
    const seen = live(b);
    await a.markAllRead();
    await settle();
    expect(Math.min(...seen.map((s) => s.unreadCount)), 'the other tab showed the read-all while it was on its way').to.equal(0);
    expect(a.snapshot.lastActionError?.action).to.equal('read-all');
    for (const tab of [a, b]) {
      expect(tab.snapshot.unreadCount).to.equal(3);
      expect(unread(tab.snapshot)).to.equal(3);
    }
    await b.markRead('n2');
    await settle();
    expect(a.snapshot.unreadCount, 'a refused read is undone in the other tab').to.equal(3);
    // Accepted actions become the other tab's server view too.
    await a.markAllRead();
    await settle();
    expect(b.snapshot.unreadCount).to.equal(0);
    expect(unread(b.snapshot)).to.equal(0);
  });

  it('a tab that goes away hands the actions it queued offline to the others, which send them', async () => {
    const { server, a, b } = await twoTabs();
    server.offline = true;
    await b.markRead('n1');
    await settle();
    expect(a.snapshot.unreadCount, 'shown in the other tab while queued').to.equal(2);
    // b's page is closed while offline.
    window.dispatchEvent(new Event('pagehide'));
    unsubs.pop()!();
    await until(() => a.snapshot.pending > 0); // taken over once b's lock is free
    await backOnline(server);
    expect(server.items.get('n1')!.readAt, 'sent by the tab that stayed').to.be.a('string');
    expect(a.snapshot.pending).to.equal(0);
    expect(a.snapshot.unreadCount).to.equal(2);
  });

  it('a tab whose last element goes (no pagehide) hands its waiting actions over too', async () => {
    const { server, a, b } = await twoTabs();
    server.offline = true;
    await b.markAllRead();
    await settle();
    expect(a.snapshot.unreadCount).to.equal(0);
    unsubs.pop()!(); // b's elements are removed; the page stays
    await until(() => a.snapshot.pending > 0);
    await backOnline(server);
    expect([...server.items.values()].every((i) => i.readAt !== null), 'sent by the other tab').to.equal(true);
    expect(a.snapshot.pending).to.equal(0);
    expect(a.snapshot.unreadCount).to.equal(0);
  });

  /**
   * A tab played by hand with the tabs' channel, storage and Web Locks: it holds its tab lock, keeps
   * `op` in `storage` (when given) and tells the others of it (when `announce`). The function it
   * returns ends it as a killed process ends: no pagehide, no word on the channel, its lock freed.
   */
  async function foreignTab(op: Record<string, unknown>, { storage, announce = true }: { storage?: Storage; announce?: boolean } = {}): Promise<() => void> {
    const key = `loket-notifications:${ENDPOINT}`;
    const entry = { at: new Date().toISOString(), ...op, o: Math.random(), n: Math.random() };
    let free!: () => void;
    await new Promise<void>((held) => {
      void navigator.locks.request(`${key}#${entry.o}`, () => {
        held();
        return new Promise<void>((r) => (free = r));
      });
    });
    storage?.setItem(key, JSON.stringify([entry]));
    const channel = new BroadcastChannel(key);
    if (announce) channel.postMessage({ f: entry });
    return () => {
      channel.close();
      free();
    };
  }

  it('a tab that dies without pagehide: the others stop showing its action as pending, and one of them sends it', async () => {
    const { server, a, b } = await twoTabs();
    const crash = await foreignTab({ k: 'read', id: 'n1' });
    await until(() => a.snapshot.unreadCount === 2 && b.snapshot.unreadCount === 2);
    for (const tab of [a, b]) expect(tab.snapshot.unreadCount, 'shown while its tab runs').to.equal(2);
    const sent = posts(server);
    crash();
    await until(() => server.items.get('n1')!.readAt !== null);
    await settle(5);
    expect(sentTo(server, '/n1/read'), 'sent once, by one of the tabs').to.have.length(1);
    expect(posts(server)).to.equal(sent + 1);
    for (const tab of [a, b]) {
      expect(tab.snapshot.pending).to.equal(0);
      expect(tab.snapshot.unreadCount).to.equal(2);
    }
    // Marked unread again on another device: no tab still lays the dead tab's read over it.
    server.items.get('n1')!.readAt = null;
    FakeEventSource.instances.find((e) => !e.closed)!.emit('notification', { ...server.items.get('n1') });
    await settle();
    for (const tab of [a, b]) expect(tab.snapshot.unreadCount).to.equal(3);
  });

  it('a tab that closes with an action on its way: the others stop showing it and leave it to the next page load', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const storage = new MemoryStorage();
    let hold = false;
    const a = setup(server, { crossTab: true, storage });
    const b = setup(server, {
      crossTab: true,
      storage,
      // b's read never gets an answer: the page goes before it does.
      fetch: (input, init) => (hold && init?.method === 'POST' ? new Promise<Response>(() => undefined) : server.fetch(input, init)),
    });
    live(a);
    live(b);
    await Promise.all([a.load(), b.load()]);
    hold = true;
    void b.markRead('n1');
    await until(() => a.snapshot.unreadCount === 2);
    expect(a.snapshot.unreadCount, 'shown in the other tab while on its way').to.equal(2);
    window.dispatchEvent(new Event('pagehide'));
    unsubs.pop()!(); // b's page closes (it may be leaving for another identity)
    await until(() => a.snapshot.unreadCount === 3);
    await settle(60); // longer than a tab waits before it takes a closed tab's actions over
    expect(sentTo(server, '/n1/read'), 'the other tab does not send it').to.have.length(0);
    expect(a.snapshot.unreadCount, 'nor shows it').to.equal(3);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`), 'kept for the next page load').to.contain('"n1"');
  });

  it('a tab that closes while its action waits to try again keeps it for the next page load (it may be leaving for another identity)', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const storage = new MemoryStorage();
    const a = setup(server, { crossTab: true, storage });
    const b = setup(server, { crossTab: true, storage });
    live(a);
    live(b);
    await Promise.all([a.load(), b.load()]);
    server.retryAfter = '10';
    server.faults['read-all'] = [503];
    void b.markAllRead();
    await until(() => sentTo(server, '/read-all').length === 1 && a.snapshot.unreadCount === 0);
    window.dispatchEvent(new Event('pagehide'));
    unsubs.pop()!(); // b's page goes, e.g. to switch to the company
    await until(() => a.snapshot.unreadCount === 3);
    await settle(60); // longer than a tab waits before it takes a closed tab's actions over
    expect(sentTo(server, '/read-all'), 'the other tab does not send it').to.have.length(1);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`), 'kept for the next page load').to.contain('read-all');
  });

  /** Two tabs on one storage (the second one's requests through `wrap`), and a third whose read of n1 is on its way when it dies. */
  async function deadTabReading(wrap?: (server: FakeServer) => typeof fetch) {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const storage = new MemoryStorage();
    const tabs = [setup(server, { crossTab: true, storage }), setup(server, { crossTab: true, storage, ...(wrap ? { fetch: wrap(server) } : {}) })];
    for (const tab of tabs) {
      live(tab);
      await tab.load();
    }
    const crash = await foreignTab({ k: 'read', id: 'n1' }, { storage });
    await until(() => tabs.every((tab) => tab.snapshot.unreadCount === 2));
    await settle(2);
    return { server, storage, tabs, crash };
  }

  it("a dead tab's action that a newer one on the same item replaced is not sent: the reader's last choice stays", async () => {
    const { server, storage, tabs, crash } = await deadTabReading();
    await tabs[1].markUnread('n1');
    await until(() => sentTo(server, '/n1/unread').length === 1);
    crash();
    await settle(60);
    expect(sentTo(server, '/n1/read'), 'the replaced read is not sent').to.have.length(0);
    expect(server.items.get('n1')!.readAt).to.equal(null);
    for (const tab of tabs) {
      expect(tab.snapshot.unreadCount).to.equal(3);
      expect(tab.snapshot.pending).to.equal(0);
    }
    // Nor by the next page load: the replaced action is gone from storage.
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`)).to.equal(null);
  });

  it("a dead tab's action is not sent over a newer one on the same item still on its way", async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { server, tabs, crash } = await deadTabReading((fake) => async (input, init) => {
      if (init?.method === 'POST') await gate;
      return fake.fetch(input, init);
    });
    const unread = tabs[1].markUnread('n1');
    crash();
    await settle(60); // the dead tab's lock is free while the reader's "unread" is on its way
    release();
    await unread;
    await settle(10);
    expect(sentTo(server, '/n1/read'), 'the older read is not sent after it').to.have.length(0);
    expect(server.items.get('n1')!.readAt).to.equal(null);
    for (const tab of tabs) expect([tab.snapshot.unreadCount, tab.snapshot.pending]).to.deep.equal([3, 0]);
  });

  it('the stored actions of a tab that dies are taken over once, and wait for the identity they were taken as', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const storage = new MemoryStorage();
    const company = 'EA:0123456789|Sofie Peeters';
    // A tab acting for the company queued a read-all while offline, and is still open when these two start.
    const crash = await foreignTab({ k: 'read-all', b: new Date().toISOString(), i: company }, { storage, announce: false });
    const tabs = [setup(server, { crossTab: true, storage }), setup(server, { crossTab: true, storage })];
    for (const tab of tabs) {
      live(tab);
      tab.identify('BUR|Sofie Peeters');
      await tab.load();
    }
    await settle();
    crash();
    await settle(5);
    expect(sentTo(server, '/read-all'), 'not sent as the citizen').to.have.length(0);
    for (const tab of tabs) expect(tab.snapshot.unreadCount).to.equal(3);
    tabs[0].reset(company); // the page switches to the company: every tab follows
    await until(() => sentTo(server, '/read-all').length > 0);
    await settle(5);
    expect(sentTo(server, '/read-all'), 'sent once, as the company').to.have.length(1);
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`)).to.equal(null);
  });

  it('a page that acts for someone else makes the other tabs start over, even if their header could not tell', async () => {
    const { a, b } = await twoTabs();
    a.identify('BUR|Sofie Peeters');
    b.identify('BUR|Sofie Peeters');
    await settle();
    expect(a.snapshot.generation).to.equal(0);
    // Another tab's page loaded after a switch through switch-capacity-url: its first identity is the company.
    const c = setup(new FakeServer([]), { crossTab: true });
    c.identify('EA:0123456789|Sofie Peeters');
    live(c);
    await settle();
    expect([a.snapshot.generation, b.snapshot.generation]).to.deep.equal([1, 1]);
    expect(a.snapshot.items).to.deep.equal([]);
    expect(c.snapshot.generation, 'the new page itself keeps what it loaded').to.equal(0);
  });

  it('a new tab leaves the queue of a tab still open alone, and shows its waiting actions', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    const storage = new MemoryStorage();
    const a = setup(server, { crossTab: true, storage });
    live(a);
    await a.load();
    server.offline = true;
    await a.markRead('n1');
    expect(storage.getItem(`loket-notifications:${ENDPOINT}`)).to.contain('"n1"');
    server.offline = false; // the server answers again; tab a has not noticed yet
    let sentByC = 0;
    const c = setup(server, {
      crossTab: true,
      storage,
      fetch: (input, init) => {
        if (init?.method === 'POST') sentByC += 1;
        return server.fetch(input, init);
      },
    });
    live(c);
    await c.load();
    for (let i = 0; i < 50 && c.snapshot.items.find((item) => item.id === 'n1')?.readAt == null; i += 1) await settle(2);
    expect(c.snapshot.pending, 'not taken over').to.equal(0);
    expect(c.snapshot.items.find((i) => i.id === 'n1')!.readAt, 'shown as the other tab\'s').to.be.a('string');
    await backOnline(server);
    await settle();
    expect(sentByC, 'the new tab sends nothing of the other tab\'s').to.equal(0);
    expect(server.items.get('n1')!.readAt, 'sent by its own tab').to.be.a('string');
    expect(a.snapshot.pending).to.equal(0);
  });

  it('a queued action gives way to a newer one another tab got accepted on the same item', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    let aDown = false;
    const a = setup(server, {
      crossTab: true,
      fetch: (input, init) => (aDown && init?.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : server.fetch(input, init)),
    });
    const c = setup(server, { crossTab: true });
    live(a);
    live(c);
    await Promise.all([a.load(), c.load()]);
    aDown = true; // only tab a loses the network (navigator.onLine stays true)
    await a.markRead('n1');
    await settle(2); // a later millisecond: actions are ordered by their times
    expect(a.snapshot.pending).to.equal(1);
    await c.markUnread('n1'); // the reader's later choice, in another tab
    await until(() => a.snapshot.pending === 0); // as soon as tab a hears of it
    expect(a.snapshot.pending, 'the older queued read is dropped').to.equal(0);
    aDown = false;
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(server.items.get('n1')!.readAt, 'the later choice stays').to.equal(null);
    expect(server.calls.filter((call) => call.method === 'POST' && call.url.pathname.endsWith('/n1/read')), 'the stale read is never sent').to.have.length(0);
  });

  it('an action that fails after another tab got a newer one on the same item accepted is dropped, not retried', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    let fail: (() => void) | undefined;
    let down = true;
    const a = setup(server, {
      crossTab: true,
      // Tab a's read is on its way until the test lets it fail, as a request does when the network drops.
      fetch: (input, init) =>
        down && init?.method === 'POST'
          ? new Promise<Response>((_, reject) => (fail = () => reject(new TypeError('Failed to fetch'))))
          : server.fetch(input, init),
    });
    const c = setup(server, { crossTab: true });
    live(a);
    live(c);
    await Promise.all([a.load(), c.load()]);
    const read = a.markRead('n1');
    await until(() => fail !== undefined);
    await settle(2); // a later millisecond: actions are ordered by their times
    // The tabs' channel, to know when word of the other tab's accepted action is out.
    const channel = new BroadcastChannel(`loket-notifications:${ENDPOINT}`);
    const told = new Promise((r) => (channel.onmessage = (e: MessageEvent<{ d?: unknown[] }>) => e.data.d?.[1] && r(channel.close())));
    await c.markUnread('n1'); // the reader's later choice, in another tab, accepted while a's read is on its way
    await told;
    await settle();
    fail!();
    await read;
    await until(() => a.snapshot.pending === 0);
    expect(a.snapshot.pending, 'not queued to try again').to.equal(0);
    expect(a.snapshot.lastActionError, 'nor reported: the reader chose otherwise').to.equal(undefined);
    down = false;
    window.dispatchEvent(new Event('online'));
    await settle(5);
    expect(server.calls.filter((call) => call.method === 'POST' && call.url.pathname.endsWith('/n1/read')), 'never sent').to.have.length(0);
    expect(server.items.get('n1')!.readAt, 'the later choice stays').to.equal(null);
  });

  it('a third tab opening does not leave the others showing an action twice', async () => {
    const { server, a, b, holder } = await twoTabs();
    server.offline = true;
    await a.markRead('n1');
    await settle();
    // A new tab asks for the waiting actions; tab a answers to every tab, b included.
    const c = setup(server, { crossTab: true });
    live(c);
    await settle();
    await backOnline(server);
    expect(server.items.get('n1')!.readAt).to.be.a('string');
    // Marked unread again on another device: every tab must follow, none still shows a's read as pending.
    server.items.get('n1')!.readAt = null;
    holder.emit('notification', server.items.get('n1'));
    await settle();
    for (const tab of [a, b, c]) expect(tab.snapshot.items.find((i) => i.id === 'n1')?.readAt ?? null).to.equal(null);
    expect(b.snapshot.unreadCount).to.equal(3);
  });

  it('actions handed over go before the newer ones of the tab that takes them', async () => {
    const { server, a, b } = await twoTabs();
    server.offline = true;
    await a.markRead('n1');
    await settle();
    await b.markUnread('n1'); // the reader changed her mind in the other tab
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    unsubs.splice(0, 1)[0](); // a closes
    await until(() => b.snapshot.pending === 2);
    expect(b.snapshot.items.find((i) => i.id === 'n1')!.readAt, 'still unread in the tab that stays').to.equal(null);
    await backOnline(server);
    expect(server.items.get('n1')!.readAt, 'the last choice wins on the server').to.equal(null);
  });

  it('the stream holder\'s polls reach the other tab, which does not poll itself', async () => {
    const server = new FakeServer(range(1, 3).map((n) => makeItem(n)));
    // Each tab's page requests, told apart.
    const pages = [0, 0];
    const counted = (tab: number): typeof server.fetch => (input, init) => {
      if (!String(input).includes('/stream')) pages[tab] += 1;
      return server.fetch(input, init);
    };
    const a = setup(server, { crossTab: true, pollMs: 30, fetch: counted(0) });
    const b = setup(server, { crossTab: true, pollMs: 30, fetch: counted(1) });
    live(a);
    await settle();
    live(b);
    await Promise.all([a.load(), b.load()]);
    for (let i = 0; i < 3; i += 1) {
      FakeEventSource.instances.find((e) => !e.closed)!.fail();
      await settle(5);
    }
    expect(a.snapshot.connection).to.equal('polling');
    expect(b.snapshot.connection).to.equal('polling');
    server.items.set('n4', makeItem(4));
    server.items.get('n1')!.readAt = at(10); // read elsewhere (another device)
    const before = [...pages];
    const done = () => [a, b].every((tab) => ids(tab.snapshot)[0] === 'n4' && tab.snapshot.items.at(-1)?.readAt === at(10));
    for (let i = 0; i < 100 && !done(); i += 1) await settle(2);
    for (const tab of [a, b]) {
      expect(ids(tab.snapshot)).to.deep.equal(['n4', 'n3', 'n2', 'n1']);
      expect(tab.snapshot.unreadCount).to.equal(3);
      expect(tab.snapshot.items.find((i) => i.id === 'n1')!.readAt).to.equal(at(10));
    }
    const polled = pages.map((n, tab) => n - before[tab]);
    expect(Math.max(...polled), 'the holder polled').to.be.greaterThan(0);
    expect(Math.min(...polled), 'the other tab did not').to.equal(0);
  });

  it('a reset in one tab resets the others, and the stream holder reconnects for the new identity', async () => {
    const { server, a, b, holder } = await twoTabs();

    // Tab b switches identity; the server (one session for both tabs) now answers for the company.
    server.items = new Map([makeItem(20)].map((i) => [i.id, i]));
    b.reset('EA:0123456789');
    await settle();
    expect(a.snapshot.items, 'the other tab forgot the citizen too').to.deep.equal([]);
    expect(a.snapshot.generation).to.equal(1);
    expect(holder.closed, 'the old stream is closed').to.equal(true);
    expect(FakeEventSource.instances.filter((e) => !e.closed), 'one new stream').to.have.length(1);
    await Promise.all([a.load(), b.load()]);
    expect(ids(a.snapshot)).to.deep.equal(['n20']);
    expect(ids(b.snapshot)).to.deep.equal(['n20']);
  });
});
