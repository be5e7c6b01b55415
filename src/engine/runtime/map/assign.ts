// Writing a key: Go's mapassign as a phased op, and the store through the returned slot.
//
// Phases (Go 1.19–1.23 runtime/map.go, mapassign):
//   entry      nil map → panic; hashWriting set → fatal "concurrent map writes"; hash the key
//   toggle     flags ^= hashWriting (the window opens); allocate the first bucket if needed
//   growWork   while growing: evacuate the old bucket this key's bucket comes from
//   growMore   while still growing: evacuate old bucket nevacuate
//   search     find the key or a free slot; a new key that overloads the map starts a grow and
//              goes back to growWork ("again"); otherwise store key and tophash, count++
//   exit       hashWriting must still be set (else fatal "concurrent map writes"); clear it
// The elem itself is written by the caller after the op is done (storeElem), outside the window,
// as compiled Go code writes through the pointer mapassign returns.
import { noBucket, type SlotRef } from './bucket.ts';
import { growWorkNext, growWorkOwn } from './evacuate.ts';
import { hashGrow, needsGrow } from './grow.ts';
import { bucketMask } from './hash.ts';
import type { GoMap, Hmap } from './hmap.ts';
import {
  msgNilMapAssign, ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult,
} from './map-op.ts';
import { bucketCnt, emptyRest, isEmpty, tophash } from './tophash.ts';
import { ensureBuckets, exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

type AssignPhase = 'entry' | 'toggle' | 'growWork' | 'growMore' | 'search' | 'exit' | 'done';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranGrowWork = phaseRan('growWork');
const ranGrowMore = phaseRan('growMore');
const ranSearch = phaseRan('search');
const ranHashGrow = phaseRan('hashGrow');

export class AssignOp<K, V> implements MapOp<SlotRef<K, V>> {
  readonly name = 'mapassign';
  next: AssignPhase = 'entry';
  private hash = 0;
  /** The bucket index computed at Go's `again:` label, with the B of that moment. */
  private bucket = 0;
  private slot: SlotRef<K, V> | null = null;
  private outcome: OpOutcome<SlotRef<K, V>> | null = null;

  constructor(readonly h: GoMap<K, V>, readonly key: K) {}

  step(): StepResult<SlotRef<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const h = this.h;
    if (h === null) return this.finish(panicked(msgNilMapAssign));
    switch (this.next) {
      case 'entry': {
        const f = writeEntryCheck(h);
        if (f !== null) return this.finish(f);
        // Hashing may panic (unhashable interface key) before the flag is touched: the map stays clean.
        const p = h.keys.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        this.hash = h.keys.hash(this.key, h.hash0);
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(h, 'mapassign', this.key);
        ensureBuckets(h);
        this.again(h);
        return ranToggle;
      case 'growWork':
        growWorkOwn(h, this.bucket);
        this.next = 'growMore';
        return ranGrowWork;
      case 'growMore':
        growWorkNext(h);
        this.next = 'search';
        return ranGrowMore;
      case 'search':
        return this.search(h);
      case 'exit': {
        const f = exitWrite(h, 'mapassign');
        if (f !== null) return this.finish(f);
        return this.finish(ok(this.slot!));
      }
      default:
        return this.outcome!;
    }
  }

  /** Go's `again:` — recompute the bucket with the current B and do grow work if growing. */
  private again(h: Hmap<K, V>): void {
    this.bucket = this.hash & bucketMask(h.B);
    this.next = h.growing() ? 'growWork' : 'search';
  }

  private search(h: Hmap<K, V>): StepResult<SlotRef<K, V>> {
    const arr = h.buckets!;
    const top = tophash(this.hash);
    const ops = h.keys;
    // Masking by the array's own size keeps a raced, stale index inside the array.
    let b = this.bucket & (arr.nmain - 1);
    let insertB = noBucket;
    let insertI = 0;
    search: for (;;) {
      for (let i = 0; i < bucketCnt; i++) {
        const t = arr.top(b, i);
        if (t !== top) {
          if (insertB === noBucket && isEmpty(t)) {
            insertB = b;
            insertI = i;
          }
          if (t === emptyRest) break search;
          continue;
        }
        const k = arr.key(b, i) as K;
        if (!ops.equal(this.key, k)) continue;
        // Existing key: Go rewrites the stored key for types where equal keys can differ
        // (+0/-0, strings); storing it always is equivalent for the others.
        if (h.sink && k !== this.key) {
          h.sink.emit({ kind: 'map.key.updated', map: h.id, at: { bucket: arr.ids[b], slot: i }, keyBefore: k, keyAfter: this.key });
        }
        arr.setKey(b, i, this.key);
        this.slot = { array: arr, bucket: b, slot: i };
        this.next = 'exit';
        return ranSearch;
      }
      const ovf = arr.next[b];
      if (ovf === noBucket) break;
      b = ovf;
    }
    if (needsGrow(h)) {
      hashGrow(h);
      this.again(h);
      return ranHashGrow;
    }
    if (insertB === noBucket) {
      insertB = h.newoverflow(arr, b);
      insertI = 0;
    }
    if (h.sink) {
      h.sink.emit({
        kind: 'map.slot.written', map: h.id, at: { bucket: arr.ids[insertB], slot: insertI },
        tophashBefore: arr.top(insertB, insertI), tophashAfter: top, keyBefore: arr.key(insertB, insertI),
        keyAfter: this.key, countBefore: h.count, countAfter: h.count + 1,
      });
    }
    arr.setKey(insertB, insertI, this.key);
    arr.setTop(insertB, insertI, top);
    h.count++;
    this.slot = { array: arr, bucket: insertB, slot: insertI };
    this.next = 'exit';
    return ranSearch;
  }

  private finish(o: OpOutcome<SlotRef<K, V>>): OpOutcome<SlotRef<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased `m[key] = …` up to the point where Go returns the elem pointer. */
export function mapAssignOp<K, V>(h: GoMap<K, V>, key: K): AssignOp<K, V> {
  return new AssignOp(h, key);
}

/** mapassign with no interleaving (the GOMAXPROCS=1 fast path; same code as the phased op). */
export function mapAssign<K, V>(h: GoMap<K, V>, key: K): OpOutcome<SlotRef<K, V>> {
  return runToEnd(new AssignOp(h, key));
}

/**
 * The store compiled code does through mapassign's result, after the runtime call returned.
 * `h` is only used to report the event.
 */
export function storeElem<K, V>(h: Hmap<K, V>, at: SlotRef<K, V>, value: V): void {
  if (h.sink) {
    const before = at.array.elem(at.bucket, at.slot);
    h.sink.emit({ kind: 'map.elem.stored', map: h.id, at: { bucket: at.array.ids[at.bucket], slot: at.slot }, before, after: value });
  }
  at.array.setElem(at.bucket, at.slot, value);
}

/** The load `m[k]++` does through mapassign's result before storing the sum back. */
export function loadElem<K, V>(h: Hmap<K, V>, at: SlotRef<K, V>): V {
  const e = at.array.elem(at.bucket, at.slot);
  return e === undefined ? h.elemZero : e;
}

/** `m[key] = value` in one go with no interleaving: mapassign, then the store. */
export function mapSet<K, V>(h: GoMap<K, V>, key: K, value: V): OpOutcome<SlotRef<K, V>> {
  const r = mapAssign(h, key);
  if (r.kind === 'ok') storeElem(h!, r.value, value);
  return r;
}
