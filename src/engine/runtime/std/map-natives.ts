// Go map operations for the VM: each runs the map model's op phase by phase when other Ps can
// interleave, or straight through (no allocation) when GOMAXPROCS is 1.
import { checkMapSize } from '../../vm/heap-budget.ts';
import type { Type } from '../../check/types.ts';
import { under } from '../../check/types.ts';
import { GoFatal, GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { boolKeyOps, float64KeyOps, intKeyOps, interfaceKeyOps, stringKeyOps, structKeyOps, type KeyOps } from '../map/hash.ts';
import { comparable } from '../../check/predicates.ts';
import { Iface } from '../values/iface.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import { samePointer } from '../values/elem-ref.ts';
import { runToEnd, type MapOp, type OpOutcome } from '../map/map-op.ts';
import { loadFactorNumFor } from '../map/hmap.ts';
import {
  accessOp, anyLen, swissPrunesIn, assignOp, clearOp, cloneOp, deleteOp, iterInitOp, iterNextOp, loadAt, makeAnyMap, storeAt,
  type AnyGoMap, type AnyMapIter,
} from './map-model.ts';
import { copyValue, isAggregate, zeroValue } from '../../compile/types-rt.ts';

type AnyMap = AnyGoMap;

/** The std name a map's fatal error carries (Go 1.24+ dumps show `internal/runtime/maps.fatal` for it). */
export const mapFatalStd = 'runtime.mapfatal';

function outcome<T>(r: OpOutcome<T>): T {
  // Tagged so a Go 1.24+ dump can show the maps.fatal frame that tops it (dump-frames.ts).
  if (r.kind === 'fatal') throw new GoFatal(r.message, mapFatalStd);
  if (r.kind === 'panic') throw new GoPanic({ plainError: r.message }, r.message, r.message.startsWith('runtime error'));
  return r.value;
}

/**
 * Runs a map op and delivers its results to regs[a] (and regs[a+1] when `second` is given):
 * straight through with one P, otherwise as a PendingOp with a preemption point per phase.
 */
function run<T>(
  m: Machine,
  op: MapOp<T>,
  regs: unknown[],
  a: number,
  first: (v: T) => unknown,
  second?: (v: T) => unknown,
): PendingOp | void {
  if (m.procs === 1) {
    const v = outcome(runToEnd(op));
    regs[a] = first(v);
    if (second) regs[a + 1] = second(v);
    return;
  }
  return {
    target: op,
    step(g: Goroutine): OpStep {
      const r = op.step();
      if (!r.done) return OpStep.Phase;
      const v = outcome(r);
      g.opResult = first(v);
      if (second) g.opResult2 = second(v);
      return OpStep.Done;
    },
  };
}

export function keyOpsFor(t: Type, m: Machine): KeyOps<any> {
  const u = under(t);
  if (u.kind === 'Basic') {
    if (u.basic === 'string') return stringKeyOps;
    if (u.basic === 'bool') return boolKeyOps;
    if (u.basic === 'float32' || u.basic === 'float64') return float64KeyOps(m.rand);
    return intKeyOps;
  }
  if (u.kind === 'Struct') return structKeyOps(u.fields.map((f) => keyOpsFor(f.type, m)));
  if (u.kind === 'Array') return structKeyOps(new Array(u.len).fill(keyOpsFor(u.elem, m)));
  if (u.kind === 'Interface') {
    // Equal when the dynamic types are identical and the values equal under that type.
    return interfaceKeyOps((k: Iface | null) =>
      k === null ? null : { typeName: reflectTypeName(k.t), ops: comparable(k.t) ? keyOpsFor(k.t, m) : null, value: k.v },
    );
  }
  return identityKeyOps(m);
}

/** Pointers and channels hash by identity: a number given on first use, counted per run so runs stay reproducible. */
const identities = new WeakMap<Machine, { ids: WeakMap<object, number>; next: number }>();
function identityKeyOps(m: Machine): KeyOps<unknown> {
  let table = identities.get(m);
  if (!table) identities.set(m, (table = { ids: new WeakMap(), next: 1 }));
  const t = table;
  return {
    hash(k, seed) {
      if (k === null || typeof k !== 'object') return intKeyOps.hash(0, seed);
      let id = t.ids.get(k);
      if (id === undefined) t.ids.set(k, (id = t.next++));
      return intKeyOps.hash(id, seed);
    },
    equal: (a, b) => samePointer(a, b),
    show: (k) => (k === null ? '<nil>' : '0xc000010000'),
    reflexive: true,
  };
}

let mapIds = 0;

/** make(map[K]V, hint): args [hint?]. */
export function makeMapNative(t: Type): NativeFn {
  const u = under(t);
  if (u.kind !== 'Map') throw new Error('makeMapNative: not a map type');
  return (m, _g, regs, a, argc) => {
    const hint = argc > 0 ? (regs[a + 1] as number) : 0;
    if (hint < 0) throw new GoPanic({ runtimeError: 'makemap: size out of range' }, 'runtime error: makemap: size out of range', true);
    const design = m.opts.mapDesign;
    regs[a] = makeAnyMap({
      design, id: ++mapIds, keys: keyOpsFor(u.key, m), elemZero: isAggregate(u.elem) ? null : zeroValue(u.elem), rand: m.rand, hint, loadFactorNum: loadFactorNumFor(m.opts.goMinor), pruneTombstones: swissPrunesIn(m.opts.goMinor),
      ...(design === 'swiss' ? { swissSink: m.hooks?.swissMapSink?.() } : { bucketSink: m.hooks?.mapSink?.() }),
    });
  };
}

/** v := m[k] (commaOk: v, ok := m[k]); args [m, k]. */
export function mapIndexNative(t: Type, commaOk: boolean): NativeFn {
  const u = under(t);
  const elem = u.kind === 'Map' ? u.elem : t;
  const agg = isAggregate(elem);
  return (m, _g, regs, a) => {
    const h = regs[a + 1] as AnyMap;
    const zero = agg ? null : zeroValue(elem);
    const value = (r: { found: boolean; elem: unknown }) => (agg ? (r.found ? copyValue(elem, r.elem) : zeroValue(elem)) : r.found ? r.elem : zero);
    return run(m, accessOp(h, regs[a + 2], zero), regs, a, value, commaOk ? (r) => r.found : undefined);
  };
}

/** The mapassign half of m[k] = v: returns the slot; args [m, k]. */
export function mapAssignNative(): NativeFn {
  return (m, _g, regs, a) => {
    const h = regs[a + 1] as AnyMap;
    if (h === null) throw new GoPanic({ plainError: 'assignment to entry in nil map' }, 'assignment to entry in nil map');
    return run(m, assignOp(h, regs[a + 2]), regs, a, (slot) => {
      checkMapSize(anyLen(h));
      return slot;
    });
  };
}

/** The store after mapassign returned (outside the hashWriting window, as compiled Go code does); args [m, slot, v]. */
export function mapStoreNative(elem: Type): NativeFn {
  const agg = isAggregate(elem);
  return (_m, _g, regs, a) => {
    const v = regs[a + 3];
    storeAt(regs[a + 1] as NonNullable<AnyMap>, regs[a + 2], agg ? copyValue(elem, v) : v);
  };
}

/** Reads the value in a slot returned by mapassign (for m[k] op= v); args [m, slot]. */
export function mapLoadSlotNative(elem: Type): NativeFn {
  return (_m, _g, regs, a) => {
    const v = loadAt(regs[a + 1] as NonNullable<AnyMap>, regs[a + 2]);
    regs[a] = v === null && !isAggregate(elem) ? zeroValue(elem) : v;
  };
}

/** delete(m, k); args [m, k]. */
export function mapDeleteNative(): NativeFn {
  return (m, _g, regs, a) => run(m, deleteOp(regs[a + 1] as AnyMap, regs[a + 2]), regs, a, () => null);
}

export const mapLenNative: NativeFn = (_m, _g, regs, a) => {
  regs[a] = anyLen(regs[a + 1] as AnyMap);
};

let iterIds = 0;

/** Starts a range over a map: result the iterator (positioned on the first entry); args [m]. */
export function mapIterInitNative(): NativeFn {
  return (m, _g, regs, a) => run(m, iterInitOp(regs[a + 1] as AnyMap, ++iterIds), regs, a, (it) => it);
}

/** Advances a range over a map; args [it]. */
export function mapIterNextNative(): NativeFn {
  return (m, _g, regs, a) => run(m, iterNextOp(regs[a + 1] as AnyMapIter), regs, a, (it) => it);
}

/**
 * maps.Clone(m): Go 1.21+ clones through the runtime (mapclone), which checks hashWriting like a
 * reader and fails with `concurrent map clone and map write`. Elements are shared, which is safe
 * here because map elements are never addressable in Go (they are only replaced, by copy).
 */
export const mapCloneNative: NativeFn = (m, _g, regs, a) => {
  const h = regs[a + 1] as AnyMap;
  if (h === null) {
    regs[a] = null;
    return;
  }
  return run(m, cloneOp(h, ++mapIds), regs, a, (c) => c);
};

/** clear(m): a write like any other, phase by phase when other Ps can interleave (Go 1.21+'s mapclear). */
export const mapClearNative: NativeFn = (m, _g, regs, a) => {
  const h = regs[a + 1] as AnyMap;
  if (h === null) return;
  return run(m, clearOp(h), regs, a, () => null);
};
