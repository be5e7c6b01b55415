// The Swiss-table map view (Go 1.24+): each map's header and writing flag (lit in the colour of the
// goroutine that set it), the last probe with its hash split and path, the small group or the
// directory of tables with their groups of 8 control bytes, and the last rebuild. The summary
// sentences are the text form. Everything is computed from the swiss slice's state at the cursor.
import { useCallback, useMemo, useState } from 'react';
import { liveTables, type SwissMapState } from '../../../engine/trace/state/swiss.ts';
import { usePlayerState } from '../../player/use-player-state.ts';
import { goroutineColor } from '../goroutine-colors.ts';
import { DirectoryRow } from './DirectoryRow.tsx';
import { GroupList } from './GroupList.tsx';
import { HashSplit } from './HashSplit.tsx';
import { probeView } from './probe-model.ts';
import { currentTouch, directorySpans, involvedTables, rebuildIsRecent, rehashText, swissSummary } from './swiss-model.ts';
import { TableCard } from './TableCard.tsx';
import { TableList } from './TableList.tsx';
import './swiss.css';

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
          <SwissMap key={m.id} m={m} version={view.version} />
        </>
      )}
    </section>
  );
}

function SwissMap({ m, version }: { m: SwissMapState; version: number }) {
  const [overrides, setOverrides] = useState<ReadonlyMap<number, boolean>>(new Map());
  // The state is mutated in place as the cursor moves: `version` is what changes.
  /* eslint-disable react-hooks/exhaustive-deps */
  const summary = useMemo(() => swissSummary(m), [m, version]);
  const tables = useMemo(() => liveTables(m), [m, version]);
  // The directory changes only on rebuilds: keep its runs (and the row's render) until it does.
  const dirKey = useMemo(() => m.dir.join(','), [m, version]);
  const spans = useMemo(() => directorySpans(m), [m, dirKey]);
  const recentRebuild = useMemo(() => rebuildIsRecent(m), [m, version]);
  const involved = useMemo(() => involvedTables(m, recentRebuild), [m, version, recentRebuild]);
  const probe = useMemo(() => probeView(m), [m, version]);
  /* eslint-enable react-hooks/exhaustive-deps */
  const toggle = useCallback((id: number, open: boolean) => setOverrides((o) => new Map(o).set(id, open)), []);
  const openTable = useCallback((id: number) => toggle(id, true), [toggle]);
  const rebuild = rehashText(m);
  // Right after a grow or split, the table it replaced can be opened beside the new one(s).
  const old = recentRebuild && m.lastRehash && m.lastRehash.old >= 0 ? m.tables.get(m.lastRehash.old) : undefined;
  const replaced = old && old.index < 0 ? old : null;
  const touch = currentTouch(m);
  const smallProbe = probe && probe.probe.table < 0 && !probe.stale ? probe : null;
  return (
    <div className="swiss-map">
      <div className="swiss-header">
        <dl className="swiss-fields">
        <Field name="map" value={`m${m.id}`} />
        <Field name="used" value={m.used} />
        <Field name="globalDepth" value={m.globalDepth} />
        <Field name="dirLen" value={m.dir.length} />
        <Field name="seed" value={'0x' + (m.seed >>> 0).toString(16).padStart(8, '0')} />
        <Field name="clearSeq" value={m.clearSeq} />
        </dl>
        <div
          className={`swiss-writing${m.writing ? ' on' : ''}`}
          data-testid="swiss-writing"
          data-writing={m.writing}
          style={m.writing && m.writer ? { background: goroutineColor(m.writer), color: '#fff' } : undefined}
        >
          writing = {m.writing}
          {m.writing && m.writer ? ` (g${m.writer}, ${m.writeOp})` : ''}
        </div>
      </div>
      <p className="swiss-legend" aria-hidden="true">
        control bytes: <span className="swiss-cell empty mini">80</span> empty · <span className="swiss-cell deleted mini">FE</span> deleted (tombstone) ·{' '}
        <span className="swiss-cell full mini">00–7F</span> full: the key&rsquo;s 7-bit H2 · <span className="swiss-cell full h2-match mini">H2</span> matches the probed H2 ·{' '}
        <span className="swiss-probe-badge">1</span> probe order
      </p>
      {rebuild && (
        <div className={`swiss-rehash${recentRebuild ? ' recent' : ''}`} data-testid="swiss-rehash">
          {recentRebuild ? <strong>Just now: </strong> : null}
          {rebuild}
          {replaced && (
            <TableCard
              t={replaced}
              globalDepth={m.globalDepth}
              probe={probe && probe.probe.table === replaced.id ? probe : null}
              touched={-1}
              version={version}
              why={[]}
              open={overrides.get(replaced.id) ?? false}
              onToggle={(id) => toggle(id, !(overrides.get(id) ?? false))}
            />
          )}
        </div>
      )}
      {probe ? <HashSplit v={probe} /> : <p className="swiss-note">No key has been looked up in this map yet.</p>}
      {m.small ? (
        <div className="swiss-table small" data-testid="swiss-small">
          <div className="swiss-table-title">
            <span className="swiss-table-name">small map: one group of 8 slots, no directory, no table (up to 8 entries; the 9th makes a table)</span>
          </div>
          <GroupList groups={m.small} probe={smallProbe} touched={touch && touch.table < 0 ? touch.slot : -1} version={version} label="the small map's group" />
        </div>
      ) : m.dir.length === 0 ? (
        <p className="swiss-note">No group yet: the first write allocates the small group.</p>
      ) : (
        <>
          <DirectoryRow spans={spans} globalDepth={m.globalDepth} dirLen={m.dir.length} probed={probe && !probe.stale && probe.probe.table >= 0 ? probe.probe.dirIndex : -1} onOpen={openTable} />
          <TableList m={m} tables={tables} involved={involved} probe={probe} version={version} overrides={overrides} onToggle={toggle} />
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

function Field({ name, value }: { name: string; value: string | number }) {
  return (
    <div className="swiss-field">
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  );
}
