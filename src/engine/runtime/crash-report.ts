// How a program ends badly, as Go 1.23 reports it: panics, fatal errors and their goroutine dumps.
//
// Fatal errors dump every user goroutine, the failing one first; an unrecovered panic dumps only
// the panicking goroutine (GOTRACEBACK=single, go-facts.md §8.3). A goroutine still inside a
// runtime operation on another P when the fatal error hits is shown as Go shows it:
// `goroutine running on other thread; stack unavailable`. Both end with exit status 2.
import type { Goroutine, PanicState } from '../vm/goroutine.ts';
import { GStatus } from '../vm/goroutine.ts';
import { GoFatal } from '../vm/faults.ts';
import { runtimePanicValue } from './std/errors.ts';
import type { Machine } from '../vm/machine.ts';
import type { RuntimeServices } from '../vm/services.ts';
import { createdBy, goroutineHeader, stackLines, statusText, type DumpOptions } from './goroutine-dump.ts';
import { isTimerGoroutine } from './std/timers.ts';

export class CrashReporter implements RuntimeServices {
  constructor(
    readonly fileName = 'prog.go',
    /** Formats panic values; the value model supplies Go's printing rules. */
    readonly formatPanicValue: (v: unknown) => string = defaultPanicValue,
  ) {}

  recoverValue(value: unknown): unknown {
    return runtimePanicValue(value);
  }

  panicText(value: unknown): string {
    return this.formatPanicValue(value);
  }

  uncaughtPanic(m: Machine, g: Goroutine, p: PanicState): void {
    const chain: PanicState[] = [];
    for (let q: PanicState | null = p; q !== null; q = q.previous) chain.unshift(q);
    let out = '';
    chain.forEach((q, i) => {
      out += `${i === 0 ? '' : '\t'}panic: ${q.text}${q.recovered ? ' [recovered]' : ''}\n`;
    });
    // A nil dereference is a signal in Go; the lab has no addresses to show, only the shape.
    if (p.text === 'runtime error: invalid memory address or nil pointer dereference') {
      out += '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
    }
    out += '\n' + goroutineHeader(g, 'running', m.clock) + stackLines(g, this.opts(m), p.std);
    m.write(2, out);
    m.state = { kind: 'exited', code: 2 };
  }

  fatal(m: Machine, failing: Goroutine | null, message: string, std?: string): void {
    const opts = this.opts(m);
    // With no goroutine left at all, main must have left through runtime.Goexit (Go's checkdead).
    if (failing === null && m.liveGoroutines().every(isTimerGoroutine)) message = 'no goroutines (main called runtime.Goexit) - deadlock!';
    let out = `fatal error: ${message}\n`;
    if (failing !== null) {
      // The other CPUs do not stop at once: a goroutine inside a runtime operation on another P
      // takes its next step and may fail the same check (two writers that both passed the entry
      // check both fail the exit check: Go then prints two `fatal error` lines, go-facts.md §11.1).
      for (const g of m.ps) {
        if (g === null || g === failing || g.op === null) continue;
        try {
          g.op.step(g);
        } catch (e) {
          if (e instanceof GoFatal) out += `fatal error: ${e.message}\n`;
        }
      }
    }
    const shown = new Set<Goroutine>();
    if (failing !== null) {
      out += '\n' + goroutineHeader(failing, 'running', m.clock) + stackLines(failing, opts, std);
      shown.add(failing);
    }
    for (const g of m.liveGoroutines()) {
      // Timers are runtime state in Go, not goroutines: their hidden servers are not listed.
      if (shown.has(g) || isTimerGoroutine(g)) continue;
      out += '\n' + this.stanza(m, g, opts);
    }
    m.write(2, out);
    m.state = { kind: 'exited', code: 2 };
  }

  unsupported(m: Machine, g: Goroutine, message: string): void {
    const f = g.top;
    const where = f ? `${this.fileName}:${f.line()}: ` : '';
    m.write(2, `${where}Go Map Lab stopped the program: ${message}\n`);
    m.state = { kind: 'exited', code: 2 };
  }

  private stanza(m: Machine, g: Goroutine, opts: DumpOptions): string {
    const onP = m.ps.includes(g) && g.status !== GStatus.Waiting;
    // A goroutine caught inside a runtime function on another CPU cannot be stopped to walk its stack.
    if (onP && g.op !== null) {
      return goroutineHeader(g, 'running', m.clock) + '\tgoroutine running on other thread; stack unavailable\n' + createdBy(g, opts);
    }
    return goroutineHeader(g, statusText(g, false), m.clock) + stackLines(g, opts);
  }

  private opts(m: Machine): DumpOptions {
    return { fileName: this.fileName, clock: m.clock, goMinor: m.opts.goMinor };
  }
}

function defaultPanicValue(v: unknown): string {
  if (v !== null && typeof v === 'object' && 'runtimeError' in v) return `runtime error: ${String((v as { runtimeError: string }).runtimeError)}`;
  return String(v);
}
