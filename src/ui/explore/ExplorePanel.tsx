// The schedule explorer's controls: "Find a failing schedule", "Check my fix", a progress bar with
// schedules explored and their rate, Cancel, and the verdict; a found failure opens in the player.
import { useEffect, useRef, useState } from 'react';
import { appStore, useAppStore } from '../store/index.ts';
import { startExplore, type ExploreSearch } from './explore-client.ts';
import { maxSchedulesFor, openFailure, progressFraction, progressText, verdictText, type ExploredWith, type ExploreMode, type PanelState } from './explore-model.ts';
import './explore.css';

export function ExplorePanel() {
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  const search = useRef<ExploreSearch | null>(null);
  // The program and settings of the last search: a found schedule replays only for them.
  const [explored, setExplored] = useState<ExploredWith | null>(null);
  const code = useAppStore((s) => s.code);
  useEffect(() => () => search.current?.cancel(), []);

  const start = async (mode: ExploreMode) => {
    search.current?.cancel();
    const s = appStore.getState();
    const context: ExploredWith = { code: s.code, goVersion: s.goVersion, race: s.race };
    setExplored(context);
    const current = startExplore(
      { source: s.code, mode, procs: s.procs, seed: s.seed, race: s.race, goVersion: s.goVersion, maxSchedules: maxSchedulesFor[mode] },
      (progress) => setState((prev) => (prev.kind === 'running' && search.current === current ? { ...prev, progress } : prev)),
    );
    search.current = current;
    setState({ kind: 'running', mode, progress: null });
    const outcome = await current.result;
    if (search.current !== current) return;
    search.current = null;
    if (outcome.kind === 'cancelled') setState((prev) => ({ kind: 'cancelled', mode, progress: prev.kind === 'running' ? prev.progress : null }));
    else if (outcome.kind === 'failed') setState({ kind: 'failed', message: outcome.message });
    else {
      setState({ kind: 'done', mode, reply: outcome.reply });
      // The point of finding one: show it. The player opens at the failure.
      if (outcome.reply.result.failure) openFailure(outcome.reply.result, context, appStore.getState());
    }
  };
  const cancel = () => search.current?.cancel();

  const running = state.kind === 'running';
  const progress = state.kind === 'running' || state.kind === 'cancelled' ? state.progress : null;
  return (
    <section className="explore-panel" aria-label="Schedule explorer">
      <div className="explore-actions">
        <button type="button" className="command-button" onClick={() => void start('find')} disabled={running}
          title="Search the interleavings of this program for one that crashes, panics, deadlocks or races">
          Find a failing schedule
        </button>
        <button type="button" className="command-button" onClick={() => void start('check')} disabled={running}
          title="Run every schedule with up to 2 preemptions (or random PCT schedules when there are too many) and say what was covered">
          Check my fix
        </button>
        {running && (
          <button type="button" className="command-button stop-button" onClick={cancel}>
            Cancel
          </button>
        )}
        {(running || state.kind === 'cancelled') && (
          <progress className="explore-progress" aria-label="Schedules explored" max={1} value={progressFraction(progress)} />
        )}
      </div>
      <p role="status" className={`explore-status${state.kind === 'done' && state.reply.result.failure ? ' explore-found' : ''}`}>
        {state.kind === 'idle' && 'Explore this program\'s interleavings: find one that fails, or check a fix.'}
        {state.kind === 'running' && progressText(state.progress)}
        {state.kind === 'cancelled' && `Cancelled. ${progressText(state.progress).split(' · now')[0]}; nothing is claimed about the rest.`}
        {state.kind === 'failed' && state.message}
        {state.kind === 'done' && verdictText(state.reply)}
      </p>
      {state.kind === 'done' && state.reply.result.failure && explored !== null && (
        explored.code === code ? (
          <button type="button" className="command-button" onClick={() => openFailure(state.reply.result, explored, appStore.getState())}>
            Open the failing schedule in the player
          </button>
        ) : (
          <p className="explore-note">The program changed since this search, so its schedule no longer applies: search again to open one.</p>
        )
      )}
    </section>
  );
}
