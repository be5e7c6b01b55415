// The std functions and methods the VM implements, by Go name; the compiler asks for each one it meets.
//
// Registry rule: every member the checker's package tables declare should appear here before the
// runtime issue closes (check/packages/README.md lists them); an unimplemented one is a clear
// "not supported yet" error at run time, never a silent wrong answer.
import { builderMethods, fnvFuncs, fnvTypeMethods } from './std-builder.ts';
import { iterNative } from './std-iter.ts';
import { errRange, errSyntax, numError, numErrorMethods } from './strconv-errors.ts';
import { allocate } from '../../vm/heap-budget.ts';
import type { Signature } from '../../check/types.ts';
import { GoExit, GoPanic, Unsupported } from '../../vm/faults.ts';
import { OpStep, type Goroutine } from '../../vm/goroutine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Iface } from '../values/iface.ts';
import { errorValue, fmtNative } from './fmt-natives.ts';
import { OsFile, osStdout, osStderr } from './os-file.ts';
import type { MethodResolver } from './fmt-methods.ts';
import type { NativeRegistry } from './timers.ts';
import { timeNatives } from './time-natives.ts';
import { runtimeNatives } from './runtime-natives.ts';
import { mathNatives } from './std-math.ts';
import { strconvNatives } from './std-strconv.ts';
import { randNatives } from './std-rand.ts';
import { slicesNative } from './std-slices.ts';
import { errorsNative } from './std-errors.ts';
import { mapsNative } from './std-maps.ts';
import { stringNatives, unicodeNatives } from './std-strings.ts';
import { condMethods, condNatives } from './sync-cond.ts';
import { mutexLock, mutexTryLock, mutexUnlock, onceDo, rwLock, rwRLock, rwRUnlock, rwTryLock, rwTryRLock, rwUnlock, waitGroupAdd, waitGroupWait, type Mutex, type Once, type RWMutex, type WaitGroup } from './sync-objects.ts';
import { nilDeref } from '../../vm/runtime-errors.ts';
import { SyncMap, syncMapClear, syncMapOp, syncMapCompareAndSwap, syncMapLoad, syncMapLoadAndDelete, syncMapLoadOrStore, syncMapRange, syncMapSwap } from './sync-map.ts';
import { goEqual } from '../../compile/value-natives.ts';
import { mapCloneNative } from './map-natives.ts';
import { anyType } from '../../check/universe.ts';
import { SliceVal } from '../values/slice.ts';

export { OsFile, osStdout, osStderr };

const fns: Record<string, NativeFn> = {
  'errors.New': (_m, _g, regs, a) => {
    regs[a] = errorValue(regs[a + 1] as string);
  },
  'time.Sleep': (m, g, regs, a) => {
    const ns = regs[a + 1] as number;
    if (ns <= 0) return;
    m.sleep(g, ns);
    let slept = false;
    return {
      std: 'time.Sleep',
      step: (): OpStep => {
        if (slept) return OpStep.Done;
        slept = true;
        return OpStep.Block;
      },
    };
  },
  'os.Exit': (_m, _g, regs, a) => {
    throw new GoExit(regs[a + 1] as number);
  },
  'strconv.Itoa': (_m, _g, regs, a) => {
    regs[a] = String(regs[a + 1]);
  },
  'strconv.Atoi': (_m, _g, regs, a) => {
    const s = regs[a + 1] as string;
    if (/^[+-]?\d+$/.test(s) && Math.abs(Number(s)) <= Number.MAX_SAFE_INTEGER) {
      regs[a] = Number(s);
      regs[a + 1] = null;
    } else {
      regs[a] = 0;
      regs[a + 1] = numError('Atoi', s, /^[+-]?\d+$/.test(s) ? 'value out of range' : 'invalid syntax');
    }
  },
  'strings.Repeat': (m, _g, regs, a) => {
    const n = regs[a + 2] as number;
    if (n < 0) throw new GoPanic('strings: negative Repeat count', 'strings: negative Repeat count');
    const s = regs[a + 1] as string;
    allocate(m, Math.ceil((s.length * n) / 8));
    regs[a] = s.repeat(n);
  },
  'strings.Contains': (_m, _g, regs, a) => {
    regs[a] = (regs[a + 1] as string).includes(regs[a + 2] as string);
  },
  'strings.HasPrefix': (_m, _g, regs, a) => {
    regs[a] = (regs[a + 1] as string).startsWith(regs[a + 2] as string);
  },
  'strings.HasSuffix': (_m, _g, regs, a) => {
    regs[a] = (regs[a + 1] as string).endsWith(regs[a + 2] as string);
  },
  'strings.Index': (_m, _g, regs, a) => {
    regs[a] = (regs[a + 1] as string).indexOf(regs[a + 2] as string);
  },
};

const methods: Record<string, NativeFn> = {
  'sync.Mutex.Lock': (m, _g, regs, a) => mutexLock(m, regs[a + 1] as Mutex),
  'sync.Mutex.Unlock': (m, _g, regs, a) => {
    mutexUnlock(m, regs[a + 1] as Mutex);
  },
  'sync.Mutex.TryLock': (m, g, regs, a) => {
    regs[a] = mutexTryLock(m, g, regs[a + 1] as Mutex);
  },
  'sync.WaitGroup.Add': (m, _g, regs, a) => {
    waitGroupAdd(m, regs[a + 1] as WaitGroup, regs[a + 2] as number);
  },
  'sync.WaitGroup.Done': (m, _g, regs, a) => {
    waitGroupAdd(m, regs[a + 1] as WaitGroup, -1, 'sync.WaitGroup.Done');
  },
  'sync.WaitGroup.Wait': (m, _g, regs, a) => waitGroupWait(m, regs[a + 1] as WaitGroup),
  'sync.RWMutex.RLock': (m, _g, regs, a) => rwRLock(m, regs[a + 1] as RWMutex),
  'sync.RWMutex.Lock': (m, _g, regs, a) => rwLock(m, regs[a + 1] as RWMutex),
  'sync.RWMutex.RUnlock': (m, _g, regs, a) => void rwRUnlock(m, regs[a + 1] as RWMutex),
  'sync.RWMutex.Unlock': (m, _g, regs, a) => void rwUnlock(m, regs[a + 1] as RWMutex),
  'sync.RWMutex.TryLock': (m, g, regs, a) => void (regs[a] = rwTryLock(m, g, regs[a + 1] as RWMutex)),
  'sync.RWMutex.TryRLock': (m, g, regs, a) => void (regs[a] = rwTryRLock(m, g, regs[a + 1] as RWMutex)),
  'sync.Once.Do': (m, _g, regs, a) => onceDo(m, regs[a + 1] as Once, regs[a + 2]),
  // syncMapOp reports each operation's effect on the read/dirty counters to a traced run.
  'sync.Map.Load': pair('Load', (sm, regs, a) => syncMapLoad(sm, regs[a + 2])),
  'sync.Map.Store': (m, _g, regs, a) => void syncMapOp(m, regs[a + 1] as SyncMap, 'Store', regs[a + 2], () => syncMapSwap(regs[a + 1] as SyncMap, regs[a + 2], regs[a + 3] as Iface | null)),
  'sync.Map.Swap': pair('Swap', (sm, regs, a) => syncMapSwap(sm, regs[a + 2], regs[a + 3] as Iface | null)),
  'sync.Map.LoadOrStore': pair('LoadOrStore', (sm, regs, a) => syncMapLoadOrStore(sm, regs[a + 2], regs[a + 3] as Iface | null)),
  'sync.Map.LoadAndDelete': pair('LoadAndDelete', (sm, regs, a) => syncMapLoadAndDelete(sm, regs[a + 2])),
  'sync.Map.Delete': (m, _g, regs, a) => void syncMapOp(m, regs[a + 1] as SyncMap, 'Delete', regs[a + 2], () => syncMapLoadAndDelete(regs[a + 1] as SyncMap, regs[a + 2])),
  'sync.Map.CompareAndSwap': (m, _g, regs, a) =>
    void (regs[a] = syncMapOp(m, regs[a + 1] as SyncMap, 'CompareAndSwap', regs[a + 2], () => syncMapCompareAndSwap(regs[a + 1] as SyncMap, regs[a + 2], regs[a + 3], regs[a + 4] as Iface | null, anyEqual))),
  'sync.Map.Clear': (m, _g, regs, a) => void syncMapOp(m, regs[a + 1] as SyncMap, 'Clear', undefined, () => syncMapClear(regs[a + 1] as SyncMap)),
  'sync.Map.Range': (m, _g, regs, a) => syncMapRange(regs[a + 1] as SyncMap, regs[a + 2], m),
  ...atomicTypeMethods(),
  ...builderMethods,
  ...fnvTypeMethods,
  ...numErrorMethods,
};

/** A sync.Map method returning (value any, ok bool). */
function pair(op: string, fn: (sm: SyncMap, regs: unknown[], a: number) => [unknown, boolean]): NativeFn {
  return (m, _g, regs, a) => {
    const sm = regs[a + 1] as SyncMap | null;
    if (sm === null) throw nilDeref();
    const [v, ok] = syncMapOp(m, sm, op, regs[a + 2], () => fn(sm, regs, a));
    regs[a] = v;
    regs[a + 1] = ok;
  };
}

const anyEqual = (x: unknown, y: unknown) => (x === null || y === null ? x === y : goEqual(anyType, x, y));

/** Methods of atomic.Int32/Int64/Uint32/Uint64/Bool/Value: the value is the struct's last field. */
function atomicTypeMethods(): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  const cell = (regs: unknown[], a: number) => {
    const o = regs[a + 1] as unknown[] | null;
    if (o === null) throw nilDeref();
    return { o, i: o.length - 1 };
  };
  for (const T of ['Int32', 'Int64', 'Uint32', 'Uint64', 'Bool', 'Value']) {
    const k = `sync/atomic.${T}`;
    out[`${k}.Load`] = (_m, _g, regs, a) => {
      const { o, i } = cell(regs, a);
      regs[a] = o[i];
    };
    out[`${k}.Store`] = (_m, _g, regs, a) => {
      const { o, i } = cell(regs, a);
      o[i] = regs[a + 2];
    };
    out[`${k}.Swap`] = (_m, _g, regs, a) => {
      const { o, i } = cell(regs, a);
      regs[a] = o[i];
      o[i] = regs[a + 2];
    };
    out[`${k}.CompareAndSwap`] = (_m, _g, regs, a) => {
      const { o, i } = cell(regs, a);
      const ok = o[i] === regs[a + 2];
      if (ok) o[i] = regs[a + 3];
      regs[a] = ok;
    };
    out[`${k}.Add`] = (_m, _g, regs, a) => {
      const { o, i } = cell(regs, a);
      o[i] = wrapSized(T, (o[i] as number) + (regs[a + 2] as number));
      regs[a] = o[i];
    };
  }
  return out;
}

function wrapSized(T: string, v: number): number {
  if (T === 'Int32') return v | 0;
  if (T === 'Uint32') return v >>> 0;
  return v;
}

/** atomic.AddInt64(&x, d) and friends on a pointer (a Cell or ElemRef). */
function atomicFuncs(): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  const ptr = (regs: unknown[], a: number) => {
    const p = regs[a + 1] as { v: unknown } | null;
    if (p === null) throw nilDeref();
    return p;
  };
  for (const T of ['Int32', 'Int64', 'Uint32', 'Uint64']) {
    out[`sync/atomic.Add${T}`] = (_m, _g, regs, a) => {
      const p = ptr(regs, a);
      p.v = wrapSized(T, (p.v as number) + (regs[a + 2] as number));
      regs[a] = p.v;
    };
    out[`sync/atomic.Load${T}`] = (_m, _g, regs, a) => void (regs[a] = ptr(regs, a).v);
    out[`sync/atomic.Store${T}`] = (_m, _g, regs, a) => void (ptr(regs, a).v = regs[a + 2]);
    out[`sync/atomic.Swap${T}`] = (_m, _g, regs, a) => {
      const p = ptr(regs, a);
      regs[a] = p.v;
      p.v = regs[a + 2];
    };
    out[`sync/atomic.CompareAndSwap${T}`] = (_m, _g, regs, a) => {
      const p = ptr(regs, a);
      const ok = p.v === regs[a + 2];
      if (ok) p.v = regs[a + 3];
      regs[a] = ok;
    };
  }
  return out;
}

function sortSlice(cmp: (x: unknown, y: unknown) => number): NativeFn {
  return (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    if (s === null) return;
    const items = s.arr.slice(s.off, s.off + s.len).sort(cmp);
    items.forEach((v, i) => (s.arr[s.off + i] = v));
  };
}
const byNumber = (x: unknown, y: unknown) => (x as number) - (y as number);
const byBytes = (x: unknown, y: unknown) => ((x as string) < (y as string) ? -1 : (x as string) > (y as string) ? 1 : 0);

const rand = randNatives();
Object.assign(methods, condMethods, rand.methods);
Object.assign(fns, atomicFuncs(), fnvFuncs, runtimeNatives, condNatives, mathNatives, stringNatives, unicodeNatives, rand.fns, strconvNatives, {
  'maps.Clone': mapCloneNative,
  'sort.Ints': sortSlice(byNumber),
  'sort.Float64s': sortSlice(byNumber),
  'sort.Strings': sortSlice(byBytes),
  'strings.TrimSpace': ((_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as string).replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, ''))) as NativeFn,
  'strings.Fields': ((_m, _g, regs, a) => {
    const parts = (regs[a + 1] as string).split(/[ \t\n\r\v\f]+/).filter((x) => x !== '');
    regs[a] = new SliceVal(parts, 0, parts.length, parts.length);
  }) as NativeFn,
  'strings.Split': ((_m, _g, regs, a) => {
    const s = regs[a + 1] as string, sep = regs[a + 2] as string;
    const parts = sep === '' ? Array.from(s) : s.split(sep);
    regs[a] = new SliceVal(parts, 0, parts.length, parts.length);
  }) as NativeFn,
  'strings.Join': ((_m, _g, regs, a) => {
    const sl = regs[a + 1] as SliceVal | null;
    regs[a] = sl === null ? '' : sl.arr.slice(sl.off, sl.off + sl.len).join(regs[a + 2] as string);
  }) as NativeFn,
  'strings.ReplaceAll': ((_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as string).split(regs[a + 2] as string).join(regs[a + 3] as string))) as NativeFn,
  'strings.Count': ((_m, _g, regs, a) => {
    const s = regs[a + 1] as string, sub = regs[a + 2] as string;
    regs[a] = sub === '' ? s.length + 1 : s.split(sub).length - 1;
  }) as NativeFn,
});

function missing(name: string): NativeFn {
  return () => {
    throw new Unsupported(`${name} is not supported yet in Go Map Lab's runtime`);
  };
}

/** What std natives need of the program being compiled: user methods (fmt) and native registration (timers). */
export type StdContext = MethodResolver & NativeRegistry;

/** `ctx` finds the methods of user types (fmt calls Error and String) and registers helper natives. */
export function stdCallNative(key: string, sig: Signature, ctx: StdContext | null): NativeFn {
  if (key.startsWith('fmt.')) return fmtNative(key, ctx) ?? missing(key);
  const sliceFn = iterNative(key, sig) ?? slicesNative(key, sig, ctx) ?? errorsNative(key, sig, ctx) ?? mapsNative(key, sig);
  if (sliceFn) return sliceFn;
  if (key.startsWith('time.') && ctx !== null && key !== 'time.Sleep') return timeNatives(ctx)[key] ?? missing(key);
  return fns[key] ?? missing(key);
}

export function stdMethodNative(key: string, _sig: Signature, ctx: StdContext | null = null): NativeFn {
  if (key.startsWith('time.') && ctx !== null) return timeNatives(ctx)[key] ?? missing(key);
  return methods[key] ?? missing(key);
}

/** Package-level std variables (os.Stdout, os.Stderr) as natives that load them. */
export function stdVarNative(key: string): NativeFn {
  if (key === 'os.Stdout') return (_m, _g, regs, a) => void (regs[a] = osStdout);
  if (key === 'os.Stderr') return (_m, _g, regs, a) => void (regs[a] = osStderr);
  if (key === 'strconv.ErrSyntax') return (_m, _g, regs, a) => void (regs[a] = errSyntax);
  if (key === 'strconv.ErrRange') return (_m, _g, regs, a) => void (regs[a] = errRange);
  return missing(key);
}

export type { Goroutine };
