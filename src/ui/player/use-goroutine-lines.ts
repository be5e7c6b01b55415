// The editor's goroutine marks at the cursor, recomputed once per move, and only while the editor
// still holds the program the trace was made from (marks on edited text would point at wrong lines).
import { useMemo } from 'react';
import { goroutineLines, noGoroutineLines, type GoroutineLines } from '../editor/goroutine-lines.ts';
import { useAppStore } from '../store/index.ts';

export function useGoroutineLines(): GoroutineLines {
  const cursor = useAppStore((s) => s.playerCursor);
  const version = useAppStore((s) => s.playerVersion);
  const matches = useAppStore((s) => s.playerSource !== null && s.playerSource === s.code);
  return useMemo(
    () => (cursor !== null && matches ? goroutineLines(cursor.state.goroutines) : noGoroutineLines),
    // `version` stands for the cursor's mutable state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cursor, version, matches],
  );
}
