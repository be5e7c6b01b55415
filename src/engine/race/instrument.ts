// Turns a compiled program into its -race build: memory opcodes become their race variants and
// the runtime natives that access memory or synchronise get race wrappers (natives.ts).
//
// Go's compiler does the same with -race: it inserts a racereadpc/racewritepc call before every
// load and store of memory that may be shared, and the runtime and sync package call into the race
// runtime at their synchronisation points. Here the rewrite is in place on freshly compiled
// prototypes (each run compiles its own), so an uninstrumented run never sees a race opcode.
import { Op } from '../vm/opcodes.ts';
import { W } from '../vm/opcodes.ts';
import type { FuncProto } from '../vm/proto.ts';
import type { Program } from '../vm/machine.ts';
import { Closure } from '../vm/values.ts';
import { raceWrapper } from './natives.ts';

const raceOp: Record<number, number> = {
  [Op.LOADCELL]: Op.RLOADCELL,
  [Op.STORECELL]: Op.RSTORECELL,
  [Op.GETUP]: Op.RGETUP,
  [Op.SETUP]: Op.RSETUP,
  [Op.GETF]: Op.RGETF,
  [Op.SETF]: Op.RSETF,
};

/** Every prototype reachable from the roots: nested closures and functions held as constants. */
export function allProtos(roots: Iterable<FuncProto>): FuncProto[] {
  const seen = new Set<FuncProto>();
  const stack = [...roots];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const q of p.protos) stack.push(q);
    for (const k of p.consts) if (k instanceof Closure) stack.push(k.proto);
  }
  return [...seen];
}

/** Rewrites the memory opcodes of these prototypes into their race variants. Returns how many. */
export function instrumentProtos(protos: Iterable<FuncProto>): number {
  let n = 0;
  for (const p of protos) {
    const code = p.code;
    for (let i = 0; i < code.length; i += W) {
      const r = raceOp[code[i]];
      if (r !== undefined) {
        code[i] = r;
        n++;
      }
    }
  }
  return n;
}

/**
 * Makes a program its -race build, in place: its prototypes (from main, init and `extra`, e.g. every
 * declared function and method) are instrumented and its natives wrapped. In place because the
 * runtime may still register natives while the program runs (timers do), into the same array.
 */
export function instrumentProgram(program: Program, nativeNames: readonly string[], extra: Iterable<FuncProto> = []): void {
  const roots = [program.main, ...(program.init ? [program.init] : []), ...extra];
  instrumentProtos(allProtos(roots));
  const natives = program.natives;
  for (let i = 0; i < natives.length; i++) {
    const wrap = raceWrapper(nativeNames[i] ?? '');
    if (wrap !== null) natives[i] = wrap(natives[i]);
  }
}
