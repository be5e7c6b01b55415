// The Swiss map header (Go 1.24's maps.Map), map creation with a size hint, and the small form.
//
// A Go map value is a pointer to a Map and a nil map is a nil pointer: the model's value is
// `SwissMap | null`. Go's dirPtr points either at the small map's one group (dirLen 0) or at the
// directory of tables (dirLen > 0); the model keeps the two as separate fields, `small` and `dir`,
// exactly one of which is in use (neither before the first write of a map made with hint ≤ 8).
import type { KeyOps } from '../map/hash.ts';
import type { MapRand } from '../map/hmap.ts';
import { groupSlots, maxAvgGroupLoad, maxTableCapacity } from './ctrl.ts';
import { GroupArray } from './group.ts';
import type { SwissEventSink, TableId } from './swiss-events.ts';
import { snapshotTable, Table, tableCapacity } from './table.ts';

export class SwissMap<K, V> {
  /** Live entries; `len(m)` reads it with no check. */
  used = 0;
  /** Per-map hash seed (uint32 here; uintptr in Go). */
  seed: number;
  /** The small map's group (dirLen == 0), or null. */
  small: GroupArray<K, V> | null = null;
  /** The directory: 2^globalDepth table references, empty while the map is small. */
  dir: Array<Table<K, V>> = [];
  globalDepth = 0;
  /** Toggled (XOR 1) by every write at its start and end; non-zero means a write is under way. */
  writing = 0;
  /** Bumped by clear, so an iterator can tell its NaN keys were cleared. */
  clearSeq = 0;
  /** Go 1.25+: an insert that finds no room first prunes tombstones (prune.ts); Go 1.24 grows at once. */
  pruneTombstones = false;
  private nextTableId: TableId = 1;

  constructor(
    readonly id: number,
    readonly keys: KeyOps<K>,
    /** The elem type's zero value: what a missing key reads as. */
    readonly elemZero: V,
    /** Go's runtime rand(): seeds and iteration offsets. */
    readonly rand: MapRand,
    /** Optional observer; undefined means no events are built. Settable so a test can attach late. */
    public sink: SwissEventSink<K, V> | undefined,
    /** A given seed (a clone keeps its source's); otherwise one is drawn from `rand`. */
    seed?: number,
  ) {
    this.seed = seed ?? rand.nextU32();
  }

  get dirLen(): number {
    return this.dir.length;
  }

  /** A fresh table with this map's next id; `capacity` is a power of two ≥ 8. */
  newTable(capacity: number, index: number, localDepth: number): Table<K, V> {
    return new Table<K, V>(this.nextTableId++, capacity, index, localDepth);
  }

  /** The next table id (for tables built elsewhere, e.g. a clone's copies). */
  takeTableId(): TableId {
    return this.nextTableId++;
  }

  /** Draws a new seed (after the last delete and on clear: golang/go issue 25237). */
  reseed(): void {
    const before = this.seed;
    this.seed = this.rand.nextU32();
    this.sink?.emit({ kind: 'swiss.seed.changed', map: this.id, before, after: this.seed });
  }
}

/** A Go map value under Go 1.24+: a Swiss map, or null for a nil map. */
export type SwissGoMap<K, V> = SwissMap<K, V> | null;

/**
 * The most tables a size hint may ask for up front (64 tables of 1024 slots, room for 57,344
 * entries). Go would try to allocate whatever the hint implies; the model caps the up-front
 * directory, and the map still grows past it as entries arrive.
 */
export const maxHintDirSize = 64;

export interface MakeSwissMapOptions<K, V> {
  id: number;
  keys: KeyOps<K>;
  elemZero: V;
  rand: MapRand;
  /** make(map[K]V, hint); negative, non-finite or absent means 0. */
  hint?: number;
  sink?: SwissEventSink<K, V>;
  /** Model Go 1.25+'s tombstone pruning (default false: Go 1.24). */
  pruneTombstones?: boolean;
}

/**
 * Go's NewMap: hint ≤ 8 allocates nothing (the first write makes the small group); otherwise a
 * directory of ceil(hint*8/7 / 1024) tables rounded up to a power of two, each with
 * (hint*8/7)/dirSize slots rounded up to a power of two.
 */
export function makeSwissMap<K, V>(o: MakeSwissMapOptions<K, V>): SwissMap<K, V> {
  const m = new SwissMap<K, V>(o.id, o.keys, o.elemZero, o.rand, o.sink);
  m.pruneTombstones = o.pruneTombstones === true;
  const hint = o.hint !== undefined && Number.isFinite(o.hint) && o.hint > 0 ? Math.floor(o.hint) : 0;
  if (hint > groupSlots) {
    const target = Math.min(Math.floor((hint * groupSlots) / maxAvgGroupLoad), maxHintDirSize * maxTableCapacity);
    let dirSize = 1;
    while (dirSize * maxTableCapacity < target) dirSize *= 2;
    m.globalDepth = Math.log2(dirSize);
    for (let i = 0; i < dirSize; i++) m.dir.push(m.newTable(tableCapacity(Math.floor(target / dirSize)), i, m.globalDepth));
  }
  m.sink?.emit({
    kind: 'swiss.made', map: m.id, seed: m.seed, hint, globalDepth: m.globalDepth, tables: m.dir.map(snapshotTable),
  });
  return m;
}

/** Go's growToSmall: the first write to an unallocated map makes its one group. */
export function growToSmall<K, V>(m: SwissMap<K, V>): void {
  m.small = new GroupArray<K, V>(1);
  m.sink?.emit({ kind: 'swiss.group.allocated', map: m.id });
}

/** len(m): reads used with no check (0 for a nil map). */
export function swissLen<K, V>(m: SwissGoMap<K, V>): number {
  return m === null ? 0 : m.used;
}
