// The map's live tables in directory order. Up to a handful are drawn open; beyond that (a big map
// has up to thousands of tables) only the tables the step involves are open, the rest are one-line
// rows the learner can open, and the list itself is virtualised.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SwissMapState, SwissTableState } from '../../../engine/trace/state/swiss.ts';
import type { ProbeView } from './probe-model.ts';
import { currentTouch, type Involvement } from './swiss-model.ts';
import { TableCard } from './TableCard.tsx';

/** Maps with at most this many tables draw every table open. */
export const openAllLimit = 4;

interface Props {
  m: SwissMapState;
  tables: SwissTableState[];
  involved: ReadonlyMap<number, Involvement[]>;
  probe: ProbeView | null;
  version: number;
  /** The learner's choices, by table id (true open, false closed); others follow the default. */
  overrides: ReadonlyMap<number, boolean>;
  onToggle: (id: number, open: boolean) => void;
}

export function TableList(props: Props) {
  const { tables, involved, overrides } = props;
  const isOpen = (t: SwissTableState) => overrides.get(t.id) ?? (tables.length <= openAllLimit || involved.has(t.id));
  if (tables.length <= openAllLimit) {
    return (
      <div className="swiss-tables">
        {tables.map((t) => (
          <Card key={t.id} {...props} t={t} open={isOpen(t)} />
        ))}
      </div>
    );
  }
  return <VirtualTables {...props} isOpen={isOpen} />;
}

function Card({ t, m, probe, version, involved, onToggle, open }: Props & { t: SwissTableState; open: boolean }) {
  const touch = currentTouch(m);
  return (
    <TableCard
      t={t}
      globalDepth={m.globalDepth}
      probe={probe && probe.probe.table === t.id ? probe : null}
      touched={touch && touch.table === t.id ? touch.slot : -1}
      version={version}
      why={involved.get(t.id) ?? []}
      open={open}
      onToggle={(id) => onToggle(id, !open)}
    />
  );
}

function VirtualTables(props: Props & { isOpen: (t: SwissTableState) => boolean }) {
  const { tables, probe, isOpen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: tables.length,
    getScrollElement: () => scroller.current,
    // Closed: one line; open: the title plus up to 8 group rows of 46px (measured after render).
    estimateSize: (i) => (isOpen(tables[i]) ? 36 + Math.min(tables[i].capacity / 8, 8) * 46 + 4 : 34),
    overscan: 6,
  });
  const probed = probe ? tables.findIndex((t) => t.id === probe.probe.table) : -1;
  const probeIndex = probe ? probe.probe.index : -1;
  useEffect(() => {
    // A new probe in another table: scroll the list to it (set directly; the virtualizer's own
    // scrollToIndex is lost when it runs before the list has been measured).
    const el = scroller.current;
    if (!el || probed < 0) return;
    const at = v.getOffsetForIndex(probed, 'start');
    if (at) el.scrollTop = at[0];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [probeIndex, probed]);
  return (
    <div className="swiss-tables swiss-tables-many" ref={scroller} role="group" aria-label={`${tables.length} tables, those of this step open`}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const t = tables[item.index];
          return (
            <div key={t.id} data-index={item.index} ref={v.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}>
              <Card {...props} t={t} open={isOpen(t)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
