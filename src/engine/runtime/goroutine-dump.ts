// Goroutine stanzas as Go 1.23 prints them in panics, fatal errors and deadlock reports (go-facts.md §8.2).
//
// The lab differs from Go where Go's numbers mean nothing here: no `+0x…` PC offsets, no argument
// words (a function with parameters prints `(...)`), and file names are the editor's `prog.go`.
import type { Goroutine } from '../vm/goroutine.ts';
import { GStatus } from '../vm/goroutine.ts';
import { stdFrameLines } from './std/dump-frames.ts';
import { Called } from '../vm/frame.ts';

const MINUTE_NS = 60_000_000_000;

export interface DumpOptions {
  fileName: string;
  /** Virtual clock now, for the `, N minutes` waiting time. */
  clock: number;
  /** The Go minor version modelled: which std frames show (dump-frames.ts). Default 23. */
  goMinor?: number;
}

/** The `goroutine N [status]:` header. */
export function goroutineHeader(g: Goroutine, status: string, clock: number): string {
  let waited = '';
  if (g.status === GStatus.Waiting && clock - g.waitSince >= MINUTE_NS) {
    waited = `, ${Math.floor((clock - g.waitSince) / MINUTE_NS)} minutes`;
  }
  return `goroutine ${g.id} [${status}${waited}]:\n`;
}

/**
 * The call stack lines, innermost first, then `created by`. `std` names the std function the
 * goroutine is failing inside (its frames come first); a goroutine blocked in a std function
 * shows that function's frames too.
 */
export function stackLines(g: Goroutine, opts: DumpOptions, std?: string): string {
  let out = '';
  const top = g.frames[g.frames.length - 1];
  if (!top || top.proto.std === null) {
    if (std !== undefined) out += stdFrameLines(std, g, false, opts.goMinor) ?? '';
    else if (g.status === GStatus.Waiting && g.op?.std) out += stdFrameLines(g.op.std, g, true, opts.goMinor) ?? '';
  }
  for (let i = g.frames.length - 1; i >= 0; i--) {
    const f = g.frames[i];
    if (f.proto.std !== null) {
      // A runtime function's thunk: Go shows the standard library's own frames, or none.
      out += stdFrameLines(f.proto.std, g, g.status === GStatus.Waiting, opts.goMinor) ?? '';
      continue;
    }
    out += `${f.proto.name}(${f.proto.nparams > 0 ? '...' : ''})\n\t${opts.fileName}:${f.line()}\n`;
    // A deferred call run by a panic sits on top of gopanic's frame, as Go's traceback shows.
    if (f.calledAs === Called.ByPanic) out += 'panic(...)\n\truntime/panic.go:785\n';
  }
  return out + createdBy(g, opts);
}

export function createdBy(g: Goroutine, opts: DumpOptions): string {
  if (g.createdBy === null) return '';
  // Go 1.21 began naming the creating goroutine.
  const parent = (opts.goMinor ?? 23) >= 21 ? ` in goroutine ${g.createdByG}` : '';
  return `created by ${g.createdBy}${parent}\n\t${opts.fileName}:${g.createdAtLine}\n`;
}

/** Status text in a dump: the wait reason for waiting goroutines, else running/runnable. */
export function statusText(g: Goroutine, running: boolean): string {
  if (g.status === GStatus.Waiting && g.waitReason !== null) return g.waitReason;
  if (running) return 'running';
  return 'runnable';
}
