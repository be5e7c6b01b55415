// What the Swiss view draws, computed from the swiss slice's state: slot cells with their control
// byte's meaning, the summary sentences (the view's text form), and the last rebuild in words.
import { formatValue } from '../../../engine/trace/format-text.ts';
import type { TraceValue } from '../../../engine/trace/events.ts';
import { liveTables, swissSlotKind, type SwissGroups, type SwissMapState } from '../../../engine/trace/state/swiss.ts';

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
    for (const t of tables) {
      lines.push(`Table t${t.id}: ${t.capacity} slots in ${t.capacity / 8} groups, ${t.used} full, ${count(t, 'deleted')} tombstones, growth left ${t.growthLeft}, local depth ${t.localDepth}.`);
    }
  }
  lines.push(m.writing !== 0 ? `The writing flag is set${m.writer ? ` by goroutine ${m.writer} (${m.writeOp})` : ''}.` : 'The writing flag is clear.');
  const r = rehashText(m);
  if (r) lines.push(r);
  const k = m.lastKey;
  if (k) lines.push(`Last write: ${k.op} of key ${valueText(k.key)} by goroutine ${k.g}${k.h2 >= 0 ? `, H2 ${hex2(k.h2)}` : ''}.`);
  return lines;
}

export function rehashText(m: SwissMapState): string | null {
  const r = m.lastRehash;
  if (!r) return null;
  if (r.kind === 'to-table') return `Last rebuild: the small group became table t${r.tables[0]} (16 slots).`;
  if (r.kind === 'grown') {
    const t = m.tables.get(r.tables[0]);
    return `Last rebuild: table t${r.old} (${r.oldCapacity} slots) was rehashed into t${r.tables[0]} (${t?.capacity ?? 2 * r.oldCapacity} slots), dropping its tombstones.`;
  }
  return `Last rebuild: full table t${r.old} (1024 slots) split into t${r.tables.join(' and t')} in the directory.`;
}
