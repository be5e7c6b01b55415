// The settings slice: the learner's preferences and run settings, persisted with the program.
import type { StateCreator } from 'zustand';
import type { SchedulerPolicy } from '../../worker/api.ts';
import type { ExplorerReplay } from '../explore/replay.ts';

export const minFontSize = 10;
export const maxFontSize = 28;
export const defaultFontSize = 14;

/** Seeds are uint32: the engine's PRNG is seeded from 32 bits. */
export const maxSeed = 0xffff_ffff;
export const defaultSeed = 1;
/** GOMAXPROCS choices offered in the UI; 8 is a common laptop's core count (and the CLI's default). */
export const minProcs = 1;
export const maxProcs = 8;
export const defaultProcs = 8;
export const schedulerPolicies: readonly SchedulerPolicy[] = ['random', 'round-robin', 'manual'];

/**
 * The Go versions the UI offers, one per behaviour the engine models (engine/run-source.ts): the
 * value is the newest release of each range. The default is today's Go: since 1.24 a map is a Swiss
 * table (and since 1.26 nothing else); the bucket map of Go 1.19–1.23, which most write-ups of
 * the crash describe, is one choice away.
 */
export const goVersionChoices: ReadonlyArray<{ value: string; label: string }> = [
  // Labels name the release modelled: 1.21's map grows sooner than 1.19's, 1.26 prunes tombstones as 1.24 did not.
  { value: '1.21', label: 'Go 1.21 (shared loop variables, bucket map)' },
  { value: '1.23', label: 'Go 1.22–1.23 (bucket map)' },
  { value: '1.26', label: 'Go 1.26 (Swiss table)' },
];
export const defaultGoVersion = '1.26';
/** The default before the Swiss table became it (persisted settings from then are migrated). */
export const previousDefaultGoVersion = '1.23';

export interface SettingsSlice {
  /** Editor font size in CSS pixels. */
  fontSize: number;
  /** Milliseconds of quiet after typing before the program is re-checked. */
  checkDelayMs: number;
  /** Seed of the scheduler and the runtime's randomness: the same seed gives the same run. */
  seed: number;
  /** GOMAXPROCS for runs, 1 to 8. */
  procs: number;
  policy: SchedulerPolicy;
  /** Run with Go's race detector (`go run -race`). */
  race: boolean;
  /** The Go version runs model ("1.21", "1.23", "1.26"): loop variables and the map design follow it. */
  goVersion: string;
  /** The version the learner chose (persisted); a share link or a lesson step may run another for a while. */
  chosenGoVersion: string;
  changeFontSize(delta: number): void;
  /** Sets the seed (clamped to a uint32 whole number). */
  setSeed(seed: number): void;
  /**
   * Picks a fresh seed, different from the current one.
   * @example state.newSeed(() => 0.5) // seed becomes 2147483648
   */
  newSeed(random?: () => number): void;
  setProcs(procs: number): void;
  setPolicy(policy: SchedulerPolicy): void;
  setRace(on: boolean): void;
  /** The learner's choice of Go version; a value that is not "1.N" is ignored; others snap to the choice covering them. */
  setGoVersion(version: string): void;
  /** Runs as this Go version for what a link or lesson step loads, without changing the learner's saved choice. */
  runAsGoVersion(version: string): void;
  /** The explorer's failing schedule, replayed by runs while its program and settings hold (explore/replay.ts); not persisted. */
  replay: ExplorerReplay | null;
  setReplay(replay: ExplorerReplay | null): void;
}

export function clampFontSize(size: number): number {
  if (!Number.isFinite(size)) return defaultFontSize;
  return Math.min(maxFontSize, Math.max(minFontSize, Math.round(size)));
}

export function clampSeed(seed: number): number {
  if (!Number.isFinite(seed)) return defaultSeed;
  return Math.min(maxSeed, Math.max(0, Math.trunc(seed)));
}

export function clampProcs(procs: number): number {
  if (!Number.isFinite(procs)) return defaultProcs;
  return Math.min(maxProcs, Math.max(minProcs, Math.round(procs)));
}

export function isSchedulerPolicy(value: unknown): value is SchedulerPolicy {
  return schedulerPolicies.includes(value as SchedulerPolicy);
}

/** The offered version that models `version` ("1.22" → "1.23", "1.25" → "1.26"), or null if it is not "1.N". */
export function goVersionChoice(version: unknown): string | null {
  if (typeof version !== 'string') return null;
  const m = /^(?:go)?1\.(\d{1,3})(?:\.\d+)?$/.exec(version.trim());
  if (!m) return null;
  const minor = Number(m[1]);
  return minor >= 24 ? '1.26' : minor >= 22 ? '1.23' : '1.21';
}

/** A seed drawn from `random` (a [0, 1) source), moved on by one if it equals `current`. */
export function freshSeed(current: number, random: () => number): number {
  const drawn = clampSeed(Math.floor(random() * (maxSeed + 1)));
  return drawn === current ? (drawn + 1) % (maxSeed + 1) : drawn;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  fontSize: defaultFontSize,
  // Short enough that diagnostics appear within 100 ms of the last keystroke.
  checkDelayMs: 60,
  seed: defaultSeed,
  procs: defaultProcs,
  policy: 'random',
  race: false,
  goVersion: defaultGoVersion,
  chosenGoVersion: defaultGoVersion,
  changeFontSize: (delta) => set((s) => ({ fontSize: clampFontSize(s.fontSize + delta) })),
  setSeed: (seed) => set({ seed: clampSeed(seed) }),
  // The UI is allowed randomness (the engine is not): a new seed is a new, reproducible run.
  newSeed: (random = Math.random) => set((s) => ({ seed: freshSeed(s.seed, random) })),
  setProcs: (procs) => set({ procs: clampProcs(procs) }),
  setPolicy: (policy) => set((s) => (isSchedulerPolicy(policy) ? { policy } : s)),
  setRace: (on) => set({ race: on === true }),
  setGoVersion: (version) => set((s) => {
    const v = goVersionChoice(version);
    return v === null ? s : { goVersion: v, chosenGoVersion: v };
  }),
  runAsGoVersion: (version) => set((s) => {
    const v = goVersionChoice(version);
    return v === null ? s : { goVersion: v };
  }),
  replay: null,
  setReplay: (replay) => set({ replay }),
});
