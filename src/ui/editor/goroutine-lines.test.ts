import { describe, expect, it } from 'vitest';
import type { GoroutineInfo, GoroutinesState } from '../../engine/trace/state/goroutines.ts';
import { describeGoroutineLines, goroutineLines } from './goroutine-lines.ts';

function g(id: number, line: number, more: Partial<GoroutineInfo> = {}): GoroutineInfo {
  return { id, parent: 1, createdBy: 'main.main', createdLine: 3, createdAt: 0, done: false, waitReason: '', waitObj: 0, func: 'main.main.func1', depth: 1, line, p: -1, hidden: false, ...more };
}

function state(gs: GoroutineInfo[], current: number): GoroutinesState {
  return { byId: new Map(gs.map((x) => [x.id, x])), current, procs: [] };
}

describe('goroutineLines', () => {
  it('groups goroutines by line, running goroutine first, lines in order', () => {
    const s = state([g(1, 20), g(2, 12), g(3, 12), g(5, 12), g(4, 7)], 5);
    const out = goroutineLines(s);
    expect(out.lines).toEqual([
      { line: 7, ids: [4] },
      { line: 12, ids: [5, 2, 3] },
      { line: 20, ids: [1] },
    ]);
    expect(out.currentLine).toBe(12);
    expect(describeGoroutineLines(out)).toBe('line 7: g4; line 12: g5 (running), g2, g3; line 20: g1');
  });

  it('leaves out finished, hidden and not-yet-started goroutines', () => {
    const s = state([g(1, 9, { done: true }), g(2, 0), g(1_000_001, 4, { hidden: true }), g(3, 5)], 1);
    const out = goroutineLines(s);
    expect(out.lines).toEqual([{ line: 5, ids: [3] }]);
    expect(out.currentLine).toBe(0);
    expect(describeGoroutineLines(goroutineLines(state([], 0)))).toMatch(/No goroutine/);
  });
});
