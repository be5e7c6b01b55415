// The directory: 2^globalDepth entries, drawn as runs that point at one table each (a table of
// localDepth d owns 2^(globalDepth-d) entries). The probe's entry is marked; a run opens its table.
import { memo } from 'react';
import type { DirSpan } from './swiss-model.ts';

export const DirectoryRow = memo(function DirectoryRow({ spans, globalDepth, dirLen, probed, onOpen }: {
  spans: DirSpan[]; globalDepth: number; dirLen: number; probed: number; onOpen: (table: number) => void;
}) {
  return (
    <div className="swiss-dir" role="group" aria-label={`directory of ${dirLen} entries`}>
      <div className="swiss-dir-title">
        directory: {dirLen} entr{dirLen === 1 ? 'y' : 'ies'} = 2<sup>{globalDepth}</sup> (globalDepth {globalDepth}), indexed by the top {globalDepth} hash bit
        {globalDepth === 1 ? '' : 's'}
      </div>
      <div className={`swiss-dir-spans${spans.length > 48 ? ' many' : ''}`}>
        {spans.map((s) => {
          const hit = probed >= s.from && probed <= s.to;
          const entries = s.from === s.to ? `entry ${s.from}` : `entries ${s.from}–${s.to}`;
          return (
            <button
              key={s.from}
              type="button"
              className={`swiss-dir-span${hit ? ' probed' : ''}`}
              style={{ flexGrow: s.to - s.from + 1 }}
              data-testid="swiss-dir-span"
              aria-label={`${entries} → table t${s.table}, localDepth ${s.localDepth} of globalDepth ${globalDepth}${hit ? ', the probed entry' : ''}; show its groups`}
              onClick={() => onOpen(s.table)}
            >
              <span className="swiss-dir-index">[{s.from === s.to ? s.from : `${s.from}–${s.to}`}]</span> → t{s.table}{' '}
              <span className="swiss-dir-depth">
                {s.localDepth}/{globalDepth}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
});
