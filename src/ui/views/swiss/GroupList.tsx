// A group array's rows, virtualised (a 1024-slot table has 128 groups), scrolled to the probe's
// first group whenever a new probe arrives, with the probe's marks on the groups it visited.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SwissGroups } from '../../../engine/trace/state/swiss.ts';
import { GroupRow, noMarks, type GroupMarks } from './GroupRow.tsx';
import type { ProbeView } from './probe-model.ts';

const rowHeight = 46;
const visibleRows = 8;

/** The marks group `g` gets from the probe (when it walked these groups) and the last touch. */
function marksFor(g: number, probe: ProbeView | null, touched: number): GroupMarks {
  const inGroup = (s: number) => (s >= 0 && Math.floor(s / 8) === g ? s : -1);
  const t = inGroup(touched);
  if (!probe) return t < 0 ? noMarks : { ...noMarks, touched: t };
  const p = probe.probe;
  return { order: probe.order.get(g) ?? 0, h2: probe.stale ? -1 : p.h2, end: inGroup(p.slot), endFound: p.found, touched: t };
}

export function GroupList({ groups, probe, touched, version, label }: { groups: SwissGroups; probe: ProbeView | null; touched: number; version: number; label: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const n = Math.ceil(groups.ctrl.length / 8);
  const v = useVirtualizer({ count: n, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 4 });
  const first = probe ? (probe.probe.groups[0] ?? -1) : -1;
  const probeIndex = probe ? probe.probe.index : -1;
  useEffect(() => {
    // A new probe: bring its first group into view (the rest follow it in the list) unless it is
    // already there. Rows have a fixed height, so the offset is known without measuring.
    const el = scroller.current;
    if (!el || first < 0 || n <= visibleRows) return;
    const top = first * rowHeight;
    if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top;
  }, [probeIndex, first, n]);
  return (
    <div className="swiss-groups" ref={scroller} role="group" aria-label={label} style={{ height: Math.min(n, visibleRows) * rowHeight + 4 }}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => (
          <div key={item.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
            <GroupRow groups={groups} g={item.index} marks={marksFor(item.index, probe, touched)} version={version} />
          </div>
        ))}
      </div>
    </div>
  );
}
