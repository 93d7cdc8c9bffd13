/** One benchmark measurement; `budget` in the same unit, when there is one. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

declare global {
  interface Window {
    __benchResult?: BenchRow[];
  }
}

/** The value below which a share `p` (0–1) of `times` lies: 0.5 is the median, 0.95 the 95th percentile. */
export function percentile(times: readonly number[], p: number): number {
  return [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * p))];
}

/** Median of `runs` timings of `fn` (after one warm-up), in milliseconds. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return percentile(times, 0.5);
}

/** Publishes the rows for bench/run.mjs. Call once at the end of a bench module. */
export function report(rows: BenchRow[] | Promise<BenchRow[]>): void {
  Promise.resolve(rows).then(
    (value) => (window.__benchResult = value),
    (error: unknown) => {
      console.error(error);
      window.__benchResult = [{ name: `failed: ${String(error)}`, value: Number.NaN, unit: '', budget: 0 }];
    },
  );
}
