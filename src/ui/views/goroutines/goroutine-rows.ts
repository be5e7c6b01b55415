// The Goroutines view's rows: what each column says about a goroutine at the cursor.
import { goroutineStatus, type GoroutineInfo, type GoroutinesState } from '../../../engine/trace/state/goroutines.ts';

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
  /** The goroutine the scheduler switched to last. */
  current: boolean;
  info: GoroutineInfo;
}

/** One row per goroutine in creation order; the runtime's hidden timer goroutines only when asked. */
export function goroutineRows(state: GoroutinesState, options: { showHidden?: boolean } = {}): GoroutineRow[] {
  const rows: GoroutineRow[] = [];
  for (const info of state.byId.values()) {
    if (info.hidden && !options.showHidden) continue;
    rows.push(rowOf(state, info));
  }
  return rows;
}

export function rowOf(state: GoroutinesState, info: GoroutineInfo): GoroutineRow {
  const status = goroutineStatus(state, info);
  const stateText =
    status === 'blocked' ? `blocked [${info.waitReason}]` : status === 'running' && info.p >= 0 ? `running (P${info.p})` : status;
  return {
    id: info.id,
    status,
    stateText,
    func: info.func || '—',
    line: info.line,
    createdBy: info.parent === 0 ? '' : `${info.createdBy || '?'} in g${info.parent}, line ${info.createdLine}`,
    current: info.id === state.current,
    info,
  };
}
