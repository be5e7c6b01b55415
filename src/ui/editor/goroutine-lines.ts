// Which goroutines stand on which source line at the cursor: what the editor highlights and the
// gutter names (g1, g7), one entry per line, as plain data a test can check.
import type { GoroutinesState } from '../../engine/trace/state/goroutines.ts';

export interface GoroutineLine {
  line: number;
  /** Goroutines on this line, the running one first, then by id. */
  ids: number[];
}

export interface GoroutineLines {
  lines: GoroutineLine[];
  /** The line of the goroutine executing now (0 none): the editor keeps it in view. */
  currentLine: number;
  /** The executing goroutine (0 none). */
  current: number;
}

export const noGoroutineLines: GoroutineLines = { lines: [], currentLine: 0, current: 0 };

/** Live, visible goroutines grouped by their current line; hidden runtime goroutines and finished ones are left out. */
export function goroutineLines(state: GoroutinesState): GoroutineLines {
  const byLine = new Map<number, number[]>();
  for (const g of state.byId.values()) {
    if (g.done || g.hidden || g.line <= 0) continue;
    const ids = byLine.get(g.line);
    if (ids) ids.push(g.id);
    else byLine.set(g.line, [g.id]);
  }
  const current = state.current;
  const lines = [...byLine]
    .map(([line, ids]) => ({ line, ids: ids.sort((a, b) => (a === current ? -1 : b === current ? 1 : a - b)) }))
    .sort((a, b) => a.line - b.line);
  const cur = state.byId.get(current);
  return { lines, current, currentLine: cur && !cur.done ? cur.line : 0 };
}

/** One sentence for screen readers: where each goroutine is. */
export function describeGoroutineLines(g: GoroutineLines): string {
  if (g.lines.length === 0) return 'No goroutine is on a line of the program.';
  return g.lines.map((l) => `line ${l.line}: ${l.ids.map((id) => `g${id}${id === g.current ? ' (running)' : ''}`).join(', ')}`).join('; ');
}
