// The parallel lab page: real Web Workers on one Go-shaped map in shared memory, six ways to share it, and what each costs.
import { useEffect } from 'react';
import { sharedMemoryAvailable } from '../../lab/browser-pool.ts';
import { STRATEGY_NAMES } from '../../lab/strategies/index.ts';
import { IsolationNotice } from './IsolationNotice.tsx';
import { LabControls } from './LabControls.tsx';
import { LabProgress } from './LabProgress.tsx';
import { releaseWorkers } from './lab-store.ts';
import { OutcomeTallies } from './OutcomeTallies.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { STRATEGY_INFO } from './strategy-info.ts';
import { ThroughputCharts } from './ThroughputCharts.tsx';
import './lab.css';

export default function LabPage() {
  const isolated = sharedMemoryAvailable();
  useEffect(() => () => releaseWorkers(), []);
  return (
    <section className="lab" aria-labelledby="lab-title">
      <h2 id="lab-title">Parallel lab</h2>
      <p className="lab-intro">
        Here the threads are real: several Web Workers run at the same time on your CPU cores, all on one hash map laid
        out in a <code>SharedArrayBuffer</code> the way Go ≤ 1.23 lays out a map — a header with <code>count</code>,{' '}
        <code>flags</code> (with the <code>hashWriting</code> bit) and <code>B</code>; buckets of 8 slots with tophash
        bytes; overflow chains; incremental growth. Choose how the workers share it, press Start, and see what it costs
        and what goes wrong.
      </p>
      {!isolated ? <IsolationNotice /> : (
        <>
          <details className="lab-strategies">
            <summary>The six strategies</summary>
            <dl>
              {STRATEGY_NAMES.map((n) => (
                <div key={n}>
                  <dt>{STRATEGY_INFO[n].title} <span className="lab-go">({STRATEGY_INFO[n].go})</span></dt>
                  <dd>{STRATEGY_INFO[n].summary}</dd>
                </div>
              ))}
            </dl>
          </details>
          <LabControls />
          <LabProgress />
          <ThroughputCharts />
          <OutcomeTallies />
          <ResultsTable />
        </>
      )}
    </section>
  );
}
