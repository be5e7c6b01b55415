// One Swiss table: its counters (capacity, used, growthLeft, localDepth, directory entries) and,
// when open, its groups of 8 control bytes; closed, a one-line row the learner can open.
import type { SwissTableState } from '../../../engine/trace/state/swiss.ts';
import { GroupList } from './GroupList.tsx';
import type { ProbeView } from './probe-model.ts';
import { replacedTitle, tableTitle, type Involvement } from './swiss-model.ts';

const whyText: Record<Involvement, string> = { probe: 'probed', touch: 'slot touched', rebuild: 'just built' };

export function TableCard({ t, globalDepth, probe, touched, version, why, open, onToggle }: {
  t: SwissTableState; globalDepth: number; probe: ProbeView | null; touched: number; version: number;
  why: readonly Involvement[]; open: boolean; onToggle: (id: number) => void;
}) {
  const replaced = t.index < 0;
  const title = replaced ? replacedTitle(t) : tableTitle(t, globalDepth);
  const fill = t.capacity > 0 ? t.used / t.capacity : 0;
  return (
    <div className={`swiss-table${why.length ? ' involved' : ''}${replaced ? ' replaced' : ''}`} data-testid={replaced ? 'swiss-replaced-table' : 'swiss-table'} data-table={t.id}>
      <div className="swiss-table-title">
        <button type="button" className="swiss-toggle" aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} the groups of table t${t.id}`} onClick={() => onToggle(t.id)}>
          {open ? '▾' : '▸'}
        </button>
        <span className="swiss-table-name">{title}</span>
        <span className="swiss-fill" aria-hidden="true" title={`${Math.round(fill * 100)}% full`}>
          <span style={{ width: `${Math.min(100, fill * 100)}%` }} />
        </span>
        {why.map((w) => (
          <span key={w} className={`swiss-why ${w}`}>
            {whyText[w]}
          </span>
        ))}
      </div>
      {open && <GroupList groups={t} probe={probe} touched={touched} version={version} label={`groups of table t${t.id}`} />}
    </div>
  );
}
