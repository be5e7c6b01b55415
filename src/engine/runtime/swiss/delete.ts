// Removing a key from a Swiss map: Go 1.24's Map.Delete as a phased op, with tombstones and the reseed.
//
// Phases (internal/runtime/maps/map.go Delete, table.go Delete):
//   entry   nil or empty map → return with no check (an unhashable key still panics);
//           writing != 0 → fatal "concurrent map writes"; hash the key
//   toggle  writing ^= 1
//   delete  small map: the slot becomes empty (small maps never need tombstones, no probe runs
//           past their one group); table: the slot becomes empty if its group has an empty slot
//           (growthLeft++), else a tombstone (ctrlDeleted) so probes keep going through the
//           group; a map whose used drops to 0 gets a new seed
//   exit    writing == 0 → fatal "concurrent map writes"; writing ^= 1
import type { KeyOps } from '../map/hash.ts';
import { ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from '../map/map-op.ts';
import { findSmall } from './access.ts';
import { ctrlEmpty } from './ctrl.ts';
import { directoryIndex } from './directory.ts';
import { addrOf } from './slot-ref.ts';
import { emitProbed } from './probe-event.ts';
import type { SwissGoMap, SwissMap } from './swiss-map.ts';
import { deleteAt, tableFind } from './table.ts';
import { exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranDelete = phaseRan('delete');

/** The op's value: whether a key was removed (Go's delete returns nothing; views like to know). */
export class SwissDeleteOp<K, V> implements MapOp<boolean> {
  readonly name = 'mapdelete';
  next: 'entry' | 'toggle' | 'delete' | 'exit' | 'done' = 'entry';
  private hash = 0;
  private removed = false;
  private outcome: OpOutcome<boolean> | null = null;

  constructor(readonly m: SwissGoMap<K, V>, readonly key: K, readonly nilKeys?: KeyOps<K>) {}

  step(): StepResult<boolean> {
    if (this.outcome !== null) return this.outcome;
    const m = this.m;
    switch (this.next) {
      case 'entry': {
        if (m === null || m.used === 0) {
          const p = (m === null ? this.nilKeys : m.keys)?.hashPanic?.(this.key);
          return this.finish(p !== undefined ? panicked(p) : ok(false));
        }
        const f = writeEntryCheck(m);
        if (f !== null) return this.finish(f);
        const p = m.keys.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        this.hash = m.keys.hash(this.key, m.seed) >>> 0;
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(m!, 'mapdelete', this.key);
        this.next = 'delete';
        return ranToggle;
      case 'delete':
        this.remove(m!);
        this.next = 'exit';
        return ranDelete;
      case 'exit': {
        const f = exitWrite(m!, 'mapdelete');
        return this.finish(f ?? ok(this.removed));
      }
      default:
        return this.outcome!;
    }
  }

  private remove(m: SwissMap<K, V>): void {
    if (m.dirLen === 0) {
      const g = m.small;
      const i = g === null ? -1 : findSmall(g, m.keys, this.hash, this.key);
      if (m.sink && g !== null) emitProbed(m, 'delete', this.key, this.hash, -1, null, i, i >= 0);
      if (g !== null && i >= 0) {
        if (m.sink) {
          m.sink.emit({
            kind: 'swiss.slot.deleted', map: m.id, at: addrOf(null, i), ctrlBefore: g.ctrl[i], ctrlAfter: ctrlEmpty,
            key: g.keys[i], elem: g.elems[i], usedBefore: m.used, usedAfter: m.used - 1, growthLeftBefore: null, growthLeftAfter: null,
          });
        }
        g.ctrl[i] = ctrlEmpty;
        g.keys[i] = undefined;
        g.elems[i] = undefined;
        m.used--;
        this.removed = true;
      }
    } else {
      const dirIndex = directoryIndex(m, this.hash);
      const t = m.dir[dirIndex];
      const s = tableFind(t, m.keys, this.hash, this.key);
      if (m.sink) emitProbed(m, 'delete', this.key, this.hash, dirIndex, t, s, s >= 0);
      if (s >= 0) {
        const g = t.groups;
        const ctrlBefore = g.ctrl[s];
        const key = g.keys[s];
        const elem = g.elems[s];
        const glBefore = t.growthLeft;
        const ctrlAfter = deleteAt(t, s);
        m.used--;
        this.removed = true;
        m.sink?.emit({
          kind: 'swiss.slot.deleted', map: m.id, at: addrOf(t, s), ctrlBefore, ctrlAfter, key, elem,
          usedBefore: m.used + 1, usedAfter: m.used, growthLeftBefore: glBefore, growthLeftAfter: t.growthLeft,
        });
      }
    }
    // golang/go issue 25237: an emptied map gets a fresh seed.
    if (m.used === 0) m.reseed();
  }

  private finish(o: OpOutcome<boolean>): OpOutcome<boolean> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased `delete(m, key)`. */
export function swissDeleteOp<K, V>(m: SwissGoMap<K, V>, key: K, nilKeys?: KeyOps<K>): SwissDeleteOp<K, V> {
  return new SwissDeleteOp(m, key, nilKeys);
}

/** `delete(m, key)` with no interleaving. */
export function swissDelete<K, V>(m: SwissGoMap<K, V>, key: K, nilKeys?: KeyOps<K>): OpOutcome<boolean> {
  return runToEnd(new SwissDeleteOp(m, key, nilKeys));
}
