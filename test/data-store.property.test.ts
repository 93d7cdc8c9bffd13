import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { NotificationStore } from '../src/data/index.js';
import type { NotificationSnapshot } from '../src/data/types.js';
import { FakeEventSource, FakeServer, fakeStoreOptions, makeItem, settle, until } from './support/fake-notifications.js';

const ENDPOINT = `${location.origin}/api/notifications`;

type Cmd =
  | { t: 'push'; n: number; read: boolean }
  | { t: 'load'; filter: 'all' | 'unread' | 'action'; more: boolean }
  | { t: 'dup'; pick: number }
  | { t: 'serverRead'; pick: number }
  | { t: 'read' | 'unread'; pick: number; fail: 0 | 500 | 409 | 503 | null }
  | { t: 'readAll'; fail: 0 | 500 | 503 | null }
  | { t: 'offline' }
  | { t: 'online' }
  | { t: 'drop' }
  | { t: 'reset' };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ t: fc.constant('push' as const), n: fc.integer({ min: 1, max: 60 }), read: fc.boolean() }),
  fc.record({ t: fc.constant('load' as const), filter: fc.constantFrom('all' as const, 'unread' as const, 'action' as const), more: fc.boolean() }),
  fc.record({ t: fc.constant('dup' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('serverRead' as const), pick: fc.nat() }),
  fc.record({ t: fc.constantFrom('read' as const, 'unread' as const), pick: fc.nat(), fail: fc.constantFrom(null, null, 0 as const, 500 as const, 409 as const, 503 as const) }),
  fc.record({ t: fc.constant('readAll' as const), fail: fc.constantFrom(null, null, 0 as const, 500 as const, 503 as const) }),
  fc.constant({ t: 'offline' as const }),
  fc.constant({ t: 'online' as const }),
  fc.constant({ t: 'drop' as const }),
  fc.constant({ t: 'reset' as const }),
);

/** The invariants that hold after every step. */
function check(s: NotificationSnapshot): void {
  const seen = new Set<string>();
  for (const [i, item] of s.items.entries()) {
    expect(seen.has(item.id), `id ${item.id} twice`).to.equal(false);
    seen.add(item.id);
    const prev = s.items[i - 1];
    if (prev) {
      const ordered = prev.createdAtMs > item.createdAtMs || (prev.createdAtMs === item.createdAtMs && prev.id < item.id);
      expect(ordered, `order at ${i}`).to.equal(true);
    }
  }
  expect(s.unreadCount).to.be.at.least(0);
  const local = s.items.filter((i) => i.readAt === null).length;
  if (s.pages.all.complete) expect(s.unreadCount, 'count = unread items once all are loaded').to.equal(local);
  else expect(s.unreadCount).to.be.at.least(local);
}

/** Runs an action while the server answers it with `fail` (null: normally; 0: no answer; 503: try again later, once). */
async function failing(server: FakeServer, kind: string, fail: number | null, action: () => Promise<void>): Promise<void> {
  if (fail !== null) server.faults[kind] = [fail];
  await action();
  server.faults[kind] = [];
}

/** The server goes away (the network is down) or answers again, and the page hears it is online. */
function network(server: FakeServer, up: boolean): void {
  server.offline = !up;
  if (up) window.dispatchEvent(new Event('online'));
}

export async function run(cmds: Cmd[], initial: number): Promise<void> {
  const server = new FakeServer(Array.from({ length: initial }, (_, i) => makeItem(i * 2 + 1, { readAt: i % 3 ? null : makeItem(0).createdAt, actionRequired: i % 4 === 0 })));
  // What a server with Last-Event-ID replay does: events wait while no stream is open, then arrive in order.
  let buffer: [string, unknown][] = [];
  let es: FakeEventSource | undefined;
  const deliver = (): void => {
    const last = FakeEventSource.last;
    if (last && !last.closed && last !== es) {
      es = last;
      es.open();
    }
    if (es && !es.closed) for (const [type, data] of buffer.splice(0)) es.emit(type, data);
  };
  const publish = (type: string, data: unknown): void => {
    buffer.push([type, data], ['unread-count', { unreadCount: server.unread }]);
    deliver();
  };
  server.onMutate = (kind, data) => publish(kind === 'unread' ? 'notification' : 'read', data);
  server.streamStatus = 200;
  const store = new NotificationStore(ENDPOINT, fakeStoreOptions(server, { limit: 4 }));
  const unsubscribe = store.subscribe(() => undefined);
  const ids = (): string[] => [...server.items.keys()];
  const pick = (n: number): string | undefined => ids()[n % Math.max(1, ids().length)];
  try {
    for (const c of cmds) {
      switch (c.t) {
        case 'push': {
          const item = makeItem(c.n * 2, { id: `p${c.n}`, readAt: c.read ? makeItem(0).createdAt : null });
          const existed = server.items.has(item.id);
          server.items.set(item.id, { ...server.items.get(item.id), ...item });
          if (!existed || Math.random() < 2) publish('notification', { ...server.items.get(item.id)! });
          break;
        }
        case 'load':
          await (c.more ? store.loadMore(c.filter) : store.load(c.filter));
          break;
        case 'dup': {
          const id = pick(c.pick);
          if (id) publish('notification', { ...server.items.get(id)! });
          break;
        }
        case 'serverRead': {
          const item = server.items.get(pick(c.pick) ?? '');
          if (item && item.readAt === null) {
            item.readAt = new Date().toISOString();
            publish('read', { id: item.id, readAt: item.readAt });
          }
          break;
        }
        case 'read':
        case 'unread': {
          const id = pick(c.pick);
          if (!id) break;
          await failing(server, c.t, c.fail, () => store[c.t === 'read' ? 'markRead' : 'markUnread'](id));
          break;
        }
        case 'readAll':
          await failing(server, 'read-all', c.fail, () => store.markAllRead());
          break;
        case 'offline':
        case 'online':
          network(server, c.t === 'online');
          break;
        case 'drop':
          es?.fail();
          break;
        case 'reset':
          // Another identity whose server happens to hold the same items: the store starts over.
          store.reset();
          break;
      }
      await settle();
      deliver();
      check(store.snapshot);
    }

    // Quiescence: back online, every queued action sent, every event delivered.
    network(server, true);
    await settle(2);
    deliver();
    await settle();
    const s = store.snapshot;
    check(s);
    expect(s.pending, 'queue drained').to.equal(0);
    if (s.pages.all.status !== 'idle' || s.pages.unread.status !== 'idle') {
      expect(s.unreadCount, 'count = the server count at rest').to.equal(server.unread);
    }
    // Then load everything: the store holds exactly the server's items and read states.
    await store.load('all');
    for (let i = 0; i < 40 && !store.snapshot.pages.all.complete; i += 1) await store.loadMore('all');
    const end = store.snapshot;
    check(end);
    const truth = server.sorted();
    expect(end.items.map((i) => i.id)).to.deep.equal(truth.map((i) => i.id));
    expect(end.items.map((i) => i.readAt === null)).to.deep.equal(truth.map((i) => i.readAt === null));
    expect(end.unreadCount).to.equal(server.unread);
  } finally {
    unsubscribe();
    FakeEventSource.instances = [];
    buffer = [];
  }
}

type TabCmd =
  | { t: 'read' | 'unread'; tab: 0 | 1; pick: number; fail: 0 | 500 | 503 | null }
  | { t: 'readAll'; tab: 0 | 1; fail: 0 | 500 | 503 | null }
  | { t: 'load'; tab: 0 | 1; more: boolean }
  | { t: 'push' }
  | { t: 'offline' }
  | { t: 'online' }
  | { t: 'close'; tab: 0 | 1; pagehide: boolean };

const tab = fc.constantFrom(0 as const, 1 as const);
const tabCmd: fc.Arbitrary<TabCmd> = fc.oneof(
  fc.record({ t: fc.constantFrom('read' as const, 'unread' as const), tab, pick: fc.nat(), fail: fc.constantFrom(null, null, 0 as const, 500 as const, 503 as const) }),
  fc.record({ t: fc.constant('readAll' as const), tab, fail: fc.constantFrom(null, null, 0 as const, 500 as const, 503 as const) }),
  fc.record({ t: fc.constant('load' as const), tab, more: fc.boolean() }),
  fc.constant({ t: 'push' as const }),
  fc.constant({ t: 'offline' as const }),
  fc.constant({ t: 'online' as const }),
  fc.record({ t: fc.constant('close' as const), tab, pagehide: fc.boolean() }),
);

/** The newest page again, then every page. */
async function loadAll(store: NotificationStore): Promise<void> {
  await store.refresh();
  await store.load();
  for (let i = 0; i < 40 && !store.snapshot.pages.all.complete; i += 1) await store.loadMore();
}

/**
 * Two tabs of one browser (BroadcastChannel, Web Locks) on one server. A tab may be closed at any
 * moment (with or without pagehide) and a new one opened in its place. At rest every open tab shows
 * exactly the server's items and read states, and nothing is left pending: no action is lost, none is
 * applied twice in a way that shows.
 */
async function runTabs(cmds: TabCmd[], initial: number): Promise<void> {
  const server = new FakeServer(Array.from({ length: initial }, (_, i) => makeItem(i * 2 + 1)));
  // The server streams what it accepted, in its order, to the tab holding the stream (which relays it);
  // events wait while no stream is open, as Last-Event-ID replay has it. Two tabs sending at once may
  // reach the server in either order: the stream is what tells the tabs which came last.
  server.streamStatus = 200;
  const buffer: [string, unknown][] = [];
  const opened = new WeakSet<FakeEventSource>();
  const deliver = (): void => {
    const es = FakeEventSource.instances.filter((e) => !e.closed).at(-1);
    if (!es) return;
    if (!opened.has(es)) {
      opened.add(es);
      es.open();
    }
    for (const [type, data] of buffer.splice(0)) es.emit(type, data);
  };
  server.onMutate = (kind, data) => {
    buffer.push([kind === 'unread' ? 'notification' : 'read', data], ['unread-count', { unreadCount: server.unread }]);
    deliver();
  };
  const open = (): { store: NotificationStore; off: () => void } => {
    const store = new NotificationStore(ENDPOINT, fakeStoreOptions(server, { limit: 4, crossTab: true, pollMs: 25 }));
    return { store, off: store.subscribe(() => undefined) };
  };
  const tabs = [open(), open()];
  const ids = (): string[] => [...server.items.keys()];
  let pushed = 0;
  try {
    for (const c of cmds) {
      switch (c.t) {
        case 'read':
        case 'unread': {
          const id = ids()[c.pick % Math.max(1, ids().length)];
          if (!id) break;
          await failing(server, c.t, c.fail, () => tabs[c.tab].store[c.t === 'read' ? 'markRead' : 'markUnread'](id));
          break;
        }
        case 'readAll':
          await failing(server, 'read-all', c.fail, () => tabs[c.tab].store.markAllRead());
          break;
        case 'load':
          await (c.more ? tabs[c.tab].store.loadMore() : tabs[c.tab].store.load());
          break;
        case 'push': {
          // A new notification is the newest; it arrives over the stream.
          pushed += 1;
          const item = makeItem(100 + pushed, { id: `p${pushed}` });
          server.items.set(item.id, item);
          buffer.push(['notification', { ...item }]);
          deliver();
          break;
        }
        case 'offline':
        case 'online':
          network(server, c.t === 'online');
          break;
        case 'close':
          // A closed page fires pagehide; an element removed from a page that stays does not.
          if (c.pagehide) window.dispatchEvent(new Event('pagehide'));
          tabs[c.tab].off();
          tabs[c.tab] = open();
          break;
      }
      await settle();
      deliver();
      for (const t of tabs) check(t.store.snapshot);
    }
    network(server, true);
    // Every tab loads every page first: a tab holding nothing would agree with the server at once, before a
    // closed tab's action it shows is taken over and sent.
    for (const t of tabs) await loadAll(t.store);
    // A closed tab's actions are taken over 100 ms after its lock is free, later on a loaded machine; till
    // then the other tabs show them but count none as pending. So wait until every tab agrees with the
    // server on what it holds (at most about 3 s: tabs that took conflicting answers out of order agree
    // only after the catch-up below).
    const agrees = (s: NotificationSnapshot): boolean =>
      s.pending === 0 && s.unreadCount === server.unread && s.items.every((i) => (server.items.get(i.id)?.readAt === null) === (i.readAt === null));
    await until(() => {
      deliver();
      return tabs.every((t) => agrees(t.store.snapshot));
    });
    await settle(5);
    for (const t of tabs) expect(t.store.snapshot.pending, 'queue drained').to.equal(0);
    // Two tabs that send conflicting actions on one item at the same moment may take the server's
    // answers in another order than the server applied them; the next catch-up (a reconnect, a poll)
    // settles it. That catch-up is done here before comparing with the server.
    for (const t of tabs) await loadAll(t.store);
    await settle(5);
    const truth = server.sorted();
    for (const [n, t] of tabs.entries()) {
      const s = t.store.snapshot;
      expect(s.pending, `tab ${n}: queue drained`).to.equal(0);
      expect(s.items.map((i) => i.id), `tab ${n}: the server's items`).to.deep.equal(truth.map((i) => i.id));
      expect(s.items.map((i) => i.readAt === null), `tab ${n}: the server's read states`).to.deep.equal(truth.map((i) => i.readAt === null));
      expect(s.unreadCount, `tab ${n}: the server's count`).to.equal(server.unread);
    }
  } finally {
    for (const t of tabs) t.off();
    FakeEventSource.instances = [];
    await settle();
  }
}

describe('NotificationStore properties (fast-check)', function () {
  this.timeout(180000);

  it('over random pages, stream events, duplicates, reads, failures, reconnects and resets: no drift, no duplicates, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { maxLength: 25 }), fc.integer({ min: 0, max: 12 }), (cmds, initial) => run(cmds, initial)),
      { numRuns: 150, includeErrorInReport: true },
    );
  });

  it('two tabs, closed and reopened at random, offline and refused actions: every open tab ends with the server\'s truth', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tabCmd, { maxLength: 20 }), fc.integer({ min: 0, max: 8 }), (cmds, initial) => runTabs(cmds, initial)),
      { numRuns: 60, includeErrorInReport: true },
    );
  });

  it('offline, "mark all read" and then one item unread in one tab: back online, the other tab shows that item unread too', async () => {
    // Found by the property above (seed -429686137). The other tab hears the stream's read-all, then the
    // item's unread, then the first tab's answer to its read-all; that answer must not count as newer than
    // a page requested after the unread. Both actions in one millisecond, as a quick reader's are.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      await runTabs([{ t: 'offline' }, { t: 'readAll', tab: 1, fail: null }, { t: 'unread', tab: 1, pick: 0, fail: null }], 5);
    } finally {
      clock.restore();
    }
  });

  it('the checker itself fails on a drifting count', () => {
    const item = { id: 'a', title: 't', sender: { id: 's', name: 'S' }, createdAt: '', createdAtMs: 1, readAt: null, actionRequired: false };
    const bad = { items: [item], unreadCount: 0, pages: { all: { status: 'ready', nextCursor: null, complete: true } } } as unknown as NotificationSnapshot;
    expect(() => check(bad)).to.throw();
    const dup = { ...bad, unreadCount: 2, items: [item, item] } as unknown as NotificationSnapshot;
    expect(() => check(dup)).to.throw();
  });
});
