// Seconds since the current run started, ticking, so a long run visibly is still going.
import { useEffect, useState } from 'react';

export function ElapsedTime() {
  const [started] = useState(() => performance.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.floor((now - started) / 1000);
  // Not announced: the status line says "Running"; a screen reader need not hear every second.
  return (
    <span className="run-elapsed" aria-hidden="true">
      {seconds > 0 ? `${seconds} s` : ''}
    </span>
  );
}
