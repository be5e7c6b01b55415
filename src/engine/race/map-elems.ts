// Map entries' element slots as memory the race detector watches, besides the map header.
//
// In Go, `m[k] = v` is mapassign (which writes the header, racewritepc) followed by a plain store
// into the element slot it returned, and `v := m[k]` is mapaccess (a header read) followed by a
// plain load from the slot when the key is present (a missing key reads the shared zero value,
// never written). So a write and a read of the same entry by unordered goroutines are two races
// in Go's report: the header and the element (checked against go1.23 -race). The lab gives each
// entry of a map a slot number per key; only keys that are numbers, strings or booleans are
// tracked (others: header only). Go moves slots when the map grows; the lab keeps one per key.

interface Entries {
  /** The object the slots' shadow hangs from (an array, so each slot has its own shadow). */
  readonly slots: unknown[];
  readonly index: Map<unknown, number>;
  /** Keys present now, as far as the detector saw the map's writes. */
  readonly present: Set<unknown>;
}

export class MapElems {
  private readonly maps = new WeakMap<object, Entries>();

  private entries(h: object): Entries {
    let e = this.maps.get(h);
    if (e === undefined) this.maps.set(h, (e = { slots: [], index: new Map(), present: new Set() }));
    return e;
  }

  /** The location of key k's element in map h, or null for keys the lab does not track. */
  slot(h: object, k: unknown): [unknown[], number] | null {
    if (!(typeof k === 'string' || typeof k === 'boolean' || (typeof k === 'number' && !Number.isNaN(k)))) return null;
    const e = this.entries(h);
    let i = e.index.get(k);
    if (i === undefined) e.index.set(k, (i = e.index.size));
    return [e.slots, i];
  }

  assigned(h: object, k: unknown): void {
    this.entries(h).present.add(k);
  }

  deleted(h: object, k: unknown): void {
    this.maps.get(h)?.present.delete(k);
  }

  cleared(h: object): void {
    this.maps.get(h)?.present.clear();
  }

  has(h: object, k: unknown): boolean {
    return this.maps.get(h)?.present.has(k) ?? false;
  }
}
