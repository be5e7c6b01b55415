// Race-mode wrappers around the runtime's natives: the memory accesses and happens-before edges
// that Go's runtime and sync package report to its race detector, keyed by the native's name.
//
// Go's sources say where each edge is (go1.23): sync/mutex.go (Lock acquires, Unlock releases the
// mutex), sync/rwmutex.go (RLock acquires readerSem; RUnlock release-merges writerSem; Lock
// acquires both; Unlock releases readerSem), sync/waitgroup.go (Add with a negative delta and Done
// release-merge, Wait acquires), sync.Once (its done flag: the first Do releases after f, every
// Do acquires), sync.Map (built on a Mutex and atomics: reads acquire, writes acquire and
// release), sync/atomic (loads acquire, stores release, read-modify-writes do both, on the
// variable's address), and runtime/map*.go (racereadpc / racewritepc on the map header at entry,
// with the map function on top of the reported stack). Element reads of slices and arrays and
// whole-value copies of structs and arrays happen in natives; loads and stores of variables and
// fields are the VM's instrumented opcodes.
import { OpStep, type Goroutine, type PendingOp } from '../vm/goroutine.ts';
import type { Machine } from '../vm/machine.ts';
import type { NativeFn } from '../vm/native.ts';
import { ElemRef } from '../runtime/values/elem-ref.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { Iface } from '../runtime/values/iface.ts';
import { RWMutex } from '../runtime/std/sync-objects.ts';
import type { RaceDetector } from './detector.ts';

type Wrap = (inner: NativeFn) => NativeFn;

function detector(m: Machine): RaceDetector {
  return m.race as RaceDetector;
}

/** The instruction of g's top frame running the native (NATIVE stores pc before the call). */
function ip(g: Goroutine): number {
  const f = g.frames[g.frames.length - 1];
  return f === undefined ? 0 : f.pc - 1;
}

/** Runs `done` when the native's work is over: at once, or when its pending op completes. */
function whenDone(op: PendingOp | void, g: Goroutine, done: (g: Goroutine) => void): PendingOp | void {
  if (op === undefined) {
    done(g);
    return;
  }
  // Patched in place: runtime objects compare ops by identity (sync.Once's runner).
  const step = op.step.bind(op);
  op.step = (g2: Goroutine): OpStep => {
    const r = step(g2);
    if (r === OpStep.Done) done(g2);
    return r;
  };
  return op;
}

/** A sync or atomic edge: `before` runs before the native (a release), `after` when it completed (an acquire). */
function edges(before: ((d: RaceDetector, g: Goroutine, regs: unknown[], a: number) => void) | null, after: ((d: RaceDetector, g: Goroutine, regs: unknown[], a: number) => void) | null): Wrap {
  return (inner) => (m, g, regs, a, argc) => {
    const d = detector(m);
    const recv = regs[a + 1];
    const args = regs.slice(a, a + 1 + argc);
    if (before !== null && recv !== null) before(d, g, regs, a);
    const op = inner(m, g, regs, a, argc);
    if (after === null || recv === null) return op;
    // Results of an immediate native are in regs now; a pending op's come through g.opResult.
    return whenDone(op, g, (g2) => (op === undefined ? after(d, g2, regs, a) : after(d, g2, args, 0)));
  };
}

const obj = (regs: unknown[], a: number) => regs[a + 1] as object;

// ---- maps

/** The runtime function Go's report shows for a map access, by key (Go picks fast variants by key type). */
function mapFn(base: string, key: unknown, typeName: string | null): string {
  if (base === 'mapiterinit' || base === 'mapiternext' || base === 'mapclear' || base === 'mapclone') return base;
  if (typeName !== null && /^map\[(int32|uint32|rune)\]/.test(typeName)) return `${base}_fast32`;
  if (typeof key === 'number') return `${base}_fast64`;
  if (typeof key === 'string') return `${base}_faststr`;
  return base;
}

function mapAccess(base: string, write: boolean, typeName: string | null, mapOf: (regs: unknown[], a: number) => unknown): Wrap {
  return (inner) => (m, g, regs, a, argc) => {
    const h = mapOf(regs, a);
    if (h === null || typeof h !== 'object') return inner(m, g, regs, a, argc);
    const d = detector(m);
    const at = ip(g);
    d.accessAt(g, h, 0, write, at, mapFn(base, regs[a + 2], typeName));
    const op = inner(m, g, regs, a, argc);
    const key = regs[a + 2];
    const elems = d.mapElems;
    // After the runtime function returned (a fatal error never gets here): the element slot.
    switch (base) {
      case 'mapassign':
        return whenDone(op, g, (g2) => {
          elems.assigned(h, key);
          const loc = elems.slot(h, key);
          if (loc !== null) d.accessAt(g2, loc[0], loc[1], true, at, null);
        });
      case 'mapaccess1':
      case 'mapaccess2':
        return whenDone(op, g, (g2) => {
          if (!elems.has(h, key)) return; // a missing key reads Go's shared zero value
          const loc = elems.slot(h, key);
          if (loc !== null) d.accessAt(g2, loc[0], loc[1], false, at, null);
        });
      case 'mapdelete':
        return whenDone(op, g, () => elems.deleted(h, key));
      case 'mapclear':
        return whenDone(op, g, () => elems.cleared(h));
      default:
        return op;
    }
  };
}

/** len(m) is a plain load of the map header's count: Go reports it with no runtime frame. */
const mapLen: Wrap = (inner) => (m, g, regs, a, argc) => {
  const h = regs[a + 1];
  if (h !== null && typeof h === 'object') detector(m).accessAt(g, h, 0, false, ip(g), null);
  return inner(m, g, regs, a, argc);
};

// ---- element reads

/** x[i] read of a slice or array element (after the bounds check passed). */
const elemRead: Wrap = (inner) => (m, g, regs, a, argc) => {
  const x = regs[a + 1], i = regs[a + 2] as number;
  const r = inner(m, g, regs, a, argc);
  if (x instanceof SliceVal) detector(m).accessAt(g, x.arr, x.off + i, false, ip(g), null);
  else if (Array.isArray(x)) detector(m).accessAt(g, x, i, false, ip(g), null);
  return r;
};

/** *p through a pointer to a non-aggregate (a Cell or an ElemRef), before the load. */
const derefRead: Wrap = (inner) => (m, g, regs, a, argc) => {
  const p = regs[a];
  if (p !== null && typeof p === 'object') detector(m).access(g, p, -1, false, ip(g));
  return inner(m, g, regs, a, argc);
};

// ---- whole-value copies of structs and arrays (Go instruments them as reads and writes of each word)

/** Each top-level field or element of an aggregate (nested aggregates are their own objects: not followed). */
function eachSlot(d: RaceDetector, g: Goroutine, x: unknown, write: boolean): void {
  if (!Array.isArray(x)) return;
  const at = ip(g);
  for (let i = 0; i < x.length; i++) d.accessAt(g, x, i, write, at, null);
}

/** `copy:T`: a value copy of the aggregate in regs[a] (reads every field). */
const copyRead: Wrap = (inner) => (m, g, regs, a, argc) => {
  eachSlot(detector(m), g, regs[a], false);
  return inner(m, g, regs, a, argc);
};

/** `assigninto:T`: dst = src for aggregates, in place (reads src's fields, writes dst's). */
const assignInto: Wrap = (inner) => (m, g, regs, a, argc) => {
  const d = detector(m);
  eachSlot(d, g, regs[a + 2], false);
  eachSlot(d, g, regs[a + 1], true);
  return inner(m, g, regs, a, argc);
};

// ---- atomics

/** The location an atomic operates on: a pointer (Cell/ElemRef) or an atomic.T struct's value field. */
function atomicLoc(regs: unknown[], a: number, typed: boolean): [object, number] | null {
  const p = regs[a + 1];
  if (p === null || typeof p !== 'object') return null;
  if (typed) return [p, (p as unknown[]).length - 1];
  if (p instanceof ElemRef) return [p.obj, p.index];
  return [p, 0];
}

function atomicOp(kind: 'load' | 'store' | 'rmw', typed: boolean, fn: string): Wrap {
  return (inner) => (m, g, regs, a, argc) => {
    const loc = atomicLoc(regs, a, typed);
    const d = detector(m);
    // The atomic access itself: it never races with another atomic one, only with plain accesses.
    if (loc !== null) d.accessAt(g, loc[0], loc[1], kind !== 'load', ip(g), fn);
    if (loc !== null && kind !== 'load') d.acquire(g, loc[0], loc[1]);
    const r = inner(m, g, regs, a, argc);
    if (loc !== null) {
      if (kind === 'load') d.acquire(g, loc[0], loc[1]);
      else if (kind === 'store') d.release(g, loc[0], loc[1]);
      else d.releaseMerge(g, loc[0], loc[1]);
    }
    return r;
  };
}

function atomicKind(method: string): 'load' | 'store' | 'rmw' {
  if (method.startsWith('Load')) return 'load';
  if (method.startsWith('Store')) return 'store';
  return 'rmw';
}

// ---- channels: a receive that completes because the channel is closed acquires its close

function recvClosed(commaOk: boolean): Wrap {
  return (inner) => (m, g, regs, a, argc) => {
    const c = regs[a + 1] as { closed?: boolean; buf?: unknown[] } | null;
    const op = inner(m, g, regs, a, argc);
    if (c === null || typeof c !== 'object') return op;
    return whenDone(op, g, (g2) => {
      const closedRecv = commaOk ? g2.opResult2 === false : c.closed === true && (c.buf?.length ?? 0) === 0;
      if (closedRecv) detector(m).acquire(g2, c, 'close');
    });
  };
}

function selectClosed(sends: string): Wrap {
  return (inner) => (m, g, regs, a, argc) => {
    const chans = [...sends].map((_, k) => regs[a + 1 + 2 * k]);
    const op = inner(m, g, regs, a, argc);
    return whenDone(op, g, (g2) => {
      const k = g2.opResult as number;
      const pair = g2.opResult2 as [unknown, boolean] | null;
      const c = chans[k];
      if (k >= 0 && sends[k] === 'r' && pair !== null && pair[1] === false && c !== null && typeof c === 'object') detector(m).acquire(g2, c, 'close');
    });
  };
}

// ---- sync.Cond: Wait unlocks and relocks its L

const condWait: Wrap = (inner) => (m, g, regs, a, argc) => {
  const cond = regs[a + 1] as unknown[] | null;
  // c.L is a sync.Locker: an interface holding the *Mutex or *RWMutex.
  const boxed = cond !== null && Array.isArray(cond) ? cond[1] : null;
  const inner0 = boxed instanceof Iface ? boxed.v : boxed;
  const l = inner0 !== null && typeof inner0 === 'object' ? inner0 : null;
  const d = detector(m);
  const rw = l instanceof RWMutex;
  if (l !== null) d.release(g, l, rw ? 'reader' : 0);
  const op = inner(m, g, regs, a, argc);
  if (l === null) return op;
  return whenDone(op, g, (g2) => {
    d.acquire(g2, l, rw ? 'reader' : 0);
    if (rw) d.acquire(g2, l, 'writer');
  });
};

/** once.Do: the call that ran f releases when it returns; every Do acquires before returning. */
const onceDo: Wrap = (inner) => (m, g, regs, a, argc) => {
  const o = regs[a + 1] as object | null;
  const op = inner(m, g, regs, a, argc);
  if (o === null || op === undefined) return op;
  const d = detector(m);
  let ranF = false;
  const step = op.step.bind(op);
  op.step = (g2: Goroutine): OpStep => {
    const r = step(g2);
    if (r === OpStep.Call) ranF = true;
    else if (r === OpStep.Done) {
      if (ranF) d.releaseMerge(g2, o);
      d.acquire(g2, o);
    }
    return r;
  };
  return op;
};

const tried = (f: (d: RaceDetector, g: Goroutine, regs: unknown[], a: number) => void) => (d: RaceDetector, g: Goroutine, regs: unknown[], a: number) => {
  if (regs[a] === true) f(d, g, regs, a);
};

/** A WaitGroup's counter and number of blocked waiters, read defensively (the runtime object owns them). */
function waitGroupState(wg: object): { counter: number; waiters: number } {
  const w = wg as { counter?: unknown; waiters?: unknown };
  return { counter: typeof w.counter === 'number' ? w.counter : 0, waiters: Array.isArray(w.waiters) ? w.waiters.length : 0 };
}

/** The wrapper for a native of this name, or null when it neither accesses memory nor synchronises. */
export function raceWrapper(name: string): Wrap | null {
  let mt: RegExpMatchArray | null;
  if ((mt = /^index:(Slice|Array|Pointer):false$/.exec(name))) return elemRead;
  if (name === 'rangeelem') return elemRead;
  if (name === 'deref') return derefRead;
  if (name.startsWith('copy:')) return copyRead;
  if (name.startsWith('assigninto:')) return assignInto;
  if ((mt = /^mapindex(2?):(.*)$/.exec(name))) return mapAccess(mt[1] === '2' ? 'mapaccess2' : 'mapaccess1', false, mt[2], obj);
  if (name === 'mapassign') return mapAccess('mapassign', true, null, obj);
  if (name === 'mapdelete') return mapAccess('mapdelete', true, null, obj);
  if (name === 'mapclear') return mapAccess('mapclear', true, null, obj);
  if (name === 'mapiterinit') return mapAccess('mapiterinit', false, null, obj);
  if (name === 'mapiternext') return mapAccess('mapiternext', false, null, (regs, a) => (regs[a + 1] as { h?: unknown } | null)?.h ?? null);
  if (name === 'std:maps.Clone') return mapAccess('mapclone', false, null, obj);
  if (name === 'maplen') return mapLen;
  if (name === 'chanrecv1') return recvClosed(false);
  if (name === 'chanrecv2') return recvClosed(true);
  if ((mt = /^select:([sr]*):/.exec(name))) return selectClosed(mt[1]);
  if ((mt = /^std:(sync\/atomic\.(Load|Store|Swap|CompareAndSwap|Add|And|Or)\w*)$/.exec(name))) return atomicOp(atomicKind(mt[2]), false, mt[1]);
  if ((mt = /^stdm:sync\/atomic\.(\w+)\.(Load|Store|Swap|CompareAndSwap|Add|And|Or)$/.exec(name))) return atomicOp(atomicKind(mt[2]), true, `sync/atomic.(*${mt[1]}).${mt[2]}`);
  switch (name) {
    case 'stdm:sync.Mutex.Lock':
      return edges(null, (d, g, regs, a) => d.acquire(g, obj(regs, a)));
    case 'stdm:sync.Mutex.TryLock':
      return edges(null, tried((d, g, regs, a) => d.acquire(g, obj(regs, a))));
    case 'stdm:sync.Mutex.Unlock':
      return edges((d, g, regs, a) => d.release(g, obj(regs, a)), null);
    case 'stdm:sync.RWMutex.RLock':
      return edges(null, (d, g, regs, a) => d.acquire(g, obj(regs, a), 'reader'));
    case 'stdm:sync.RWMutex.TryRLock':
      return edges(null, tried((d, g, regs, a) => d.acquire(g, obj(regs, a), 'reader')));
    case 'stdm:sync.RWMutex.RUnlock':
      return edges((d, g, regs, a) => d.releaseMerge(g, obj(regs, a), 'writer'), null);
    case 'stdm:sync.RWMutex.Lock':
      return edges(null, (d, g, regs, a) => {
        d.acquire(g, obj(regs, a), 'reader');
        d.acquire(g, obj(regs, a), 'writer');
      });
    case 'stdm:sync.RWMutex.TryLock':
      return edges(null, tried((d, g, regs, a) => {
        d.acquire(g, obj(regs, a), 'reader');
        d.acquire(g, obj(regs, a), 'writer');
      }));
    case 'stdm:sync.RWMutex.Unlock':
      return edges((d, g, regs, a) => d.release(g, obj(regs, a), 'reader'), null);
    case 'stdm:sync.WaitGroup.Add':
      return edges((d, g, regs, a) => {
        const delta = regs[a + 2] as number;
        if (delta < 0) d.releaseMerge(g, obj(regs, a));
        // The first Add after zero reads wg.sema, so an Add racing with Wait is reported (misuse).
        else if (delta > 0 && waitGroupState(obj(regs, a)).counter === 0) d.accessAt(g, obj(regs, a), 0, false, ip(g), 'raceread');
      }, null);
    case 'stdm:sync.WaitGroup.Done':
      return edges((d, g, regs, a) => d.releaseMerge(g, obj(regs, a)), null);
    case 'stdm:sync.WaitGroup.Wait':
      return edges((d, g, regs, a) => {
        // The first waiter to block writes wg.sema (sync/waitgroup.go, race.Write in Wait).
        const st = waitGroupState(obj(regs, a));
        if (st.counter > 0 && st.waiters === 0) d.accessAt(g, obj(regs, a), 0, true, ip(g), 'racewrite');
      }, (d, g, regs, a) => d.acquire(g, obj(regs, a)));
    case 'stdm:sync.Once.Do':
      return onceDo;
    case 'stdm:sync.Cond.Wait':
      return condWait;
    case 'stdm:sync.Map.Load':
    case 'stdm:sync.Map.Range':
      return edges((d, g, regs, a) => d.acquire(g, obj(regs, a)), null);
    case 'stdm:sync.Map.Store':
    case 'stdm:sync.Map.Swap':
    case 'stdm:sync.Map.LoadOrStore':
    case 'stdm:sync.Map.LoadAndDelete':
    case 'stdm:sync.Map.Delete':
    case 'stdm:sync.Map.CompareAndSwap':
    case 'stdm:sync.Map.CompareAndDelete':
    case 'stdm:sync.Map.Clear':
      return edges((d, g, regs, a) => {
        d.acquire(g, obj(regs, a));
        d.releaseMerge(g, obj(regs, a));
      }, null);
  }
  return null;
}
