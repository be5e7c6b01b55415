// The last probe of a Swiss map, as the swiss slice keeps it: a key's hash split (directory bits,
// H1, H2), the table it walked, the groups visited in probe order and the slot it ended on, and
// whether a later event has since made it stale (its table rebuilt, the map cleared or reseeded).
import type { EventOf, TraceValue } from '../events.ts';

/** Slots per group (also in swiss.ts; repeated to keep this file free of a cycle). */
const groupSlots = 8;

export interface SwissProbe {
  /** The swiss.probed event's index, and the goroutine that probed. */
  readonly index: number;
  readonly g: number;
  readonly op: 'assign' | 'access' | 'delete' | string;
  readonly key: TraceValue;
  /** The model's uint32 hash; H1 = hash >>> 7 picks the first group, H2 = hash & 0x7f is the fingerprint. */
  readonly hash: number;
  readonly h1: number;
  readonly h2: number;
  /** Directory entry (the top globalDepth bits; -1 for the small group) at the map's globalDepth then. */
  readonly dirIndex: number;
  readonly globalDepth: number;
  /** The table walked; -1 for the small group. */
  readonly table: number;
  /** Group numbers visited, in probe order: (H1 + i(i+1)/2) & (groups-1). */
  readonly groups: readonly number[];
  /** The slot found or taken (group*8 + i), -1 for none. */
  readonly slot: number;
  readonly found: boolean;
  /** The map's seed and clearSeq when it probed, to tell later that the probe is stale. */
  readonly seed: number;
  readonly clearSeq: number;
}

/** The visited groups of a probe of `probes` groups from `hash` in a table of `capacity` slots. */
export function probeGroups(hash: number, capacity: number, probes: number): number[] {
  const ngroups = Math.max(1, Math.floor(capacity / groupSlots));
  const mask = ngroups - 1;
  const n = Math.max(0, Math.min(probes, ngroups));
  const h1 = hash >>> 7;
  const out: number[] = [];
  // Offsets h1, h1+1, h1+3, h1+6 …: each step adds the step number (Go's probeSeq).
  let offset = h1 & mask;
  for (let i = 0; i < n; i++) {
    out.push(offset);
    offset = (offset + i + 1) & mask;
  }
  return out;
}

/** The probe an event describes, in a table of `capacity` slots (8 for the small group). */
export function probeOf(e: EventOf<'swiss.probed'>, capacity: number, globalDepth: number, seed: number, clearSeq: number): SwissProbe {
  const hash = e.hash >>> 0;
  return {
    index: e.index, g: e.g, op: e.op, key: e.key, hash, h1: hash >>> 7, h2: hash & 0x7f, dirIndex: e.dirIndex, globalDepth,
    table: e.table, groups: e.table < 0 ? [0] : probeGroups(hash, capacity, e.probes), slot: e.slot, found: e.found, seed, clearSeq,
  };
}

/** Why a probe no longer describes the map, or null while it still does. */
export type SwissProbeStale = 'rebuilt' | 'cleared' | 'reseeded' | null;

/** What the map has done since the probe: its table replaced, the map cleared, or a new seed drawn. */
export function swissProbeStale(m: { small: unknown; tables: Map<number, { index: number }>; seed: number; clearSeq: number }, p: SwissProbe): SwissProbeStale {
  if (p.table < 0 ? m.small === null : (m.tables.get(p.table)?.index ?? -1) < 0) return 'rebuilt';
  if (m.clearSeq !== p.clearSeq) return 'cleared';
  if (m.seed >>> 0 !== p.seed >>> 0) return 'reseeded';
  return null;
}
