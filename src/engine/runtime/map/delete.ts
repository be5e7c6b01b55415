// Removing a key: Go's mapdelete as a phased op, with emptyRest upkeep and the hash0 reseed.
//
// Phases (Go 1.19–1.23 runtime/map.go, mapdelete):
//   entry      nil or empty map → return with no check at all; hashWriting set → fatal
//              "concurrent map writes"; hash the key
//   toggle     flags ^= hashWriting
//   growWork   while growing: evacuate the key's old bucket
//   growMore   while still growing: evacuate old bucket nevacuate
//   search     find the key; mark its slot emptyOne, or emptyRest when nothing live follows it
//              (and turn the emptyOne run before it into emptyRest); count--; a map that just
//              became empty gets a new hash0
//   exit       hashWriting must still be set (else fatal); clear it
import { noBucket, type BucketArray } from './bucket.ts';
import { growWorkNext, growWorkOwn } from './evacuate.ts';
import { bucketMask, type KeyOps } from './hash.ts';
import type { GoMap, Hmap } from './hmap.ts';
import type { SlotAddr } from './map-events.ts';
import { ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult } from './map-op.ts';
import { bucketCnt, emptyOne, emptyRest, tophash } from './tophash.ts';
import { exitWrite, toggleWriting, writeEntryCheck } from './write-window.ts';

type DeletePhase = 'entry' | 'toggle' | 'growWork' | 'growMore' | 'search' | 'exit' | 'done';

const ranEntry = phaseRan('entry');
const ranToggle = phaseRan('toggle');
const ranGrowWork = phaseRan('growWork');
const ranGrowMore = phaseRan('growMore');
const ranSearch = phaseRan('search');

/** The op's value: whether a key was removed (Go's delete returns nothing; views like to know). */
export class DeleteOp<K, V> implements MapOp<boolean> {
  readonly name = 'mapdelete';
  next: DeletePhase = 'entry';
  private hash = 0;
  private bucket = 0;
  private removed = false;
  private outcome: OpOutcome<boolean> | null = null;

  constructor(
    readonly h: GoMap<K, V>,
    readonly key: K,
    /** The key type's ops, for a nil map, which carries none: unhashable keys panic even there. */
    readonly nilKeys?: KeyOps<K>,
  ) {}

  step(): StepResult<boolean> {
    if (this.outcome !== null) return this.outcome;
    const h = this.h;
    switch (this.next) {
      case 'entry': {
        if (h === null || h.count === 0) {
          const p = (h === null ? this.nilKeys : h.keys)?.hashPanic?.(this.key);
          return this.finish(p !== undefined ? panicked(p) : ok(false));
        }
        const f = writeEntryCheck(h);
        if (f !== null) return this.finish(f);
        const p = h.keys.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        this.hash = h.keys.hash(this.key, h.hash0);
        this.next = 'toggle';
        return ranEntry;
      }
      case 'toggle':
        toggleWriting(h!, 'mapdelete', this.key);
        this.bucket = this.hash & bucketMask(h!.B);
        this.next = h!.growing() ? 'growWork' : 'search';
        return ranToggle;
      case 'growWork':
        growWorkOwn(h!, this.bucket);
        this.next = 'growMore';
        return ranGrowWork;
      case 'growMore':
        growWorkNext(h!);
        this.next = 'search';
        return ranGrowMore;
      case 'search':
        this.removed = removeKey(h!, this.key, this.hash, this.bucket);
        this.next = 'exit';
        return ranSearch;
      case 'exit': {
        const f = exitWrite(h!, 'mapdelete');
        return this.finish(f ?? ok(this.removed));
      }
      default:
        return this.outcome!;
    }
  }

  private finish(o: OpOutcome<boolean>): OpOutcome<boolean> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** The body of mapdelete's search loop; returns whether the key was found and removed. */
function removeKey<K, V>(h: Hmap<K, V>, key: K, hash: number, bucket: number): boolean {
  const arr = h.buckets;
  if (arr === null) return false;
  const top = tophash(hash);
  const bOrig = bucket & (arr.nmain - 1);
  for (let b = bOrig; b !== noBucket; b = arr.next[b]) {
    for (let i = 0; i < bucketCnt; i++) {
      const t = arr.top(b, i);
      if (t !== top) {
        if (t === emptyRest) return false;
        continue;
      }
      if (!h.keys.equal(key, arr.key(b, i) as K)) continue;
      const elemBefore = arr.elem(b, i);
      // Go zeroes the elem (and the key only when it holds pointers); the model keeps the key.
      arr.setElem(b, i, undefined);
      arr.setTop(b, i, emptyOne);
      const countBefore = h.count;
      h.count--;
      h.sink?.emit({
        kind: 'map.slot.deleted', map: h.id, at: { bucket: arr.ids[b], slot: i }, tophashBefore: top,
        key: arr.key(b, i), elemBefore, countBefore, countAfter: h.count,
      });
      markEmptyRest(h, arr, bOrig, b, i);
      if (h.count === 0) h.reseed();
      return true;
    }
  }
  return false;
}

/**
 * If nothing live follows slot i of bucket b in the chain, it and the run of emptyOne slots
 * before it become emptyRest, so later searches stop early.
 */
function markEmptyRest<K, V>(h: Hmap<K, V>, arr: BucketArray<K, V>, bOrig: number, b: number, i: number): void {
  if (i === bucketCnt - 1) {
    const ovf = arr.next[b];
    if (ovf !== noBucket && arr.top(ovf, 0) !== emptyRest) return;
  } else if (arr.top(b, i + 1) !== emptyRest) {
    return;
  }
  const changes: Array<{ at: SlotAddr; before: number; after: number }> | null = h.sink ? [] : null;
  for (;;) {
    changes?.push({ at: { bucket: arr.ids[b], slot: i }, before: arr.top(b, i), after: emptyRest });
    arr.setTop(b, i, emptyRest);
    if (i === 0) {
      if (b === bOrig) break;
      // Walk from the head to find the bucket before b, and continue at its last slot.
      let c = bOrig;
      while (arr.next[c] !== b && arr.next[c] !== noBucket) c = arr.next[c];
      b = c;
      i = bucketCnt - 1;
    } else {
      i--;
    }
    if (arr.top(b, i) !== emptyOne) break;
  }
  h.sink?.emit({ kind: 'map.tophash.marked', map: h.id, changes: changes! });
}

/** A phased `delete(m, key)`. */
export function mapDeleteOp<K, V>(h: GoMap<K, V>, key: K, nilKeys?: KeyOps<K>): DeleteOp<K, V> {
  return new DeleteOp(h, key, nilKeys);
}

/** `delete(m, key)` with no interleaving (the fast path; same code as the phased op). */
export function mapDelete<K, V>(h: GoMap<K, V>, key: K, nilKeys?: KeyOps<K>): OpOutcome<boolean> {
  return runToEnd(new DeleteOp(h, key, nilKeys));
}
