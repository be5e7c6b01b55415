// The narration's "jump to" links: the events a sentence refers to, for the map story at the
// cursor (the write another goroutine had in progress at a crash, the start and end of a write
// window, the rebuild inside it, the crash that cut a window short, the event that built a table),
// for either map model.
//
// A link names the event to land on; the player moves to index + 1 so its effect shows, as the
// jumps in narrate-jumps.ts do. Scans are the bounded ones of narrate-scan.ts.
import type { EventName } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import type { Narration } from './narrate.ts';
import { gName } from './narrate-phrases.ts';
import { openWriteOf, openWrites, scanLimit, writeWindowEnd } from './narrate-scan.ts';
import { swissTableInfo } from './narrate-swiss-tables.ts';

export interface NarrationLink {
  /** What the link shows, in words (`g2's write that was in progress`). */
  label: string;
  /** The event to land on (the player seeks to index + 1). */
  index: number;
}

/** Rebuilds of a map inside a write: the bucket map's grow, the Swiss map's growth and split. */
const rebuildKinds: ReadonlySet<string> = new Set<EventName>(['map.grew', 'swiss.grew.to.table', 'swiss.table.grown', 'swiss.table.split']);

const mapKind = (k: string): boolean => k.startsWith('map.') || k.startsWith('swiss.');

/**
 * The links for a narration: what its sentence points at, nearest first.
 * @example narrationLinks(reader, narrateAt(reader, p)) // [{ label: "g2's write that was in progress", index: 73 }]
 */
export function narrationLinks(reader: TraceReader, n: Narration): NarrationLink[] {
  if (n.index < 0 || n.index >= reader.length) return [];
  const i = n.index;
  const kind: string = reader.kindAt(i);
  const links: NarrationLink[] = [];
  const add = (label: string, index: number) => {
    if (index >= 0 && index !== i && !links.some((l) => l.index === index)) links.push({ label, index });
  };
  if (kind === 'fatal.raised') {
    const open = openWrites(reader, i);
    const own = open.find((w) => w.g === n.g);
    for (const w of open) if (w.g !== n.g && (!own || w.map === own.map)) add(`${gName(w.g)}'s write that was in progress`, w.began.index);
    if (own) add(`the start of ${gName(own.g)}'s write window`, own.began.index);
    return links;
  }
  if (!mapKind(kind)) return links;
  const e = reader.get(i)!;
  const map = 'map' in e ? e.map : 0;
  // The write window this event belongs to: opened by it, or open around it.
  let began = -1;
  if (kind === 'map.write.began' || kind === 'swiss.write.began') began = i;
  else if (kind === 'map.write.ended' || kind === 'swiss.write.ended') began = openWriteOf(reader, i, n.g, map);
  else began = openWriteOf(reader, i + 1, n.g, map);
  if (began >= 0) {
    const end = writeWindowEnd(reader, began);
    add('the start of this write window', began);
    const rebuild = rebuildIn(reader, began, end < 0 ? reader.length : end, n.g, map);
    if (rebuild >= 0) add(reader.kindAt(rebuild) === 'map.grew' ? 'the grow' : 'the rebuild', rebuild);
    if (end >= 0) add('the end of this write window', end);
    else {
      // A window that never closed: the run stopped inside it, most often at another goroutine's check.
      const crash = reader.findNext(began, ['fatal.raised']);
      if (crash >= 0) add('the crash', crash);
    }
  }
  if (e.kind === 'swiss.table.grown' || e.kind === 'swiss.table.split') {
    const info = swissTableInfo(reader, e.map, e.old);
    if (info) add(`where table t${e.old} was built`, info.built);
  }
  if (e.kind === 'map.bucket.evacuated') {
    const grew = lastBefore(reader, i, 'map.grew', e.map);
    if (grew >= 0) add('the start of this grow', grew);
  }
  return links;
}

/** The first rebuild of `map` by goroutine g in the events [from, to) (bounded; rebuild kinds store the map first). */
function rebuildIn(reader: TraceReader, from: number, to: number, g: number, map: number): number {
  const { data, offsets } = reader.trace;
  for (let j = from; j < Math.min(to, from + scanLimit); j++) {
    if (reader.goroutineAt(j) === g && rebuildKinds.has(reader.kindAt(j)) && data[offsets[j] + 3] === map) return j;
  }
  return -1;
}

/** The last event of `kind` on map `map` before event `i` (kinds that store the map first); -1 when none near. */
function lastBefore(reader: TraceReader, i: number, kind: EventName, map: number): number {
  const { data, offsets } = reader.trace;
  for (let j = i - 1; j >= 0 && i - j < scanLimit; j--) {
    if (reader.kindAt(j) === kind && data[offsets[j] + 3] === map) return j;
  }
  return -1;
}
