// Package math/rand, seeded from the run's seed so a run is reproducible. The numbers differ from
// Go's generator (Go's seeded sequence is not reproduced); Int and Int63 stay below 2^53, the
// largest integers the VM holds exactly (values/README.md), instead of spanning all 63 bits.
import type { Named, Type } from '../../check/types.ts';
import { GoPanic } from '../../vm/faults.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { nilDeref } from '../../vm/runtime-errors.ts';
import { Rand } from '../../vm/rand.ts';
import { Iface } from '../values/iface.ts';
import { SliceVal } from '../values/slice.ts';
import { callingOp, type CallingGen } from './calls-op.ts';

/** The program's top-level generator: its own stream, so drawing numbers never shifts the scheduler's choices. */
const globals = new WeakMap<Machine, Rand>();
function globalRand(m: Machine): Rand {
  let r = globals.get(m);
  if (!r) globals.set(m, (r = new Rand((m.opts.seed ^ 0x6a09e667) >>> 0)));
  return r;
}

/** The dynamic type of rand.NewSource's value (Go's *rand.rngSource), for %T and type switches. */
const sourceType: Type = (() => {
  const named = { kind: 'Named', obj: { kind: 'TypeName', name: 'rngSource', pkg: 'math/rand', pos: -1, type: null as unknown as Type }, underlying: { kind: 'Struct', fields: [], tags: [] }, methods: [] } as unknown as Named;
  named.obj.type = named;
  return { kind: 'Pointer', elem: named };
})();

function int53(r: Rand): number {
  return (r.nextU32() >>> 11) * 4294967296 + r.nextU32();
}

function intn(r: Rand, n: number, name: string): number {
  if (n <= 0) throw new GoPanic(`invalid argument to ${name}`, `invalid argument to ${name}`);
  return n <= 0x100000000 ? r.intn(n) : Math.floor(r.float64() * n);
}

/** Go's Perm: the inside-out Fisher–Yates shuffle of 0..n-1. */
function perm(r: Rand, n: number): SliceVal {
  if (n < 0) throw new GoPanic('invalid argument to Perm', 'invalid argument to Perm');
  const out: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    const j = r.intn(i + 1);
    out[i] = out[j];
    out[j] = i;
  }
  return new SliceVal(out, 0, n, n);
}

/** Go's Shuffle: Fisher–Yates from the end, calling swap(i, j) on the VM. */
function shuffle(r: Rand, n: number, swap: unknown) {
  if (n < 0) throw new GoPanic('invalid argument to Shuffle', 'invalid argument to Shuffle');
  if (swap === null) throw nilDeref();
  const gen = function* (): CallingGen<void> {
    for (let i = n - 1; i > 0; i--) yield { fn: swap, args: [i, r.intn(i + 1)] };
  };
  return callingOp(gen());
}

/** The generator behind a *rand.Rand ([src, readVal, readPos]). */
function randOf(regs: unknown[], a: number): Rand {
  const o = regs[a + 1] as unknown[] | null;
  if (o === null) throw nilDeref();
  const src = o[0];
  if (src instanceof Iface && src.v instanceof Rand) return src.v;
  throw nilDeref();
}

type Draw = (r: Rand, regs: unknown[], a: number, argAt: number) => unknown;

const draws: Record<string, Draw> = {
  Float64: (r) => r.float64(),
  Int: (r) => int53(r),
  Int63: (r) => int53(r),
  Intn: (r, regs, _a, at) => intn(r, regs[at] as number, 'Intn'),
  Int63n: (r, regs, _a, at) => intn(r, regs[at] as number, 'Int63n'),
  Int31n: (r, regs, _a, at) => intn(r, regs[at] as number, 'Int31n'),
  Perm: (r, regs, _a, at) => perm(r, regs[at] as number),
};

export function randNatives(): { fns: Record<string, NativeFn>; methods: Record<string, NativeFn> } {
  const fns: Record<string, NativeFn> = {
    'math/rand.Seed': (m, _g, regs, a) => globalRand(m).reseed(Number(regs[a + 1]) >>> 0),
    'math/rand.Shuffle': (m, _g, regs, a) => shuffle(globalRand(m), regs[a + 1] as number, regs[a + 2]),
    'math/rand.NewSource': (_m, _g, regs, a) => void (regs[a] = new Iface(sourceType, new Rand(Number(regs[a + 1]) >>> 0))),
    'math/rand.New': (_m, _g, regs, a) => void (regs[a] = [regs[a + 1], 0, 0]),
  };
  const methods: Record<string, NativeFn> = {
    'math/rand.Rand.Shuffle': (_m, _g, regs, a) => shuffle(randOf(regs, a), regs[a + 2] as number, regs[a + 3]),
  };
  for (const [name, draw] of Object.entries(draws)) {
    fns[`math/rand.${name}`] = (m, _g, regs, a) => void (regs[a] = draw(globalRand(m), regs, a, a + 1));
    methods[`math/rand.Rand.${name}`] = (_m, _g, regs, a) => void (regs[a] = draw(randOf(regs, a), regs, a, a + 2));
  }
  return { fns, methods };
}
