// Narration for the Swiss-table map (Go 1.24+, swiss.* events): one sentence per event, in the
// same voice as the bucket map's, with every number read from the events.
//
// Go's words are kept: the map header's `writing` flag (a toggle, `writing ^= 1`), H1 and H2,
// groups and slots, control bytes, tombstones, the directory and its global depth, a table's
// local depth. A trace's table -1 is the small map's single group (runtime/swiss/README.md).
import type { EventOf, TraceEvent, TraceSwissGroups, TraceSwissTable } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { gName, mapName, valueText } from './narrate-phrases.ts';
import { openWrites } from './narrate-scan.ts';
import { ctrlDeleted, swissTableInfo, tombstonesBefore } from './narrate-swiss-tables.ts';

type SwissEventOf = Extract<TraceEvent, { kind: `swiss.${string}` }>;

/** How much each Swiss kind matters to a learner, on the same scale as the bucket map's kinds (narrate.ts). */
export const swissWeights: Readonly<Record<string, number>> = {
  'swiss.table.split': 86,
  'swiss.directory.doubled': 85,
  'swiss.table.grown': 85,
  'swiss.tombstones.pruned': 84,
  'swiss.grew.to.table': 85,
  'swiss.write.began': 83,
  'swiss.slot.written': 82,
  'swiss.slot.deleted': 82,
  'swiss.key.updated': 81,
  'swiss.cleared': 81,
  'swiss.cloned': 80,
  'swiss.write.ended': 79,
  'swiss.elem.stored': 78,
  'swiss.group.allocated': 77,
  'swiss.made': 76,
  'swiss.read': 70,
  'swiss.iter.started': 70,
  'swiss.iter.yielded': 69,
  'swiss.iter.finished': 69,
  // Below a read, so a statement that reads is told as a read; stepping by phase, the probe is told.
  'swiss.probed': 69,
  'swiss.seed.changed': 60,
};

/** Slots in a group (abi.SwissMapGroupSlots). */
const groupSlots = 8;

/** The tables a rebuild or clear carries (an empty list when a hand-made trace left them out). */
function tablesOf(e: { tables: TraceSwissTable[] }): TraceSwissTable[] {
  return Array.isArray(e.tables) ? e.tables.filter((t) => t !== null && typeof t === 'object') : [];
}

/** Full slots of a group snapshot (control bytes below 0x80 hold an H2). */
function fullSlots(g: TraceSwissGroups | undefined): number {
  return g && Array.isArray(g.ctrl) ? g.ctrl.filter((c) => c < 0x80).length : 0;
}

/** `slot 3 of the small group`, `slot 13 (group 1) of table t2`; with a map, `slot 3 of m1's small group`, `… of m1's table t2`. */
export function swissSlotText(table: number, slot: number, map = 0): string {
  const owner = map > 0 ? `${mapName(map)}'s ` : '';
  if (table < 0) return `slot ${slot} of ${owner || 'the '}small group`;
  return `slot ${slot} (group ${Math.floor(slot / groupSlots)}) of ${owner}table t${table}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** `used 3 → 4` and, in a table, `growthLeft 10 → 9` or `growthLeft stays 0`. */
function counters(e: { usedBefore: number; usedAfter: number; growthLeftBefore: number; growthLeftAfter: number }): string {
  const used = `used ${e.usedBefore} → ${e.usedAfter}`;
  if (e.growthLeftBefore < 0) return used;
  const left = e.growthLeftBefore === e.growthLeftAfter ? `growthLeft stays ${e.growthLeftAfter}` : `growthLeft ${e.growthLeftBefore} → ${e.growthLeftAfter}`;
  return `${used}, ${left}`;
}

function opWhat(op: string, key: EventOf<'swiss.write.began'>['key']): string {
  if (op === 'mapdelete') return `deleting key ${valueText(key)}`;
  if (op === 'mapclear') return 'clearing it';
  return `writing key ${valueText(key)}`;
}

/** The sentence for one swiss.* event; `to` is the end of the window the cursor shows (events before it are applied). */
export function swissSentence(reader: TraceReader, e: SwissEventOf, to: number): string {
  const g = gName(e.g);
  const m = mapName(e.map);
  switch (e.kind) {
    case 'swiss.made': {
      const tables = tablesOf(e);
      if (tables.length === 0) return `${g} made map ${m}, a Swiss table (Go 1.24+): nothing is allocated yet; its first write allocates a small group of 8 slots.`;
      const caps = [...new Set(tables.map((t) => t.capacity))].join(' or ');
      const dir = 2 ** e.globalDepth;
      return `${g} made map ${m}, a Swiss table (Go 1.24+), sized for a hint of ${e.hint}: ${plural(tables.length, 'table')} of ${caps} slots behind a directory of ${plural(dir, 'entry', 'entries')} (globalDepth ${e.globalDepth}).`;
    }
    case 'swiss.group.allocated':
      return `${g} allocated ${m}'s small group: 8 slots, all empty, with no table and no directory yet.`;
    case 'swiss.write.began':
      return writeBegan(reader, e, to);
    case 'swiss.write.ended':
      return `${g} finished its ${e.op === 'mapdelete' ? 'delete' : e.op === 'mapclear' ? 'clear' : 'write'} on ${m}: the writing flag was still set, so it cleared it (writing ${e.writingBefore} → ${e.writingAfter}).`;
    case 'swiss.slot.written': {
      const from = e.ctrlBefore === ctrlDeleted ? 'reusing a tombstone' : 'an empty slot';
      return `${g} put key ${valueText(e.keyAfter)} into ${swissSlotText(e.table, e.slot, e.map)}, ${from}: its control byte is now H2 ${hex(e.ctrlAfter)} (${counters(e)}).`;
    }
    case 'swiss.key.updated': {
      const before = valueText(e.keyBefore);
      const after = valueText(e.keyAfter);
      const change = before === after ? 'with the equal key it was given' : `(${before} → ${after})`;
      return `${g} found key ${after} already in ${swissSlotText(e.table, e.slot, e.map)} and rewrote the stored key ${change}.`;
    }
    case 'swiss.elem.stored':
      return `${g} stored the value ${valueText(e.elemAfter)} in ${swissSlotText(e.table, e.slot, e.map)}${e.elemBefore === undefined ? '' : ` (it was ${valueText(e.elemBefore)})`}, through the slot mapassign returned.`;
    case 'swiss.slot.deleted': {
      const head = `${g} deleted key ${valueText(e.key)} from ${swissSlotText(e.table, e.slot, e.map)}`;
      if (e.table < 0) return `${head}: a small group needs no tombstones, so the slot is simply empty again (${counters(e)}).`;
      if (e.ctrlAfter === ctrlDeleted) return `${head}: its group had no empty slot, so the slot becomes a tombstone that later probes run past (${counters(e)}).`;
      return `${head}: its group still has an empty slot, so the slot is empty again (${counters(e)}).`;
    }
    case 'swiss.seed.changed':
      return `${m} is empty now, so ${g} gave it a new hash seed (${hex(e.seedBefore)} → ${hex(e.seedAfter)}): nothing needs rehashing.`;
    case 'swiss.grew.to.table': {
      const t = tablesOf(e)[0];
      const moved = fullSlots(e.small);
      const sized = t ? `table t${t.table} of ${t.capacity} slots (${plural(t.capacity / groupSlots, 'group')}), growthLeft ${t.growthLeft}` : 'a table';
      const full = moved === groupSlots ? 'was full (8 entries)' : `held ${moved} of 8 entries`;
      return `${m}'s small group ${full}, so ${g}'s write grew it into its first ${sized}: the ${plural(moved, 'entry', 'entries')} were rehashed into it.`;
    }
    case 'swiss.table.grown':
      return tableGrown(reader, e);
    case 'swiss.directory.doubled': {
      const before = 2 ** e.globalDepthBefore;
      return `${g} doubled ${m}'s directory from ${plural(before, 'entry', 'entries')} to ${before * 2} (globalDepth ${e.globalDepthBefore} → ${e.globalDepthAfter}), so that a full table can split: each table now owns twice as many entries.`;
    }
    case 'swiss.table.split': {
      const [l, r] = tablesOf(e);
      const half = (t: TraceSwissTable | undefined) => (t ? `t${t.table} (${plural(t.used, 'entry', 'entries')}, from directory entry ${t.index})` : '?');
      const cap = l ? `${plural(l.capacity, 'slot')} (maxTableCapacity)` : 'maxTableCapacity';
      const dead = tombstonesBefore(reader, e.map, e.old, e.index);
      const dropped = dead === null || dead === 0 ? '' : ` (${plural(dead, 'tombstone')} dropped)`;
      return `Table t${e.old} of ${m} had no room for a new key at ${cap}, so ${g} split it on hash bit ${hex(e.bit)} into ${half(l)} and ${half(r)}${dropped}, local depth ${e.oldLocalDepth} → ${e.oldLocalDepth + 1}.`;
    }
    case 'swiss.cleared': {
      const tables = tablesOf(e);
      const n = tables.length;
      const what = n > 1 ? `its ${n} tables keep their slots` : n === 1 ? `its table keeps its ${tables[0].capacity} slots` : 'its small group is empty again';
      return `${g} cleared ${m} (${plural(e.usedBefore, 'entry', 'entries')} removed): ${what}, since clear never shrinks a map.`;
    }
    case 'swiss.cloned':
      return `${g} cloned ${m} into ${mapName(e.clone)} (${plural(e.used, 'entry', 'entries')}) by copying its groups slot for slot: nothing is rehashed.`;
    case 'swiss.read':
      return e.found
        ? `${g} read key ${valueText(e.key)} from ${m}: found in ${swissSlotText(e.table, e.slot)}.`
        : `${g} read key ${valueText(e.key)} from ${m}: not there, so it got the zero value.`;
    case 'swiss.probed':
      return probed(reader, e);
    case 'swiss.tombstones.pruned': {
      const n = Array.isArray(e.slots) ? e.slots.length : 0;
      return `Table t${e.table} of ${m} had no room left, but tombstones filled part of it: before growing, ${g} turned ${plural(n, 'tombstone')} that no key's probe still runs past back into empty slots (growthLeft ${e.growthLeftBefore} → ${e.growthLeftAfter}), so the table keeps its size (Go 1.25+).`;
    }
    case 'swiss.iter.started': {
      const entry = e.entryOffset >>> 0;
      if (e.small) return `${g} started a range over ${m} at a random place: slot ${entry % groupSlots} of its small group.`;
      const dir = 2 ** e.globalDepth;
      return `${g} started a range over ${m} at a random place: directory entry ${(e.dirOffset >>> 0) % dir} of ${dir}, and a random offset inside each table.`;
    }
    case 'swiss.iter.yielded': {
      const from = e.viaLookup ? ': its table was rebuilt since the range began, so it looked the key up in the live map' : '';
      return `${g}'s range over ${m} got key ${valueText(e.key)} with value ${valueText(e.elem)}${from}.`;
    }
    case 'swiss.iter.finished':
      return `${g} finished its range over ${m}.`;
  }
}

/**
 * A write window opening: Go 1.24's mapassign, Delete and Clear toggle `writing` after hashing the
 * key. The toggle is an XOR, so a second writer that got past its entry check turns it *off*.
 */
function writeBegan(reader: TraceReader, e: EventOf<'swiss.write.began'>, to: number): string {
  const g = gName(e.g);
  const m = mapName(e.map);
  const what = opWhat(e.op, e.key);
  if (e.writingBefore !== 0) {
    const other = openWrites(reader, e.index).find((w) => w.g !== e.g && w.map === e.map);
    const who = other ? `${gName(other.g)} had already set it` : 'another writer had already set it';
    const to = e.op === 'mapdelete' ? `delete key ${valueText(e.key)}` : e.op === 'mapclear' ? 'clear it' : `write key ${valueText(e.key)}`;
    return `${g} toggled ${m}'s writing flag to ${to} and so turned it off (${who}): both are now inside a write, which Go will notice.`;
  }
  // What the step already shows of this write: a rebuild, where it lands, whether it closed.
  let where = '';
  let rebuilt = '';
  let closed = false;
  for (let i = e.index + 1; i < to; i++) {
    if (reader.goroutineAt(i) !== e.g || !reader.kindAt(i).startsWith('swiss.')) continue;
    const f = reader.get(i) as SwissEventOf;
    if (f.map !== e.map) continue;
    if (f.kind === 'swiss.write.ended') {
      closed = true;
      break;
    }
    if (f.kind === 'swiss.slot.written' || f.kind === 'swiss.key.updated' || f.kind === 'swiss.slot.deleted') where = swissSlotText(f.table, f.slot);
    else if (f.kind === 'swiss.probed' && f.slot >= 0 && where === '') where = swissSlotText(f.table, f.slot);
    else if (f.kind === 'swiss.grew.to.table') rebuilt = ' (its full small group grew into a table first)';
    else if (f.kind === 'swiss.table.grown') rebuilt = ` (table t${f.old} was full and grew first)`;
    else if (f.kind === 'swiss.table.split') rebuilt = ` (table t${f.old} was full and split first)`;
  }
  const at = where ? ` in ${where}` : '';
  if (closed) return `${g} set ${m}'s writing flag, was ${what}${at}${rebuilt}, and cleared the flag again.`;
  return `${g} set ${m}'s writing flag and is ${what}${at}${rebuilt}.`;
}

/** A table rebuilt at twice its capacity: every live entry rehashed, tombstones left behind. */
function tableGrown(reader: TraceReader, e: EventOf<'swiss.table.grown'>): string {
  const t = tablesOf(e)[0];
  const m = mapName(e.map);
  const dead = tombstonesBefore(reader, e.map, e.old, e.index);
  const dropped = dead === null ? 'tombstones, if any, are left behind' : dead === 0 ? 'it had no tombstones' : `${plural(dead, 'tombstone')} dropped`;
  const into = t ? `t${t.table} of ${t.capacity} slots: ${plural(t.used, 'live entry', 'live entries')} rehashed, ${dropped}, growthLeft ${t.growthLeft}` : 'a table twice as large';
  return `Table t${e.old} of ${m} (${e.oldCapacity} slots) had no room for a new key, so ${gName(e.g)} rebuilt it into ${into}.`;
}

/**
 * A key's way through the map: H1 (hash >> 7) picks the first group of the table the directory
 * chose, H2 (hash & 0x7f) is the fingerprint compared with each control byte.
 */
function probed(reader: TraceReader, e: EventOf<'swiss.probed'>): string {
  const g = gName(e.g);
  const m = mapName(e.map);
  const h1 = e.hash >>> 7;
  const h2 = e.hash & 0x7f;
  const verb = e.op === 'assign' ? 'to write it' : e.op === 'delete' ? 'to delete it' : 'to read it';
  let path: string;
  if (e.table < 0) {
    path = `H2 is ${hex(h2)}; its small group is matched whole, all 8 control bytes at once`;
  } else {
    const info = swissTableInfo(reader, e.map, e.table);
    const groups = info ? info.capacity / groupSlots : 0;
    // A table has a power-of-two number of groups; anything else (a hand-made trace) is not used.
    const first = groups >= 1 && Number.isInteger(Math.log2(groups)) ? `group ${h1 & (groups - 1)} of table t${e.table}` : `the first group of table t${e.table}`;
    path = `H1 picks ${first} (directory entry ${e.dirIndex}); H2 is ${hex(h2)}; ${plural(e.probes, 'group')} probed`;
  }
  let end: string;
  if (e.found) end = `found in slot ${e.slot}`;
  else if (e.op !== 'assign') end = 'not there';
  else if (e.slot >= 0) end = `not there yet, so it takes slot ${e.slot}`;
  else if (e.table < 0) end = 'not there, and no empty slot is left';
  else end = 'not there, and no slot it may use: the table must be rebuilt first';
  return `${g} hashes key ${valueText(e.key)} ${verb} in ${m}: ${path}; ${end}.`;
}
