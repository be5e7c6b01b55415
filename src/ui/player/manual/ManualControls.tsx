// Manual mode's controls: in manual mode the run pauses at each scheduling decision and the
// goroutines that could run are offered as buttons; clicking one runs it one step.
import { CommandButton } from '../../app/CommandButton.tsx';
import { useAppStore } from '../../store/index.ts';
import { goroutineColor } from '../../views/goroutine-colors.ts';
import './manual.css';

export function ManualControls() {
  const policy = useAppStore((s) => s.policy);
  const candidates = useAppStore((s) => s.manualCandidates);
  const choices = useAppStore((s) => s.manualSchedule.length / 2);
  const diverged = useAppStore((s) => s.manualDiverged);
  const status = useAppStore((s) => s.runStatus);
  const lastPolicy = useAppStore((s) => s.runSettings?.policy);
  const choose = useAppStore((s) => s.manualChoose);
  const requestRun = useAppStore((s) => s.requestRun);
  if (policy !== 'manual') return null;
  const running = status === 'running';
  const ranManual = lastPolicy === 'manual' && status !== 'idle';
  return (
    <section className="manual" aria-labelledby="manual-heading">
      <h2 id="manual-heading" className="manual-heading">
        You are the scheduler
      </h2>
      <p className="manual-status" role="status">
        {running
          ? 'Running to the next decision…'
          : !ranManual
            ? 'Press Run: the program stops at its first scheduling decision and waits for you.'
            : candidates === null
              ? `The run ended after ${plural(choices, 'choice')}.`
              : `${plural(choices, 'choice')} so far. Who runs next?`}
        {diverged && ' The program no longer follows your earlier choices (it or its settings changed), so they were cut where it went another way.'}
      </p>
      {ranManual && candidates !== null && (
        <div className="manual-candidates" role="group" aria-label="Goroutines that can run">
          {[...candidates].sort((a, b) => a - b).map((g) => (
            <CandidateButton key={g} g={g} disabled={running} onChoose={choose} />
          ))}
        </div>
      )}
      <div className="manual-actions">
        {!ranManual && (
          <button type="button" className="command-button" onClick={requestRun} disabled={running}>
            Start manual run
          </button>
        )}
        <CommandButton id="manual.undo" disabled={running || choices === 0} />
        <CommandButton id="manual.restart" disabled={running} />
      </div>
    </section>
  );
}

/** "Run g7 one step", with the line it will run from when the player knows it. */
function CandidateButton({ g, disabled, onChoose }: { g: number; disabled: boolean; onChoose(g: number): void }) {
  const line = useAppStore((s) => s.playerCursor?.state.goroutines.byId.get(g)?.line ?? 0);
  useAppStore((s) => s.playerVersion);
  const color = goroutineColor(g);
  return (
    <button type="button" className="command-button manual-candidate" style={{ borderColor: color }} disabled={disabled} onClick={() => onChoose(g)}>
      <span className="manual-candidate-id" style={{ color }}>
        Run g{g} one step
      </span>
      {line > 0 && <span className="manual-candidate-line"> (line {line})</span>}
    </button>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
