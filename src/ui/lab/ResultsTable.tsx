// Every run as a row, newest first: settings, throughput, and what the check found.
import type { RunResult } from '../../lab/run-lab.ts';
import { formatRate } from './lab-model.ts';
import { useLab } from './lab-store.ts';
import { STRATEGY_INFO } from './strategy-info.ts';

const SHOWN = 50;

function verdict(r: RunResult): string {
  switch (r.outcome) {
    case 'detected': return `fatal error: ${r.fatal}`;
    case 'damaged': {
      const d = r.damage;
      const parts = d ? [
        d.lostInserts && `${d.lostInserts} lost inserts`, d.duplicateKeys && `${d.duplicateKeys} duplicate keys`,
        d.brokenChains && `${d.brokenChains} broken chains`, d.wrongCount && `count ${d.wrongCount.header} ≠ ${d.wrongCount.live} entries`,
        d.misplacedKeys && `${d.misplacedKeys} misplaced keys`, d.hiddenEntries && `${d.hiddenEntries} unreachable entries`,
        d.badElems && `${d.badElems} wrong values`, d.badTophash && `${d.badTophash} bad tophash`,
        d.unexpectedKeys && `${d.unexpectedKeys} keys nobody wrote`, d.badHeader && 'damaged header', d.flagsLeft && 'hashWriting left set',
      ].filter(Boolean) : [];
      return [r.corruption, ...parts].filter(Boolean).join(', ') || 'damaged';
    }
    case 'clean': return 'clean';
    case 'stopped': return 'stopped';
    default: return r.error ?? 'failed';
  }
}

export function ResultsTable() {
  const results = useLab((s) => s.results);
  return (
    <section className="lab-results" aria-labelledby="lab-results-title">
      <h3 id="lab-results-title">Runs</h3>
      {results.length === 0 ? <p className="lab-hint">Choose a strategy and a workload, then press Start.</p> : (
        <table className="lab-table" aria-label="Results">
          <thead>
            <tr>
              <th scope="col">strategy</th><th scope="col">workers</th><th scope="col">ops done</th><th scope="col">reads</th>
              <th scope="col">keys</th><th scope="col">seed</th><th scope="col">time (ms)</th><th scope="col">ops/s</th>
              <th scope="col">len(m)</th><th scope="col">outcome</th>
            </tr>
          </thead>
          <tbody>
            {results.slice(0, SHOWN).map((r, i) => (
              <tr key={results.length - i} data-outcome={r.outcome} data-strategy={r.strategy}>
                <th scope="row">{STRATEGY_INFO[r.strategy].title}</th>
                <td>{r.workload.workers}</td>
                <td>{r.opsDone.toLocaleString('en-US')} / {r.totalOps.toLocaleString('en-US')}</td>
                <td>{r.workload.readPercent}%</td>
                <td>{r.workload.keySpace.toLocaleString('en-US')} {r.workload.distribution}</td>
                <td>{r.workload.seed}</td>
                <td>{r.elapsedMs.toFixed(1)}</td>
                <td>{formatRate(r.opsPerSec)}</td>
                <td>{r.mapSize.toLocaleString('en-US')}</td>
                <td className={`lab-outcome-${r.outcome}`}>{verdict(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {results.length > SHOWN && <p className="lab-hint">Showing the newest {SHOWN} of {results.length} runs.</p>}
    </section>
  );
}
