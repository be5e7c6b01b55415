// The Channels view: each channel the run has made, by its variable's name, with its buffer ring
// (values in their slots, sendx and recvx), the queues of blocked senders and receivers, and
// whether it is closed, at the cursor.
import { memo, useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { GoroutineChip } from '../locks/GoroutineChip.tsx';
import { changedObjects } from '../locks/changed-objects.ts';
import { chanRows, type ChanRow } from './chan-model.ts';
import '../locks/locks.css';
import './channels.css';

export function ChannelsView() {
  const cursor = useAppStore((s) => s.playerCursor);
  // The cursor's state is mutated in place; the version says when to read it again.
  const version = useAppStore((s) => s.playerVersion);
  const sync = cursor === null ? null : cursor.state.sync;
  const position = useAppStore((s) => s.playerPosition);
  const rows = useMemo(() => (sync === null ? [] : chanRows(sync)), [sync, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const changed = useMemo(() => (cursor === null ? new Set<number>() : changedObjects(cursor.reader, position)), [cursor, position]);
  return <ChannelsPanel rows={rows} running={cursor !== null} changed={changed} />;
}

/** The view as a pure function of its rows. */
export function ChannelsPanel({ rows, running, changed }: { rows: readonly ChanRow[]; running: boolean; changed: ReadonlySet<number> }) {
  return (
    <section className="channels" aria-labelledby="channels-heading">
      <h2 id="channels-heading" className="channels-heading">
        Channels
      </h2>
      {!running ? (
        <p className="channels-empty">Run the program to see its channels at each step.</p>
      ) : rows.length === 0 ? (
        <p className="channels-empty">No channel has been made yet at this step.</p>
      ) : (
        <ul className="channels-list">
          {rows.map((row) => (
            <ChanCard key={row.obj} row={row} changed={changed.has(row.obj)} />
          ))}
        </ul>
      )}
    </section>
  );
}

const ChanCard = memo(
  function ChanCard({ row, changed }: { row: ChanRow; changed: boolean }) {
    return (
      <li className={`chan${row.closed ? ' chan-closed' : ''}${changed ? ' sync-changed' : ''}`} data-chan={row.name} data-changed={changed || undefined}>
        <p className="visually-hidden">{row.summary}</p>
        <div aria-hidden="true">
          <div className="chan-head">
            <code className="chan-name">{row.name}</code>
            <span className="chan-type">{row.typeName}</span>
            <span className="chan-type">{row.cap > 0 ? `len ${row.count} / cap ${row.cap}` : 'unbuffered'}</span>
            {row.closed && <span className="lock-badge chan-badge-closed">closed</span>}
          </div>
          {row.cap > 0 ? (
            <div className="chan-ring" data-testid="chan-ring">
              {row.cells.map((c) => (
                <div key={c.slot} className={`chan-cell${c.text === null ? ' chan-cell-empty' : ''}`} data-slot={c.slot}>
                  <span className="chan-cell-value">{c.text ?? ''}</span>
                  <span className="chan-cell-marks">
                    {c.recvx && <span className="chan-mark chan-mark-recvx">recvx</span>}
                    {c.sendx && <span className="chan-mark chan-mark-sendx">sendx</span>}
                  </span>
                  <span className="chan-cell-slot">{c.slot}</span>
                </div>
              ))}
              {row.hiddenCells > 0 && <span className="chan-more">… {row.hiddenCells} more slots</span>}
            </div>
          ) : (
            <p className="chan-unbuffered">No buffer: a send waits until a receiver takes the value directly.</p>
          )}
          <div className="chan-queue">
            <span className="chan-queue-label">Blocked senders:</span>
            {row.senders.length === 0 ? (
              <span className="lock-queue-empty">none</span>
            ) : (
              <ol className="chan-waiters" data-testid="chan-senders">
                {row.senders.map((s, i) => (
                  <li key={`${s.g}-${i}`}>
                    <GoroutineChip g={s.g} label={`← ${s.text}${s.select ? ' (select)' : ''}`} />
                  </li>
                ))}
              </ol>
            )}
          </div>
          <div className="chan-queue">
            <span className="chan-queue-label">Blocked receivers:</span>
            {row.receivers.length === 0 ? (
              <span className="lock-queue-empty">none</span>
            ) : (
              <ol className="chan-waiters" data-testid="chan-receivers">
                {row.receivers.map((r, i) => (
                  <li key={`${r.g}-${i}`}>
                    <GoroutineChip g={r.g} label={r.select ? '(select)' : undefined} />
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      </li>
    );
  },
  (a, b) => a.row.summary === b.row.summary && a.changed === b.changed,
);
