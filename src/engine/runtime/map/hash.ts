// Key operations for the map model: a seeded 32-bit hash, Go equality and a display form per key type.
//
// Hash width. Go hashes to a uintptr (64 bits on amd64): the bucket index is the low B bits and
// the tophash is the top 8 bits. The model hashes to 32 bits and keeps the same split: bucket =
// low B bits, tophash = bits 24..31. Everything that depends only on those two pieces (bucket
// choice, X/Y split on bit B, tophash compare, evacuation marks) behaves as in Go. Where it
// differs: (1) the hash values themselves are ours, so which bucket a given key lands in, and
// therefore iteration order for a given seed, is not Go's; (2) once B > 24 the bucket bits reach
// into the tophash bits (Go only at B > 56), which makes tophash less selective — a map would need
// over 100 million entries for that, far beyond anything the lab runs.
import type { MapRand } from './hmap.ts';

/** What the map needs to know about its key type. Any Go key type can be described this way. */
export interface KeyOps<K> {
  /** A uint32 hash of `key` under the per-map `seed` (Go's hash0). Equal keys must hash equally. */
  hash(key: K, seed: number): number;
  /** Go's `==` on the key type (so NaN != NaN, +0 == -0). */
  equal(a: K, b: K): boolean;
  /** The key as Go's fmt %v would print it, for traces and views. */
  show(key: K): string;
  /**
   * Go panics while hashing an interface key whose dynamic type is not comparable. Return the
   * panic message (e.g. `runtime error: hash of unhashable type []int`) for such a key.
   */
  hashPanic?(key: K): string | undefined;
  /** True when `k == k` for every key (not floats, not interfaces): lets NaN paths be skipped. */
  reflexive?: boolean;
}

/** murmur3's 32-bit finaliser: full avalanche, a bijection on uint32. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mixes one 32-bit word into a running hash (murmur3 body step). */
export function mixWord(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

const two32 = 4294967296;

/** Hash of an integer in the safe range as its two 32-bit halves, like Go's memhash64 of the bits. */
function hashInt(key: number, seed: number): number {
  const lo = key >>> 0;
  const hi = ((key - lo) / two32) | 0;
  return fmix32(mixWord(mixWord(seed, lo), hi) ^ 8);
}

/** Go integer keys (int, int64, uint8, …) held as JS numbers in the safe-integer range. */
export const intKeyOps: KeyOps<number> = {
  hash: hashInt,
  equal: (a, b) => a === b,
  show: (k) => String(k),
  reflexive: true,
};

/** Go string keys held as JS strings; hashed over UTF-16 code units (equal strings, equal hashes). */
export const stringKeyOps: KeyOps<string> = {
  hash(key, seed) {
    let h = seed | 0;
    const n = key.length;
    let i = 0;
    for (; i + 1 < n; i += 2) h = mixWord(h, key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16));
    if (i < n) h = mixWord(h, key.charCodeAt(i));
    return fmix32(h ^ n);
  },
  equal: (a, b) => a === b,
  show: (k) => k,
  reflexive: true,
};

/** Go bool keys. */
export const boolKeyOps: KeyOps<boolean> = {
  hash: (key, seed) => fmix32(mixWord(seed, key ? 1 : 0) ^ 1),
  equal: (a, b) => a === b,
  show: (k) => (k ? 'true' : 'false'),
  reflexive: true,
};

/**
 * Go float64 keys. As in Go (runtime/alg.go f64hash), +0 and -0 hash alike, and a NaN hashes to a
 * fresh random value each time, which is why NaN keys can be inserted but never found. The
 * randomness comes from `rand`, so runs stay reproducible.
 */
export function float64KeyOps(rand: MapRand): KeyOps<number> {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  return {
    hash(key, seed) {
      if (key !== key) return fmix32(mixWord(seed, rand.nextU32()));
      bits[0] = key === 0 ? 0 : key;
      return fmix32(mixWord(mixWord(seed, words[0]), words[1]) ^ 8);
    },
    equal: (a, b) => a === b,
    show: (k) => (k !== k ? 'NaN' : Object.is(k, -0) ? '0' : String(k)),
    reflexive: false,
  };
}

/**
 * Struct (or array) keys held as tuples, one `KeyOps` per field. Hashing folds the field hashes in
 * order; equality is field by field, as Go compares structs. Shown as Go's %v shows a struct.
 */
export function structKeyOps(fields: ReadonlyArray<KeyOps<any>>): KeyOps<ReadonlyArray<unknown>> {
  return {
    hash(key, seed) {
      let h = seed | 0;
      for (let i = 0; i < fields.length; i++) h = mixWord(h, fields[i].hash(key[i], seed));
      return fmix32(h ^ fields.length);
    },
    equal(a, b) {
      for (let i = 0; i < fields.length; i++) if (!fields[i].equal(a[i], b[i])) return false;
      return true;
    },
    show: (key) => `{${fields.map((f, i) => f.show(key[i])).join(' ')}}`,
    hashPanic(key) {
      for (let i = 0; i < fields.length; i++) {
        const msg = fields[i].hashPanic?.(key[i]);
        if (msg !== undefined) return msg;
      }
      return undefined;
    },
    reflexive: fields.every((f) => f.reflexive === true),
  };
}

/** What an interface key holds: its dynamic type's name, that type's ops (null if not comparable), the value. */
export interface DynamicKey {
  /** The dynamic type as Go prints it (`int`, `string`, `[]int`, `main.T`). */
  typeName: string;
  ops: KeyOps<any> | null;
  value: unknown;
}

/**
 * Interface keys (`map[any]V`, `map[error]V`): equal when the dynamic types are identical and the
 * values are equal under that type; a non-comparable dynamic type panics when hashed with Go's
 * `runtime error: hash of unhashable type T`. `describe` reads the VM's interface value.
 */
export function interfaceKeyOps<T>(describe: (key: T) => DynamicKey | null): KeyOps<T> {
  return {
    hash(key, seed) {
      const d = describe(key);
      if (d === null) return fmix32(seed ^ 0x6e696c); // the nil interface
      return fmix32(mixWord(stringKeyOps.hash(d.typeName, seed), d.ops === null ? 0 : d.ops.hash(d.value, seed)));
    },
    equal(a, b) {
      const da = describe(a);
      const db = describe(b);
      if (da === null || db === null) return da === db;
      // Comparing two equal non-comparable dynamic types panics in Go; hashing got there first.
      return da.typeName === db.typeName && da.ops !== null && da.ops.equal(da.value, db.value);
    },
    show(key) {
      const d = describe(key);
      return d === null ? '<nil>' : d.ops === null ? String(d.value) : d.ops.show(d.value);
    },
    hashPanic(key) {
      const d = describe(key);
      if (d === null) return undefined;
      if (d.ops === null) return `runtime error: hash of unhashable type ${d.typeName}`;
      return d.ops.hashPanic?.(d.value);
    },
    reflexive: false,
  };
}

/** Go's bucketShift: the number of buckets for a given B. */
export function bucketShift(B: number): number {
  return B < 31 ? 1 << B : 2 ** B;
}

/** Go's bucketMask: the low-B-bits mask that turns a hash into a bucket index. */
export function bucketMask(B: number): number {
  return B < 31 ? (1 << B) - 1 : 2 ** B - 1;
}
