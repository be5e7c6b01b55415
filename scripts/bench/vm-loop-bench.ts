// Measures the VM's dispatch speed on a tight integer loop against a bare switch loop (the baseline).
// Run: npx tsx scripts/bench/vm-loop-bench.ts — prints figures; `npm run bench` includes it.
import { Op, ProtoBuilder } from '../../src/engine/vm/proto-builder.ts';
import { runProgram } from '../../src/engine/vm/test-kit.ts';

/** main: sum := 0; for i := 0; i < n; i++ { sum += i } — 5 instructions per iteration incl. STMT. */
function loopProgram(n: number) {
  const b = new ProtoBuilder('main.main', 0, 1);
  const sum = b.reg(), i = b.reg(), lim = b.reg();
  b.emit(Op.LOADI, sum, 0);
  b.emit(Op.LOADI, i, 0);
  b.emit(Op.LOADK, lim, b.constant(n));
  const top = b.label(), exit = b.label();
  b.place(top);
  b.emitJump(Op.JGE, exit, 3, i, lim);
  b.emit(Op.STMT, 3);
  b.emit(Op.ADDI, sum, sum, i);
  b.emit(Op.ADDIMM, i, i, 1);
  b.emitJump(Op.JMP, top, 1);
  b.place(exit);
  b.emit(Op.RET, 0, 0, 0);
  return b.build();
}

/** The baseline from STACK.md: a bare switch-dispatch loop over an Int32Array, same loop shape. */
function bareSwitch(n: number): number {
  const code = Int32Array.from([3, 1, 2, 0, /**/ 0, 1, 0, 0, /**/ 1, 0, 0, 0, /**/ 2, 0, 0, 0, /**/ 4, 0, 0, 0]);
  const regs = [0, 0, n];
  let pc = 0, steps = 0;
  for (;;) {
    const op = code[pc << 2];
    pc++;
    steps++;
    switch (op) {
      case 3: if (regs[1] >= regs[2]) return steps; break;
      case 0: break;
      case 1: regs[0] = regs[0] + regs[1]; break;
      case 2: regs[1] = regs[1] + 1; break;
      case 4: pc = 0; break;
    }
  }
}

function timeIt(fn: () => number): { ms: number; instr: number } {
  const t0 = performance.now();
  const instr = fn();
  return { ms: performance.now() - t0, instr };
}

export interface VmBenchResult {
  vmMips: number;
  baselineMips: number;
  ratio: number;
}

export function benchVm(n = 20_000_000): VmBenchResult {
  const prog = loopProgram(n);
  // Warm up both.
  runProgram(loopProgram(1_000_000), { maxSteps: 1e12 });
  bareSwitch(1_000_000);
  let vmBest = Infinity, baseBest = Infinity, vmInstr = 0, baseInstr = 0;
  for (let r = 0; r < 5; r++) {
    const v = timeIt(() => runProgram(prog, { maxSteps: 1e12 }).steps);
    const b = timeIt(() => bareSwitch(n));
    if (v.ms < vmBest) [vmBest, vmInstr] = [v.ms, v.instr];
    if (b.ms < baseBest) [baseBest, baseInstr] = [b.ms, b.instr];
  }
  const vmMips = vmInstr / vmBest / 1000;
  const baselineMips = baseInstr / baseBest / 1000;
  return { vmMips, baselineMips, ratio: vmMips / baselineMips };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchVm();
  console.log(`vm: tight integer loop   ${r.vmMips.toFixed(0)} M instructions/s (target ≥ 100)`);
  console.log(`vm: bare switch baseline ${r.baselineMips.toFixed(0)} M instructions/s`);
  console.log(`vm: ratio to baseline    ${(r.ratio * 100).toFixed(0)} %`);
}
