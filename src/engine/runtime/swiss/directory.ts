// The directory of tables (extendible hashing): which table a hash selects, and how tables are installed.
//
// Go 1.24 internal/runtime/maps/map.go. The directory has 2^globalDepth entries indexed by the top
// globalDepth bits of the hash. A table with localDepth d owns the 2^(globalDepth-d) consecutive
// entries that start at its `index`. A split gives each half localDepth d+1; when d already equals
// globalDepth there is no room for that, so the directory doubles first (entry i becomes 2i and
// 2i+1) and every table's index doubles with it.
import type { SwissMap } from './swiss-map.ts';
import type { Table } from './table.ts';

/** Go's directoryIndex: the top globalDepth bits of the (32-bit) hash; 0 for a one-entry directory. */
export function directoryIndex<K, V>(m: SwissMap<K, V>, hash: number): number {
  return m.globalDepth === 0 ? 0 : hash >>> (32 - m.globalDepth);
}

/** How many directory entries a table of `localDepth` occupies at the map's current globalDepth. */
export function entriesOf<K, V>(m: SwissMap<K, V>, localDepth: number): number {
  return 2 ** (m.globalDepth - localDepth);
}

/** Go's replaceTable: point every entry the table owns at it. */
export function replaceTable<K, V>(m: SwissMap<K, V>, t: Table<K, V>): void {
  const n = entriesOf(m, t.localDepth);
  for (let i = 0; i < n; i++) m.dir[t.index + i] = t;
}

/** Go's directory growth inside installTableSplit: double, and move each table's index from i to 2i. */
export function doubleDirectory<K, V>(m: SwissMap<K, V>): Array<{ table: number; before: number; after: number }> {
  const old = m.dir;
  const dir = new Array<Table<K, V>>(old.length * 2);
  const changes: Array<{ table: number; before: number; after: number }> = [];
  for (let i = 0; i < old.length; i++) {
    const t = old[i];
    dir[2 * i] = t;
    dir[2 * i + 1] = t;
    // A table spans several entries; only its first one (index == i) moves its index.
    if (t.index === i) {
      t.index = 2 * i;
      changes.push({ table: t.id, before: i, after: 2 * i });
    }
  }
  m.dir = dir;
  m.globalDepth++;
  return changes;
}

/** Every distinct table in directory order (a table owning several entries appears once). */
export function distinctTables<K, V>(dir: ReadonlyArray<Table<K, V>>): Array<Table<K, V>> {
  const out: Array<Table<K, V>> = [];
  for (let i = 0; i < dir.length; i++) if (i === 0 || dir[i] !== dir[i - 1]) out.push(dir[i]);
  return out;
}
