// Which locks and channels the statement at the cursor changed, so their cards can be marked: the
// lock/channel events since the goroutine.line before the cursor's own stop (a Step in statement
// granularity stops just after a goroutine.line; in phase granularity, after the change itself).
import type { TraceReader } from '../../../engine/trace/reader.ts';

const syncKind = /^(lock|chan|waitgroup|syncmap)\./;

/** Object ids touched by the lock/channel events of the statement that ends at `position`; the scan back is bounded by `limit`. */
export function changedObjects(reader: TraceReader, position: number, limit = 512): ReadonlySet<number> {
  const out = new Set<number>();
  const last = Math.min(position, reader.length) - 1;
  let i = last;
  if (i >= 0 && reader.kindAt(i) === 'goroutine.line') i--;
  for (; i >= 0 && i > last - limit; i--) {
    const kind = reader.kindAt(i);
    if (kind === 'goroutine.line') break;
    if (!syncKind.test(kind)) continue;
    const e = reader.get(i) as { obj?: number } | undefined;
    if (e?.obj !== undefined) out.add(e.obj);
  }
  return out;
}
