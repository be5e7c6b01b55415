// Beside the Scheduler select: says when the run in the player replays the explorer's failing schedule,
// which the select cannot show (replay is not one of its policies), and offers to run without it.
import { useAppStore } from '../store/index.ts';
import { activeReplay, ranAsReplay } from './replay.ts';
import './explore.css';

export function ReplayNote() {
  const settings = useAppStore((s) => s.runSettings);
  const diverged = useAppStore((s) => s.runReply?.diverged === true);
  const running = useAppStore((s) => s.runStatus === 'running');
  const replay = useAppStore((s) => s.replay);
  const active = useAppStore((s) => activeReplay(s) !== null);
  const setReplay = useAppStore((s) => s.setReplay);
  const requestRun = useAppStore((s) => s.requestRun);
  if (!ranAsReplay(settings) || replay === null) return null;
  const decisions = (settings!.schedule!.length / 2).toLocaleString('en-US');
  const then = settings!.policy === 'round-robin' ? 'round-robin' : 'random (seeded)';
  return (
    <span className="run-field replay-note" role="status">
      {diverged
        ? `The explorer's schedule no longer fits this run, so it went its own way (${then}) where they parted.`
        : `${running ? 'Replaying' : 'Replayed'} the explorer's failing schedule (${decisions} decisions), then ${then}.`}
      {active && (
        <button
          type="button"
          className="command-button"
          disabled={running}
          onClick={() => {
            setReplay(null);
            requestRun();
          }}
        >
          Run without it
        </button>
      )}
    </span>
  );
}
