// What the explorer panel shows, as pure functions of its state: progress, verdict, and opening a failure in the player.
import type { ExploreProgressReport, ExploreReply, ExploreResult } from '../../worker/explore-api.ts';

export type ExploreMode = 'find' | 'check';

export type PanelState =
  | { kind: 'idle' }
  | { kind: 'running'; mode: ExploreMode; progress: ExploreProgressReport | null }
  | { kind: 'done'; mode: ExploreMode; reply: ExploreReply }
  | { kind: 'cancelled'; mode: ExploreMode; progress: ExploreProgressReport | null }
  | { kind: 'failed'; message: string };

/** Schedules each button may run. Finding stops early; checking a fix is allowed longer. */
export const maxSchedulesFor: Record<ExploreMode, number> = { find: 20_000, check: 100_000 };

const n = (x: number): string => Math.round(x).toLocaleString('en-US');

/** "1,234 schedules explored · 560 per second", plus where the search is. */
export function progressText(p: ExploreProgressReport | null): string {
  if (p === null) return 'Starting the explorer…';
  const where = p.strategy === 'pct' ? 'random schedules (PCT)' : p.level === 0 ? 'schedules without preemptions' : `schedules with ${p.level} preemption${p.level === 1 ? '' : 's'}`;
  return `${n(p.schedules)} schedules explored · ${n(p.perSecond)} per second · now: ${where}`;
}

/** The progress bar's fill, 0 to 1: schedules run out of the most the search may run. */
export function progressFraction(p: ExploreProgressReport | null): number {
  if (p === null || p.maxSchedules <= 0) return 0;
  return Math.min(1, p.schedules / p.maxSchedules);
}

/** The verdict sentence shown when a search ends. */
export function verdictText(reply: ExploreReply): string {
  const r = reply.result;
  const time = `${n(r.schedules)} schedules in ${(reply.ms / 1000).toFixed(1)} s`;
  if (r.status === 'compile-error') return 'The program does not build: fix the problems first.';
  if (r.failure) return `Found a failing schedule: ${r.failure.message} (${time}; ${r.failure.preemptions} preemption${r.failure.preemptions === 1 ? '' : 's'} after shrinking).`;
  return `${capitalize(r.summary)} (${time}).`;
}

function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/** What the store must do so the player opens at the failure (the store's own actions). */
export interface PlayerOpener {
  setSeed(seed: number): void;
  setProcs(procs: number): void;
  setPolicy(policy: 'manual'): void;
  setRace(on: boolean): void;
  setManualSchedule(schedule: number[]): void;
  requestRun(): void;
}

/**
 * Opens a found failure in the player: the run replays the failing schedule in its manual form
 * (every decision, as manual mode records them; the explorer checked that it ends in the same
 * failure), so the player opens at the failure and the learner can take choices back from there.
 */
export function openFailure(result: ExploreResult, race: boolean, s: PlayerOpener): boolean {
  const f = result.failure;
  if (!f) return false;
  s.setSeed(result.seed);
  s.setProcs(result.procs);
  s.setRace(race);
  s.setPolicy('manual');
  s.setManualSchedule(f.manualSchedule ?? f.schedule);
  s.requestRun();
  return true;
}
