// A goroutine's name in its colour (g7), as the lock and channel views draw holders and waiters.
import { goroutineColor, goroutineTint } from '../goroutine-colors.ts';

export function GoroutineChip({ g, label }: { g: number; label?: string }) {
  const color = goroutineColor(g);
  return (
    <span className="goroutine-chip" style={{ color, borderColor: color, background: goroutineTint(g, 0.08) }} data-g={g}>
      g{g}
      {label ? <span className="goroutine-chip-label"> {label}</span> : null}
    </span>
  );
}
