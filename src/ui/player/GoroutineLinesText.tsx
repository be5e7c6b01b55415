// The editor's goroutine marks as text, for screen readers: which goroutine is on which line.
import { describeGoroutineLines } from '../editor/goroutine-lines.ts';
import { useGoroutineLines } from './use-goroutine-lines.ts';

export function GoroutineLinesText() {
  const lines = useGoroutineLines();
  if (lines.lines.length === 0) return null;
  return (
    <p className="visually-hidden" data-testid="goroutine-lines-text">
      Goroutines in the program: {describeGoroutineLines(lines)}.
    </p>
  );
}
