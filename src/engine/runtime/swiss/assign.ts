// Writing a key to a Swiss map: Go 1.24's runtime_mapassign as a phased op, and the elem store after it.
//
// Phases (internal/runtime/maps/runtime_swiss.go, runtime_mapassign):
//   entry        nil map → panic; writing != 0 → fatal "concurrent map writes"; hash the key
//   toggle       writing ^= 1; allocate the small group if there is none; small with used < 8 →
//                putSmall, small and full → growToTable, else probe
//   putSmall     putSlotSmall: update the key in place, or take the first free slot; none free
//                (another writer filled it since the used check) → fatal "small map with no
//                empty slot (concurrent map writes?)"
//   growToTable  the 8 entries move into a 16-slot table
//   probe        select the table by the top hash bits; probe for the key; insert into the first
//                tombstone seen or the empty slot ending the probe, or, with growthLeft 0, go to
//                grow/split and then probe again (Go's `continue outer`)
//   grow | split the selected table is rebuilt twice as large, or split in two
//   exit         writing == 0 → fatal "concurrent map writes"; writing ^= 1
// The elem itself is written after the op is done (swissStoreElem), through the returned slot, as
// compiled Go code writes through the pointer mapassign returns.
import {
  fatal, msgNilMapAssign, ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult,
} from '../map/map-op.ts';
import { ctrlDeleted, groupSlots, h2 } from './ctrl.ts';
import { directoryIndex } from './directory.ts';
import { firstBit } from './group.ts';
import { growToTable, rehash, rehashKind } from './rehash.ts';
import { addrOf, type SwissSlotRef } from './slot-ref.ts';
import { emitProbed } from './probe-event.ts';
import { growToSmall, type SwissGoMap, type SwissMap } from './swiss-map.ts';
import { needRehash, probeForPut, putAt, type Table } from './table.ts';
import { pruneTombstones } from './prune.ts';
import { exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

/** Go 1.24's fatal when a small map's group has no free slot although used said it had. */
export const msgSmallNoEmpty = 'small map with no empty slot (concurrent map writes?)';

type AssignPhase = 'entry' | 'toggle' | 'putSmall' | 'growToTable' | 'probe' | 'grow' | 'split' | 'exit' | 'done';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranPutSmall = phaseRan('putSmall');
const ranGrowToTable = phaseRan('growToTable');
const ranProbe = phaseRan('probe');
const ranGrow = phaseRan('grow');
const ranSplit = phaseRan('split');

export class SwissAssignOp<K, V> implements MapOp<SwissSlotRef<K, V>> {
  readonly name = 'mapassign';
  next: AssignPhase = 'entry';
  private hash = 0;
  /** The table the last probe found full, for the grow/split phase. */
  private full: Table<K, V> | null = null;
  private slot: SwissSlotRef<K, V> | null = null;
  private outcome: OpOutcome<SwissSlotRef<K, V>> | null = null;

  constructor(readonly m: SwissGoMap<K, V>, readonly key: K) {}

  step(): StepResult<SwissSlotRef<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const m = this.m;
    if (m === null) return this.finish(panicked(msgNilMapAssign));
    switch (this.next) {
      case 'entry': {
        const f = writeEntryCheck(m);
        if (f !== null) return this.finish(f);
        // Hashing may panic (unhashable interface key) before writing is touched: no write happened.
        const p = m.keys.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        this.hash = m.keys.hash(this.key, m.seed) >>> 0;
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(m, 'mapassign', this.key);
        if (m.small === null && m.dirLen === 0) growToSmall(m);
        this.next = m.dirLen > 0 ? 'probe' : m.used < groupSlots ? 'putSmall' : 'growToTable';
        return ranToggle;
      case 'putSmall':
        // A racing writer may have turned the map into a table since the toggle phase; Go would
        // misread the directory as a group, the model probes the table instead.
        if (m.small === null) return this.probe(m);
        return this.putSmall(m);
      case 'growToTable':
        if (m.dirLen === 0) growToTable(m);
        this.next = 'probe';
        return ranGrowToTable;
      case 'probe':
        return this.probe(m);
      case 'grow':
      case 'split': {
        const ran = this.next === 'grow' ? ranGrow : ranSplit;
        rehash(m, this.full!);
        this.full = null;
        this.next = 'probe';
        return ran;
      }
      case 'exit': {
        const f = exitWrite(m, 'mapassign');
        if (f !== null) return this.finish(f);
        return this.finish(ok(this.slot!));
      }
      default:
        return this.outcome!;
    }
  }

  /** Go's putSlotSmall. */
  private putSmall(m: SwissMap<K, V>): StepResult<SwissSlotRef<K, V>> {
    const g = m.small!;
    const fp = h2(this.hash);
    let match = g.matchH2(0, fp);
    while (match !== 0) {
      const i = firstBit(match);
      if (m.keys.equal(this.key, g.keys[i] as K)) {
        if (m.sink) emitProbed(m, 'assign', this.key, this.hash, -1, null, i, true);
        return this.found(m, null, g, i);
      }
      match &= match - 1;
    }
    // Small maps never hold tombstones, so this finds the empty slots.
    const free = g.matchEmptyOrDeleted(0);
    if (m.sink) emitProbed(m, 'assign', this.key, this.hash, -1, null, free === 0 ? -1 : firstBit(free), false);
    if (free === 0) return this.finish(fatal(msgSmallNoEmpty));
    const i = firstBit(free);
    if (m.sink) {
      m.sink.emit({
        kind: 'swiss.slot.written', map: m.id, at: addrOf(null, i), ctrlBefore: g.ctrl[i], ctrlAfter: fp,
        keyBefore: g.keys[i], keyAfter: this.key, usedBefore: m.used, usedAfter: m.used + 1,
        growthLeftBefore: null, growthLeftAfter: null,
      });
    }
    g.keys[i] = this.key;
    g.ctrl[i] = fp;
    m.used++;
    this.slot = { groups: g, slot: i, table: null };
    this.next = 'exit';
    return ranPutSmall;
  }

  private probe(m: SwissMap<K, V>): StepResult<SwissSlotRef<K, V>> {
    const dirIndex = directoryIndex(m, this.hash);
    const t = m.dir[dirIndex];
    let r = probeForPut(t, m.keys, this.hash, this.key);
    // Go 1.25+: no room and no tombstone on this key's path; reclaim unneeded tombstones before
    // growing. None was on the path (it would have been reused), so the probe ends where it did.
    if (r === needRehash && m.pruneTombstones) {
      const before = t.growthLeft;
      const emptied = pruneTombstones(t, m.keys, m.seed);
      if (emptied.length > 0) {
        if (m.sink) m.sink.emit({ kind: 'swiss.tombstones.pruned', map: m.id, table: t.id, growthLeftBefore: before, growthLeftAfter: t.growthLeft, slots: emptied });
        r = probeForPut(t, m.keys, this.hash, this.key);
      }
    }
    // One event per probe: a probe that finds no room is followed by a grow or split and another.
    if (m.sink) emitProbed(m, 'assign', this.key, this.hash, dirIndex, t, r >= 0 ? r : r === needRehash ? -1 : ~r, r >= 0);
    if (r >= 0) return this.found(m, t, t.groups, r);
    if (r === needRehash) {
      this.full = t;
      this.next = rehashKind(t);
      return ranProbe;
    }
    const s = ~r;
    const g = t.groups;
    if (m.sink) {
      const ctrlBefore = g.ctrl[s];
      const gl = t.growthLeft;
      m.sink.emit({
        kind: 'swiss.slot.written', map: m.id, at: addrOf(t, s), ctrlBefore, ctrlAfter: h2(this.hash),
        keyBefore: g.keys[s], keyAfter: this.key, usedBefore: m.used, usedAfter: m.used + 1,
        growthLeftBefore: gl, growthLeftAfter: ctrlBefore === ctrlDeleted ? gl : gl - 1,
      });
    }
    putAt(t, s, this.hash, this.key);
    m.used++;
    this.slot = { groups: g, slot: s, table: t };
    this.next = 'exit';
    return ranProbe;
  }

  /** The key is already there: Go rewrites the stored key (it may differ, e.g. -0 vs +0). */
  private found(m: SwissMap<K, V>, t: Table<K, V> | null, g: SwissSlotRef<K, V>['groups'], s: number): StepResult<SwissSlotRef<K, V>> {
    const k = g.keys[s];
    if (m.sink && k !== this.key) m.sink.emit({ kind: 'swiss.key.updated', map: m.id, at: addrOf(t, s), keyBefore: k, keyAfter: this.key });
    g.keys[s] = this.key;
    this.slot = { groups: g, slot: s, table: t };
    this.next = 'exit';
    return t === null ? ranPutSmall : ranProbe;
  }

  private finish(o: OpOutcome<SwissSlotRef<K, V>>): OpOutcome<SwissSlotRef<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased `m[key] = …` up to the point where Go returns the elem pointer. */
export function swissAssignOp<K, V>(m: SwissGoMap<K, V>, key: K): SwissAssignOp<K, V> {
  return new SwissAssignOp(m, key);
}

/** mapassign with no interleaving (the fast path; same code as the phased op). */
export function swissAssign<K, V>(m: SwissGoMap<K, V>, key: K): OpOutcome<SwissSlotRef<K, V>> {
  return runToEnd(new SwissAssignOp(m, key));
}

/** The store compiled code does through mapassign's result. `m` is only used to report it. */
export function swissStoreElem<K, V>(m: SwissMap<K, V>, at: SwissSlotRef<K, V>, value: V): void {
  if (m.sink) m.sink.emit({ kind: 'swiss.elem.stored', map: m.id, at: addrOf(at.table, at.slot), before: at.groups.elems[at.slot], after: value });
  at.groups.elems[at.slot] = value;
}

/** The load `m[k]++` does through mapassign's result before storing the sum back. */
export function swissLoadElem<K, V>(m: SwissMap<K, V>, at: SwissSlotRef<K, V>): V {
  const e = at.groups.elems[at.slot];
  return e === undefined ? m.elemZero : e;
}

/** `m[key] = value` in one go with no interleaving: mapassign, then the store. */
export function swissSet<K, V>(m: SwissGoMap<K, V>, key: K, value: V): OpOutcome<SwissSlotRef<K, V>> {
  const r = swissAssign(m, key);
  if (r.kind === 'ok') swissStoreElem(m!, r.value, value);
  return r;
}
