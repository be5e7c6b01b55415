// `for k, v := range m` over a Swiss map: Go 1.24's Iter.Init and Iter.Next, growth mid-loop included.
//
// Init draws two random numbers: entryOffset (where to start inside the small group or inside
// each table) and dirOffset (which directory entry to start at). Next checks `writing` first —
// "concurrent map iteration and map write" — then walks: a small map's 8 slots from entryOffset;
// or the directory from dirOffset, each distinct table once (skipping the 2^(globalDepth -
// localDepth) entries that point at the table just finished), its entries from entryOffset.
// Growth: the iterator keeps the group or table it is walking even after a rebuild replaced it
// (the old one is untouched), so it picks keys from the old layout and never returns one twice;
// for each key it looks the key up in the live map to return the current elem, or skip it if it
// was deleted. Keys that only reached the new table are not returned. A directory that doubled
// since the last call scales the iterator's directory position and offset by the same factor.
import { fatal, msgIterWrite, ok, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from '../map/map-op.ts';
import { swissLookup } from './access.ts';
import { ctrlEmpty, groupSlots } from './ctrl.ts';
import type { GroupArray } from './group.ts';
import { addrOf } from './slot-ref.ts';
import type { SwissGoMap, SwissMap } from './swiss-map.ts';
import type { Table } from './table.ts';

/** Go's Iter: the iterator's position and the entry it is on. */
export class SwissIter<K, V> {
  /** Null when the map was nil or empty at init: such a range runs zero times. */
  m: SwissMap<K, V> | null = null;
  entryOffset = 0;
  /** Kept reduced modulo the directory length (Go's uint64 wraps; only the residue matters). */
  dirOffset = 0;
  clearSeq = 0;
  globalDepth = 0;
  /** Position in the directory walk; -1 when the map was small at init. */
  dirIdx = 0;
  /** The table being walked (possibly replaced by now), or null between tables. */
  tab: Table<K, V> | null = null;
  /** The small map's group at init. */
  group: GroupArray<K, V> | null = null;
  entryIdx = 0;
  key: K | undefined = undefined;
  elem: V | undefined = undefined;
  done = false;

  constructor(readonly id: number) {}
}

const ranInit = phaseRan('init');

/** Go's mapiterinit: phases 'init' (offsets, snapshot of depth and clearSeq) and 'next' (the first Next). */
export class SwissIterInitOp<K, V> implements MapOp<SwissIter<K, V>> {
  readonly name = 'mapiterinit';
  next: 'init' | 'next' | 'done' = 'init';
  private outcome: OpOutcome<SwissIter<K, V>> | null = null;
  readonly it: SwissIter<K, V>;

  constructor(readonly m: SwissGoMap<K, V>, iterId: number) {
    this.it = new SwissIter<K, V>(iterId);
  }

  step(): StepResult<SwissIter<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const m = this.m;
    const it = this.it;
    if (this.next === 'init') {
      if (m === null || m.used === 0) {
        it.done = true;
        return this.finish(ok(it));
      }
      it.m = m;
      it.entryOffset = m.rand.nextU32();
      const dirOffset = m.rand.nextU32();
      it.dirOffset = m.dirLen > 0 ? dirOffset % m.dirLen : 0;
      it.globalDepth = m.globalDepth;
      it.dirIdx = m.dirLen > 0 ? 0 : -1;
      it.group = m.dirLen > 0 ? null : m.small;
      it.clearSeq = m.clearSeq;
      m.sink?.emit({
        kind: 'swiss.iter.started', map: m.id, iter: it.id, small: it.dirIdx < 0,
        entryOffset: it.entryOffset, dirOffset, globalDepth: it.globalDepth,
      });
      this.next = 'next';
      return ranInit;
    }
    return this.finish(iterNext(it));
  }

  private finish(o: OpOutcome<SwissIter<K, V>>): OpOutcome<SwissIter<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** Go's Iter.Next, one call = one phase. */
export class SwissIterNextOp<K, V> implements MapOp<SwissIter<K, V>> {
  readonly name = 'mapiternext';
  next: 'next' | 'done' = 'next';
  private outcome: OpOutcome<SwissIter<K, V>> | null = null;

  constructor(readonly it: SwissIter<K, V>) {}

  step(): StepResult<SwissIter<K, V>> {
    if (this.outcome === null) {
      this.outcome = iterNext(this.it);
      this.next = 'done';
    }
    return this.outcome;
  }
}

function finished<K, V>(it: SwissIter<K, V>): OpOutcome<SwissIter<K, V>> {
  it.done = true;
  it.key = undefined;
  it.elem = undefined;
  it.m?.sink?.emit({ kind: 'swiss.iter.finished', map: it.m.id, iter: it.id });
  return ok(it);
}

/**
 * The key at slot `s` of `g`, which the iterator walks: from the live map if `g` has been replaced
 * (grown), else in place. Null when the entry must be skipped.
 */
function yieldSlot<K, V>(it: SwissIter<K, V>, g: GroupArray<K, V>, s: number, table: Table<K, V> | null, grown: boolean): OpOutcome<SwissIter<K, V>> | null {
  const m = it.m!;
  let key = g.keys[s] as K;
  let elem = g.elems[s];
  let at = addrOf(table, s);
  if (grown) {
    const found = swissLookup(m, key);
    if (found !== null) {
      key = found.groups.keys[found.slot] as K;
      elem = found.groups.elems[found.slot];
      at = addrOf(found.table, found.slot);
    } else if (!(it.clearSeq === m.clearSeq && !m.keys.equal(key, key))) {
      // Deleted since. (A NaN key cannot be looked up, nor deleted but by clear: keep it.)
      return null;
    }
  }
  it.key = key;
  it.elem = elem === undefined ? m.elemZero : elem;
  m.sink?.emit({ kind: 'swiss.iter.yielded', map: m.id, iter: it.id, key, elem: it.elem, at, viaLookup: grown });
  return ok(it);
}

function iterNext<K, V>(it: SwissIter<K, V>): OpOutcome<SwissIter<K, V>> {
  const m = it.m;
  if (m === null || it.done) {
    it.done = true;
    return ok(it);
  }
  if (m.writing !== 0) return fatal(msgIterWrite);
  if (it.dirIdx < 0) {
    const g = it.group!;
    const grown = m.dirLen > 0;
    while (it.entryIdx < groupSlots) {
      const s = (it.entryIdx + it.entryOffset) % groupSlots;
      it.entryIdx++;
      if ((g.ctrl[s] & ctrlEmpty) !== 0) continue;
      const r = yieldSlot(it, g, s, null, grown);
      if (r !== null) return r;
    }
    return finished(it);
  }
  if (it.globalDepth !== m.globalDepth) {
    // The directory doubled `orders` times: entry i became entries i·2^orders onwards.
    const scale = 2 ** (m.globalDepth - it.globalDepth);
    it.dirIdx *= scale;
    it.dirOffset *= scale;
    it.globalDepth = m.globalDepth;
  }
  const dirLen = m.dirLen;
  for (; it.dirIdx < dirLen; nextDirIdx(it, m)) {
    if (it.tab === null) {
      const d = (it.dirIdx + it.dirOffset) % dirLen;
      const t = m.dir[d];
      // Only on the first table: a random start may land inside a table's run of entries.
      if (t.index !== d) it.dirOffset = (((it.dirOffset - (d - t.index)) % dirLen) + dirLen) % dirLen;
      it.tab = t;
    }
    const t = it.tab;
    const mask = t.capacity - 1;
    const grown = t.index === -1;
    while (it.entryIdx <= mask) {
      const s = (it.entryIdx + it.entryOffset) & mask;
      it.entryIdx++;
      if ((t.groups.ctrl[s] & ctrlEmpty) !== 0) continue;
      const r = yieldSlot(it, t.groups, s, t, grown);
      if (r !== null) return r;
    }
  }
  return finished(it);
}

/** Go's nextDirIdx: skip every directory entry that points at the table just walked. */
function nextDirIdx<K, V>(it: SwissIter<K, V>, m: SwissMap<K, V>): void {
  it.dirIdx += 2 ** (m.globalDepth - it.tab!.localDepth);
  it.tab = null;
  it.entryIdx = 0;
}

/** A phased `range` start; `iterId` names the iterator in events. */
export function swissIterInitOp<K, V>(m: SwissGoMap<K, V>, iterId = 0): SwissIterInitOp<K, V> {
  return new SwissIterInitOp(m, iterId);
}

/** A phased `range` step. */
export function swissIterNextOp<K, V>(it: SwissIter<K, V>): SwissIterNextOp<K, V> {
  return new SwissIterNextOp(it);
}

/** mapiterinit with no interleaving. */
export function swissIterInit<K, V>(m: SwissGoMap<K, V>, iterId = 0): OpOutcome<SwissIter<K, V>> {
  return runToEnd(new SwissIterInitOp(m, iterId));
}

/** mapiternext with no interleaving. */
export function swissIterNext<K, V>(it: SwissIter<K, V>): OpOutcome<SwissIter<K, V>> {
  return runToEnd(new SwissIterNextOp(it));
}
