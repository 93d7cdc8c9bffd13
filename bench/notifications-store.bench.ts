// Data layer: a burst of 1,000 stream events into a store holding 10,000 items, and the heap after loading them.
import { NotificationStore } from '../src/data/index.js';
import { report, medianMs, type BenchRow } from './support.js';

const N = 10000;
const T0 = Date.now() - 30 * 86400000;
const raw = (i: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `n${i}`,
  title: `Studietoelagen: bericht ${i} over uw dossier`,
  body: 'De status van uw Studietoelage is gewijzigd.',
  sender: { id: `s${i % 12}`, name: `Afzender ${i % 12}` },
  createdAt: new Date(T0 + i * 60000).toISOString(),
  readAt: i % 4 === 0 ? null : new Date(T0 + i * 60000 + 1000).toISOString(),
  actionRequired: i % 50 === 0,
  url: `/dossiers.html#d${i}`,
  ...extra,
});

/** A fetch that serves N items in pages of 100 (the protocol maximum). */
function serve(items: Record<string, unknown>[]): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const start = Number(url.searchParams.get('before') ?? 0);
    const page = items.slice(start, start + 100);
    const next = start + 100 < items.length ? String(start + 100) : null;
    return Response.json({ items: page, nextCursor: next, unreadCount: items.filter((i) => i.readAt === null).length });
  }) as typeof fetch;
}

async function loaded(): Promise<NotificationStore> {
  const items = Array.from({ length: N }, (_, i) => raw(N - i));
  const store = new NotificationStore(`${location.origin}/api/notifications`, { fetch: serve(items), storage: null, crossTab: false });
  await store.load();
  while (!store.snapshot.pages.all.complete) await store.loadMore();
  return store;
}

/** 1,000 events: new items, changed items, reads and counts, each followed by a snapshot read (a component render). */
function burst(store: NotificationStore, round: number): void {
  for (let i = 0; i < 1000; i += 1) {
    const k = i % 4;
    if (k === 0) store.applyEvent('notification', raw(N + round * 1000 + i + 1, { readAt: null }));
    else if (k === 1) store.applyEvent('read', { id: `n${1 + ((i * 37) % N)}` });
    else if (k === 2) store.applyEvent('notification', raw(1 + ((i * 53) % N), { readAt: null, title: `Gewijzigd ${round}` }));
    else store.applyEvent('unread-count', { unreadCount: 2500 + i });
    void store.snapshot;
  }
}

async function run(): Promise<BenchRow[]> {
  const heapOf = (): number | undefined => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
  (globalThis as unknown as { gc?: () => void }).gc?.();
  const before = heapOf();
  const store = await loaded();
  (globalThis as unknown as { gc?: () => void }).gc?.();
  const after = heapOf();
  if (store.snapshot.items.length !== N) throw new Error(`expected ${N} items, got ${store.snapshot.items.length}`);

  let round = 0;
  const burstMs = await medianMs(() => burst(store, (round += 1)), 5);
  const loadMs = await medianMs(() => loaded(), 3);
  const rows: BenchRow[] = [
    { name: 'store: 1,000 stream events into 10,000 items (snapshot after each)', value: burstMs, unit: 'ms', budget: 50 },
    { name: 'store: load 10,000 items (100 pages, validated)', value: loadMs, unit: 'ms' },
  ];
  if (before !== undefined && after !== undefined) rows.push({ name: 'store: heap after loading 10,000 items', value: (after - before) / 1048576, unit: 'MB' });
  return rows;
}

report(run());
