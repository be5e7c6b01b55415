// The progress bar of the current run or sweep, with what is running in words.
import { useLab } from './lab-store.ts';

export function LabProgress() {
  const progress = useLab((s) => s.progress);
  const activity = useLab((s) => s.activity);
  const running = useLab((s) => s.running);
  const message = useLab((s) => s.message);
  const pct = Math.round(progress * 100);
  return (
    <div className="lab-progress">
      <div role="progressbar" aria-label="Run progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}
        aria-valuetext={`${pct}%${activity ? `, ${activity}` : ''}`} className="lab-progress-track">
        <div className="lab-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="lab-activity" aria-live="polite">{running ? activity : activity || 'Ready.'}</p>
      {message && <p className="lab-message" role="alert">{message}</p>}
    </div>
  );
}
