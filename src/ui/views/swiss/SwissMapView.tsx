// The Swiss-table map view (Go 1.24+): each map's small group or directory of tables, each
// table's groups of 8 control bytes (empty, deleted, full with the 7-bit H2), the slot the step
// touched, the last rebuild, and the writing flag lit in the colour of the goroutine that set it.
// Large tables are virtualised by group row; the summary sentences are the text form.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { liveTables, type SwissGroups, type SwissMapState } from '../../../engine/trace/state/swiss.ts';
import { usePlayerState } from '../../player/use-player-state.ts';
import { goroutineColor } from '../goroutine-colors.ts';
import { ctrlText, groupCells, hex2, rehashText, swissSummary, valueText } from './swiss-model.ts';
import './swiss.css';

const rowHeight = 34;

export function SwissMapView() {
  const view = usePlayerState();
  const [picked, setPicked] = useState<number | null>(null);
  const maps = useMemo(() => (view === null ? [] : [...view.state.swiss.maps.values()]), [view]);
  const m = maps.find((x) => x.id === picked) ?? maps[0] ?? null;
  return (
    <section className="swiss-view" aria-labelledby="swiss-view-heading" data-testid="swiss-view">
      <h2 id="swiss-view-heading" className="swiss-heading">
        Go 1.24+ Swiss table
      </h2>
      {view === null ? (
        <p>Run the program to see its maps at each step.</p>
      ) : m === null ? (
        <p>No map has been made yet at this step.</p>
      ) : (
        <>
          {maps.length > 1 && (
            <label className="swiss-pick">
              Map{' '}
              <select value={m.id} onChange={(e) => setPicked(Number(e.target.value))}>
                {maps.map((x) => (
                  <option key={x.id} value={x.id}>
                    m{x.id}
                  </option>
                ))}
              </select>
            </label>
          )}
          <SwissMap m={m} version={view.version} />
        </>
      )}
    </section>
  );
}

function SwissMap({ m, version }: { m: SwissMapState; version: number }) {
  // The state is mutated in place as the cursor moves: `version` is what changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => swissSummary(m), [m, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const tables = useMemo(() => liveTables(m), [m, version]);
  const touch = m.lastTouch;
  const k = m.lastKey;
  return (
    <div className="swiss-map">
      <div className="swiss-header">
        <span>m{m.id}</span>
        <span>used {m.used}</span>
        <span>global depth {m.globalDepth}</span>
        <span>seed {'0x' + (m.seed >>> 0).toString(16)}</span>
        <span
          className={`swiss-writing${m.writing ? ' on' : ''}`}
          data-testid="swiss-writing"
          data-writing={m.writing}
          style={m.writing && m.writer ? { background: goroutineColor(m.writer), color: '#fff' } : undefined}
        >
          writing = {m.writing}
          {m.writing && m.writer ? ` (g${m.writer}, ${m.writeOp})` : ''}
        </span>
      </div>
      {k && (
        <div className="swiss-hash" data-testid="swiss-hash">
          key {valueText(k.key)} → hash: H1 (upper 57 bits) picks the first group to probe · H2 (lower 7 bits) ={' '}
          {k.h2 >= 0 ? <code>{hex2(k.h2)}</code> : 'not stored yet'} <span className="swiss-note">(the trace does not record H1, so the probe path is shown by the slot reached)</span>
        </div>
      )}
      {rehashText(m) && <div className="swiss-rehash">{rehashText(m)}</div>}
      {m.small ? (
        <div className="swiss-table" data-testid="swiss-small">
          <div className="swiss-table-title">small map: one group, no table</div>
          <GroupRow groups={m.small} g={0} touched={touch && touch.table < 0 ? touch.slot : -1} version={version} />
        </div>
      ) : (
        <>
          {m.dir.length > 0 && (
            <div className="swiss-dir" aria-label="Directory">
              directory:{' '}
              {m.dir.map((id, i) => (
                <span key={i} className="swiss-dir-entry">
                  [{i}]→t{id}
                </span>
              ))}
            </div>
          )}
          {tables.map((t) => (
            <TableBlock key={t.id} title={`table t${t.id}: ${t.capacity} slots, used ${t.used}, growth left ${t.growthLeft}, local depth ${t.localDepth}`} groups={t} touched={touch && touch.table === t.id ? touch.slot : -1} version={version} />
          ))}
        </>
      )}
      <div className="visually-hidden" data-testid="swiss-text">
        {summary.map((s, i) => (
          <p key={i}>{s}</p>
        ))}
      </div>
    </div>
  );
}

function TableBlock({ title, groups, touched, version }: { title: string; groups: SwissGroups; touched: number; version: number }) {
  const scroller = useRef<HTMLDivElement>(null);
  const n = groups.ctrl.length / 8;
  const v = useVirtualizer({ count: n, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 4 });
  return (
    <div className="swiss-table" data-testid="swiss-table">
      <div className="swiss-table-title">{title}</div>
      <div className="swiss-groups" ref={scroller} style={{ maxHeight: Math.min(n, 12) * rowHeight + 4 }}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => (
            <div key={item.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
              <GroupRow groups={groups} g={item.index} touched={Math.floor(touched / 8) === item.index ? touched : -1} version={version} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

const GroupRow = memo(function GroupRow({ groups, g, touched }: { groups: SwissGroups; g: number; touched: number; version: number }) {
  const cells = groupCells(groups, g);
  return (
    <div className={`swiss-group${touched >= 0 ? ' probed' : ''}`} role="list" aria-label={`group ${g}`}>
      <span className="swiss-group-index">g{g}</span>
      {cells.map((c) => (
        <span key={c.slot} role="listitem" className={`swiss-ctrl ${c.kind}${c.slot === touched ? ' touched' : ''}`} data-ctrl={c.kind} title={ctrlText(c)} aria-label={ctrlText(c)}>
          {c.kind === 'empty' ? '∅' : c.kind === 'deleted' ? '✕' : hex2(c.ctrl).slice(2)}
        </span>
      ))}
    </div>
  );
});
