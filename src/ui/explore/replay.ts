// Replaying the explorer's failing schedule in the player: what the replay is pinned to, and when a run uses it.
//
// A found schedule replays the failure only for the program and settings it was found with, so the
// replay carries them: a run replays it (the worker's replay policy: the schedule first, then the
// chosen policy) only while the editor's program, seed, GOMAXPROCS, Go version and race switch
// still match and the policy is not manual (manual mode replays its own choices). Changing any of
// them goes back to ordinary runs without anyone having to remember to clear it.
import type { RunSettings } from '../../worker/api.ts';

export interface ExplorerReplay {
  /** Flat [g, quantum] pairs (FoundFailure.schedule): the worker's replay policy follows them. */
  schedule: number[];
  /** Go's first report line the replay ends in (`fatal error: concurrent map writes`). */
  message: string;
  code: string;
  seed: number;
  procs: number;
  goVersion: string;
  race: boolean;
}

/** The store fields a replay is checked against. */
export interface ReplayContext {
  replay: ExplorerReplay | null;
  code: string;
  seed: number;
  procs: number;
  goVersion: string;
  race: boolean;
  policy: RunSettings['policy'];
}

/** The replay the next run uses, or null (none, manual mode, or the program or a setting changed). */
export function activeReplay(s: ReplayContext): ExplorerReplay | null {
  const r = s.replay;
  if (r === null || s.policy === 'manual') return null;
  const same = r.code === s.code && r.seed === s.seed && r.procs === s.procs && r.goVersion === s.goVersion && r.race === s.race;
  return same ? r : null;
}

/** What a run adds to its settings while a replay is active: the schedule to follow first. */
export function replayRunSettings(s: Partial<ReplayContext> & Pick<ReplayContext, 'seed' | 'procs' | 'policy'>): Pick<RunSettings, 'schedule'> {
  if (s.replay == null || s.code === undefined || s.goVersion === undefined) return {};
  const r = activeReplay({ replay: s.replay, code: s.code, seed: s.seed, procs: s.procs, goVersion: s.goVersion, race: s.race === true, policy: s.policy });
  return r === null ? {} : { schedule: r.schedule.slice() };
}

/** True when a run's settings replayed a schedule under a self-deciding policy (what the player shows is a replay). */
export function ranAsReplay(settings: RunSettings | null): boolean {
  return settings !== null && settings.policy !== 'manual' && Array.isArray(settings.schedule) && settings.schedule.length > 0;
}
