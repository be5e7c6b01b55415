// One map's buckets by bucket id, copy-on-write at two levels: cheap clones for the cursor's keyframes.
//
// Bucket ids are dense per map (runtime/map/bucket.ts hands them out in allocation order and never
// reuses one), so bucket id sits in chunk id (one bucket per chunk) of page id/32. A chunk is one
// plain array of 41 numbers: per slot the tophash byte and the key's and elem's tags
// (maps-values.ts), then their payloads, then the overflow link. `clone` copies only the page
// pointers and gives both stores a fresh owner token; whichever writes first to a shared page or
// chunk copies it (a page is 32 pointers, a chunk about 350 bytes). A keyframe thus costs what was
// touched since the previous one, not the whole map (measured in scripts/bench/maps-state-bench.ts: random
// inserts touch a new bucket each, so one bucket per chunk keeps keyframes smallest). Missing
// pages and chunks read as zeroed memory: emptyRest, no key, no elem, no overflow.
import type { TraceValue } from '../events.ts';
import { decodeValue, payloadOf, tagOf, type StringTable } from './maps-values.ts';

export const chunkBuckets = 1;
const slotsPerBucket = 8;
const chunkSlots = chunkBuckets * slotsPerBucket;
/** Bucket ids beyond this are ignored (a torn or hostile trace must not allocate without bound). */
export const maxBucketId = 1 << 26;

/** Where each part starts in a chunk's cells: key payloads, elem payloads, overflow links. */
const NUMS = 3 * chunkSlots;
const NEXT = 5 * chunkSlots;

class Chunk {
  /** This chunk's part of toJSON, kept until the chunk is next written. */
  text: string | null = null;

  constructor(
    public owner: object,
    /**
     * One plain array (measured: cheaper to allocate, copy and collect than typed arrays, which
     * each carry an ArrayBuffer): [tophash | key tags | elem tags] per slot, then [key payloads |
     * elem payloads] per slot, then per bucket its overflow link as next id + 1 (0: none), so
     * zeroed cells mean zeroed memory.
     */
    readonly cells: number[] = new Array<number>(NEXT + chunkBuckets).fill(0),
  ) {}

  copy(owner: object): Chunk {
    return new Chunk(owner, this.cells.slice());
  }
}

function valid(id: number, slot = 0): boolean {
  return Number.isInteger(id) && id >= 0 && id < maxBucketId && Number.isInteger(slot) && slot >= 0 && slot < slotsPerBucket;
}

/** Chunks per page: the second level, so a clone copies one pointer per 256 chunks. */
const pageChunks = 32;

class Page {
  constructor(
    public owner: object,
    readonly chunks: Array<Chunk | undefined> = new Array<Chunk | undefined>(pageChunks).fill(undefined),
  ) {}
}

export class BucketStore {
  private token: object = {};

  constructor(
    readonly strings: StringTable,
    private pages: Array<Page | undefined> = [],
  ) {}

  /** A copy that shares pages and chunks until either side writes to one. */
  clone(): BucketStore {
    this.token = {};
    return new BucketStore(this.strings, this.pages.slice());
  }

  private chunkAt(n: number): Chunk | undefined {
    return this.pages[Math.floor(n / pageChunks)]?.chunks[n % pageChunks];
  }

  top(id: number, slot: number): number {
    if (!valid(id, slot)) return 0;
    const c = this.chunkAt(Math.floor(id / chunkBuckets));
    return c === undefined ? 0 : c.cells[(id % chunkBuckets) * slotsPerBucket + slot];
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
    const c = this.chunkAt(Math.floor(id / chunkBuckets));
    return c === undefined ? -1 : c.cells[NEXT + (id % chunkBuckets)] - 1;
  }

  setTop(id: number, slot: number, top: number): void {
    if (!valid(id, slot)) return;
    this.writable(id).cells[(id % chunkBuckets) * slotsPerBucket + slot] = top;
  }

  setKey(id: number, slot: number, v: TraceValue): void {
    this.setValue(id, slot, 0, v);
  }

  setElem(id: number, slot: number, v: TraceValue): void {
    this.setValue(id, slot, 1, v);
  }

  setNext(id: number, next: number): void {
    if (!valid(id)) return;
    this.writable(id).cells[NEXT + (id % chunkBuckets)] = valid(next) ? next + 1 : 0;
  }

  /** Back to zeroed memory: every slot emptyRest with no key or elem, no overflow link. */
  zero(id: number): void {
    if (!valid(id)) return;
    const c = this.chunkAt(Math.floor(id / chunkBuckets));
    if (c === undefined) return;
    const w = this.writable(id);
    const row = (id % chunkBuckets) * slotsPerBucket;
    for (let part = 0; part < 5; part++) w.cells.fill(0, part * chunkSlots + row, part * chunkSlots + row + slotsPerBucket);
    w.cells[NEXT + (id % chunkBuckets)] = 0;
  }

  /**
   * The non-blank buckets as one string, so two stores holding the same contents serialise alike
   * whatever chunks they happen to hold (tests compare whole player states as JSON, often).
   */
  toJSON(): string {
    const out: string[] = [];
    this.pages.forEach((page, p) => {
      page?.chunks.forEach((c, i) => {
        if (c === undefined) return;
        c.text ??= this.chunkText(c, p * pageChunks + i);
        if (c.text !== '') out.push(c.text);
      });
    });
    return out.join(' ');
  }

  private chunkText(c: Chunk, n: number): string {
    const out: string[] = [];
    const v = (tag: number, payload: number): string => (tag === 2 || tag === 6 ? `${tag}:${JSON.stringify(this.strings.at(payload))}` : `${tag}:${payload}`);
    for (let row = 0; row < chunkBuckets; row++) {
      const at = row * slotsPerBucket;
      let blank = c.cells[NEXT + row] === 0;
      for (let i = 0; blank && i < slotsPerBucket; i++) {
        blank = c.cells[at + i] === 0 && c.cells[chunkSlots + at + i] === 0 && c.cells[2 * chunkSlots + at + i] === 0;
      }
      if (blank) continue;
      out.push(`b${n * chunkBuckets + row}>${c.cells[NEXT + row] - 1}`);
      for (let i = at; i < at + slotsPerBucket; i++) {
        out.push(`${c.cells[i]},${v(c.cells[chunkSlots + i], c.cells[NUMS + i])},${v(c.cells[2 * chunkSlots + i], c.cells[NUMS + chunkSlots + i])}`);
      }
    }
    return out.join(' ');
  }

  /** Chunks this store holds (for measurements). */
  get chunkCount(): number {
    let n = 0;
    for (const page of this.pages) for (const c of page?.chunks ?? []) if (c !== undefined) n++;
    return n;
  }

  private value(id: number, slot: number, which: 0 | 1): TraceValue {
    if (!valid(id, slot)) return undefined;
    const c = this.chunkAt(Math.floor(id / chunkBuckets));
    if (c === undefined) return undefined;
    const i = (id % chunkBuckets) * slotsPerBucket + slot;
    return decodeValue(c.cells[(1 + which) * chunkSlots + i], c.cells[NUMS + which * chunkSlots + i], this.strings);
  }

  private setValue(id: number, slot: number, which: 0 | 1, v: TraceValue): void {
    if (!valid(id, slot)) return;
    const c = this.writable(id);
    const i = (id % chunkBuckets) * slotsPerBucket + slot;
    const tag = tagOf(v);
    c.cells[(1 + which) * chunkSlots + i] = tag;
    c.cells[NUMS + which * chunkSlots + i] = payloadOf(v, tag, this.strings);
  }

  private writable(id: number): Chunk {
    const n = Math.floor(id / chunkBuckets);
    const page = this.writablePage(Math.floor(n / pageChunks));
    const c = page.chunks[n % pageChunks];
    if (c !== undefined && c.owner === this.token) {
      c.text = null;
      return c;
    }
    const w = c === undefined ? new Chunk(this.token) : c.copy(this.token);
    page.chunks[n % pageChunks] = w;
    return w;
  }

  private writablePage(p: number): Page {
    const page = this.pages[p];
    if (page !== undefined && page.owner === this.token) return page;
    const w = page === undefined ? new Page(this.token) : new Page(this.token, page.chunks.slice());
    // Grow the array one slot at a time: assigning far past its end (a new bucket array's ids start
    // high) would turn it into a dictionary, and every later lookup and clone would crawl.
    while (this.pages.length < p) this.pages.push(undefined);
    this.pages[p] = w;
    return w;
  }
}
