// What the Channels view shows for each channel at the cursor: the buffer ring cell by cell with
// the send and receive indices, the blocked senders and receivers, and a sentence for screen readers.
import type { TraceValue } from '../../../engine/trace/events.ts';
import { clippedValue } from '../../../engine/trace/format-text.ts';
import type { ChanState, SyncState } from '../../../engine/trace/state/sync.ts';

/** Rings wider than this show their first cells and a count of the rest (a view must stay small). */
export const maxCells = 32;

export interface RingCell {
  slot: number;
  /** The value's text, or null for an empty slot. */
  text: string | null;
  sendx: boolean;
  recvx: boolean;
}

export interface ChanRow {
  obj: number;
  name: string;
  typeName: string;
  cap: number;
  count: number;
  closed: boolean;
  cells: RingCell[];
  /** Slots not drawn (cap beyond maxCells). */
  hiddenCells: number;
  sendx: number;
  recvx: number;
  senders: ReadonlyArray<{ g: number; text: string; select: boolean }>;
  receivers: ReadonlyArray<{ g: number; select: boolean }>;
  summary: string;
}

function valueText(v: TraceValue): string {
  return clippedValue(v, 12);
}

export function chanRow(c: ChanState): ChanRow {
  const name = c.name !== '' ? c.name : `chan #${c.obj}`;
  const typeName = c.elem !== '' ? `chan ${c.elem}` : 'chan';
  const cells: RingCell[] = [];
  for (let slot = 0; slot < Math.min(c.cap, maxCells); slot++) {
    const v = c.slots.has(slot) ? c.slots.get(slot) : null;
    cells.push({ slot, text: c.slots.has(slot) ? valueText(v as TraceValue) : null, sendx: slot === c.sendx, recvx: slot === c.recvx });
  }
  const senders = c.sendq.map((w) => ({ g: w.g, text: valueText(w.value), select: w.select }));
  const receivers = c.recvq.map((w) => ({ g: w.g, select: w.select }));
  const parts = [`${name} (${typeName}${c.cap > 0 ? `, buffer of ${c.cap}` : ', unbuffered'})${c.closed ? ', closed' : ''}`];
  if (c.cap > 0) {
    const held: string[] = [];
    for (let i = 0; i < c.count; i++) {
      const slot = (c.recvx + i) % c.cap;
      held.push(`${valueText(c.slots.get(slot))} in slot ${slot}`);
    }
    parts.push(c.count === 0 ? 'buffer empty' : `${c.count} buffered, next out first: ${held.join(', ')}`);
    parts.push(`sendx ${c.sendx}, recvx ${c.recvx}`);
  }
  parts.push(senders.length === 0 ? 'no blocked senders' : `blocked senders in order: ${senders.map((s) => `g${s.g} sending ${s.text}`).join(', ')}`);
  parts.push(receivers.length === 0 ? 'no blocked receivers' : `blocked receivers in order: ${receivers.map((r) => `g${r.g}`).join(', ')}`);
  return {
    obj: c.obj, name, typeName, cap: c.cap, count: c.count, closed: c.closed, cells, hiddenCells: Math.max(0, c.cap - maxCells),
    sendx: c.sendx, recvx: c.recvx, senders, receivers, summary: parts.join('; ') + '.',
  };
}

export function chanRows(s: SyncState): ChanRow[] {
  return [...s.chans.values()].sort((a, b) => a.obj - b.obj).map(chanRow);
}
