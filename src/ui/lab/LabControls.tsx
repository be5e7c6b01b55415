// The workload form: strategy, workers, operations, read share, key space and distribution, seed, repeats; Start, Sweep and Stop.
import { useId } from 'react';
import { reportedThreads } from '../../lab/browser-pool.ts';
import { STRATEGY_NAMES } from '../../lab/strategies/index.ts';
import { MAX_KEY_SPACE, MAX_OPS_PER_WORKER } from '../../lab/workload.ts';
import { NumberField } from './NumberField.tsx';
import { MAX_REPEATS, startRuns, startSweep, stopRuns, updateSettings, useLab, type StrategyChoice } from './lab-store.ts';
import { STRATEGY_INFO } from './strategy-info.ts';

export function LabControls() {
  const settings = useLab((s) => s.settings);
  const maxWorkers = useLab((s) => s.maxWorkers);
  const running = useLab((s) => s.running);
  const strategyId = useId();
  const keysId = useId();
  return (
    <form className="lab-controls" aria-label="Workload" noValidate onSubmit={(e) => { e.preventDefault(); void startRuns(); }}>
      <div className="lab-field">
        <label htmlFor={strategyId}>Strategy</label>
        <select id={strategyId} value={settings.strategy} disabled={running} onChange={(e) => updateSettings({ strategy: e.target.value as StrategyChoice })}>
          {STRATEGY_NAMES.map((n) => (
            <option key={n} value={n}>{STRATEGY_INFO[n].title} — {STRATEGY_INFO[n].go}</option>
          ))}
          <option value="all">all six, one after another</option>
        </select>
      </div>
      <NumberFieldRow running={running} maxWorkers={maxWorkers} />
      <div className="lab-field">
        <label htmlFor={keysId}>Key distribution</label>
        <select id={keysId} value={settings.distribution} disabled={running} onChange={(e) => updateSettings({ distribution: e.target.value === 'skewed' ? 'skewed' : 'uniform' })}>
          <option value="uniform">uniform</option>
          <option value="skewed">skewed (a few hot keys)</option>
        </select>
      </div>
      <div className="lab-buttons">
        <button type="submit" disabled={running}>Start</button>
        <button type="button" disabled={running} onClick={() => void startSweep()}>Sweep</button>
        <button type="button" disabled={!running} onClick={stopRuns}>Stop</button>
      </div>
    </form>
  );
}

function NumberFieldRow({ running, maxWorkers }: { running: boolean; maxWorkers: number }) {
  const s = useLab((st) => st.settings);
  return (
    <>
      <NumberField label="Workers" value={s.workers} min={1} max={maxWorkers} disabled={running}
        hint={reportedThreads() > 0 ? `threads at once; this browser reports ${reportedThreads()} hardware threads` : 'threads at once'} onChange={(workers) => updateSettings({ workers })} />
      <NumberField label="Operations per worker" value={s.opsPerWorker} min={1} max={MAX_OPS_PER_WORKER} disabled={running}
        onChange={(opsPerWorker) => updateSettings({ opsPerWorker })} />
      <NumberField label="Read percentage" value={s.readPercent} min={0} max={100} disabled={running}
        hint="the rest are writes, m[k] = v" onChange={(readPercent) => updateSettings({ readPercent })} />
      <NumberField label="Key space" value={s.keySpace} min={1} max={MAX_KEY_SPACE} disabled={running}
        hint="keys are 0 … key space − 1" onChange={(keySpace) => updateSettings({ keySpace })} />
      <NumberField label="Seed" value={s.seed} min={0} max={0x7fffffff} disabled={running}
        hint="fixes what each worker does, not how the threads interleave" onChange={(seed) => updateSettings({ seed })} />
      <NumberField label="Repeats" value={s.repeats} min={1} max={MAX_REPEATS} disabled={running}
        hint="runs per strategy (seeds seed, seed + 1, …)" onChange={(repeats) => updateSettings({ repeats })} />
    </>
  );
}
