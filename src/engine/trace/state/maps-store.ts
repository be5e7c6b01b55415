// One map's buckets by bucket id, in copy-on-write chunks: cheap clones for the cursor's keyframes.
//
// Bucket ids are dense per map (runtime/map/bucket.ts hands them out in allocation order and never
// reuses one), so a bucket's cells sit at a fixed place: chunk id/4, row id%4. A chunk holds 4
// buckets: per slot the tophash byte and the key's and elem's tags (maps-values.ts) in one byte
// array, their payloads in one float64 array, and per bucket its overflow link. `clone` copies only
// the chunk pointers and gives both states a fresh owner token; whichever writes to a shared chunk
// first copies it (about 600 bytes). A keyframe thus costs the chunks touched since the previous one,
// not the whole map. Missing chunks read as zeroed memory: emptyRest, no key, no elem, no overflow.
import type { TraceValue } from '../events.ts';
import { decodeValue, payloadOf, tagOf, type StringTable } from './maps-values.ts';

export const chunkBuckets = 4;
const slotsPerBucket = 8;
const chunkSlots = chunkBuckets * slotsPerBucket;
/** Bucket ids beyond this are ignored (a torn or hostile trace must not allocate without bound). */
export const maxBucketId = 1 << 26;

class Chunk {
  /** This chunk's part of toJSON, kept until the chunk is next written. */
  text: string | null = null;

  constructor(
    public owner: object,
    /** [tophash × 128 | key tags × 128 | elem tags × 128] */
    readonly bytes = new Uint8Array(3 * chunkSlots),
    /** [key payloads × 128 | elem payloads × 128] */
    readonly nums = new Float64Array(2 * chunkSlots),
    /** Overflow link per bucket: next id + 1, 0 for none (so zeroed memory means no link). */
    readonly next = new Int32Array(chunkBuckets),
  ) {}

  copy(owner: object): Chunk {
    return new Chunk(owner, this.bytes.slice(), this.nums.slice(), this.next.slice());
  }
}

function valid(id: number, slot = 0): boolean {
  return Number.isInteger(id) && id >= 0 && id < maxBucketId && Number.isInteger(slot) && slot >= 0 && slot < slotsPerBucket;
}

export class BucketStore {
  private token: object = {};

  constructor(
    readonly strings: StringTable,
    private chunks: Array<Chunk | undefined> = [],
  ) {}

  /** A copy that shares chunks until either side writes to one. */
  clone(): BucketStore {
    this.token = {};
    return new BucketStore(this.strings, this.chunks.slice());
  }

  top(id: number, slot: number): number {
    if (!valid(id, slot)) return 0;
    const c = this.chunks[Math.floor(id / chunkBuckets)];
    return c === undefined ? 0 : c.bytes[(id % chunkBuckets) * slotsPerBucket + slot];
  }

  key(id: number, slot: number): TraceValue {
    return this.value(id, slot, 0);
  }

  elem(id: number, slot: number): TraceValue {
    return this.value(id, slot, 1);
  }

  /** The next bucket of id's overflow chain, or -1. */
  next(id: number): number {
    if (!valid(id)) return -1;
    const c = this.chunks[Math.floor(id / chunkBuckets)];
    return c === undefined ? -1 : c.next[id % chunkBuckets] - 1;
  }

  setTop(id: number, slot: number, top: number): void {
    if (!valid(id, slot)) return;
    this.writable(id).bytes[(id % chunkBuckets) * slotsPerBucket + slot] = top;
  }

  setKey(id: number, slot: number, v: TraceValue): void {
    this.setValue(id, slot, 0, v);
  }

  setElem(id: number, slot: number, v: TraceValue): void {
    this.setValue(id, slot, 1, v);
  }

  setNext(id: number, next: number): void {
    if (!valid(id)) return;
    this.writable(id).next[id % chunkBuckets] = valid(next) ? next + 1 : 0;
  }

  /** Back to zeroed memory: every slot emptyRest with no key or elem, no overflow link. */
  zero(id: number): void {
    if (!valid(id)) return;
    const c = this.chunks[Math.floor(id / chunkBuckets)];
    if (c === undefined) return;
    const w = this.writable(id);
    const row = (id % chunkBuckets) * slotsPerBucket;
    for (let part = 0; part < 3; part++) w.bytes.fill(0, part * chunkSlots + row, part * chunkSlots + row + slotsPerBucket);
    for (let part = 0; part < 2; part++) w.nums.fill(0, part * chunkSlots + row, part * chunkSlots + row + slotsPerBucket);
    w.next[id % chunkBuckets] = 0;
  }

  /**
   * The non-blank buckets as one string, so two stores holding the same contents serialise alike
   * whatever chunks they happen to hold (tests compare whole player states as JSON, often).
   */
  toJSON(): string {
    const out: string[] = [];
    this.chunks.forEach((c, n) => {
      if (c === undefined) return;
      c.text ??= this.chunkText(c, n);
      if (c.text !== '') out.push(c.text);
    });
    return out.join(' ');
  }

  private chunkText(c: Chunk, n: number): string {
    const out: string[] = [];
    const v = (tag: number, payload: number): string => (tag === 2 || tag === 6 ? `${tag}:${JSON.stringify(this.strings.at(payload))}` : `${tag}:${payload}`);
    for (let row = 0; row < chunkBuckets; row++) {
      const at = row * slotsPerBucket;
      let blank = c.next[row] === 0;
      for (let i = 0; blank && i < slotsPerBucket; i++) {
        blank = c.bytes[at + i] === 0 && c.bytes[chunkSlots + at + i] === 0 && c.bytes[2 * chunkSlots + at + i] === 0;
      }
      if (blank) continue;
      out.push(`b${n * chunkBuckets + row}>${c.next[row] - 1}`);
      for (let i = at; i < at + slotsPerBucket; i++) {
        out.push(`${c.bytes[i]},${v(c.bytes[chunkSlots + i], c.nums[i])},${v(c.bytes[2 * chunkSlots + i], c.nums[chunkSlots + i])}`);
      }
    }
    return out.join(' ');
  }

  /** Chunks this store holds (for measurements). */
  get chunkCount(): number {
    let n = 0;
    for (const c of this.chunks) if (c !== undefined) n++;
    return n;
  }

  private value(id: number, slot: number, which: 0 | 1): TraceValue {
    if (!valid(id, slot)) return undefined;
    const c = this.chunks[Math.floor(id / chunkBuckets)];
    if (c === undefined) return undefined;
    const i = (id % chunkBuckets) * slotsPerBucket + slot;
    return decodeValue(c.bytes[(1 + which) * chunkSlots + i], c.nums[which * chunkSlots + i], this.strings);
  }

  private setValue(id: number, slot: number, which: 0 | 1, v: TraceValue): void {
    if (!valid(id, slot)) return;
    const c = this.writable(id);
    const i = (id % chunkBuckets) * slotsPerBucket + slot;
    const tag = tagOf(v);
    c.bytes[(1 + which) * chunkSlots + i] = tag;
    c.nums[which * chunkSlots + i] = payloadOf(v, tag, this.strings);
  }

  private writable(id: number): Chunk {
    const n = Math.floor(id / chunkBuckets);
    const c = this.chunks[n];
    if (c !== undefined && c.owner === this.token) {
      c.text = null;
      return c;
    }
    const w = c === undefined ? new Chunk(this.token) : c.copy(this.token);
    // Grow the array one slot at a time: assigning far past its end (a new bucket array's ids start
    // high) would turn it into a dictionary, and every later lookup and clone would crawl.
    while (this.chunks.length < n) this.chunks.push(undefined);
    this.chunks[n] = w;
    return w;
  }
}
