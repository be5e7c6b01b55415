// What the Locks view shows for each lock at the cursor: a row model and its sentence for screen
// readers, derived from the sync slice (engine/trace/state/sync.ts) and nothing else.
import type { LockState, SyncMapState, SyncState } from '../../../engine/trace/state/sync.ts';

export interface LockRow {
  obj: number;
  /** `mu`, or `Mutex #3` when the trace could not name it. */
  name: string;
  /** `sync.Mutex`, `sync.RWMutex`, `sync.WaitGroup`. */
  typeName: string;
  /** `unlocked`, `locked by g3`, `read by g2, g5`, `counter 2`. */
  stateText: string;
  /** The write holder (0 none) and read holders, for coloured chips. */
  owner: number;
  readers: readonly number[];
  waiters: ReadonlyArray<{ g: number; role: 'writer' | 'reader' | 'waiter' }>;
  starving: boolean;
  handedTo: number;
  woken: number;
  /** WaitGroup counter; -1 for locks. */
  counter: number;
  line: number;
  /** The whole row as one sentence (the view's text form). */
  summary: string;
}

/** `g7`; -1 stands for a holder the trace cannot name (the lock was copied while held). */
export function holderName(g: number): string {
  return g < 0 ? 'a holder copied with the struct' : `g${g}`;
}

function gList(gs: readonly number[]): string {
  return gs.map(holderName).join(', ');
}

function displayName(l: LockState): string {
  return l.name !== '' ? l.name : `${l.type} #${l.obj}`;
}

function stateText(l: LockState): string {
  if (l.type === 'WaitGroup') return `counter ${l.counter}`;
  if (l.owner !== 0) return `locked by ${holderName(l.owner)}`;
  if (l.readers.length > 0) return `read by ${gList(l.readers)}`;
  if (l.handedTo !== 0) return `being handed to g${l.handedTo}`;
  return 'unlocked';
}

function role(l: LockState, writer: boolean): 'writer' | 'reader' | 'waiter' {
  if (l.type === 'RWMutex') return writer ? 'writer' : 'reader';
  return 'waiter';
}

export function lockRow(l: LockState): LockRow {
  const name = displayName(l);
  const typeName = `sync.${l.type}`;
  const waiters = l.waiters.map((w) => ({ g: w.g, role: role(l, w.writer) }));
  const parts = [`${name} (${typeName}): ${stateText(l)}`];
  if (l.starving) parts.push('starvation mode: unlocks hand the lock to the first waiter');
  if (l.woken !== 0) parts.push(`g${l.woken} was woken and is competing for it`);
  if (waiters.length === 0) parts.push('no goroutine waiting');
  else {
    const who = waiters.map((w) => (w.role === 'waiter' ? `g${w.g}` : `g${w.g} (${w.role})`)).join(', ');
    parts.push(`${waiters.length} waiting, in order: ${who}`);
  }
  return {
    obj: l.obj, name, typeName, stateText: stateText(l), owner: l.owner, readers: l.readers, waiters, starving: l.starving,
    handedTo: l.handedTo, woken: l.woken, counter: l.type === 'WaitGroup' ? l.counter : -1, line: l.line,
    summary: parts.join('; ') + '.',
  };
}

/** Locks first (Mutex, RWMutex), then WaitGroups, each in order of first use. */
export function lockRows(s: SyncState): LockRow[] {
  const all = [...s.locks.values()].sort((a, b) => Number(a.type === 'WaitGroup') - Number(b.type === 'WaitGroup') || a.obj - b.obj);
  return all.map(lockRow);
}

export interface SyncMapRow {
  obj: number;
  name: string;
  read: number;
  /** -1 while the dirty map is nil. */
  dirty: number;
  amended: boolean;
  misses: number;
  summary: string;
}

/** A sync.Map by the counters of Go 1.19–1.23's design: read and dirty entries, amended, misses until promotion. */
export function syncMapRow(m: SyncMapState): SyncMapRow {
  const name = m.name !== '' ? m.name : `sync.Map #${m.obj}`;
  const dirty = m.dirty < 0 ? 'dirty map nil' : `dirty map ${m.dirty} ${m.dirty === 1 ? 'entry' : 'entries'}`;
  const parts = [`${name} (sync.Map): read map ${m.read} ${m.read === 1 ? 'entry' : 'entries'}`, dirty];
  if (m.amended) parts.push(`amended: some keys are only in the dirty map; ${m.misses} of ${m.dirty} misses before dirty is promoted to read`);
  return { obj: m.obj, name, read: m.read, dirty: m.dirty, amended: m.amended, misses: m.misses, summary: parts.join('; ') + '.' };
}

export function syncMapRows(s: SyncState): SyncMapRow[] {
  return [...s.syncMaps.values()].sort((a, b) => a.obj - b.obj).map(syncMapRow);
}
