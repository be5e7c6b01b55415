// The after-the-run consistency check: walks a map's raw structure and lists the damage an unprotected run left behind.
//
// Go cannot run such a check (the map has no way to know it was damaged); the lab
// can, because the workers have stopped and the buffer is still there. The
// categories are the ones a learner can picture: inserts that vanished, keys
// stored twice, chains that lead nowhere, a count that disagrees with the slots.
import { isBucketPointer } from './arena.ts';
import { getElem, getKey, getTophash, isEvacuated } from './bucket.ts';
import { bucketMask, hashKey, tophash } from './hash.ts';
import {
  BKT_OVERFLOW, BUCKET_CNT, BUCKET_WORDS, EMPTY_REST, EVACUATED_EMPTY, EVACUATED_X, H_B, H_BUCKETS, H_COUNT,
  H_FLAGS, H_HASH0, H_OLDBUCKETS, HASH_WRITING, MAX_B, MIN_TOP_HASH, NOT_FOUND, SAME_SIZE_GROW, type Shm,
} from './layout.ts';

/** Expected keys of a run: 1 = must be present, 2 = may be present (an operation cut short). */
export interface ExpectedKeys {
  readonly keySpace: number;
  readonly state: Uint8Array;
}

export const KEY_ABSENT = 0;
export const KEY_MUST = 1;
export const KEY_MAY = 2;

export interface CheckOptions {
  /** Whether a live key is one some worker wrote (keys outside count as unexpected). */
  keyWritten?: (key: number) => boolean;
  /** Whether `elem` is a value some writer could have stored under `key`. */
  elemOk?: (key: number, elem: number) => boolean;
}

export interface MapDamage {
  /** Expected keys a lookup cannot find. */
  lostInserts: number;
  /** Keys stored in more than one live slot. */
  duplicateKeys: number;
  /** Overflow pointers outside the arena, loops, or a bucket reached from two places. */
  brokenChains: number;
  /** Header count when it differs from the live slots found, else null. */
  wrongCount: { header: number; live: number } | null;
  /** Live entries in a bucket their hash does not select (lookups cannot see them). */
  misplacedKeys: number;
  /** Live slots whose tophash does not match their key. */
  badTophash: number;
  /** Live slots after an emptyRest marker or inside an evacuated bucket: unreachable. */
  hiddenEntries: number;
  /** Elems no writer could have stored for their key. */
  badElems: number;
  /** Live keys no worker ever wrote. */
  unexpectedKeys: number;
  /** A header field no map can have (B out of range, array pointers outside the arena). */
  badHeader: number;
  /** hashWriting still set although every writer has stopped. */
  flagsLeft: boolean;
  /** Live slots found. */
  live: number;
  /** A few concrete findings, worded for the learner. */
  examples: string[];
}

const MAX_EXAMPLES = 6;

export function emptyDamage(): MapDamage {
  return {
    lostInserts: 0, duplicateKeys: 0, brokenChains: 0, wrongCount: null, misplacedKeys: 0, badTophash: 0,
    hiddenEntries: 0, badElems: 0, unexpectedKeys: 0, badHeader: 0, flagsLeft: false, live: 0, examples: [],
  };
}

/** Whether any category shows damage. */
export function isDamaged(d: MapDamage): boolean {
  return d.lostInserts + d.duplicateKeys + d.brokenChains + d.misplacedKeys + d.badTophash + d.hiddenEntries
    + d.badElems + d.unexpectedKeys + d.badHeader > 0 || d.wrongCount !== null || d.flagsLeft;
}

/** Check one hmap. Never throws: anything unreadable is itself reported as damage. */
export function checkMap(shm: Shm, h: number, opts: CheckOptions = {}): MapDamage {
  const d = emptyDamage();
  const note = (s: string) => { if (d.examples.length < MAX_EXAMPLES) d.examples.push(s); };
  const i32 = shm.i32;
  const hash0 = i32[h + H_HASH0];
  const B = i32[h + H_B];
  const flags = i32[h + H_FLAGS];
  if ((flags & HASH_WRITING) !== 0) {
    d.flagsLeft = true;
    note('the hashWriting flag is still set after every writer stopped');
  }
  const slotsOf = new Map<number, number>();
  const seen = new Set<number>();

  const walk = (first: number, index: number, mask: number, where: string) => {
    let b = first;
    let afterRest = false;
    for (let link = 0; b !== 0; link++) {
      if (seen.has(b)) {
        d.brokenChains++;
        note(`${where} ${index}: overflow chain reaches a bucket already visited (loop or shared bucket)`);
        return;
      }
      seen.add(b);
      for (let i = 0; i < BUCKET_CNT; i++) {
        const t = getTophash(shm, b, i);
        if (t === EMPTY_REST) { afterRest = true; continue; }
        if (t < MIN_TOP_HASH) {
          if (t >= EVACUATED_X && where === 'bucket') {
            d.badTophash++;
            note(`bucket ${index}: evacuation mark ${t} in the current array`);
          }
          continue;
        }
        const key = getKey(shm, b, i);
        const hash = hashKey(key, hash0);
        d.live++;
        slotsOf.set(key, (slotsOf.get(key) ?? 0) + 1);
        if (afterRest) {
          d.hiddenEntries++;
          note(`key ${key} sits after an emptyRest marker in ${where} ${index}: lookups stop before it`);
        }
        if ((hash & mask) !== index) {
          d.misplacedKeys++;
          note(`key ${key} is in ${where} ${index} but its hash selects ${hash & mask}`);
        }
        if (tophash(hash) !== t) {
          d.badTophash++;
          note(`key ${key} has tophash ${t}, its hash gives ${tophash(hash)}`);
        }
        if (opts.elemOk && !opts.elemOk(key, getElem(shm, b, i))) {
          d.badElems++;
          note(`key ${key} holds ${getElem(shm, b, i)}, a value no writer stored for it`);
        }
      }
      const next = i32[b + BKT_OVERFLOW];
      if (next !== 0 && !isBucketPointer(shm, next)) {
        d.brokenChains++;
        note(`${where} ${index}, link ${link}: overflow pointer ${next} leads outside the arena`);
        return;
      }
      b = next;
    }
  };

  const buckets = i32[h + H_BUCKETS];
  const oldbuckets = i32[h + H_OLDBUCKETS];
  const arrayOk = (p: number, n: number) => p === 0 || (isBucketPointer(shm, p) && isBucketPointer(shm, p + (n - 1) * BUCKET_WORDS));
  if (B < 0 || B > MAX_B) {
    d.badHeader++;
    note(`header B is ${B}`);
  } else if (!arrayOk(buckets, 1 << B)) {
    d.badHeader++;
    note(`header buckets pointer ${buckets} is outside the arena`);
  } else {
    const sameSize = (flags & SAME_SIZE_GROW) !== 0;
    const nold = sameSize ? 1 << B : 1 << Math.max(B - 1, 0);
    if (oldbuckets !== 0 && !arrayOk(oldbuckets, nold)) {
      d.badHeader++;
      note(`header oldbuckets pointer ${oldbuckets} is outside the arena`);
    } else if (oldbuckets !== 0) {
      for (let j = 0; j < nold; j++) {
        const ob = oldbuckets + j * BUCKET_WORDS;
        if (isEvacuated(shm, ob)) {
          checkEvacuatedChain(shm, ob, j, d, note, seen);
        } else {
          walk(ob, j, bucketMask(B) >>> (sameSize ? 0 : 1), 'old bucket');
        }
      }
    }
    if (buckets !== 0) {
      for (let j = 0; j < 1 << B; j++) walk(buckets + j * BUCKET_WORDS, j, bucketMask(B), 'bucket');
    }
  }

  for (const [key, n] of slotsOf) {
    if (n > 1) {
      d.duplicateKeys++;
      note(`key ${key} is stored in ${n} slots`);
    }
    if (opts.keyWritten && !opts.keyWritten(key)) {
      d.unexpectedKeys++;
      note(`key ${key} is in the map but no worker wrote it`);
    }
  }
  const header = i32[h + H_COUNT];
  if (header !== d.live) {
    d.wrongCount = { header, live: d.live };
    note(`count says ${header}, the buckets hold ${d.live} live entries`);
  }
  return d;
}

/** An evacuated old bucket must hold only evacuation marks; anything else was written after it moved. */
function checkEvacuatedChain(shm: Shm, first: number, index: number, d: MapDamage, note: (s: string) => void, seen: Set<number>): void {
  for (let b = first; b !== 0; b = shm.i32[b + BKT_OVERFLOW]) {
    if (seen.has(b) || !isBucketPointer(shm, b)) {
      d.brokenChains++;
      note(`old bucket ${index}: evacuated chain is broken`);
      return;
    }
    seen.add(b);
    for (let i = 0; i < BUCKET_CNT; i++) {
      const t = getTophash(shm, b, i);
      if (t >= MIN_TOP_HASH || t < EVACUATED_X || t > EVACUATED_EMPTY) {
        if (t >= MIN_TOP_HASH) {
          d.hiddenEntries++;
          note(`key ${getKey(shm, b, i)} was written into old bucket ${index} after it was evacuated`);
        }
      }
    }
  }
}

/**
 * Count expected keys that `lookup` (the strategy's own read path, run after the
 * workers stopped) cannot find. A lookup that trips over corruption counts as lost.
 */
export function countLostInserts(e: ExpectedKeys, lookup: (key: number) => number, d: MapDamage): void {
  for (let key = 0; key < e.keySpace; key++) {
    if (e.state[key] !== KEY_MUST) continue;
    let v = NOT_FOUND;
    try {
      v = lookup(key);
    } catch {
      v = NOT_FOUND;
    }
    if (v === NOT_FOUND) {
      d.lostInserts++;
      if (d.examples.length < MAX_EXAMPLES) d.examples.push(`key ${key} was inserted but a lookup cannot find it`);
    }
  }
}

/** Whether a key is among those the workers wrote (or may have written). */
export function wasWritten(e: ExpectedKeys, key: number): boolean {
  return key >= 0 && key < e.keySpace && e.state[key] !== KEY_ABSENT;
}

/** Add `b`'s findings into `a` (for strategies with several maps). */
export function mergeDamage(a: MapDamage, b: MapDamage): MapDamage {
  const examples = [...a.examples, ...b.examples].slice(0, MAX_EXAMPLES);
  const wrongCount = a.wrongCount || b.wrongCount
    ? { header: (a.wrongCount?.header ?? 0) + (b.wrongCount?.header ?? 0), live: (a.wrongCount?.live ?? 0) + (b.wrongCount?.live ?? 0) }
    : null;
  return {
    lostInserts: a.lostInserts + b.lostInserts, duplicateKeys: a.duplicateKeys + b.duplicateKeys,
    brokenChains: a.brokenChains + b.brokenChains, wrongCount, misplacedKeys: a.misplacedKeys + b.misplacedKeys,
    badTophash: a.badTophash + b.badTophash, hiddenEntries: a.hiddenEntries + b.hiddenEntries,
    badElems: a.badElems + b.badElems, unexpectedKeys: a.unexpectedKeys + b.unexpectedKeys,
    badHeader: a.badHeader + b.badHeader, flagsLeft: a.flagsLeft || b.flagsLeft, live: a.live + b.live, examples,
  };
}
