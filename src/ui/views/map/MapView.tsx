// The Map view: one tab per live map at the cursor; the header with its flags; the bucket array
// (old and new side by side while growing, the step's evacuation moves listed and animated); a
// density view for big arrays that opens into detail; a summary sentence for screen readers.
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { MapState } from '../../../engine/trace/state/maps.ts';
import { previousStop } from '../../../engine/trace/state/step-boundaries.ts';
import { usePlayerState } from '../../player/use-player-state.ts';
import { useAppStore } from '../../store/index.ts';
import { goroutineColor } from '../goroutine-colors.ts';
import { BucketColumn, type SlotMarks } from './BucketColumn.tsx';
import { DensityView } from './DensityView.tsx';
import { MapHeader } from './MapHeader.tsx';
import { evacuationProgress } from '../../../engine/trace/state/maps-read.ts';
import { entryRows, bucketLabel, chainIndexOf, headerModel, mapName, mapSummary, moveHalf, movesSince, valueText } from './map-model.ts';
import './map.css';

/** Arrays with more main buckets than this open in the density view. */
export const densityThreshold = 256;

export function MapView() {
  const view = usePlayerState();
  const [picked, setPicked] = useState<number | null>(null);
  const maps = useMemo(() => (view === null ? [] : [...view.state.maps.maps.values()]), [view]);
  const current = maps.find((m) => m.id === picked) ?? maps[0] ?? null;
  const onTabKey = (ev: KeyboardEvent<HTMLDivElement>) => {
    if (current === null || (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft')) return;
    const i = maps.indexOf(current);
    const next = maps[(i + (ev.key === 'ArrowRight' ? 1 : maps.length - 1)) % maps.length];
    setPicked(next.id);
    document.getElementById(`map-tab-${next.id}`)?.focus();
  };
  return (
    <section className="map-view" aria-labelledby="map-view-heading">
      <h2 id="map-view-heading" className="map-view-heading">
        Maps
      </h2>
      {/* Which Go this picture belongs to: the Swiss table (Go 1.24+) has a view of its own. */}
      <p className="map-design">Go 1.19–1.23 bucket map: hmap, buckets of 8 slots, incremental evacuation</p>
      {view === null ? (
        <p className="map-empty">Run the program to see its maps at each step.</p>
      ) : maps.length === 0 ? (
        <p className="map-empty">No map has been made yet at this step.</p>
      ) : (
        <>
          <div className="map-tabs" role="tablist" aria-label="Maps" onKeyDown={onTabKey}>
            {maps.map((m) => (
              <button
                key={m.id}
                id={`map-tab-${m.id}`}
                role="tab"
                type="button"
                className="map-tab"
                aria-selected={m === current}
                aria-controls="map-panel"
                tabIndex={m === current ? 0 : -1}
                onClick={() => setPicked(m.id)}
              >
                {mapName(m.id)}
                <span className="map-tab-count"> ({m.count})</span>
                {m.writer > 0 && <span className="map-tab-writing" style={{ background: goroutineColor(m.writer) }} title={`hashWriting set by g${m.writer}`} />}
              </button>
            ))}
          </div>
          {current && (
            <div id="map-panel" role="tabpanel" aria-labelledby={`map-tab-${current.id}`} className="map-panel">
              <MapPanel key={current.id} m={current} version={view.version} position={view.position} reader={view.reader} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Rows to scroll to so the step's action is in view: indices in the old and current arrays. */
function followAction(m: MapState, moves: ReturnType<typeof movesSince>, since: number): { old: number | null; current: number | null } {
  const old = m.lastEvacuation && moves.length > 0 ? m.lastEvacuation.oldbucket : null;
  // X keeps the old bucket's index, Y adds the old array's size (Go's evacuate).
  if (old !== null && m.oldbuckets) return { old, current: moveHalf(moves[0]) === 'Y' ? old + m.oldbuckets.n : old };
  const t = m.lastTouch;
  if (t === null || t.bucket < 0 || t.index < since) return { old: null, current: null };
  if (m.buckets) {
    const i = chainIndexOf(m, m.buckets, t.bucket);
    if (i >= 0) return { old: null, current: i };
  }
  return { old: m.oldbuckets ? chainIndexOf(m, m.oldbuckets, t.bucket) : null, current: null };
}

type Reader = NonNullable<ReturnType<typeof usePlayerState>>['reader'];

function MapPanel({ m, version, position, reader }: { m: MapState; version: number; position: number; reader: Reader }) {
  const [zoom, setZoom] = useState<'auto' | 'detail' | 'density'>('auto');
  const [focus, setFocus] = useState<{ old: boolean; index: number } | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const header = useMemo(() => headerModel(m), [m, version]);
  const granularity = useAppStore((s) => s.playerGranularity);
  // What changed "at this step": events since the stop Back would return to.
  const since = useMemo(() => previousStop(reader, position, granularity), [reader, position, granularity]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const moves = useMemo(() => movesSince(m, reader, since), [m, reader, since, version]);
  const marks = useMemo<SlotMarks>(() => {
    const arrived = new Map<string, 'X' | 'Y'>();
    const departed = new Set<string>();
    for (const mv of moves) {
      arrived.set(`${mv.toBucket}:${mv.toSlot}`, moveHalf(mv));
      departed.add(`${mv.fromBucket}:${mv.fromSlot}`);
    }
    const t = m.lastTouch;
    return { touch: t && t.bucket >= 0 ? { bucket: t.bucket, slot: t.slot, g: t.g } : null, arrived, departed };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [m, moves, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => mapSummary(m), [m, version]);
  const big = Math.max(m.buckets?.n ?? 0, m.oldbuckets?.n ?? 0) > densityThreshold;
  const density = zoom === 'density' || (zoom === 'auto' && big && focus === null);
  const open = (old: boolean, index: number) => {
    setFocus({ old, index });
    setZoom('detail');
  };
  const touchAt = m.lastTouch && m.lastTouch.bucket >= 0 ? m.lastTouch : null;
  // Unless the learner opened a bucket, the lists follow the action: the step's evacuation (old
  // bucket and its first destination), else the slot touched at this step.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const follow = useMemo(() => followAction(m, moves, since), [m, moves, since, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const progress = useMemo(() => evacuationProgress(m), [m, version]);
  return (
    <>
      <MapHeader h={header} />
      {/* Not a live region: the narration is what is announced as the cursor moves. */}
      <p className="map-summary">{summary}</p>
      <div className="map-toolbar" role="toolbar" aria-label="Map display">
        <button type="button" className="command-button" aria-pressed={!density} onClick={() => setZoom('detail')}>
          Buckets
        </button>
        <button type="button" className="command-button" aria-pressed={density} onClick={() => { setFocus(null); setZoom('density'); }}>
          Density
        </button>
        {touchAt && (
          <button
            type="button"
            className="command-button"
            onClick={() => {
              const span = m.buckets && chainIndexOf(m, m.buckets, touchAt.bucket) >= 0 ? m.buckets : m.oldbuckets;
              if (span) open(span === m.oldbuckets, chainIndexOf(m, span, touchAt.bucket));
            }}
          >
            Show last access (g{touchAt.g}, {bucketLabel(m, touchAt.bucket)})
          </button>
        )}
      </div>
      {moves.length > 0 && (
        <div className="evacuation">
          <span className="evacuation-title">Evacuated at this step:</span>
          <ul className="evacuation-moves">
            {moves.map((mv) => (
              <li key={`${mv.fromBucket}:${mv.fromSlot}`} className={`evacuation-move evacuation-${moveHalf(mv)}`}>
                {valueText(mv.key)} from {bucketLabel(m, mv.fromBucket)} slot {mv.fromSlot} → {moveHalf(mv)}: {bucketLabel(m, mv.toBucket)} slot {mv.toSlot}
              </li>
            ))}
          </ul>
        </div>
      )}
      <EntriesTable m={m} version={version} />
      {m.buckets === null ? (
        <p className="map-empty">No buckets yet: a map made without a size hint allocates its first bucket on the first write.</p>
      ) : (
        <div className={`map-arrays${m.oldbuckets ? ' map-arrays-growing' : ''}`}>
          {m.oldbuckets && (
            <div className="map-array">
              <h3 className="map-array-title">
                oldbuckets ({m.oldbuckets.n}) · nevacuate = {m.nevacuate} ·{' '}
                <span className="map-evacuated" data-evacuated={progress.done}>
                  {progress.done} evacuated, {progress.total - progress.done} to go
                </span>
              </h3>
              {density ? (
                <DensityView m={m} span={m.oldbuckets} old version={version} label="Old buckets" onOpen={(i) => open(true, i)} />
              ) : (
                <BucketColumn m={m} span={m.oldbuckets} old version={version} marks={marks} focusIndex={focus ? (focus.old ? focus.index : null) : follow.old} label="Old buckets" />
              )}
            </div>
          )}
          <div className="map-array">
            <h3 className="map-array-title">buckets ({m.buckets.n})</h3>
            {density ? (
              <DensityView m={m} span={m.buckets} old={false} version={version} label="Buckets" onOpen={(i) => open(false, i)} />
            ) : (
              <BucketColumn m={m} span={m.buckets} old={false} version={version} marks={marks} focusIndex={focus ? (focus.old ? null : focus.index) : follow.current} label="Buckets" />
            )}
          </div>
        </div>
      )}
    </>
  );
}

/** The entries as a table (closed by default; built only while open): the map's text form. */
function EntriesTable({ m, version }: { m: MapState; version: number }) {
  const [open, setOpen] = useState(false);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entries = useMemo(() => (open ? entryRows(m) : null), [open, m, version]);
  return (
    <details className="map-entries" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Entries as a table ({m.count})</summary>
      {entries && (
        <table className="map-entries-table">
          <caption className="visually-hidden">Entries of {mapName(m.id)} and where each lives</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {entries.rows.map((r) => (
              <tr key={r.where}>
                <td>{r.key}</td>
                <td>{r.elem}</td>
                <td>{r.where}</td>
              </tr>
            ))}
          </tbody>
          {entries.more && (
            <tfoot>
              <tr>
                <td colSpan={3}>First {entries.rows.length} entries shown.</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </details>
  );
}
