// A goroutine's call stack at a trace position, rebuilt from its frame and line events.
//
// The trace records, per goroutine, the function and call depth at each statement boundary
// (goroutine.frame.changed) and each statement's line (goroutine.line). Replaying them keeps a
// stack: a deeper frame is a call (the caller stays on its call's line), a shallower one a return.
// Computed only for an expanded row, from the goroutine's creation to the cursor, reading the
// trace's columns directly (no event objects), so even a long run costs milliseconds.
import { eventCodes } from '../../../engine/trace/events.ts';
import type { TraceReader } from '../../../engine/trace/reader.ts';

export interface StackFrame {
  /** Go's function name (`main.main.func1`); '?' for a caller the trace did not show. */
  func: string;
  /** Line the frame is on (its current statement, or the call it is inside); 0 before its first. */
  line: number;
}

/**
 * A frame's local variables at a step, as a worker `inspect` call would answer them (the trace does
 * not carry locals: DESIGN.md rule 4 re-executes to the step in the worker). Innermost frame first,
 * like the frames.
 */
export type FrameLocals = ReadonlyArray<{ name: string; type: string; value: string }>;

/**
 * Frames of goroutine g after the events [0, position), innermost first (as Go's dumps list them).
 * `from` may be the goroutine's creation index, to skip the events before it.
 */
export function callStack(reader: TraceReader, g: number, position: number, from = 0): StackFrame[] {
  const { data, offsets, strings } = reader.trace;
  const frameCode = eventCodes['goroutine.frame.changed'];
  const lineCode = eventCodes['goroutine.line'];
  const stack: StackFrame[] = [];
  const end = Math.min(reader.length, Math.max(0, Number.isFinite(position) ? Math.trunc(position) : 0));
  for (let i = Math.max(0, from); i < end; i++) {
    const p = offsets[i];
    if (data[p + 2] !== g) continue;
    const code = data[p];
    if (code === frameCode) {
      // Fields: func (string index), depth, funcBefore, depthBefore.
      const func = strings[data[p + 3]];
      const depth = Math.max(0, data[p + 4]);
      if (depth > stack.length) {
        while (stack.length < depth - 1) stack.push({ func: '?', line: 0 });
        stack.push({ func, line: 0 });
      } else {
        stack.length = depth;
        if (depth > 0) stack[depth - 1] = { func, line: stack[depth - 1].func === func ? stack[depth - 1].line : 0 };
      }
    } else if (code === lineCode) {
      if (stack.length === 0) stack.push({ func: '', line: 0 });
      stack[stack.length - 1] = { ...stack[stack.length - 1], line: data[p + 3] };
    }
  }
  return stack.reverse();
}
