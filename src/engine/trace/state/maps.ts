// The maps slice: every map's header, buckets (old and new while growing), overflow chains, who
// holds hashWriting and which slot was touched last, folded from the trace's map.* events.
//
// The model is Go 1.19–1.23's classic bucket map (runtime/map/README.md). Buckets are kept by
// their stable id in a copy-on-write store (maps-store.ts); an array is a span of consecutive ids
// (2^B main buckets) whose overflow buckets hang off `next` links. Apply writes the events' after
// values and revert their before values; what the events do not carry back (the goroutine that set
// hashWriting, the last touched slot, the last evacuation, the previous grow's old array, a clone's
// count before maps.Clone) is pushed on an undo log (maps-undo-log.ts) or a small grow stack.
import type { EventOf, TraceEvent } from '../events.ts';
import type { StateSlice } from './slice.ts';
import { BucketStore } from './maps-store.ts';
import { UndoLog } from './maps-undo-log.ts';
import { StringTable } from './maps-values.ts';

/** A bucket array: its main buckets are ids first … first + n - 1. */
export interface ArraySpan {
  readonly first: number;
  readonly n: number;
}

/** How a slot was touched. */
export type TouchKind = 'read' | 'write' | 'key' | 'elem' | 'delete' | 'iter';
const touchKinds: readonly TouchKind[] = ['read', 'write', 'key', 'elem', 'delete', 'iter'];

/** The slot an event last read or wrote, by whom; bucket and slot are -1 for a read that missed. */
export interface SlotTouch {
  readonly index: number;
  readonly g: number;
  readonly bucket: number;
  readonly slot: number;
  readonly kind: TouchKind;
}

/** The last map.bucket.evacuated event (its moves are in the trace at `index`, for animation). */
export interface Evacuation {
  readonly index: number;
  readonly g: number;
  readonly oldbucket: number;
}

export interface MapState {
  /** The trace's map id (m1, m2 … in order of make). */
  readonly id: number;
  /** Event index of its map.made, and the goroutine that made it. */
  readonly madeAt: number;
  readonly madeBy: number;
  count: number;
  /** iterator | oldIterator | hashWriting | sameSizeGrow (runtime/map/flags.ts). */
  flags: number;
  B: number;
  noverflow: number;
  hash0: number;
  nevacuate: number;
  /** Null until the first write for a map made with B = 0. */
  buckets: ArraySpan | null;
  /** The array being evacuated while growing, else null. */
  oldbuckets: ArraySpan | null;
  /** The old array of every grow so far (popped on revert), so a finished grow can be undone. */
  grows: readonly ArraySpan[];
  /** The goroutine whose toggle set hashWriting (0 while it is clear). */
  writer: number;
  /** Goroutines between their write's toggle and its exit check, ascending. */
  inWindow: readonly number[];
  lastTouch: SlotTouch | null;
  lastEvacuation: Evacuation | null;
  /** The map maps.Clone copied this one from (its buckets were copied without events), else 0. */
  clonedFrom: number;
  readonly store: BucketStore;
}

export interface MapsState {
  /** Live maps by id, in order of make. */
  readonly maps: Map<number, MapState>;
  readonly log: UndoLog;
  readonly strings: StringTable;
}

const hashWriting = 4;

function newMap(e: EventOf<'map.made'>, strings: StringTable): MapState {
  return {
    id: e.map, madeAt: e.index, madeBy: e.g, count: 0, flags: 0, B: e.B, noverflow: 0, hash0: e.hash0, nevacuate: 0,
    buckets: e.firstBucket >= 0 ? { first: e.firstBucket, n: e.nbuckets } : null, oldbuckets: null, grows: [],
    writer: 0, inWindow: [], lastTouch: null, lastEvacuation: null, clonedFrom: 0, store: new BucketStore(strings),
  };
}

function cloneMap(m: MapState): MapState {
  return { ...m, store: m.store.clone() };
}

function withG(list: readonly number[], g: number): readonly number[] {
  return list.includes(g) ? list : [...list, g].sort((a, b) => a - b);
}

function withoutG(list: readonly number[], g: number): readonly number[] {
  return list.includes(g) ? list.filter((x) => x !== g) : list;
}

function touch(s: MapsState, m: MapState, e: TraceEvent, bucket: number, slot: number, kind: TouchKind): void {
  const t = m.lastTouch;
  s.log.push(t ? t.index : -1, t ? t.g : 0, t ? t.bucket : -1, t ? t.slot : -1, t ? touchKinds.indexOf(t.kind) : 0);
  m.lastTouch = { index: e.index, g: e.g, bucket, slot, kind };
}

function untouch(s: MapsState, m: MapState): void {
  const kind = s.log.pop();
  const slot = s.log.pop();
  const bucket = s.log.pop();
  const g = s.log.pop();
  const index = s.log.pop();
  m.lastTouch = index < 0 ? null : { index, g, bucket, slot, kind: touchKinds[kind] ?? 'read' };
}

/** hashWriting's owner after a toggle by e.g (Go XORs the bit, so a second writer clears it). */
function toggled(s: MapsState, m: MapState, e: TraceEvent, flagsAfter: number): void {
  s.log.push(m.writer);
  m.writer = (flagsAfter & hashWriting) !== 0 ? e.g : 0;
}

function applyMap(s: MapsState, m: MapState, e: TraceEvent): void {
  const st = m.store;
  switch (e.kind) {
    case 'map.buckets.allocated':
      m.buckets = { first: e.firstBucket, n: e.nbuckets };
      break;
    case 'map.write.began':
      m.flags = e.flagsAfter;
      m.inWindow = withG(m.inWindow, e.g);
      toggled(s, m, e, e.flagsAfter);
      break;
    case 'map.write.ended':
      m.flags = e.flagsAfter;
      m.inWindow = withoutG(m.inWindow, e.g);
      toggled(s, m, e, e.flagsAfter);
      break;
    case 'map.slot.written':
      st.setTop(e.bucket, e.slot, e.tophashAfter);
      st.setKey(e.bucket, e.slot, e.keyAfter);
      m.count = e.countAfter;
      touch(s, m, e, e.bucket, e.slot, 'write');
      break;
    case 'map.key.updated':
      st.setKey(e.bucket, e.slot, e.keyAfter);
      touch(s, m, e, e.bucket, e.slot, 'key');
      break;
    case 'map.elem.stored':
      st.setElem(e.bucket, e.slot, e.elemAfter);
      touch(s, m, e, e.bucket, e.slot, 'elem');
      break;
    case 'map.slot.deleted':
      // Go marks the slot emptyOne and clears the elem; the model keeps the key (README).
      st.setTop(e.bucket, e.slot, 1);
      st.setElem(e.bucket, e.slot, undefined);
      m.count = e.countAfter;
      touch(s, m, e, e.bucket, e.slot, 'delete');
      break;
    case 'map.tophash.marked':
      for (const c of e.changes) st.setTop(c.bucket, c.slot, c.after);
      break;
    case 'map.hash0.changed':
      m.hash0 = e.hash0After;
      break;
    case 'map.overflow.linked':
      st.setNext(e.from, e.to);
      m.noverflow = e.noverflowAfter;
      break;
    case 'map.grew': {
      const old = { first: e.oldFirstBucket, n: e.oldNbuckets };
      Object.assign(m, { B: e.BAfter, flags: e.flagsAfter, noverflow: 0, nevacuate: 0, oldbuckets: old });
      m.buckets = { first: e.firstBucket, n: e.nbuckets };
      m.grows = [...m.grows, old];
      break;
    }
    case 'map.bucket.evacuated':
      for (const mv of e.moves) {
        st.setTop(mv.fromBucket, mv.fromSlot, mv.mark);
        if (mv.toBucket < 0) continue;
        st.setTop(mv.toBucket, mv.toSlot, mv.tophashTo);
        st.setKey(mv.toBucket, mv.toSlot, mv.key);
        st.setElem(mv.toBucket, mv.toSlot, mv.elem);
      }
      m.flags = e.flagsAfter;
      m.nevacuate = e.nevacuateAfter;
      if (e.growFinished) m.oldbuckets = null;
      s.log.push(m.lastEvacuation ? m.lastEvacuation.index : -1, m.lastEvacuation?.g ?? 0, m.lastEvacuation?.oldbucket ?? 0);
      m.lastEvacuation = { index: e.index, g: e.g, oldbucket: e.oldbucket };
      break;
    case 'map.cleared':
      // Every bucket that was not already blank is in the event (as it was), so zeroing exactly
      // those is clear's effect on the store; the dropped overflow buckets become unreachable.
      for (const b of e.buckets) st.zero(b.bucket);
      Object.assign(m, { count: 0, noverflow: 0, nevacuate: 0, flags: e.flagsAfter, hash0: e.hash0After, oldbuckets: null });
      break;
    case 'map.read':
      touch(s, m, e, e.bucket, e.slot, 'read');
      break;
    case 'map.iter.started':
      m.flags = e.flagsAfter;
      break;
    case 'map.iter.yielded':
      touch(s, m, e, e.bucket, e.slot, 'iter');
      break;
    case 'map.cloned': {
      // maps.Clone fills the copy without slot events and gives it the source's hash0 (clone.ts):
      // the copy's header is set here, its bucket contents stay unknown to the player.
      const copy = s.maps.get(e.clone);
      if (copy === undefined) break;
      s.log.push(copy.count, copy.hash0 | 0, copy.clonedFrom);
      copy.count = e.count;
      copy.hash0 = m.hash0;
      copy.clonedFrom = m.id;
      break;
    }
    default:
      break;
  }
}

function revertMap(s: MapsState, m: MapState, e: TraceEvent): void {
  const st = m.store;
  switch (e.kind) {
    case 'map.buckets.allocated':
      m.buckets = null;
      break;
    case 'map.write.began':
      m.writer = s.log.pop();
      m.flags = e.flagsBefore;
      m.inWindow = withoutG(m.inWindow, e.g);
      break;
    case 'map.write.ended':
      m.writer = s.log.pop();
      m.flags = e.flagsBefore;
      m.inWindow = withG(m.inWindow, e.g);
      break;
    case 'map.slot.written':
      untouch(s, m);
      st.setTop(e.bucket, e.slot, e.tophashBefore);
      st.setKey(e.bucket, e.slot, e.keyBefore);
      m.count = e.countBefore;
      break;
    case 'map.key.updated':
      untouch(s, m);
      st.setKey(e.bucket, e.slot, e.keyBefore);
      break;
    case 'map.elem.stored':
      untouch(s, m);
      st.setElem(e.bucket, e.slot, e.elemBefore);
      break;
    case 'map.slot.deleted':
      untouch(s, m);
      st.setTop(e.bucket, e.slot, e.tophashBefore);
      st.setElem(e.bucket, e.slot, e.elemBefore);
      m.count = e.countBefore;
      break;
    case 'map.tophash.marked':
      for (let i = e.changes.length - 1; i >= 0; i--) st.setTop(e.changes[i].bucket, e.changes[i].slot, e.changes[i].before);
      break;
    case 'map.hash0.changed':
      m.hash0 = e.hash0Before;
      break;
    case 'map.overflow.linked':
      st.setNext(e.from, -1);
      m.noverflow = e.noverflowBefore;
      break;
    case 'map.grew':
      // No grow starts while another runs, so before it there was no old array.
      Object.assign(m, { B: e.BBefore, flags: e.flagsBefore, noverflow: e.noverflowBefore, nevacuate: e.nevacuateBefore, oldbuckets: null });
      m.buckets = { first: e.oldFirstBucket, n: e.oldNbuckets };
      m.grows = m.grows.slice(0, -1);
      break;
    case 'map.bucket.evacuated': {
      const oldbucket = s.log.pop();
      const g = s.log.pop();
      const index = s.log.pop();
      m.lastEvacuation = index < 0 ? null : { index, g, oldbucket };
      // Destinations were zeroed memory: new buckets fill only from their old bucket's evacuation.
      for (let i = e.moves.length - 1; i >= 0; i--) {
        const mv = e.moves[i];
        if (mv.toBucket >= 0) {
          st.setTop(mv.toBucket, mv.toSlot, 0);
          st.setKey(mv.toBucket, mv.toSlot, undefined);
          st.setElem(mv.toBucket, mv.toSlot, undefined);
        }
        st.setTop(mv.fromBucket, mv.fromSlot, mv.tophashBefore);
      }
      m.flags = e.flagsBefore;
      m.nevacuate = e.nevacuateBefore;
      if (e.growFinished) m.oldbuckets = m.grows[m.grows.length - 1] ?? null;
      break;
    }
    case 'map.cleared':
      for (const b of e.buckets) {
        for (let i = 0; i < b.tophash.length && i < 8; i++) {
          st.setTop(b.bucket, i, b.tophash[i]);
          st.setKey(b.bucket, i, b.keys[i]);
          st.setElem(b.bucket, i, b.elems[i]);
        }
        st.setNext(b.bucket, b.overflow);
      }
      Object.assign(m, {
        count: e.countBefore, noverflow: e.noverflowBefore, nevacuate: e.nevacuateBefore, flags: e.flagsBefore, hash0: e.hash0Before,
        oldbuckets: e.oldNbuckets > 0 ? { first: e.oldFirstBucket, n: e.oldNbuckets } : null,
      });
      break;
    case 'map.read':
    case 'map.iter.yielded':
      untouch(s, m);
      break;
    case 'map.iter.started':
      m.flags = e.flagsBefore;
      break;
    case 'map.cloned': {
      const copy = s.maps.get(e.clone);
      if (copy === undefined) break;
      copy.clonedFrom = s.log.pop();
      copy.hash0 = s.log.pop() >>> 0;
      copy.count = s.log.pop();
      break;
    }
    default:
      break;
  }
}

/** The maps part of the player's state (see the file comment). */
export const mapsSlice: StateSlice<MapsState> = {
  name: 'maps',
  init: () => ({ maps: new Map(), log: new UndoLog(), strings: new StringTable() }),
  apply(s, e) {
    if (!e.kind.startsWith('map.')) return;
    const id = (e as { map: number }).map;
    if (e.kind === 'map.made') {
      if (!s.maps.has(id)) s.maps.set(id, newMap(e, s.strings));
      return;
    }
    const m = s.maps.get(id);
    if (m !== undefined) applyMap(s, m, e);
  },
  revert(s, e) {
    if (!e.kind.startsWith('map.')) return;
    const id = (e as { map: number }).map;
    if (e.kind === 'map.made') {
      if (s.maps.get(id)?.madeAt === e.index) s.maps.delete(id);
      return;
    }
    const m = s.maps.get(id);
    if (m !== undefined) revertMap(s, m, e);
  },
  clone: (s) => ({ maps: new Map([...s.maps].map(([id, m]) => [id, cloneMap(m)])), log: s.log.clone(), strings: s.strings }),
};
