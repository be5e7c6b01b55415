// Run settings as they cross into the worker: whatever arrives becomes settings the engine accepts.
//
// The UI already keeps its settings in range; this guards the boundary itself, since over Comlink
// anything can arrive (a stale persisted value, a test, a future caller).
import type { RunSettings, SchedulerPolicy } from './api.ts';

/** GOMAXPROCS bounds the engine accepts (the CLI's `--procs` range). */
export const minProcs = 1;
export const maxProcs = 256;
/** The engine's own step budget, used when none (or nonsense) is given. */
export const defaultMaxSteps = 50_000_000;
/** No run may ask for more than this many steps: far beyond what a learner waits for. */
export const maxMaxSteps = 100_000_000_000;

const policies: readonly SchedulerPolicy[] = ['random', 'round-robin', 'manual'];
/** The longest schedule a run accepts (pairs × 2); a manual session far longer is not a learner's. */
export const maxScheduleLength = 2_000_000;
/** The most events a trace may keep (about 25–50 bytes each). */
export const maxTraceLimit = 20_000_000;

/** Clamps and fills in `value` so the engine gets a valid seed, GOMAXPROCS, policy and budget. */
export function normalizeRunSettings(value: unknown): RunSettings {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings: RunSettings = {
    seed: normalizeSeed(v.seed),
    procs: wholeIn(v.procs, minProcs, maxProcs, 8),
    policy: policies.includes(v.policy as SchedulerPolicy) ? (v.policy as SchedulerPolicy) : 'random',
    // A budget below one step is no budget at all: use the engine's own.
    maxSteps: typeof v.maxSteps === 'number' && v.maxSteps >= 1 ? wholeIn(v.maxSteps, 1, maxMaxSteps, defaultMaxSteps) : defaultMaxSteps,
  };
  if (v.trace === true) settings.trace = true;
  if (v.race === true) settings.race = true;
  if (typeof v.goVersion === 'string' && /^1\.(19|2[0-6])$/.test(v.goVersion)) settings.goVersion = v.goVersion;
  if (typeof v.traceLimit === 'number' && v.traceLimit >= 1) settings.traceLimit = wholeIn(v.traceLimit, 1, maxTraceLimit, maxTraceLimit);
  const schedule = normalizeSchedule(v.schedule);
  if (schedule) settings.schedule = schedule;
  return settings;
}

/** A schedule is pairs of whole numbers: goroutine id ≥ 1, quantum ≥ 1; anything else is dropped whole. */
export function normalizeSchedule(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length % 2 !== 0 || value.length > maxScheduleLength) return undefined;
  for (const n of value) if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 0x7fff_ffff) return undefined;
  return value.slice() as number[];
}

/** The engine's PRNG takes a uint32 seed; anything else is brought into that range the way it would wrap. */
export function normalizeSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) return 1;
  return Math.trunc(seed) >>> 0;
}

function wholeIn(n: unknown, min: number, max: number, fallback: number): number {
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
