// The settings slice: the learner's preferences and run settings, persisted with the program.
import type { StateCreator } from 'zustand';
import type { SchedulerPolicy } from '../../worker/api.ts';

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
  changeFontSize: (delta) => set((s) => ({ fontSize: clampFontSize(s.fontSize + delta) })),
  setSeed: (seed) => set({ seed: clampSeed(seed) }),
  // The UI is allowed randomness (the engine is not): a new seed is a new, reproducible run.
  newSeed: (random = Math.random) => set((s) => ({ seed: freshSeed(s.seed, random) })),
  setProcs: (procs) => set({ procs: clampProcs(procs) }),
  setPolicy: (policy) => set((s) => (isSchedulerPolicy(policy) ? { policy } : s)),
  setRace: (on) => set({ race: on === true }),
});
