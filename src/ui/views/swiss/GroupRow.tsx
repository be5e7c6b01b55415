// One group of 8 slots: each slot's control byte (0x80 empty, 0xFE tombstone, else the key's H2)
// over its key, with the probe's marks — the group's place in the probe, slots whose control byte
// equals the probed H2, and the slot where the probe ended.
import { memo } from 'react';
import type { SwissGroups } from '../../../engine/trace/state/swiss.ts';
import { ctrlText, groupCells, hex2, valueText } from './swiss-model.ts';

export interface GroupMarks {
  /** 1, 2, 3 … in probe order; 0 when the probe did not visit this group. */
  order: number;
  /** The probed H2 (cells with this control byte are candidates), -1 for none. */
  h2: number;
  /** The slot the probe ended on, -1 for none. */
  end: number;
  endFound: boolean;
  /** The slot the step last touched, -1 for none. */
  touched: number;
}

export const noMarks: GroupMarks = { order: 0, h2: -1, end: -1, endFound: false, touched: -1 };

function cellClass(kind: string, ctrl: number, slot: number, marks: GroupMarks): string {
  let c = `swiss-cell ${kind}`;
  if (marks.order > 0 && marks.h2 >= 0 && ctrl === marks.h2) c += ' h2-match';
  if (slot === marks.end) c += marks.endFound ? ' end found' : ' end';
  if (slot === marks.touched) c += ' touched';
  return c;
}

function cellLabel(text: string, ctrl: number, slot: number, marks: GroupMarks): string {
  let t = text;
  if (marks.order > 0 && marks.h2 >= 0 && ctrl === marks.h2) t += '; control byte matches the probed H2';
  if (slot === marks.end) t += marks.endFound ? '; the probe found the key here' : '; the probe ended here';
  return t;
}

export const GroupRow = memo(function GroupRow({ groups, g, marks }: { groups: SwissGroups; g: number; marks: GroupMarks; version: number }) {
  const cells = groupCells(groups, g);
  const label = `group ${g}${marks.order > 0 ? `, probe step ${marks.order}` : ''}`;
  return (
    <div className={`swiss-group${marks.order > 0 ? ' probed' : ''}`} role="list" aria-label={label} data-group={g} data-probe-order={marks.order || undefined}>
      <span className="swiss-group-index" aria-hidden="true">
        g{g}
        {marks.order > 0 && <span className="swiss-probe-badge">{marks.order}</span>}
      </span>
      {cells.map((c) => (
        <span
          key={c.slot}
          role="listitem"
          className={cellClass(c.kind, c.ctrl, c.slot, marks)}
          data-ctrl={c.kind}
          data-slot={c.slot}
          title={cellLabel(ctrlText(c), c.ctrl, c.slot, marks)}
          aria-label={cellLabel(ctrlText(c), c.ctrl, c.slot, marks)}
        >
          <span className="swiss-ctrl">{hex2(c.ctrl).slice(2).toUpperCase()}</span>
          <span className="swiss-key">{c.kind === 'full' ? `${valueText(c.key)}:${valueText(c.elem)}` : c.kind === 'deleted' ? 'tomb' : ''}</span>
        </span>
      ))}
    </div>
  );
});
