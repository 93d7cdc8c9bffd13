/**
 * UI benchmarks for the notification components, on an in-memory source holding 10,000 items:
 * - opening the bell's panel: main-thread time from `open = true` to a laid-out panel (budget 16 ms);
 * - first render of loket-inbox: from insertion to a laid-out, virtualized list (budget 50 ms);
 * - scrolling loket-inbox: each scroll step's main-thread work, from the scroll event to laid-out rows
 *   (median and 95th percentile, budget 16 ms each, one frame; and the part that is Loket's script, the rest
 *   being the browser's style and layout), and the frames dropped while the list scrolls on every frame
 *   from the top to item 10,000.
 * The first two are the median of 9 runs after a warm-up.
 */
import '../src/entries/notifications.js';
import '../src/entries/inbox.js';
import '../src/styles/tokens.css';
import type { LoketNotifications } from '../src/components/notifications/notifications.js';
import type { LoketInbox } from '../src/components/inbox/inbox.js';
import { FakeSource, makeNotifications } from '../test/support/fake-source.js';
import { percentile, report, type BenchRow } from './support.js';

const ITEMS = makeNotifications(10000, 500);
const RUNS = 9;

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
  return percentile(times, 0.5);
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
  return percentile(times, 0.5);
}

/** An inbox 800 px high, rows measured as they come into view (none is measured before). */
async function scrollingInbox(): Promise<{ el: LoketInbox; viewport: HTMLElement; remove: () => void }> {
  const source = await loadedSource();
  const el = document.createElement('loket-inbox') as LoketInbox;
  el.source = source;
  const box = document.createElement('div');
  box.style.height = '800px';
  box.append(el);
  document.body.append(box);
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
  return { el, viewport, remove: () => box.remove() };
}

/** 200 steps of one and a half screens each, into rows never seen before: the scroll event to laid-out rows. */
async function scrollSteps(): Promise<[total: number[], script: number[]]> {
  const { el, viewport, remove } = await scrollingInbox();
  const times: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const start = performance.now();
    viewport.scrollTop += viewport.clientHeight * 1.5;
    viewport.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    script.push(performance.now() - start);
    el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
    times.push(performance.now() - start);
    // The rows' measurement (a ResizeObserver) and its re-render happen in the frames between steps.
    await nextFrame();
    await nextFrame();
  }
  remove();
  return [times, script];
}

/** Scrolls 400 px on every frame until item 10,000 is on screen; counts the frames that took longer than one and a half. */
async function droppedFrames(): Promise<[dropped: number, frames: number]> {
  const { el, viewport, remove } = await scrollingInbox();
  let last = performance.now();
  const intervals: number[] = [];
  while (!el.shadowRoot!.querySelector('.row[aria-posinset="10000"]') && intervals.length < 5000) {
    viewport.scrollTop += 400;
    await nextFrame();
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  remove();
  const frame = percentile(intervals, 0.5);
  return [intervals.filter((t) => t > frame * 1.5).length, intervals.length];
}

async function run(): Promise<BenchRow[]> {
  const open = await panelOpen();
  const inbox = await inboxFirstRender();
  const [steps, script] = await scrollSteps();
  const [dropped, frames] = await droppedFrames();
  return [
    { name: 'open the panel with 10,000 items (main thread to layout)', value: open, unit: 'ms', budget: 16 },
    { name: 'first render of loket-inbox with 10,000 items', value: inbox, unit: 'ms', budget: 50 },
    { name: 'scroll loket-inbox into unseen rows, per step (median)', value: percentile(steps, 0.5), unit: 'ms', budget: 16 },
    { name: 'scroll loket-inbox into unseen rows, per step (p95)', value: percentile(steps, 0.95), unit: 'ms', budget: 16 },
    { name: "scroll loket-inbox into unseen rows, per step: Loket's script (median)", value: percentile(script, 0.5), unit: 'ms' },
    { name: `scroll loket-inbox to item 10,000 at 400 px a frame: frames dropped of ${frames}`, value: dropped, unit: 'frames' },
  ];
}

report(run());
