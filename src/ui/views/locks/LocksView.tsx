// The Locks view: each Mutex, RWMutex and WaitGroup the run has used, by the name the program gave
// it, with its holder, starvation mode and the ordered queue of waiters at the cursor.
import { memo, useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { GoroutineChip } from './GoroutineChip.tsx';
import { changedObjects } from './changed-objects.ts';
import { holderName, lockRows, syncMapRows, type LockRow, type SyncMapRow } from './lock-model.ts';
import './locks.css';

export function LocksView() {
  const cursor = useAppStore((s) => s.playerCursor);
  // The cursor's state is mutated in place; the version says when to read it again.
  const version = useAppStore((s) => s.playerVersion);
  const sync = cursor === null ? null : cursor.state.sync;
  const position = useAppStore((s) => s.playerPosition);
  const rows = useMemo(() => (sync === null ? [] : lockRows(sync)), [sync, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const maps = useMemo(() => (sync === null ? [] : syncMapRows(sync)), [sync, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const changed = useMemo(() => (cursor === null ? new Set<number>() : changedObjects(cursor.reader, position)), [cursor, position]);
  return <LocksPanel rows={rows} maps={maps} running={cursor !== null} changed={changed} />;
}

/** The view as a pure function of its rows (LocksView reads them from the store). */
export function LocksPanel({ rows, maps = [], running, changed }: { rows: readonly LockRow[]; maps?: readonly SyncMapRow[]; running: boolean; changed: ReadonlySet<number> }) {
  return (
    <section className="locks" aria-labelledby="locks-heading">
      <h2 id="locks-heading" className="locks-heading">
        Locks
      </h2>
      {!running ? (
        <p className="locks-empty">Run the program to see its locks at each step.</p>
      ) : rows.length === 0 && maps.length === 0 ? (
        <p className="locks-empty">No sync.Mutex, sync.RWMutex, sync.WaitGroup or sync.Map has been used yet at this step.</p>
      ) : (
        <ul className="locks-list">
          {rows.map((row) => (
            <LockCard key={row.obj} row={row} changed={changed.has(row.obj)} />
          ))}
          {maps.map((m) => (
            <SyncMapCard key={m.obj} row={m} changed={changed.has(m.obj)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One lock; re-rendered only when its sentence (which names everything shown) changes. */
const LockCard = memo(
  function LockCard({ row, changed }: { row: LockRow; changed: boolean }) {
    const held = row.owner !== 0 || row.readers.length > 0;
    return (
      <li className={`lock${held ? ' lock-held' : ''}${row.starving ? ' lock-starving' : ''}${changed ? ' sync-changed' : ''}`} data-lock={row.name} data-changed={changed || undefined}>
        <p className="visually-hidden">{row.summary}</p>
        <div aria-hidden="true">
          <div className="lock-head">
            <code className="lock-name">{row.name}</code>
            <span className="lock-type">{row.typeName}</span>
            {row.line > 0 && <span className="lock-line">first used on line {row.line}</span>}
          </div>
          <div className="lock-state" data-testid="lock-state">
            {row.counter >= 0 ? (
              <span>
                counter <strong>{row.counter}</strong>
              </span>
            ) : row.owner !== 0 ? (
              <span>locked by {row.owner > 0 ? <GoroutineChip g={row.owner} /> : holderName(row.owner)}</span>
            ) : row.readers.length > 0 ? (
              <span>
                read by{' '}
                {row.readers.map((g, i) => (g > 0 ? <GoroutineChip key={`${g}-${i}`} g={g} /> : <span key={`${g}-${i}`}>{holderName(g)} </span>))}
              </span>
            ) : row.handedTo !== 0 ? (
              <span>
                unlocked, being handed to <GoroutineChip g={row.handedTo} />
              </span>
            ) : (
              <span className="lock-free">unlocked</span>
            )}
            {row.starving && <span className="lock-badge lock-badge-starving">starvation mode</span>}
            {row.woken !== 0 && (
              <span className="lock-badge">
                <GoroutineChip g={row.woken} /> woken, competing
              </span>
            )}
          </div>
          <div className="lock-queue">
            <span className="lock-queue-label">{row.counter >= 0 ? 'Waiting in Wait:' : 'Waiters, next in line first:'}</span>
            {row.waiters.length === 0 ? (
              <span className="lock-queue-empty">none</span>
            ) : (
              <ol className="lock-waiters" data-testid="lock-waiters">
                {row.waiters.map((w, i) => (
                  <li key={`${w.g}-${i}`} className={`lock-waiter lock-waiter-${w.role}`}>
                    <GoroutineChip g={w.g} />
                    {w.role !== 'waiter' && <span className="lock-role">{w.role === 'writer' ? 'W' : 'R'}</span>}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      </li>
    );
  },
  (a, b) => a.row.summary === b.row.summary && a.row.line === b.row.line && a.changed === b.changed,
);

/** A sync.Map by its read/dirty counters (its entries are not traced). */
const SyncMapCard = memo(
  function SyncMapCard({ row, changed }: { row: SyncMapRow; changed: boolean }) {
    return (
      <li className={`lock${changed ? ' sync-changed' : ''}`} data-syncmap={row.name} data-changed={changed || undefined}>
        <p className="visually-hidden">{row.summary}</p>
        <div aria-hidden="true">
          <div className="lock-head">
            <code className="lock-name">{row.name}</code>
            <span className="lock-type">sync.Map</span>
          </div>
          <div className="lock-state">
            <span>
              read <strong>{row.read}</strong>
            </span>
            <span>dirty {row.dirty < 0 ? <strong>nil</strong> : <strong>{row.dirty}</strong>}</span>
            {row.amended && (
              <span className="lock-badge">
                amended · misses {row.misses}/{row.dirty} until promotion
              </span>
            )}
          </div>
        </div>
      </li>
    );
  },
  (a, b) => a.row.summary === b.row.summary && a.changed === b.changed,
);
