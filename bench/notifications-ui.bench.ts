/**
 * UI benchmarks for the notification components, on an in-memory source holding 10,000 items:
 * - opening the bell's panel: main-thread time from `open = true` to a laid-out panel (budget 16 ms);
 * - first render of loket-inbox: from insertion to a laid-out, virtualized list (budget 50 ms).
 * Each is the median of 9 runs after a warm-up.
 */
import '../src/entries/notifications.js';
import '../src/entries/inbox.js';
import '../src/styles/tokens.css';
import type { LoketNotifications } from '../src/components/notifications/notifications.js';
import type { LoketInbox } from '../src/components/inbox/inbox.js';
import { FakeSource, makeNotifications } from '../test/support/fake-source.js';
import { report, type BenchRow } from './support.js';

const ITEMS = makeNotifications(10000, 500);
const RUNS = 9;

const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function loadedSource(): Promise<FakeSource> {
  const source = new FakeSource({ items: ITEMS });
  await source.load('all');
  return source;
}

async function panelOpen(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    // A fresh element and store each run: nothing (grouping included) is cached from the run before.
    const source = await loadedSource();
    const el = document.createElement('loket-notifications') as LoketNotifications;
    el.source = source;
    el.inboxUrl = '/inbox.html';
    document.body.append(el);
    await el.updateComplete;
    await nextFrame();
    const start = performance.now();
    el.open = true;
    await el.updateComplete;
    el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    const time = performance.now() - start;
    if (i > 0) times.push(time);
    el.remove();
  }
  return median(times);
}

async function inboxFirstRender(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const source = await loadedSource();
    await nextFrame();
    const start = performance.now();
    const el = document.createElement('loket-inbox') as LoketInbox;
    el.source = source;
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector('.row')!.getBoundingClientRect();
    const time = performance.now() - start;
    if (i > 0) times.push(time);
    el.remove();
  }
  return median(times);
}

async function run(): Promise<BenchRow[]> {
  const open = await panelOpen();
  const inbox = await inboxFirstRender();
  return [
    { name: 'open the panel with 10,000 items (main thread to layout)', value: open, unit: 'ms', budget: 16 },
    { name: 'first render of loket-inbox with 10,000 items', value: inbox, unit: 'ms', budget: 50 },
  ];
}

report(run());
