// The narration's jumps as store actions: find the next (or previous) change of a kind from the
// cursor and move the player just past it, so its effect is on screen.
import { nextJump, previousJump, type JumpKind } from '../../../engine/trace/state/narrate-jumps.ts';
import type { AppState } from '../../store/index.ts';

export type { JumpKind };

/** The jumps offered, with the words the buttons and their announcements use. */
export const jumpKinds: ReadonlyArray<{ kind: JumpKind; noun: string }> = [
  { kind: 'map', noun: 'map change' },
  { kind: 'lock', noun: 'lock change' },
  { kind: 'switch', noun: 'goroutine switch' },
];

/**
 * Moves the player to the next (+1) or previous (-1) change of `kind`. Returns false, without
 * moving, when there is no player or no such change.
 */
export function jump(state: Pick<AppState, 'playerCursor' | 'playerPosition' | 'playerSeek' | 'playerPause'>, kind: JumpKind, direction: 1 | -1): boolean {
  const cursor = state.playerCursor;
  if (cursor === null) return false;
  const reader = cursor.reader;
  const at = direction > 0 ? nextJump(reader, state.playerPosition, kind) : previousJump(reader, state.playerPosition, kind);
  if (at < 0) return false;
  state.playerPause();
  state.playerSeek(at + 1);
  return true;
}

/**
 * Moves the player just past event `index` (a narration link's target), pausing play. Returns false,
 * without moving, when there is no player or the index is outside the trace.
 */
export function goToEvent(state: Pick<AppState, 'playerCursor' | 'playerSeek' | 'playerPause'>, index: number): boolean {
  const cursor = state.playerCursor;
  if (cursor === null || !Number.isInteger(index) || index < 0 || index >= cursor.reader.length) return false;
  state.playerPause();
  state.playerSeek(index + 1);
  return true;
}
