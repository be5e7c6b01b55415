// What the Swiss view draws, computed from the swiss slice's state: slot cells with their control
// byte's meaning, the directory as runs of entries per table, which tables the step involves, the
// last rebuild in words, and the summary sentences (the view's text form).
import { formatValue } from '../../../engine/trace/format-text.ts';
import type { TraceValue } from '../../../engine/trace/events.ts';
import {
  liveTables, swissSlotKind, type SwissGroups, type SwissMapState, type SwissTableState, type SwissTouch,
} from '../../../engine/trace/state/swiss.ts';
import { probeSentences, probeView } from './probe-model.ts';

export interface SlotCell {
  slot: number;
  kind: 'empty' | 'deleted' | 'full';
  /** The control byte as Go stores it. */
  ctrl: number;
  key: TraceValue;
  elem: TraceValue;
}

export function hex2(n: number): string {
  return '0x' + n.toString(16).padStart(2, '0');
}

export function valueText(v: TraceValue): string {
  return formatValue(v, '–');
}

/** Group `g` (8 slots) of a group array. */
export function groupCells(groups: SwissGroups, g: number): SlotCell[] {
  const out: SlotCell[] = [];
  for (let i = g * 8; i < g * 8 + 8 && i < groups.ctrl.length; i++) {
    out.push({ slot: i, kind: swissSlotKind(groups.ctrl[i]), ctrl: groups.ctrl[i], key: groups.keys[i], elem: groups.elems[i] });
  }
  return out;
}

/** What a control byte means, in words (the cell's accessible name starts with it). */
export function ctrlText(c: SlotCell): string {
  if (c.kind === 'empty') return `slot ${c.slot % 8} empty (${hex2(c.ctrl)})`;
  if (c.kind === 'deleted') return `slot ${c.slot % 8} deleted, a tombstone (${hex2(c.ctrl)})`;
  return `slot ${c.slot % 8} full, H2 ${hex2(c.ctrl)}, key ${valueText(c.key)}, value ${valueText(c.elem)}`;
}

function count(groups: SwissGroups, kind: SlotCell['kind']): number {
  let n = 0;
  for (const c of groups.ctrl) if (swissSlotKind(c) === kind) n++;
  return n;
}

/** A run of consecutive directory entries pointing at one table. */
export interface DirSpan {
  from: number;
  to: number;
  table: number;
  localDepth: number;
}

/** The directory as runs: a table of localDepth d owns 2^(globalDepth-d) consecutive entries. */
export function directorySpans(m: SwissMapState): DirSpan[] {
  const out: DirSpan[] = [];
  for (let i = 0; i < m.dir.length; i++) {
    const id = m.dir[i];
    const last = out[out.length - 1];
    if (last && last.table === id) last.to = i;
    else out.push({ from: i, to: i, table: id, localDepth: m.tables.get(id)?.localDepth ?? 0 });
  }
  return out;
}

/**
 * The slot the current operation last touched: the last touch unless it is older than the last
 * probe (then it belonged to an earlier operation, and the probe is what the step is about).
 */
export function currentTouch(m: SwissMapState): SwissTouch | null {
  const t = m.lastTouch;
  if (!t || (m.lastProbe && t.index < m.lastProbe.index)) return null;
  return t;
}

/** Why a table is drawn open at this step. */
export type Involvement = 'probe' | 'touch' | 'rebuild';

/** Live tables that the current probe, touch or rebuild concern, by id. */
export function involvedTables(m: SwissMapState, recentRebuild: boolean): Map<number, Involvement[]> {
  const out = new Map<number, Involvement[]>();
  const add = (id: number, why: Involvement) => {
    const t = m.tables.get(id);
    if (!t || t.index < 0) return;
    out.set(id, [...(out.get(id) ?? []), why]);
  };
  if (m.lastProbe && m.lastProbe.table >= 0) add(m.lastProbe.table, 'probe');
  const touch = currentTouch(m);
  if (touch && touch.table >= 0) add(touch.table, 'touch');
  if (recentRebuild && m.lastRehash) for (const id of m.lastRehash.tables) add(id, 'rebuild');
  return out;
}

/** A table's counters in one line (its title). */
export function tableTitle(t: SwissTableState, globalDepth: number): string {
  const entries = 2 ** Math.max(0, globalDepth - t.localDepth);
  const dir = entries === 1 ? `[${t.index}]` : `[${t.index}–${t.index + entries - 1}]`;
  return `table t${t.id} · ${t.capacity} slots, ${t.capacity / 8} groups · used ${t.used} · growthLeft ${t.growthLeft} · localDepth ${t.localDepth}/${globalDepth} · dir ${dir}`;
}

/**
 * Whether the last rebuild belongs to the map's latest operation: no write has begun since, and no
 * probe came after it other than the rebuilding writer's own second probe.
 */
export function rebuildIsRecent(m: SwissMapState): boolean {
  const r = m.lastRehash;
  if (!r) return false;
  if (m.lastKey && m.lastKey.index > r.index) return false;
  const p = m.lastProbe;
  return !p || p.index < r.index || (p.op === 'assign' && p.g === r.g);
}

/** A table Go has replaced (index -1): it stays as it was, and no directory entry points at it. */
export function replacedTitle(t: SwissTableState): string {
  return `replaced table t${t.id} · ${t.capacity} slots, ${t.capacity / 8} groups · used ${t.used} · growthLeft ${t.growthLeft} · localDepth ${t.localDepth} · no directory entry points here now`;
}

/** The last rebuild in words: what was replaced by what, and for a split the hash bit that decided. */
export function rehashText(m: SwissMapState): string | null {
  const r = m.lastRehash;
  if (!r) return null;
  if (r.kind === 'pruned') {
    return `Last sweep (Go 1.25+): table t${r.old} (${r.oldCapacity} slots) had no room left, so ${r.count ?? 0} tombstones no probe still needed became empty slots again; the table kept its size.`;
  }
  if (r.kind === 'to-table') return `Last rebuild: the small group (8 slots) became table t${r.tables[0]} (16 slots): the map now has a directory of one entry.`;
  if (r.kind === 'grown') {
    const t = m.tables.get(r.tables[0]);
    return `Last rebuild: table t${r.old} (${r.oldCapacity} slots) was rehashed into t${r.tables[0]} (${t?.capacity ?? 2 * r.oldCapacity} slots), dropping its tombstones.`;
  }
  const left = m.tables.get(r.tables[0]);
  const d = left?.localDepth ?? 1;
  const bit = 2 ** (32 - d);
  const nth = d === 1 ? '1st' : d === 2 ? '2nd' : d === 3 ? '3rd' : `${d}th`;
  return (
    `Last rebuild: full table t${r.old} (${r.oldCapacity} slots) split into t${r.tables.join(' and t')} in the directory, ` +
    `on hash bit 0x${bit.toString(16)} (the ${nth} bit from the top): keys with it clear went to t${r.tables[0]}, set to t${r.tables[1] ?? '?'}.`
  );
}

/** The most tables the text form lists one by one; the rest are counted. */
export const textTableLimit = 16;

/** The map in sentences: the view's text form for screen readers. */
export function swissSummary(m: SwissMapState): string[] {
  const lines: string[] = [];
  const name = `Map m${m.id}`;
  if (m.small) {
    lines.push(`${name} is small: one group of 8 slots and no table; ${count(m.small, 'full')} full.`);
  } else if (m.dir.length === 0) {
    lines.push(`${name} has no group yet (made with room for up to 8 entries; the first write allocates it).`);
  } else {
    const tables = liveTables(m);
    lines.push(`${name} holds ${m.used} entries in ${tables.length} table${tables.length === 1 ? '' : 's'}; the directory has ${m.dir.length} entr${m.dir.length === 1 ? 'y' : 'ies'} (global depth ${m.globalDepth}).`);
    const involved = involvedTables(m, true);
    const listed = tables.filter((t, i) => i < textTableLimit || involved.has(t.id));
    for (const t of listed) {
      lines.push(`Table t${t.id}: ${t.capacity} slots in ${t.capacity / 8} groups, ${t.used} full, ${count(t, 'deleted')} tombstones, growth left ${t.growthLeft}, local depth ${t.localDepth}.`);
    }
    if (listed.length < tables.length) lines.push(`${tables.length - listed.length} more tables are not listed here; open them in the table list.`);
  }
  lines.push(m.writing !== 0 ? `The writing flag is set${m.writer ? ` by goroutine ${m.writer} (${m.writeOp})` : ''}.` : 'The writing flag is clear.');
  const r = rehashText(m);
  if (r) lines.push(r);
  const p = probeView(m);
  if (p) lines.push(...probeSentences(p));
  const k = m.lastKey;
  if (k) lines.push(`Last write: ${k.op} of key ${valueText(k.key)} by goroutine ${k.g}${k.h2 >= 0 ? `, H2 ${hex2(k.h2)}` : ''}.`);
  return lines;
}
