// The race detector's reports of the last run as a list: each race names its two accesses and
// moves the player (timeline, views, editor marks) to either one.
import { useMemo } from 'react';
import { useAppStore } from '../store/index.ts';
import { raceRows, raceSentence } from './race-links-model.ts';

export function RaceReports() {
  const cursor = useAppStore((s) => s.playerCursor);
  const seek = useAppStore((s) => s.playerSeek);
  const rows = useMemo(() => (cursor === null ? [] : raceRows(cursor.reader)), [cursor]);
  if (rows.length === 0) return null;
  return (
    <section className="race-reports" aria-label="Data races">
      <h2>Data races ({rows.length})</h2>
      <ol>
        {rows.map((r) => (
          <li key={r.n}>
            <span>{raceSentence(r)}</span>{' '}
            <button type="button" className="command-button" onClick={() => seek(r.position)}>
              {`Show the ${r.op} (step ${r.step})`}
            </button>{' '}
            {r.prevPosition >= 0 && (
              <button type="button" className="command-button" onClick={() => seek(r.prevPosition)}>
                {`Show the earlier ${r.prevOp} (step ${r.prevStep})`}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
