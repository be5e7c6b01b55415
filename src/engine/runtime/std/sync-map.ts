// sync.Map as Go 1.19–1.23 builds it (go-facts.md §6.1): a read-only view consulted without the
// lock, a dirty map holding newer keys, miss counting that promotes dirty to read, and entries
// that are live, nil (deleted, still in read) or expunged (deleted, absent from dirty).
import { GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import { Iface } from '../values/iface.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import type { Machine } from '../../vm/machine.ts';
import { syncSink, type SyncMapCounts } from './sync-events.ts';

const expunged = Symbol('expunged');
type Slot = Iface | null | typeof expunged;

class Entry {
  constructor(
    readonly key: unknown,
    public p: Slot,
  ) {}
}

export class SyncMap {
  read = new Map<string, Entry>();
  amended = false;
  dirty: Map<string, Entry> | null = null;
  misses = 0;
}

function counts(m: SyncMap): SyncMapCounts {
  return { read: m.read.size, dirty: m.dirty === null ? -1 : m.dirty.size, amended: m.amended, misses: m.misses };
}

/**
 * Runs one sync.Map operation; in a traced run, reports how it changed the counters of the
 * read/dirty design (entries in read and dirty, amended, misses) and whether dirty was promoted.
 * Operations that change none of them (a Load that hits the read map) report nothing.
 */
export function syncMapOp<T>(mach: Machine, sm: SyncMap | null, op: string, key: unknown, f: () => T): T {
  const sink = syncSink(mach);
  if (sink === undefined || sm === null) return f();
  const before = counts(sm);
  const read = sm.read;
  const result = f();
  const after = counts(sm);
  const promoted = op !== 'Clear' && sm.read !== read;
  if (promoted || before.read !== after.read || before.dirty !== after.dirty || before.amended !== after.amended || before.misses !== after.misses) {
    // Keys are `any`: the trace keeps the dynamic value (its text for aggregates).
    sink.emit({ kind: 'syncmap.changed', map: sm, op, key: key instanceof Iface ? key.v : key, before, after, promoted });
  }
  return result;
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A key's identity for Go's == on `any`: dynamic type plus value (objects by identity). */
function keyOf(k: unknown): string {
  if (k === null) return 'nil';
  const i = k as Iface;
  const v = i.v;
  let vs: string;
  if (v !== null && typeof v === 'object') {
    if (Array.isArray(v)) vs = JSON.stringify(v);
    else {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = nextId++));
      vs = `#${id}`;
    }
  } else vs = `${typeof v}:${String(v)}`;
  const t = i.t;
  const u = t.kind === 'Named' ? t.underlying : t;
  if (u && (u.kind === 'Slice' || u.kind === 'Map' || u.kind === 'Signature')) {
    throw new GoPanic({ runtimeError: `hash of unhashable type ${reflectTypeName(t)}` }, `runtime error: hash of unhashable type ${reflectTypeName(t)}`, true);
  }
  return `${reflectTypeName(t)}|${vs}`;
}

function missLocked(m: SyncMap): void {
  m.misses++;
  if (m.dirty !== null && m.misses >= m.dirty.size) {
    m.read = m.dirty;
    m.dirty = null;
    m.amended = false;
    m.misses = 0;
  }
}

function dirtyLocked(m: SyncMap): void {
  if (m.dirty !== null) return;
  m.dirty = new Map();
  for (const [k, e] of m.read) {
    if (e.p === null) e.p = expunged;
    if (e.p !== expunged) m.dirty.set(k, e);
  }
}

function live(p: Slot | undefined): Iface | null | undefined {
  return p === undefined || p === null || p === expunged ? undefined : p;
}

export function syncMapLoad(m: SyncMap, key: unknown): [unknown, boolean] {
  const k = keyOf(key);
  let e = m.read.get(k);
  if (!e && m.amended) {
    e = m.dirty?.get(k);
    missLocked(m);
  }
  const v = live(e?.p);
  return v === undefined ? [null, false] : [v, true];
}

/** Swap stores value and returns the previous one (Store is Swap since Go 1.20). */
export function syncMapSwap(m: SyncMap, key: unknown, value: Iface | null): [unknown, boolean] {
  const k = keyOf(key);
  const r = m.read.get(k);
  if (r && r.p !== expunged) {
    const prev = live(r.p);
    r.p = value;
    return prev === undefined ? [null, false] : [prev, true];
  }
  if (r) {
    // Expunged: un-expunge into dirty, then store.
    r.p = null;
    m.dirty!.set(k, r);
    r.p = value;
    return [null, false];
  }
  const d = m.dirty?.get(k);
  if (d) {
    const prev = live(d.p);
    d.p = value;
    return prev === undefined ? [null, false] : [prev, true];
  }
  if (!m.amended) {
    dirtyLocked(m);
    m.amended = true;
  }
  m.dirty!.set(k, new Entry(key, value));
  return [null, false];
}

export function syncMapLoadOrStore(m: SyncMap, key: unknown, value: Iface | null): [unknown, boolean] {
  const [v, ok] = syncMapLoad(m, key);
  if (ok) return [v, true];
  syncMapSwap(m, key, value);
  return [value, false];
}

export function syncMapLoadAndDelete(m: SyncMap, key: unknown): [unknown, boolean] {
  const k = keyOf(key);
  let e = m.read.get(k);
  if (!e && m.amended) {
    e = m.dirty?.get(k);
    m.dirty?.delete(k);
    missLocked(m);
  }
  if (!e) return [null, false];
  const v = live(e.p);
  if (e.p !== expunged) e.p = null;
  return v === undefined ? [null, false] : [v, true];
}

export function syncMapCompareAndSwap(m: SyncMap, key: unknown, old: unknown, value: Iface | null, eq: (a: unknown, b: unknown) => boolean): boolean {
  const [v, ok] = syncMapLoad(m, key);
  if (!ok || !eq(v, old)) return false;
  syncMapSwap(m, key, value);
  return true;
}

export function syncMapClear(m: SyncMap): void {
  m.read = new Map();
  m.dirty = null;
  m.amended = false;
  m.misses = 0;
}

/** Range: promotes dirty first when amended, then calls f(key, value) for each live entry of that snapshot until it returns false. */
export function syncMapRange(m: SyncMap, f: unknown, mach: Machine | null = null): PendingOp {
  let entries: Entry[] | null = null;
  let i = 0;
  return {
    std: 'sync.Map.Range',
    step(g: Goroutine): OpStep {
      if (entries === null) {
        if (m.amended && m.dirty !== null) {
          const promote = () => {
            m.read = m.dirty!;
            m.dirty = null;
            m.amended = false;
            m.misses = 0;
          };
          if (mach === null) promote();
          else syncMapOp(mach, m, 'Range', undefined, promote);
        }
        entries = [...m.read.values()];
      } else if (g.callResults[0] !== true) return OpStep.Done;
      while (i < entries.length) {
        const e = entries[i++];
        const v = live(e.p);
        if (v === undefined) continue;
        g.call = { fn: f, args: [e.key, v] };
        return OpStep.Call;
      }
      return OpStep.Done;
    },
  };
}
