// Where an entry lives: its group array and slot, and the table that owns them (null in a small map).
import type { GroupArray } from './group.ts';
import type { SwissSlotAddr } from './swiss-events.ts';
import type { Table } from './table.ts';

/** What mapassign returns (the elem's address, in Go) and what lookups find. */
export interface SwissSlotRef<K, V> {
  readonly groups: GroupArray<K, V>;
  readonly slot: number;
  readonly table: Table<K, V> | null;
}

/** The slot as events name it. */
export function addrOf<K, V>(table: Table<K, V> | null, slot: number): SwissSlotAddr {
  return { table: table === null ? null : table.id, slot };
}
