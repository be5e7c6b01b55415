// Run and Stop, and the settings a run uses (seed, GOMAXPROCS, scheduler policy, race detector, Go version), labelled, side by side.
import { useId } from 'react';
import type { SchedulerPolicy } from '../../worker/api.ts';
import { CommandButton } from '../app/CommandButton.tsx';
import { useAppStore } from '../store/index.ts';
import { goVersionChoices, maxProcs, minProcs, schedulerPolicies } from '../store/settings-slice.ts';
import { SeedField } from './SeedField.tsx';
import { ReplayNote } from '../explore/ReplayNote.tsx';

const policyLabels: Record<SchedulerPolicy, string> = { random: 'Random (seeded)', 'round-robin': 'Round-robin', manual: 'Manual (you choose)' };
const procChoices = Array.from({ length: maxProcs - minProcs + 1 }, (_, i) => minProcs + i);

export function RunControls() {
  const running = useAppStore((s) => s.runStatus === 'running');
  const seed = useAppStore((s) => s.seed);
  const procs = useAppStore((s) => s.procs);
  const policy = useAppStore((s) => s.policy);
  const setSeed = useAppStore((s) => s.setSeed);
  const newSeed = useAppStore((s) => s.newSeed);
  const setProcs = useAppStore((s) => s.setProcs);
  const setPolicy = useAppStore((s) => s.setPolicy);
  const race = useAppStore((s) => s.race);
  const setRace = useAppStore((s) => s.setRace);
  const raceId = useId();
  const goVersion = useAppStore((s) => s.goVersion);
  const setGoVersion = useAppStore((s) => s.setGoVersion);
  const goId = useId();
  const procsId = useId();
  const policyId = useId();
  return (
    <div className="run-controls" role="group" aria-label="Run settings">
      <CommandButton id="run.start" className="command-button run-button" />
      {running && <CommandButton id="run.stop" className="command-button stop-button" />}
      <SeedField value={seed} onChange={setSeed} />
      <button type="button" className="command-button" onClick={() => newSeed()}>
        New seed
      </button>
      <span className="run-field">
        <label htmlFor={procsId}>GOMAXPROCS</label>
        <select id={procsId} value={procs} onChange={(e) => setProcs(Number(e.target.value))}>
          {procChoices.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </span>
      <span className="run-field">
        <label htmlFor={policyId}>Scheduler</label>
        <select id={policyId} value={policy} onChange={(e) => setPolicy(e.target.value as SchedulerPolicy)}>
          {schedulerPolicies.map((p) => (
            <option key={p} value={p}>
              {policyLabels[p]}
            </option>
          ))}
        </select>
      </span>
      <ReplayNote />
      <span className="run-field">
        <input id={raceId} type="checkbox" role="switch" aria-checked={race} checked={race} onChange={(e) => setRace(e.target.checked)} />
        <label htmlFor={raceId} title="Run as go run -race: report data races (Go's race detector)">
          Race detector
        </label>
      </span>
      <span className="run-field">
        <label htmlFor={goId}>Go version</label>
        <select id={goId} value={goVersion} onChange={(e) => setGoVersion(e.target.value)}>
          {goVersionChoices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
