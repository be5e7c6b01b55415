// Where the live check stands: a visible line, plus a quiet announcement for screen readers that
// changes only when the outcome does (not on every keystroke's timing).
import { useAppStore } from '../store/index.ts';
import { problemSummary } from './problem-text.ts';

export function CheckStatusLine() {
  const status = useAppStore((s) => s.checkStatus);
  const message = useAppStore((s) => s.checkMessage);
  const ms = useAppStore((s) => s.lastCheckMs);
  const summary = useAppStore((s) => problemSummary(s.diagnostics));
  let text = '';
  if (status === 'idle' || status === 'checking') text = 'Checking…';
  else if (status === 'done') text = ms === null ? 'Checked' : `Checked in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  else text = message ?? 'The checker was restarted.';
  let announcement = '';
  if (status === 'restarted' || status === 'failed') announcement = text;
  else if (status === 'done') announcement = summary || 'No problems';
  return (
    <>
      <p className={`check-status check-status-${status}`}>{text}</p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
