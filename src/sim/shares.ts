/**
 * Shares by ledger entry key, as a read-only Map that is only built when someone reads it. Attribution stays
 * on in every playthrough (DESIGN §8), but headless runs that never read the shares should not pay for Maps.
 */
export class LazyShares implements ReadonlyMap<string, number> {
  #map: Map<string, number> | undefined;

  /**
   * @param raw index → value before scaling (only non-zero values become entries)
   * @param keyOf index → entry key
   * @param scale each value is multiplied by it
   */
  constructor(
    private readonly raw: readonly number[],
    private readonly keyOf: (index: number) => string,
    private readonly scale = 1,
  ) {}

  private get map(): Map<string, number> {
    if (this.#map === undefined) {
      const map = new Map<string, number>();
      this.raw.forEach((value, index) => {
        if (value !== 0) map.set(this.keyOf(index), value * this.scale);
      });
      this.#map = map;
    }
    return this.#map;
  }

  get size() {
    return this.map.size;
  }
  get(key: string) {
    return this.map.get(key);
  }
  has(key: string) {
    return this.map.has(key);
  }
  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void) {
    this.map.forEach((value, key) => callback(value, key, this));
  }
  entries() {
    return this.map.entries();
  }
  keys() {
    return this.map.keys();
  }
  values() {
    return this.map.values();
  }
  [Symbol.iterator]() {
    return this.map[Symbol.iterator]();
  }
}
