// What the Swiss-table map model reports as it works: one event per state change, with old and new values.
//
// As in the classic model (../map/map-events.ts), a sink is optional and every emit site is
// guarded by `if (m.sink)`, so a map without one builds no event objects. Each event carries what
// is needed to undo it: a player steps backwards by reverting events in reverse order. Rebuilds
// (grow, split, growToTable) carry a snapshot of the table(s) they produced; the table they
// replaced is left untouched by Go (only its index becomes -1), so undoing one is re-pointing the
// directory entries at the old table and restoring its index.

/** A table's identity in events, handed out per map in creation order. */
export type TableId = number;

/** Which runtime write function toggled `writing`. */
export type SwissWriteKind = 'mapassign' | 'mapdelete' | 'mapclear';

/** A slot a view can draw: `table` null means the small map's single group; slot = group*8 + i. */
export interface SwissSlotAddr {
  table: TableId | null;
  slot: number;
}

/** A group array's contents (the small map's group, or a table's groups). */
export interface GroupsSnapshot<K = unknown, V = unknown> {
  ctrl: number[];
  keys: Array<K | undefined>;
  elems: Array<V | undefined>;
}

/** A whole table as it stood at the moment of the event. */
export interface TableSnapshot<K = unknown, V = unknown> extends GroupsSnapshot<K, V> {
  table: TableId;
  capacity: number;
  used: number;
  growthLeft: number;
  localDepth: number;
  index: number;
}

export type SwissEvent<K = unknown, V = unknown> =
  | { kind: 'swiss.made'; map: number; seed: number; hint: number; globalDepth: number; tables: Array<TableSnapshot<K, V>> }
  | { kind: 'swiss.group.allocated'; map: number }
  | { kind: 'swiss.write.began'; map: number; op: SwissWriteKind; key: K | undefined; writingBefore: number; writingAfter: number }
  | { kind: 'swiss.write.ended'; map: number; op: SwissWriteKind; writingBefore: number; writingAfter: number }
  | {
      kind: 'swiss.slot.written'; map: number; at: SwissSlotAddr;
      ctrlBefore: number; ctrlAfter: number; keyBefore: K | undefined; keyAfter: K;
      usedBefore: number; usedAfter: number;
      /** The table's growthLeft; null in a small map, which has none. */
      growthLeftBefore: number | null; growthLeftAfter: number | null;
    }
  | { kind: 'swiss.key.updated'; map: number; at: SwissSlotAddr; keyBefore: K | undefined; keyAfter: K }
  | { kind: 'swiss.elem.stored'; map: number; at: SwissSlotAddr; before: V | undefined; after: V }
  | {
      kind: 'swiss.slot.deleted'; map: number; at: SwissSlotAddr;
      /** ctrlAfter is ctrlEmpty, or ctrlDeleted (a tombstone) when the group had no empty slot. */
      ctrlBefore: number; ctrlAfter: number; key: K | undefined; elem: V | undefined;
      usedBefore: number; usedAfter: number; growthLeftBefore: number | null; growthLeftAfter: number | null;
    }
  | { kind: 'swiss.seed.changed'; map: number; before: number; after: number }
  | {
      kind: 'swiss.grew.to.table'; map: number;
      /** The small group it came from (Go leaves it as it was), and the table it became. */
      small: GroupsSnapshot<K, V>; table: TableSnapshot<K, V>;
    }
  | {
      kind: 'swiss.table.grown'; map: number; old: TableId; oldCapacity: number; oldIndex: number;
      table: TableSnapshot<K, V>; dirStart: number; dirEntries: number;
    }
  | {
      kind: 'swiss.directory.doubled'; map: number; globalDepthBefore: number; globalDepthAfter: number;
      /** Tables whose first directory index moved (index i became 2i). */
      indexChanges: Array<{ table: TableId; before: number; after: number }>;
    }
  | {
      kind: 'swiss.table.split'; map: number; old: TableId; oldIndex: number; oldLocalDepth: number;
      /** The hash bit that sent an entry right. */
      bit: number; left: TableSnapshot<K, V>; right: TableSnapshot<K, V>;
    }
  | {
      kind: 'swiss.cleared'; map: number; usedBefore: number; clearSeqBefore: number; clearSeqAfter: number;
      /** What was emptied, as it was before. */
      small: GroupsSnapshot<K, V> | null; tables: Array<TableSnapshot<K, V>>;
    }
  | { kind: 'swiss.read'; map: number; key: K; found: boolean; at: SwissSlotAddr | null }
  | {
      kind: 'swiss.iter.started'; map: number; iter: number; small: boolean;
      entryOffset: number; dirOffset: number; globalDepth: number;
    }
  | { kind: 'swiss.iter.yielded'; map: number; iter: number; key: K; elem: V; at: SwissSlotAddr; viaLookup: boolean }
  | { kind: 'swiss.iter.finished'; map: number; iter: number }
  | { kind: 'swiss.cloned'; map: number; clone: number; used: number }
  | SwissPruneEvent
  | {
      /** One probe for a key (see SwissProbeOp); emitted where the op looks the key up. */
      kind: 'swiss.probed'; map: number; op: SwissProbeOp; key: K; hash: number; dirIndex: number;
      /** The table probed; null for the small map's group (which is matched whole, probes 1). */
      table: TableId | null; probes: number; found: boolean;
      /** The slot found (found) or taken for a new key; null when the probe ended with neither. */
      at: SwissSlotAddr | null;
    };

/** Which lookup a probe belongs to: an assignment, a read, or a delete. */
export type SwissPruneEvent = {
  /** Go 1.25+ table.pruneTombstones: `slots` went from tombstone to empty; growthLeft grew by as many. */
  kind: 'swiss.tombstones.pruned'; map: number; table: TableId; growthLeftBefore: number; growthLeftAfter: number; slots: number[];
};


export type SwissProbeOp = 'assign' | 'access' | 'delete';

/** Receives the model's events. Attach one to a map to observe it; leave it off for speed. */
export interface SwissEventSink<K = unknown, V = unknown> {
  emit(event: SwissEvent<K, V>): void;
}
