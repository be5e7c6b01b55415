// What the explorer panel shows, as pure functions of its state: progress, verdict, and opening a failure in the player.
import type { SchedulerPolicy } from '../../worker/api.ts';
import type { ExploreProgressReport, ExploreReply, ExploreResult } from '../../worker/explore-api.ts';
import type { ExplorerReplay } from './replay.ts';

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
  // The panel has no step-budget control: say what it gives and where more is to be had.
  const budget = r.allCut?.why === 'steps' ? ' Here each schedule gets 20,000 steps to find and 1,000,000 to check; the command line (gomaplab explore --max-steps) allows more.' : '';
  return `${capitalize(r.summary)} (${time}).${budget}`;
}

function capitalize(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/** What a search was run on: the program and the settings the explorer does not report back. */
export interface ExploredWith {
  code: string;
  goVersion: string;
  race: boolean;
}

/** What the store must do so the player opens at the failure (the store's own state and actions). */
export interface PlayerOpener {
  code: string;
  policy: SchedulerPolicy;
  setSeed(seed: number): void;
  setProcs(procs: number): void;
  setPolicy(policy: SchedulerPolicy): void;
  setRace(on: boolean): void;
  runAsGoVersion(version: string): void;
  setManualSchedule(schedule: number[]): void;
  setReplay(replay: ExplorerReplay | null): void;
  requestRun(): void;
}

/**
 * Opens a found failure in the player: the run replays the failing schedule (the worker's replay
 * policy; the explorer checked that it ends in the same failure), so the player opens at the
 * crash with ordinary Step and Back, under a self-deciding policy. The schedule's manual form
 * becomes manual mode's choices, so switching to manual goes on from the same run. When the
 * replay did not reproduce the failure but the manual form did, the run is opened in manual mode.
 * Returns false when there is nothing to open, or the program changed since the search.
 */
export function openFailure(result: ExploreResult, explored: ExploredWith, s: PlayerOpener): boolean {
  const f = result.failure;
  if (!f || s.code !== explored.code) return false;
  s.setSeed(result.seed);
  s.setProcs(result.procs);
  s.setRace(explored.race);
  s.runAsGoVersion(explored.goVersion);
  s.setManualSchedule(f.manualSchedule ?? []);
  if (!f.replayed && f.manualSchedule !== null) {
    s.setReplay(null);
    s.setPolicy('manual');
  } else {
    if (s.policy === 'manual') s.setPolicy('random');
    s.setReplay({
      schedule: f.schedule.slice(), message: f.message, code: explored.code, seed: result.seed, procs: result.procs,
      goVersion: explored.goVersion, race: explored.race,
    });
  }
  s.requestRun();
  return true;
}
