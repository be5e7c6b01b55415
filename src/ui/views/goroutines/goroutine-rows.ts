// The Goroutines view's rows: what each column says about a goroutine at the cursor.
import { goroutineStatus, type GoroutineInfo, type GoroutinesState } from '../../../engine/trace/state/goroutines.ts';
import type { SyncState } from '../../../engine/trace/state/sync.ts';

export interface GoroutineRow {
  id: number;
  /** Go's words: running, runnable, blocked, done. */
  status: 'running' | 'runnable' | 'blocked' | 'done';
  /** The text of the State column: `blocked [sync.Mutex.Lock]`, `running (P1)`. */
  stateText: string;
  /** `main.main.func1`, or '—' before its first statement. */
  func: string;
  /** The current line, 0 before its first statement. */
  line: number;
  /** `main.main in g1, line 12` (Go's dump says `created by main.main in goroutine 1`); '' for main. */
  createdBy: string;
  /** What a blocked goroutine waits on, from the locks-and-channels slice: `on mu, held by g2`; '' when unknown. */
  waitDetail: string;
  /** The goroutine the scheduler switched to last. */
  current: boolean;
  info: GoroutineInfo;
}

/** One row per goroutine in creation order; the runtime's hidden timer goroutines only when asked. */
export function goroutineRows(state: GoroutinesState, options: { showHidden?: boolean; sync?: SyncState } = {}): GoroutineRow[] {
  const rows: GoroutineRow[] = [];
  for (const info of state.byId.values()) {
    if (info.hidden && !options.showHidden) continue;
    rows.push(rowOf(state, info, options.sync));
  }
  return rows;
}

/** `on mu, held by g2` / `on mu, read-locked by g3, g5` / `on ch`: the object a goroutine parked on. */
export function waitDetail(sync: SyncState | undefined, info: GoroutineInfo): string {
  if (sync === undefined || info.waitReason === '' || info.waitObj === 0) return '';
  const lock = sync.locks.get(info.waitObj);
  if (lock !== undefined) {
    const name = lock.name || `${lock.type} #${lock.obj}`;
    if (lock.type === 'WaitGroup') return `on ${name} (counter ${lock.counter})`;
    if (lock.owner !== 0 && lock.owner !== info.id) return `on ${name}, held by g${lock.owner}`;
    const readers = lock.readers.filter((g) => g !== info.id);
    if (readers.length > 0) return `on ${name}, read-locked by ${readers.map((g) => `g${g}`).join(', ')}`;
    return `on ${name}`;
  }
  const ch = sync.chans.get(info.waitObj);
  if (ch !== undefined) return `on ${ch.name || `chan #${ch.obj}`}${ch.cap > 0 ? ` (${ch.count}/${ch.cap} buffered)` : ''}`;
  return '';
}

export function rowOf(state: GoroutinesState, info: GoroutineInfo, sync?: SyncState): GoroutineRow {
  const status = goroutineStatus(state, info);
  const stateText =
    status === 'blocked' ? `blocked [${info.waitReason}]` : status === 'running' && info.p >= 0 ? `running (P${info.p})` : status;
  return {
    id: info.id,
    status,
    stateText,
    func: info.func || '—',
    line: info.line,
    waitDetail: status === 'blocked' ? waitDetail(sync, info) : '',
    createdBy: info.parent === 0 ? '' : `${info.createdBy || '?'} in g${info.parent}, line ${info.createdLine}`,
    current: info.id === state.current,
    info,
  };
}
