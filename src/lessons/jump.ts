// Jumps: "the moment that matters" in a step's run, named in terms of the trace, found by the player.
//
// Written in lesson.md as `jump: <which> <event kind> [before <event kind>]`:
//
//   jump: first fatal.raised                         the runtime's check firing
//   jump: last map.write.began before fatal.raised   the write that was in progress when it fired
//   jump: first map.grew                             the first growth of a bucket map (a step
//                                                    with go: 1.23; the Swiss table has none)
//   jump: first swiss.table.split                    the first split of a Swiss table (go: 1.26)
//
// A jump is plain data in the lesson; `resolveJump` finds the event in a trace, so the same jump
// works wherever the run happens (worker, Node) and whatever player consumes it. A map event kind
// is read in the design of the run (jump-counterparts.ts): `map.write.began` in a Go 1.26 run is
// its `swiss.write.began`.
import { eventNames, TraceReader, type EventName, type TraceData } from '../engine/trace/index.ts';
import { kindInDesign, type MapDesign } from './jump-counterparts.ts';
import { isSwissVersion } from './go-version.ts';

export interface Jump {
  /** As written, for messages. */
  source: string;
  which: 'first' | 'last';
  kind: EventName;
  /** Look only before the first event of this kind (and fail when there is none). */
  before: EventName | null;
}

/** Where a jump lands: the event, its step, its goroutine and the line that goroutine was on. */
export interface JumpTarget {
  eventIndex: number;
  step: number;
  g: number;
  /** Source line of goroutine g at that event (0 when unknown). */
  line: number;
  /** The kind found: the jump's own, or its counterpart in the run's map design. */
  kind: EventName;
}

const known = new Set<string>(eventNames);

export function parseJump(text: string): Jump | string {
  const m = /^(first|last)\s+(\S+)(?:\s+before\s+(\S+))?\s*$/.exec(text.trim());
  if (!m) return 'jump: write `first <event kind>` or `last <event kind> before <event kind>`';
  for (const kind of [m[2], m[3]]) {
    if (kind !== undefined && !known.has(kind)) return `jump: unknown event kind "${kind}"`;
  }
  return { source: text.trim(), which: m[1] as 'first' | 'last', kind: m[2] as EventName, before: (m[3] as EventName | undefined) ?? null };
}

/** The map design a trace's run used (its header names the Go version; none: the engine's 1.23). */
export function traceDesign(trace: TraceData): MapDesign {
  return isSwissVersion(trace.header.goVersion) ? 'swiss' : 'bucket';
}

/**
 * Why a jump cannot land in a run of `design` (a map moment with no counterpart there), or null.
 * @example jumpMissingIn(parseJump('first map.grew'), 'swiss') // "map.grew has no counterpart in …"
 */
export function jumpMissingIn(jump: Jump, design: MapDesign): string | null {
  for (const kind of [jump.kind, jump.before]) {
    if (kind !== null && kindInDesign(kind, design) === null) {
      return `${kind} has no counterpart in the ${design === 'swiss' ? 'Swiss table (Go 1.24+)' : 'bucket map (Go 1.23 and before)'}: pin the step to a Go version with go:`;
    }
  }
  return null;
}

/** Finds the jump's event in a trace; null when the run never reached that moment. */
export function resolveJump(trace: TraceData, jump: Jump): JumpTarget | null {
  const design = traceDesign(trace);
  const kind = kindInDesign(jump.kind, design);
  const before = jump.before === null ? null : kindInDesign(jump.before, design);
  if (kind === null || (before === null && jump.before !== null)) return null;
  const r = new TraceReader(trace);
  let end = r.length;
  if (before !== null) {
    end = -1;
    for (let i = 0; i < r.length; i++) {
      if (r.kindAt(i) === before) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
  }
  let found = -1;
  if (jump.which === 'first') {
    for (let i = 0; i < end && found < 0; i++) if (r.kindAt(i) === kind) found = i;
  } else {
    for (let i = end - 1; i >= 0 && found < 0; i--) if (r.kindAt(i) === kind) found = i;
  }
  if (found < 0) return null;
  const g = r.goroutineAt(found);
  return { eventIndex: found, step: r.stepAt(found), g, line: lineOf(r, g, found), kind };
}

/** The last line goroutine g reached at or before event `at` (from goroutine.line events). */
function lineOf(r: TraceReader, g: number, at: number): number {
  for (let i = at; i >= 0; i--) {
    if (r.goroutineAt(i) !== g || r.kindAt(i) !== 'goroutine.line') continue;
    const ev = r.get(i);
    if (ev && ev.kind === 'goroutine.line') return ev.line;
  }
  return 0;
}
