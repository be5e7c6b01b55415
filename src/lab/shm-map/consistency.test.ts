import { describe, expect, it } from 'vitest';
import { getKey, getTophash, setKey, setTophash } from './bucket.ts';
import { checkMap, countLostInserts, isDamaged, KEY_MUST, type ExpectedKeys } from './consistency.ts';
import { MapCorrupt } from './fatal.ts';
import { hashKey, tophash } from './hash.ts';
import { makeHmap } from './hmap.ts';
import { mapAssign } from './insert.ts';
import { BKT_ELEMS, BKT_OVERFLOW, BUCKET_CNT, BUCKET_WORDS, EMPTY_ONE, H_B, H_BUCKETS, H_COUNT, H_FLAGS, H_HASH0, HASH_WRITING, MIN_TOP_HASH, type Shm } from './layout.ts';
import { mapLookup } from './lookup.ts';
import { standaloneShm } from './standalone.ts';

const N = 200;
const KEYSPACE = 1000;

/** A healthy map of N keys (0, 3, 6, …) with elem = key + 1, and the expected-key set. */
function healthy(): { shm: Shm; h: number; expected: ExpectedKeys } {
  const shm = standaloneShm(2000);
  const h = makeHmap(shm, 0, 777);
  const state = new Uint8Array(KEYSPACE);
  for (let i = 0; i < N; i++) {
    mapAssign(shm, h, i * 3, i * 3 + 1);
    state[i * 3] = KEY_MUST;
  }
  return { shm, h, expected: { keySpace: KEYSPACE, state } };
}

function check(shm: Shm, h: number, expected: ExpectedKeys) {
  const d = checkMap(shm, h, {
    keyWritten: (k) => k >= 0 && k < KEYSPACE && expected.state[k] !== 0,
    elemOk: (k, e) => e === k + 1,
  });
  countLostInserts(expected, (k) => mapLookup(shm, h, k), d);
  return d;
}

/** The first live slot: [bucket, index]. */
function firstLive(shm: Shm, h: number): [number, number] {
  const buckets = shm.i32[h + H_BUCKETS];
  for (let b = 0; b < 1 << shm.i32[h + H_B]; b++) {
    for (let i = 0; i < BUCKET_CNT; i++) if (getTophash(shm, buckets + b * BUCKET_WORDS, i) >= MIN_TOP_HASH) return [buckets + b * BUCKET_WORDS, i];
  }
  throw new Error('no live slot');
}

/** A bucket of the current array with a free slot and no overflow. */
function bucketWithRoom(shm: Shm, h: number, except: number): [number, number] {
  const buckets = shm.i32[h + H_BUCKETS];
  for (let b = 0; b < 1 << shm.i32[h + H_B]; b++) {
    const p = buckets + b * BUCKET_WORDS;
    if (b === except) continue;
    for (let i = 0; i < BUCKET_CNT; i++) if (getTophash(shm, p, i) < MIN_TOP_HASH) return [p, i];
  }
  throw new Error('no room');
}

describe('the consistency checker', () => {
  it('finds nothing wrong in a healthy map', () => {
    const { shm, h, expected } = healthy();
    const d = check(shm, h, expected);
    expect(isDamaged(d)).toBe(false);
    expect(d.live).toBe(N);
  });

  it('catches a lost insert and the wrong count it leaves', () => {
    const { shm, h, expected } = healthy();
    const [b, i] = firstLive(shm, h);
    const key = getKey(shm, b, i);
    setTophash(shm, b, i, EMPTY_ONE); // as if another writer's store overwrote the slot's tophash
    const d = check(shm, h, expected);
    expect(d.lostInserts).toBe(1);
    expect(d.examples.join('\n')).toContain(`key ${key} was inserted`);
    expect(d.wrongCount).toEqual({ header: N, live: N - 1 });
  });

  it('catches a key stored twice', () => {
    const { shm, h, expected } = healthy();
    const [b, i] = firstLive(shm, h);
    const key = getKey(shm, b, i);
    const home = shm.i32[h + H_BUCKETS] === b ? 0 : (b - shm.i32[h + H_BUCKETS]) / BUCKET_WORDS;
    // Put a second copy in the same chain's bucket so it is not also "misplaced".
    let slot = -1;
    for (let j = 0; j < BUCKET_CNT; j++) if (getTophash(shm, b, j) < MIN_TOP_HASH) { slot = j; break; }
    if (slot < 0) throw new Error(`bucket ${home} full`);
    setTophash(shm, b, slot, getTophash(shm, b, i));
    setKey(shm, b, slot, key);
    shm.i32[b + BKT_ELEMS + slot] = key + 1;
    shm.i32[h + H_COUNT]++;
    const d = check(shm, h, expected);
    expect(d.duplicateKeys).toBe(1);
    expect(d.wrongCount).toBeNull();
  });

  it('catches an overflow pointer into nowhere, and lookups through it do not crash', () => {
    const { shm, h, expected } = healthy();
    const [b] = firstLive(shm, h);
    shm.i32[b + BKT_OVERFLOW] = shm.arenaEnd + 12345;
    const d = check(shm, h, expected);
    expect(d.brokenChains).toBeGreaterThanOrEqual(1);
  });

  it('catches an overflow chain that loops, and a lookup walking it stops instead of hanging', () => {
    const { shm, h, expected } = healthy();
    const [b, i] = firstLive(shm, h);
    const key = getKey(shm, b, i);
    // Fill the bucket's free slots with emptyOne so a lookup for a missing key walks on, then loop the chain.
    for (let j = 0; j < BUCKET_CNT; j++) if (getTophash(shm, b, j) === 0) setTophash(shm, b, j, EMPTY_ONE);
    shm.i32[b + BKT_OVERFLOW] = b;
    const d = check(shm, h, expected);
    expect(d.brokenChains).toBeGreaterThanOrEqual(1);
    // A key hashing to this bucket but absent: the walk must give up with MapCorrupt.
    let absent = KEYSPACE;
    const hash0 = shm.i32[h + H_HASH0];
    const mask = (1 << shm.i32[h + H_B]) - 1;
    const want = hashKey(key, hash0) & mask;
    while ((hashKey(absent, hash0) & mask) !== want) absent++;
    expect(() => mapLookup(shm, h, absent)).toThrow(MapCorrupt);
  });

  it('catches a key in a bucket its hash does not select', () => {
    const { shm, h, expected } = healthy();
    const [b, i] = firstLive(shm, h);
    const key = getKey(shm, b, i);
    const home = (b - shm.i32[h + H_BUCKETS]) / BUCKET_WORDS;
    const [to, j] = bucketWithRoom(shm, h, home);
    setTophash(shm, to, j, tophash(hashKey(key, shm.i32[h + H_HASH0])));
    setKey(shm, to, j, key);
    shm.i32[to + BKT_ELEMS + j] = key + 1;
    setTophash(shm, b, i, EMPTY_ONE);
    const d = check(shm, h, expected);
    expect(d.misplacedKeys).toBe(1);
    expect(d.lostInserts).toBe(1);
  });

  it('catches a value that belongs to another key, a key nobody wrote, a stuck flag and a wrong count', () => {
    const { shm, h, expected } = healthy();
    const [b, i] = firstLive(shm, h);
    shm.i32[b + BKT_ELEMS + i] = 424242;
    shm.i32[h + H_FLAGS] |= HASH_WRITING;
    shm.i32[h + H_COUNT] += 3;
    expected.state[getKey(shm, b, i)] = KEY_MUST;
    const other = firstLive(shm, h);
    expected.state[getKey(shm, other[0], other[1])] = 0; // pretend no worker wrote it
    const d = check(shm, h, expected);
    expect(d.badElems).toBe(1);
    expect(d.unexpectedKeys).toBe(1);
    expect(d.flagsLeft).toBe(true);
    expect(d.wrongCount).toEqual({ header: N + 3, live: N });
  });

  it('reports a header no map can have instead of throwing', () => {
    const { shm, h, expected } = healthy();
    shm.i32[h + H_B] = 99;
    const d = check(shm, h, expected);
    expect(d.badHeader).toBe(1);
    expect(d.lostInserts).toBe(N);
  });
});
