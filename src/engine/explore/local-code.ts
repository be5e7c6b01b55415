// Which statement code can only touch its own goroutine's registers: a static scan of the bytecode a step may run.
//
// A step with quantum 1 runs from where its goroutine stopped to the next statement boundary
// (STMT), following jumps. If every instruction it can reach only moves, computes or compares
// registers (or makes a fresh cell), the step touches no shared memory and commutes with every
// other goroutine's step. Anything else — cells, fields, calls, returns, `go`, defer, panics,
// integer division (it may panic) — makes the code "not local". NATIVE calls are counted, not
// judged: the caller (footprint.ts) knows afterwards which runtime operation one of them started.
//
// Integer + − × and shifts are counted local although they stop the program past ±2^53 (the
// lab's exactness limit): such a run ends as `cut`, which no reordering turns into a failure.
import { Op } from '../vm/opcodes.ts';
import type { FuncProto } from '../vm/proto.ts';

export interface LocalScan {
  /** Every reachable instruction is register-only (NATIVE aside). */
  local: boolean;
  /** NATIVE instructions reachable before the next statement boundary. */
  natives: number;
}

const REGISTER_ONLY = new Set<number>([
  Op.NOP, Op.MOVE, Op.LOADK, Op.LOADI, Op.LOADNIL, Op.LOADBOOL,
  Op.ADDI, Op.SUBI, Op.MULI, Op.ADDIMM, Op.NEGI,
  Op.ADDF, Op.SUBF, Op.MULF, Op.DIVF, Op.NEGF, Op.CONCAT,
  Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.NOT,
  Op.NEWCELL, Op.GETUPCELL,
]);

const NOT_LOCAL: LocalScan = { local: false, natives: 0 };
/** Scans longer than this give up (a statement is rarely more than a few dozen instructions). */
const MAX_SCAN = 512;

const cache = new WeakMap<FuncProto, Map<number, LocalScan>>();

/** What the code from `pc` to the next statement boundary may do. */
export function scanLocal(proto: FuncProto, pc: number): LocalScan {
  let perProto = cache.get(proto);
  if (!perProto) cache.set(proto, (perProto = new Map()));
  let r = perProto.get(pc);
  if (r === undefined) {
    r = scan(proto.code, pc);
    perProto.set(pc, r);
  }
  return r;
}

function scan(code: Int32Array, start: number): LocalScan {
  const n = code.length >> 2;
  const seen = new Set<number>();
  const todo = [start];
  let natives = 0;
  while (todo.length > 0) {
    const pc = todo.pop()!;
    if (pc < 0 || pc >= n) return NOT_LOCAL;
    if (seen.has(pc)) continue;
    if (seen.size >= MAX_SCAN) return NOT_LOCAL;
    seen.add(pc);
    const i = pc << 2;
    const op = code[i];
    switch (op) {
      case Op.STMT:
        continue; // the step ends here
      case Op.NATIVE:
        natives++;
        todo.push(pc + 1);
        continue;
      case Op.JMP:
        todo.push(code[i + 1]);
        continue;
      case Op.JMPT:
      case Op.JMPF:
        todo.push(code[i + 2], pc + 1);
        continue;
      case Op.JLT:
      case Op.JGE:
        todo.push(code[i + 3], pc + 1);
        continue;
      default:
        if (!REGISTER_ONLY.has(op)) return NOT_LOCAL;
        todo.push(pc + 1);
    }
  }
  return { local: true, natives };
}
