// What the map view draws, computed from the folded maps state: the header with flags decoded,
// rows of bucket chains for an array, density cells for a zoomed-out array, the moves of an
// evacuation that happened at the cursor's step, and a plain-language summary for screen readers.
import { formatValue } from '../../../engine/trace/format-text.ts';
import type { TraceMove, TraceValue } from '../../../engine/trace/events.ts';
import type { TraceReader } from '../../../engine/trace/reader.ts';
import { chain, evacuationProgress, flagBits, minTopHash, oldBucketEvacuated, tophashLabel } from '../../../engine/trace/state/maps-read.ts';
import type { ArraySpan, MapState } from '../../../engine/trace/state/maps.ts';

export interface FlagModel {
  name: string;
  set: boolean;
  /** For hashWriting: the goroutine whose toggle set it (0 when clear or unknown). */
  g: number;
}

export interface HeaderModel {
  name: string;
  count: number;
  B: number;
  nbuckets: number;
  noverflow: number;
  hash0: string;
  nevacuate: number | null;
  oldNbuckets: number | null;
  flags: FlagModel[];
  flagsText: string;
  inWindow: readonly number[];
}

/** Go's `m1`-style name for a trace map id. */
export function mapName(id: number): string {
  return `m${id}`;
}

export function headerModel(m: MapState): HeaderModel {
  const flags = flagBits.map((f) => ({ name: f.name, set: (m.flags & f.bit) !== 0, g: f.name === 'hashWriting' ? m.writer : 0 }));
  const set = flags.filter((f) => f.set).map((f) => f.name);
  return {
    name: mapName(m.id), count: m.count, B: m.B, nbuckets: m.buckets?.n ?? 0, noverflow: m.noverflow,
    hash0: `0x${(m.hash0 >>> 0).toString(16).padStart(8, '0')}`,
    nevacuate: m.oldbuckets ? m.nevacuate : null, oldNbuckets: m.oldbuckets?.n ?? null,
    flags, flagsText: set.length === 0 ? '0' : set.join('|'), inWindow: m.inWindow,
  };
}

/** A Go-ish short text for a key or elem as the trace keeps it. */
export function valueText(v: TraceValue): string {
  return formatValue(v, '');
}

export interface SlotModel {
  slot: number;
  top: number;
  topText: string;
  live: boolean;
  /** evacuatedX / Y / Empty marks. */
  mark: 'X' | 'Y' | 'E' | null;
  key: string;
  elem: string;
}

export interface BucketModel {
  id: number;
  slots: SlotModel[];
}

export interface ChainModel {
  /** Index in its array (Go's bucket number). */
  index: number;
  buckets: BucketModel[];
  live: number;
  /** Old array only: whether this old bucket has been evacuated. */
  evacuated: boolean;
}

function slotModel(m: MapState, id: number, slot: number): SlotModel {
  const top = m.store.top(id, slot);
  const live = top >= minTopHash;
  const mark = top === 2 ? 'X' : top === 3 ? 'Y' : top === 4 ? 'E' : null;
  return {
    slot, top, topText: tophashLabel(top), live, mark,
    // Go leaves keys in emptied and evacuated slots; the view shows what a reader would see there.
    key: live || mark === 'X' || mark === 'Y' ? valueText(m.store.key(id, slot)) : '',
    elem: live || mark === 'X' || mark === 'Y' ? valueText(m.store.elem(id, slot)) : '',
  };
}

/** Bucket `index` of `span` with its overflow chain. */
export function chainModel(m: MapState, span: ArraySpan, index: number, old: boolean): ChainModel {
  const buckets = chain(m, span, index).map((id) => ({ id, slots: [0, 1, 2, 3, 4, 5, 6, 7].map((s) => slotModel(m, id, s)) }));
  let live = 0;
  for (const b of buckets) for (const s of b.slots) if (s.live) live++;
  return { index, buckets, live, evacuated: old && oldBucketEvacuated(m, index) };
}

/**
 * Per main bucket of `span`: live entries of its chain and the chain's length, for the density
 * view (fast: reads tophash bytes only).
 */
export function densityCells(m: MapState, span: ArraySpan, old: boolean): { live: Uint16Array; chain: Uint8Array; evacuated: Uint8Array } {
  const live = new Uint16Array(span.n);
  const len = new Uint8Array(span.n);
  const evacuated = new Uint8Array(span.n);
  for (let i = 0; i < span.n; i++) {
    let n = 0;
    let l = 0;
    for (let id = span.first + i; id >= 0 && l < 255; id = m.store.next(id)) {
      l++;
      for (let s = 0; s < 8; s++) if (m.store.top(id, s) >= minTopHash) n++;
    }
    live[i] = Math.min(n, 65535);
    len[i] = l;
    if (old && oldBucketEvacuated(m, i)) evacuated[i] = 1;
  }
  return { live, chain: len, evacuated };
}

/**
 * The moves of the map's last evacuation if it happened at or after event `since` (the previous
 * stop of Step, so: during the move that led here), else none.
 */
export function movesSince(m: MapState, reader: TraceReader, since: number): TraceMove[] {
  const ev = m.lastEvacuation;
  if (ev === null || ev.index < since) return [];
  const e = reader.get(ev.index);
  return e !== undefined && e.kind === 'map.bucket.evacuated' ? e.moves.filter((mv) => mv.toBucket >= 0) : [];
}

/** Which half a move went to: X keeps the index, Y adds the old size. */
export function moveHalf(mv: TraceMove): 'X' | 'Y' {
  return mv.mark === 3 ? 'Y' : 'X';
}

/** Where a bucket id sits: its array and index in it, or null for an overflow bucket or an unknown id. */
export function locate(m: MapState, id: number): { old: boolean; index: number } | null {
  if (m.buckets && id >= m.buckets.first && id < m.buckets.first + m.buckets.n) return { old: false, index: id - m.buckets.first };
  if (m.oldbuckets && id >= m.oldbuckets.first && id < m.oldbuckets.first + m.oldbuckets.n) return { old: true, index: id - m.oldbuckets.first };
  return null;
}

/** How a learner names a bucket id: `bucket 3`, `old bucket 1`, `an overflow bucket of bucket 5`. */
export function bucketLabel(m: MapState, id: number): string {
  const at = locate(m, id);
  if (at !== null) return `${at.old ? 'old ' : ''}bucket ${at.index}`;
  const inCurrent = m.buckets ? chainIndexOf(m, m.buckets, id) : -1;
  if (inCurrent >= 0) return `an overflow bucket of bucket ${inCurrent}`;
  const inOld = m.oldbuckets ? chainIndexOf(m, m.oldbuckets, id) : -1;
  if (inOld >= 0) return `an overflow bucket of old bucket ${inOld}`;
  return `overflow bucket #${id}`;
}

/**
 * The main bucket whose chain holds `id` in `span`, or -1. Overflow ids are not in order, so they
 * are searched chain by chain, in arrays of up to `searchLimit` buckets (a step must stay cheap).
 */
export function chainIndexOf(m: MapState, span: ArraySpan, id: number, searchLimit = 4096): number {
  if (id >= span.first && id < span.first + span.n) return id - span.first;
  if (span.n > searchLimit) return -1;
  for (let i = 0; i < span.n; i++) {
    for (let b = m.store.next(span.first + i), n = 0; b >= 0 && n < 4096; b = m.store.next(b), n++) if (b === id) return i;
  }
  return -1;
}

const touchVerb = { read: 'read', write: 'wrote the key of', key: 'updated the key in', elem: 'stored the value in', delete: 'deleted', iter: 'iterated over' } as const;

/** One or two sentences describing the map for a screen reader. */
export function mapSummary(m: MapState): string {
  const h = headerModel(m);
  const parts = [`Map ${h.name}: ${h.count} ${h.count === 1 ? 'entry' : 'entries'} in ${h.nbuckets} ${h.nbuckets === 1 ? 'bucket' : 'buckets'} (B = ${h.B}), ${h.noverflow} overflow.`];
  parts.push(h.flagsText === '0' ? 'No flags set.' : `Flags: ${h.flagsText}${m.writer ? `; hashWriting set by goroutine ${m.writer}` : ''}.`);
  if (m.oldbuckets) {
    const p = evacuationProgress(m);
    parts.push(`Growing: ${p.done} of ${p.total} old buckets evacuated; nevacuate = ${h.nevacuate} (every old bucket below it is done).`);
  }
  if (m.inWindow.length > 1) parts.push(`Goroutines ${m.inWindow.join(' and ')} are inside a write at the same time.`);
  const t = m.lastTouch;
  if (t) {
    const where = t.bucket < 0 ? 'a missing key' : `${bucketLabel(m, t.bucket)}, slot ${t.slot}`;
    parts.push(`Last access: goroutine ${t.g} ${touchVerb[t.kind]} ${where}.`);
  }
  if (m.clonedFrom) parts.push(`Copied from m${m.clonedFrom} by maps.Clone: the copy's buckets are not traced.`);
  return parts.join(' ');
}

export interface EntryRow {
  key: string;
  elem: string;
  /** Where it lives, as a learner names it: `bucket 3, slot 2`. */
  where: string;
}

/**
 * The live entries (old buckets not yet evacuated first, then the current array) with where each
 * lives, at most `limit` of them: the view's table for screen readers.
 */
export function entryRows(m: MapState, limit = 200): { rows: EntryRow[]; more: boolean } {
  const rows: EntryRow[] = [];
  let more = false;
  const walk = (span: ArraySpan, old: boolean): void => {
    for (let i = 0; i < span.n && !more; i++) {
      if (old && oldBucketEvacuated(m, i)) continue;
      chain(m, span, i).forEach((id, depth) => {
        for (let s = 0; s < 8; s++) {
          if (m.store.top(id, s) < minTopHash) continue;
          if (rows.length === limit) {
            more = true;
            return;
          }
          const bucket = `${old ? 'old ' : ''}bucket ${i}${depth > 0 ? ` (overflow ${depth})` : ''}`;
          rows.push({ key: valueText(m.store.key(id, s)), elem: valueText(m.store.elem(id, s)), where: `${bucket}, slot ${s}` });
        }
      });
    }
  };
  if (m.oldbuckets) walk(m.oldbuckets, true);
  if (m.buckets) walk(m.buckets, false);
  return { rows, more };
}
