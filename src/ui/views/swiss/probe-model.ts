// The last probe as the Swiss view draws it: the key's 32-bit hash split into the directory bits,
// H1 (and the low H1 bits that pick the first group) and H2, the groups visited in probe order,
// and where the probe ended — computed from the swiss slice's state, nothing else.
import { swissProbeStale, type SwissMapState, type SwissProbe, type SwissProbeStale } from '../../../engine/trace/state/swiss.ts';
import { formatValue } from '../../../engine/trace/format-text.ts';

/** One run of hash bits with one meaning, most significant first. */
export interface BitField {
  role: 'dir' | 'h1' | 'group' | 'h2';
  /** The bits as 0/1 characters. */
  bits: string;
  /** Bit numbers (31 = top) of the first and last bit of the run. */
  from: number;
  to: number;
}

export interface ProbeView {
  probe: SwissProbe;
  key: string;
  hashHex: string;
  h1Hex: string;
  h2Hex: string;
  /** The 32 bits, top first, cut where the meaning changes (directory bits overlap H1; they are shown as directory). */
  fields: BitField[];
  /** How many top bits pick the directory entry (the map's globalDepth when it probed). */
  dirBits: number;
  /** log2 of the table's group count: the low H1 bits that pick the first group. */
  groupBits: number;
  ngroups: number;
  /** Group number → its place in the probe (1, 2, 3 …). */
  order: ReadonlyMap<number, number>;
  where: string;
  ending: string;
  stale: SwissProbeStale;
  staleText: string | null;
}

export function hex(n: number, width: number): string {
  return '0x' + (n >>> 0).toString(16).padStart(width, '0');
}

/** The bit runs of a 32-bit hash: directory (top dirBits), the rest of H1, the group bits, H2 (low 7). */
export function bitFields(hash: number, dirBits: number, groupBits: number): BitField[] {
  const all = (hash >>> 0).toString(2).padStart(32, '0');
  // Bit b (31 = top) is at string index 31 - b. H1 is bits 31..7; its low groupBits are bits 7+groupBits-1..7.
  const cuts: Array<{ role: BitField['role']; from: number; to: number }> = [];
  const d = Math.max(0, Math.min(25, dirBits));
  const gb = Math.max(0, Math.min(25 - d, groupBits));
  if (d > 0) cuts.push({ role: 'dir', from: 31, to: 32 - d });
  if (25 - d - gb > 0) cuts.push({ role: 'h1', from: 31 - d, to: 7 + gb });
  if (gb > 0) cuts.push({ role: 'group', from: 6 + gb, to: 7 });
  cuts.push({ role: 'h2', from: 6, to: 0 });
  return cuts.map((c) => ({ ...c, bits: all.slice(31 - c.from, 32 - c.to) }));
}

const staleWords: Record<Exclude<SwissProbeStale, null>, string> = {
  rebuilt: 'its table has since been rebuilt, so the groups shown are where it went then',
  cleared: 'the map has since been cleared',
  reseeded: 'the map has since drawn a new seed, so this key would hash differently now',
};

/** The probe at the cursor, or null when the map has not been probed yet. */
export function probeView(m: SwissMapState): ProbeView | null {
  const p = m.lastProbe;
  if (!p) return null;
  const small = p.table < 0;
  const capacity = small ? 8 : (m.tables.get(p.table)?.capacity ?? 8);
  const ngroups = Math.max(1, capacity / 8);
  const groupBits = small ? 0 : Math.round(Math.log2(ngroups));
  const order = new Map<number, number>();
  p.groups.forEach((g, i) => {
    if (!order.has(g)) order.set(g, i + 1);
  });
  const stale = swissProbeStale(m, p);
  const slotText = (s: number) => `group ${Math.floor(s / 8)}, slot ${s % 8}`;
  let ending: string;
  if (p.found) ending = `found the key at ${slotText(p.slot)}`;
  else if (p.slot >= 0) ending = `${p.op === 'assign' ? 'takes' : 'stops at'} ${slotText(p.slot)} for the new key`;
  else if (p.op === 'assign') ending = small ? 'found no free slot' : 'found no room: growthLeft is 0, so the table is rebuilt and the key probed again';
  else ending = small ? 'the key is not in the group' : `the key is not there: group ${p.groups[p.groups.length - 1]} has an empty slot, so the probe stops`;
  return {
    probe: p,
    key: formatValue(p.key, '–'),
    hashHex: hex(p.hash, 8),
    h1Hex: hex(p.h1, 7),
    h2Hex: hex(p.h2, 2),
    fields: bitFields(p.hash, small ? 0 : p.globalDepth, groupBits),
    dirBits: small ? 0 : p.globalDepth,
    groupBits,
    ngroups,
    order,
    where: small ? 'the small group (matched whole: no directory, no table)' : `directory entry ${p.dirIndex} → table t${p.table} (${ngroups} groups)`,
    ending,
    stale,
    staleText: stale ? staleWords[stale] : null,
  };
}

/** The probe in sentences, for the text form. */
export function probeSentences(v: ProbeView): string[] {
  const p = v.probe;
  const out = [
    `Last probe: ${p.op} of key ${v.key} by goroutine ${p.g}. Hash ${v.hashHex}: H1 ${v.h1Hex} (the upper 25 bits), H2 ${v.h2Hex} (the lower 7 bits).`,
  ];
  if (p.table >= 0) {
    out.push(
      `The top ${v.dirBits} bit${v.dirBits === 1 ? '' : 's'} pick directory entry ${p.dirIndex}, which points at table t${p.table}; ` +
        `the low ${v.groupBits} bits of H1 pick group ${p.groups[0] ?? 0} of ${v.ngroups} to start.`,
    );
    out.push(`Groups visited in order: ${p.groups.join(', ')} (${p.groups.length} group${p.groups.length === 1 ? '' : 's'}); the probe ${v.ending}.`);
  } else {
    out.push(`It looked in the small group: ${v.ending}.`);
  }
  if (v.staleText) out.push(`Since then ${v.staleText}.`);
  return out;
}
