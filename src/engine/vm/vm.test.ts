import { describe, expect, it } from 'vitest';
import { Op, ProtoBuilder } from './proto-builder.ts';
import { N, runProgram } from './test-kit.ts';
import { RoundRobinPolicy } from './policies/round-robin.ts';
import { RandomPolicy } from './policies/random.ts';
import { ReplayPolicy } from './policies/replay.ts';
import { ManualPolicy } from './policies/manual.ts';
import { Machine } from './machine.ts';
import { step } from './scheduler.ts';
import { testNatives } from './test-kit.ts';
import { CrashReporter } from '../runtime/crash-report.ts';
import type { FuncProto } from './proto.ts';

/** main: sum = 0; for i := 0; i < n; i++ { sum += i }; print(sum) */
function sumLoop(n: number): FuncProto {
  const b = new ProtoBuilder('main.main', 0, 3);
  const sum = b.reg(), i = b.reg(), lim = b.reg(), out = b.reg(), arg = b.reg();
  b.emit(Op.LOADI, sum, 0);
  b.emit(Op.LOADI, i, 0);
  b.emit(Op.LOADK, lim, b.constant(n));
  const top = b.label(), exit = b.label();
  b.place(top);
  b.emitJump(Op.JGE, exit, 3, i, lim);
  b.emit(Op.STMT, 5);
  b.emit(Op.ADDI, sum, sum, i);
  b.emit(Op.ADDIMM, i, i, 1);
  b.emitJump(Op.JMP, top, 1);
  b.place(exit);
  b.emit(Op.MOVE, arg, sum);
  b.emit(Op.NATIVE, out, N.print, 1);
  b.emit(Op.RET, 0, 0, 0);
  return b.build();
}

/** A function `name(x)` that prints x (and optionally sleeps first) — a goroutine body. */
function printer(name: string, line: number, sleepFirst = false): FuncProto {
  const b = new ProtoBuilder(name, 1, line);
  b.line = line + 1;
  const t = b.reg(), t1 = b.reg();
  if (sleepFirst) {
    b.emit(Op.MOVE, t1, 0);
    b.emit(Op.NATIVE, t, N.sleep, 1);
  }
  b.emit(Op.STMT, line + 1);
  b.emit(Op.MOVE, t1, 0);
  b.emit(Op.NATIVE, t, N.print, 1);
  b.emit(Op.RET, 0, 0, 0);
  return b.build();
}

/** main starts `go body(arg)` for each arg, then parks or returns. */
function spawner(body: FuncProto, args: number[], end: 'park' | 'return' | 'sleep'): FuncProto {
  const b = new ProtoBuilder('main.main', 0, 1);
  const fn = b.reg(), base = b.reg(), a1 = b.reg();
  b.emit(Op.CLOSURE, fn, b.addProto(body));
  b.line = 4;
  for (const x of args) {
    b.emit(Op.LOADK, a1, b.constant(x));
    b.emit(Op.GO, base, fn, 1);
  }
  b.line = 7;
  if (end === 'park') b.emit(Op.NATIVE, base, N.parkForever, 0);
  if (end === 'sleep') {
    b.emit(Op.LOADK, a1, b.constant(1_000_000_000));
    b.emit(Op.NATIVE, base, N.sleep, 1);
  }
  b.emit(Op.RET, 0, 0, 0);
  return b.build();
}

describe('VM: single goroutine', () => {
  it('runs a counting loop and prints the sum', () => {
    const m = runProgram(sumLoop(1000));
    expect(m.stdout).toBe('499500\n');
    expect(m.state).toEqual({ kind: 'exited', code: 0 });
  });

  it('calls functions on its own frame stack: deep recursion does not use the JS stack', () => {
    // func down(n) int { if n == 0 { return 0 }; return down(n-1) + 1 }
    const d = new ProtoBuilder('main.down', 1, 10);
    const zero = d.reg(), cond = d.reg(), callBase = d.reg(), argN = d.reg(), one = d.reg();
    d.emit(Op.LOADI, zero, 0);
    d.emit(Op.EQ, cond, 0, zero);
    const rec = d.label();
    d.emitJump(Op.JMPF, rec, 2, cond);
    d.emit(Op.RET, zero, 0, 1);
    d.place(rec);
    d.emit(Op.LOADI, one, 1);
    d.emit(Op.SUBI, argN, 0, one);
    d.emit(Op.GETUP, callBase, 0); // the function itself, captured
    d.emit(Op.CALL, callBase, callBase, 1);
    d.emit(Op.ADDI, callBase, callBase, one);
    d.emit(Op.RET, callBase, 0, 1);
    d.setCaptures([0]);
    const down = d.build();

    const b = new ProtoBuilder('main.main', 0, 1);
    const cell = b.reg(), fn = b.reg(), base = b.reg(), arg = b.reg(), out = b.reg(), parg = b.reg();
    b.emit(Op.LOADNIL, cell);
    b.emit(Op.NEWCELL, cell);
    b.emit(Op.CLOSURE, fn, b.addProto(down));
    b.emit(Op.STORECELL, cell, fn);
    b.emit(Op.MOVE, base, fn);
    b.emit(Op.LOADK, arg, b.constant(5000));
    b.emit(Op.CALL, base, base, 1);
    b.emit(Op.MOVE, parg, base);
    b.emit(Op.NATIVE, out, N.print, 1);
    b.emit(Op.RET, 0, 0, 0);
    // CLOSURE captures register `cell` (index 0) of main.
    const m = runProgram(b.build());
    expect(m.stdout).toBe('5000\n');
  });

  it('stops at the step budget with a clear message', () => {
    const b = new ProtoBuilder('main.main', 0, 1);
    const top = b.label();
    b.place(top);
    b.emit(Op.STMT, 2);
    b.emitJump(Op.JMP, top, 1);
    const m = runProgram(b.build(), { maxSteps: 10_000 });
    expect(m.state.kind).toBe('budget');
    expect(m.steps).toBe(10_000);
    expect(m.state.kind === 'budget' && m.state.message).toMatch(/step budget/);
  });

  it('refuses to print a wrong number past 2^53', () => {
    const b = new ProtoBuilder('main.main', 0, 1);
    const x = b.reg(), y = b.reg();
    b.emit(Op.LOADK, x, b.constant(2 ** 52));
    b.emit(Op.LOADK, y, b.constant(2 ** 52));
    b.line = 3;
    b.emit(Op.ADDI, x, x, y);
    b.emit(Op.RET, 0, 0, 0);
    const m = runProgram(b.build());
    expect(m.state).toEqual({ kind: 'exited', code: 2 });
    expect(m.stderr).toMatch(/^prog\.go:3: Go Map Lab stopped the program: integer result of .* beyond ±2\^53/);
  });

  it('panics on integer division by zero with Go\'s message and dump', () => {
    const b = new ProtoBuilder('main.main', 0, 1);
    const x = b.reg(), y = b.reg();
    b.emit(Op.LOADI, x, 7);
    b.emit(Op.LOADI, y, 0);
    b.line = 4;
    b.emit(Op.DIVI, x, x, y);
    b.emit(Op.RET, 0, 0, 0);
    const m = runProgram(b.build());
    expect(m.stderr).toBe('panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:4\n');
    expect(m.state).toEqual({ kind: 'exited', code: 2 });
  });

  it.each([
    [Op.AND, 0x1_0000_00ff, 0xff0f, 0x0f],
    [Op.OR, 2 ** 40, 1, 2 ** 40 + 1],
    [Op.XOR, -1, 5, -6],
    [Op.SHL, 1, 40, 2 ** 40],
    [Op.SHR, -9, 1, -5],
    [Op.ANDNOT, 0xff, 0x0f, 0xf0],
  ])('bitwise op %i on %d and %d gives %d', (op, x, y, want) => {
    const b = new ProtoBuilder('main.main', 0, 1);
    const rx = b.reg(), ry = b.reg(), out = b.reg(), arg = b.reg();
    b.emit(Op.LOADK, rx, b.constant(x));
    b.emit(Op.LOADK, ry, b.constant(y));
    b.emit(op, arg, rx, ry);
    b.emit(Op.NATIVE, out, N.print, 1);
    b.emit(Op.RET, 0, 0, 0);
    expect(runProgram(b.build()).stdout).toBe(`${want}\n`);
  });
});

describe('VM: defer, panic, recover', () => {
  /** f() { defer func() { r := recover(); print(r) }(); panic("boom") } ; main: f(); print("after") */
  function recoverProgram(recover: boolean): FuncProto {
    const d = new ProtoBuilder('main.f.func1', 0, 3);
    const r = d.reg(), out = d.reg(), arg = d.reg();
    if (recover) {
      d.emit(Op.RECOVER, r);
      d.emit(Op.MOVE, arg, r);
      d.emit(Op.NATIVE, out, N.print, 1);
    }
    d.emit(Op.RET, 0, 0, 0);
    const deferred = d.build();

    const f = new ProtoBuilder('main.f', 0, 2);
    const fn = f.reg(), base = f.reg(), msg = f.reg();
    f.emit(Op.CLOSURE, fn, f.addProto(deferred));
    f.emit(Op.DEFER, base, fn, 0);
    f.line = 6;
    f.emit(Op.LOADK, msg, f.constant('boom'));
    f.emit(Op.PANIC, msg);
    f.recoverPc = f.emit(Op.RET, 0, 0, 0);
    const fp = f.build();

    const b = new ProtoBuilder('main.main', 0, 9);
    const g = b.reg(), cb = b.reg(), out2 = b.reg(), arg2 = b.reg();
    b.emit(Op.CLOSURE, g, b.addProto(fp));
    b.line = 10;
    b.emit(Op.MOVE, cb, g);
    b.emit(Op.CALL, cb, cb, 0);
    b.emit(Op.LOADK, arg2, b.constant('after'));
    b.emit(Op.NATIVE, out2, N.print, 1);
    b.emit(Op.RET, 0, 0, 0);
    return b.build();
  }

  it('recover in a deferred call stops the panic; the caller continues', () => {
    const m = runProgram(recoverProgram(true));
    expect(m.stdout).toBe('boom\nafter\n');
    expect(m.state).toEqual({ kind: 'exited', code: 0 });
  });

  it('without recover, deferred calls run and the panic ends the program with the stack', () => {
    const m = runProgram(recoverProgram(false));
    expect(m.stdout).toBe('');
    expect(m.stderr).toBe('panic: boom\n\ngoroutine 1 [running]:\nmain.f()\n\tprog.go:6\nmain.main()\n\tprog.go:10\n');
    expect(m.state).toEqual({ kind: 'exited', code: 2 });
  });
});

describe('VM: goroutines and the scheduler', () => {
  it('with one P, the last goroutine created runs first (runnext), then the queue in order', () => {
    const m = runProgram(spawner(printer('main.worker', 20), [1, 2, 3], 'sleep'), { procs: 1 });
    expect(m.stdout).toBe('3\n1\n2\n');
  });

  it('main returning ends the program without waiting for other goroutines', () => {
    const m = runProgram(spawner(printer('main.worker', 20), [1, 2, 3], 'return'), { procs: 1 });
    expect(m.stdout).toBe('');
    expect(m.state).toEqual({ kind: 'exited', code: 0 });
  });

  it('sleeping goroutines wake in virtual-time order, instantly', () => {
    const m = runProgram(spawner(printer('main.sleeper', 20, true), [30_000_000, 10_000_000, 20_000_000], 'sleep'), { procs: 4 });
    expect(m.stdout).toBe('10000000\n20000000\n30000000\n');
    expect(m.clock).toBeGreaterThanOrEqual(1_000_000_000);
  });

  it('reports a deadlock with Go\'s dump when every goroutine is blocked', () => {
    const body = new ProtoBuilder('main.main.func1', 1, 5);
    body.line = 6;
    const t = body.reg();
    body.emit(Op.NATIVE, t, N.parkForever, 0);
    body.emit(Op.RET, 0, 0, 0);
    const m = runProgram(spawner(body.build(), [1], 'park'), { procs: 2 });
    expect(m.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\n' +
        'goroutine 1 [chan receive]:\nmain.main()\n\tprog.go:7\n\n' +
        'goroutine 2 [chan receive]:\nmain.main.func1(...)\n\tprog.go:6\ncreated by main.main in goroutine 1\n\tprog.go:4\n',
    );
    expect(m.state).toEqual({ kind: 'exited', code: 2 });
  });

  /** Two goroutines each running a 4-phase runtime op; output shows how phases interleaved. */
  function phasedProgram(): FuncProto {
    const body = new ProtoBuilder('main.writer', 1, 5);
    const t = body.reg(), n = body.reg();
    body.emit(Op.LOADI, n, 4);
    body.emit(Op.NATIVE, t, N.phased, 1);
    body.emit(Op.RET, 0, 0, 0);
    return spawner(body.build(), [1, 2], 'sleep');
  }
  const interleaved = (out: string) => {
    const seq = out.trim().split(' ').map((s) => s.split(':')[0]);
    return seq.some((id, i) => i > 0 && id !== seq[i - 1] && seq.slice(i).includes(seq[i - 1]));
  };

  it('with one P, runtime phases never interleave (any seed)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const m = runProgram(phasedProgram(), { procs: 1, seed });
      expect(interleaved(m.stdout)).toBe(false);
    }
  });

  it('with two Ps, runtime phases of different goroutines interleave in some seeds', () => {
    let count = 0;
    for (let seed = 1; seed <= 50; seed++) if (interleaved(runProgram(phasedProgram(), { procs: 2, seed }).stdout)) count++;
    expect(count).toBeGreaterThan(10);
  });

  it('is deterministic: same seed, same output, same schedule', () => {
    const a = runProgram(phasedProgram(), { procs: 2, seed: 7 });
    const b = runProgram(phasedProgram(), { procs: 2, seed: 7 });
    expect(b.stdout).toBe(a.stdout);
    expect(b.schedule).toEqual(a.schedule);
    expect(b.steps).toBe(a.steps);
  });

  it('replaying a recorded schedule reproduces the run exactly', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const a = runProgram(phasedProgram(), { procs: 2, seed, policy: new RandomPolicy() });
      const replay = new ReplayPolicy(a.schedule, new RoundRobinPolicy());
      const b = runProgram(phasedProgram(), { procs: 2, seed: 999, policy: replay });
      expect(b.stdout).toBe(a.stdout);
      expect(replay.diverged).toBe(false);
    }
  });

  it('manual policy pauses for a choice and runs the chosen goroutine one point', () => {
    const policy = new ManualPolicy();
    const m = new Machine({ main: phasedProgram(), natives: testNatives, runtime: new CrashReporter() }, { procs: 2, policy });
    let s = step(m, 1_000_000);
    // main runs alone until it spawns; the first pause offers main and a worker.
    while (s.kind === 'paused' && s.offered.length < 3 && m.stdout === '') {
      policy.choose(s.offered[s.offered.length - 1]);
      s = step(m, 1_000_000);
    }
    expect(s.kind).toBe('paused');
    const offered = s.kind === 'paused' ? s.offered : [];
    expect(offered.length).toBeGreaterThanOrEqual(2);
    // Drive the two workers alternately (letting main run when it has a worker left to start).
    let last = -1;
    for (let k = 0; k < 40 && m.state.kind === 'paused'; k++) {
      const o = m.state.offered;
      const other = o.find((id) => id !== 1 && id !== last);
      const pick = other ?? (o.includes(1) ? 1 : o[0]);
      if (pick !== 1) last = pick;
      policy.choose(pick);
      step(m, 1_000_000);
    }
    expect(m.stdout, JSON.stringify(m.state)).toSatisfy(interleaved);
  });
});
