// The parts of a scenario the player owns (cursor, granularity), manual mode's choices, and the Go
// version and race-detector settings, read from and written to the app store.
//
// Some of these settings are joining the app store while this is written (a Go-version setting,
// the race detector), so fields are read structurally: absent fields are skipped, and sharing and
// opening links keep working either way.
import type { SchedulerPolicy } from '../../worker/api.ts';
import type { AppState } from '../store/index.ts';
import type { PlayerSlice } from '../store/player-slice.ts';
import type { ScenarioExtras } from './scenario-of-state.ts';
import type { Granularity, ScenarioCursor } from './scenario.ts';
import { activeReplay } from '../explore/replay.ts';

type MaybePlayer = Partial<Pick<PlayerSlice, 'playerCursor' | 'playerPosition' | 'playerStep' | 'playerGranularity' | 'playerSeek' | 'playerSeekStep' | 'setGranularity'>>;
type MaybeGoVersion = { goVersion?: unknown; setGoVersion?: (v: string) => void; runAsGoVersion?: (v: string) => void };
type MaybeRace = { race?: unknown; setRace?: (on: boolean) => void };
/** Manual mode's choices so far, when the store holds them (flat [g, quantum] pairs). */
type MaybeSchedule = { manualSchedule?: unknown; setManualSchedule?: (s: number[]) => void };

type Extended = AppState & MaybePlayer & MaybeGoVersion & MaybeSchedule & MaybeRace;

export function playerExtras(state: AppState): ScenarioExtras {
  const s = state as Extended;
  const extras: ScenarioExtras = {};
  if (s.playerGranularity === 'statement' || s.playerGranularity === 'phase') extras.granularity = s.playerGranularity;
  if (s.playerCursor && typeof s.playerPosition === 'number') {
    extras.cursor = { event: s.playerPosition };
    if (typeof s.playerStep === 'number' && s.playerStep >= 0) extras.cursor.step = s.playerStep;
  }
  if (typeof s.goVersion === 'string' && /^1\.\d{1,3}$/.test(s.goVersion)) extras.goVersion = s.goVersion;
  if (s.race === true) extras.race = true;
  if (Array.isArray(s.manualSchedule) && s.manualSchedule.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    extras.schedule = (s.manualSchedule as number[]).slice(0, s.manualSchedule.length - (s.manualSchedule.length % 2));
  }
  // Replaying the explorer's failing schedule: the link carries its manual form, which a manual run
  // replays to the same crash (a link has no replay-then-random form).
  if (extras.schedule && extras.schedule.length > 0 && activeReplay(state) !== null) extras.policy = 'manual';
  return extras;
}

/** Applies the player-side settings of a scenario that must be in place before its run. */
export function applyPlayerSettings(state: AppState, scenario: { granularity: Granularity; goVersion: string; schedule: number[]; policy: SchedulerPolicy; race?: boolean }): void {
  const s = state as Extended;
  s.setGranularity?.(scenario.granularity);
  // The link's version is for its scenario: the learner's saved choice stays theirs.
  if (s.runAsGoVersion) s.runAsGoVersion(scenario.goVersion);
  else s.setGoVersion?.(scenario.goVersion);
  s.setManualSchedule?.(scenario.schedule);
  s.setRace?.(scenario.race === true);
}

/** Moves the player to a scenario's cursor. Returns false when there is no player to move yet. */
export function seekPlayer(state: AppState, cursor: ScenarioCursor): boolean {
  const s = state as Extended;
  if (!s.playerCursor || !s.playerSeek || !s.playerSeekStep) return false;
  if (cursor.event !== undefined) s.playerSeek(cursor.event);
  else if (cursor.step !== undefined) s.playerSeekStep(cursor.step);
  return true;
}
