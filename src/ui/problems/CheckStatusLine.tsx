// One line saying where the live check stands, announced politely to screen readers.
import { useAppStore } from '../store/index.ts';

export function CheckStatusLine() {
  const status = useAppStore((s) => s.checkStatus);
  const message = useAppStore((s) => s.checkMessage);
  const ms = useAppStore((s) => s.lastCheckMs);
  let text = '';
  if (status === 'idle' || status === 'checking') text = 'Checking…';
  else if (status === 'done') text = ms === null ? 'Checked' : `Checked in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  else text = message ?? 'The checker was restarted.';
  return (
    <p className={`check-status check-status-${status}`} role="status">
      {text}
    </p>
  );
}
