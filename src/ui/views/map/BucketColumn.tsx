// One bucket array as a virtualised list: a row per main bucket with its overflow chain beside it,
// 8 slots per bucket (tophash, key, value). Only the rows in view are built, so an array of
// hundreds of thousands of buckets scrolls and steps as fast as a small one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { ArraySpan, MapState } from '../../../engine/trace/state/maps.ts';
import { goroutineColor } from '../goroutine-colors.ts';
import { chainModel, type BucketModel } from './map-model.ts';

/** Marks a view puts on slots at the current step. */
export interface SlotMarks {
  /** The slot last read or written, outlined in its goroutine's colour. */
  touch: { bucket: number; slot: number; g: number } | null;
  /** Destination slots of the step's evacuation: `${bucketId}:${slot}` → X or Y. */
  arrived: ReadonlyMap<string, 'X' | 'Y'>;
  /** Old slots the step's evacuation emptied. */
  departed: ReadonlySet<string>;
}

interface Props {
  m: MapState;
  span: ArraySpan;
  old: boolean;
  /** Changes whenever the folded state does (the state is mutated in place). */
  version: number;
  marks: SlotMarks;
  /** Scrolls this row into view when set (from the density view or a jump). */
  focusIndex: number | null;
  label: string;
}

const rowHeight = 178;

export function BucketColumn({ m, span, old, version, marks, focusIndex, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: span.n, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 3 });
  useEffect(() => {
    if (focusIndex !== null && focusIndex >= 0 && focusIndex < span.n) v.scrollToIndex(focusIndex, { align: 'start' });
  }, [focusIndex, span.n, v]);
  const nevacuate = old ? m.nevacuate : -1;
  return (
    <div className="bucket-column" ref={scroller} role="list" aria-label={label} data-array={old ? 'old' : 'new'} data-buckets={span.n}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => (
          <div key={item.key} role="listitem" className="bucket-row-wrap" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
            {old && item.index === nevacuate && (
              <div className="nevacuate-pointer" aria-label={`nevacuate points at old bucket ${nevacuate}`}>
                nevacuate →
              </div>
            )}
            <ChainRow m={m} span={span} old={old} index={item.index} version={version} marks={marks} />
          </div>
        ))}
      </div>
    </div>
  );
}

const ChainRow = memo(function ChainRow({ m, span, old, index, marks }: { m: MapState; span: ArraySpan; old: boolean; index: number; version: number; marks: SlotMarks }) {
  const c = chainModel(m, span, index, old);
  return (
    <div className={`bucket-row${c.evacuated ? ' bucket-evacuated' : ''}`} data-bucket-index={index} data-evacuated={c.evacuated ? 'true' : 'false'}>
      <div className="bucket-index">
        {old ? 'old ' : ''}b{index}
        {c.evacuated && <span className="bucket-evac-note">evacuated</span>}
      </div>
      <div className="bucket-chain">
        {c.buckets.map((b, i) => (
          <Bucket key={b.id} b={b} overflow={i > 0} marks={marks} />
        ))}
      </div>
    </div>
  );
});

function Bucket({ b, overflow, marks }: { b: BucketModel; overflow: boolean; marks: SlotMarks }) {
  return (
    <div className={`bucket${overflow ? ' bucket-overflow' : ''}`} data-bucket-id={b.id}>
      {overflow && <span className="bucket-link" aria-hidden="true">→</span>}
      <div className="bucket-id">{overflow ? `overflow #${b.id}` : `#${b.id}`}</div>
      <ol className="slots">
        {b.slots.map((s) => {
          const key = `${b.id}:${s.slot}`;
          const touched = marks.touch !== null && marks.touch.bucket === b.id && marks.touch.slot === s.slot;
          const arrived = marks.arrived.get(key);
          const cls = ['slot', s.live ? 'slot-live' : 'slot-empty', s.mark ? `slot-mark-${s.mark}` : '', arrived ? `slot-arrived slot-arrived-${arrived}` : '', marks.departed.has(key) ? 'slot-departed' : '', touched ? 'slot-touched' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li
              key={s.slot}
              className={cls}
              data-slot={s.slot}
              data-tophash={s.top}
              style={touched ? { outlineColor: goroutineColor(marks.touch!.g) } : undefined}
              title={touched ? `last touched by g${marks.touch!.g}` : undefined}
            >
              <span className="slot-top">{s.topText}</span>
              <span className="slot-key">{s.key}</span>
              {s.key !== '' && <span className="slot-sep">:</span>}
              <span className="slot-elem">{s.elem}</span>
              {touched && <span className="slot-who" style={{ color: goroutineColor(marks.touch!.g) }}>g{marks.touch!.g}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
