/**
 * A small list virtualizer: measured row heights (an estimate until a row has been seen), prefix-sum
 * offsets, and the range of rows to render for a scroll position with overscan. Heights are kept per
 * key, so they survive filtering and re-sorting. Pure arithmetic: no DOM, cheap to test.
 */
export class Virtualizer<T> {
  /** Height of a row that has not been measured yet, px. */
  estimate: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
  #items: readonly T[] = [];
  #key: (item: T) => string;
  #sizes = new Map<string, number>();
  #offsets = new Float64Array(1);
  #dirty = true;

  constructor(key: (item: T) => string, options: { estimate?: number; overscan?: number } = {}) {
    this.#key = key;
    this.estimate = options.estimate ?? 96;
    this.overscan = options.overscan ?? 4;
  }

  /** The rows (any order-preserving array). Offsets are rebuilt lazily. */
  setItems(items: readonly T[]): void {
    if (items === this.#items) return;
    this.#items = items;
    this.#dirty = true;
  }

  /** Records a measured height; returns how much the row grew (negative: shrank). */
  setSize(key: string, size: number): number {
    const previous = this.#sizes.get(key) ?? this.estimate;
    if (Math.abs(previous - size) < 0.5) return 0;
    this.#sizes.set(key, size);
    this.#dirty = true;
    return size - previous;
  }

  #build(): Float64Array {
    if (this.#dirty) {
      const n = this.#items.length;
      if (this.#offsets.length < n + 1) this.#offsets = new Float64Array(Math.max(n + 1, this.#offsets.length * 2));
      const offsets = this.#offsets;
      const sizes = this.#sizes;
      const estimate = this.estimate;
      offsets[0] = 0;
      if (sizes.size === 0) {
        for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i] + estimate;
      } else {
        for (let i = 0; i < n; i += 1) offsets[i + 1] = offsets[i] + (sizes.get(this.#key(this.#items[i])) ?? estimate);
      }
      this.#dirty = false;
    }
    return this.#offsets;
  }

  /** Total height of every row, px. */
  get total(): number {
    return this.#build()[this.#items.length];
  }

  /** Top of row `index`, px. */
  offset(index: number): number {
    return this.#build()[Math.max(0, Math.min(index, this.#items.length))];
  }

  /** Height of row `index` (measured or estimated), px. */
  size(index: number): number {
    const offsets = this.#build();
    return offsets[index + 1] - offsets[index];
  }

  /** The row at a vertical position (clamped). */
  indexAt(y: number): number {
    const offsets = this.#build();
    const n = this.#items.length;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** [start, end) of the rows to render for a viewport, overscan included. */
  range(scrollTop: number, height: number): [number, number] {
    const n = this.#items.length;
    if (n === 0) return [0, 0];
    const first = this.indexAt(scrollTop);
    const last = this.indexAt(scrollTop + Math.max(height, 1) - 1);
    return [Math.max(0, first - this.overscan), Math.min(n, last + 1 + this.overscan)];
  }

  /** The scrollTop that brings row `index` fully into a viewport (unchanged when it already is). */
  scrollFor(index: number, scrollTop: number, height: number): number {
    const top = this.offset(index);
    const bottom = top + this.size(index);
    if (top < scrollTop) return top;
    if (bottom > scrollTop + height) return Math.min(top, bottom - height);
    return scrollTop;
  }
}
