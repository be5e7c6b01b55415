// The scenario a share link carries: everything needed to reopen a run exactly where the sender was.
//
// The engine is deterministic (DESIGN.md rule 2), so a program, its settings and a seed (or an
// explicit schedule) are enough to rebuild the whole run; the link never carries the trace itself.

/** Scheduler policies a scenario may name; 'manual' replays `schedule` and then waits for the learner. */
export type ScenarioPolicy = 'random' | 'round-robin' | 'manual';
export const scenarioPolicies: readonly ScenarioPolicy[] = ['random', 'round-robin', 'manual'];

/** How far one Step moves the player: to the next source line, or to the next runtime phase. */
export type Granularity = 'statement' | 'phase';
export const granularities: readonly Granularity[] = ['statement', 'phase'];

/** Where the player stood when the link was made. Either or both may be given; `event` wins when both are. */
export interface ScenarioCursor {
  /** Index into the run's event trace. */
  event?: number;
  /** Step number as the player counts steps at the scenario's granularity. */
  step?: number;
}

export interface ScenarioLesson {
  /** The lesson's folder name, e.g. `01-map-crash`. */
  id: string;
  /** 0-based step within the lesson. */
  step: number;
}

export interface Scenario {
  program: string;
  lesson?: ScenarioLesson;
  /** uint32 seed of the scheduler and the runtime's randomness. */
  seed: number;
  policy: ScenarioPolicy;
  /** GOMAXPROCS. */
  procs: number;
  granularity: Granularity;
  /** Scheduler choices to replay, as flat [g, quantum] pairs (the engine's ManualPolicy input); [] for none. */
  schedule: number[];
  cursor?: ScenarioCursor;
  /** The Go version whose behaviour the run reproduces. */
  goVersion: string;
  /** Views open beside the editor (view ids such as `console`, `map`); absent means the app's default. */
  views?: string[];
  /** Run with the race detector (`go run -race`); absent means off. */
  race?: boolean;
}

/** Go version assumed when a link does not name one: the only one the engine modelled when format 1 was made. */
export const defaultGoVersion = '1.23';
export const defaultGranularity: Granularity = 'statement';

/**
 * Bounds a link must respect. Chosen so that decoding the largest accepted link takes milliseconds:
 * the fragment is refused before any work when too long, and unpacking stops once it passes
 * `maxJsonBytes`. A 100,000-character program is far beyond any lesson (they are ~1-2 KB).
 */
export const limits = {
  /** Characters after `#`, prefix included. */
  maxFragmentChars: 65_536,
  /** UTF-8 bytes of the unpacked JSON. */
  maxJsonBytes: 400_000,
  maxProgramChars: 100_000,
  /** Numbers in `schedule` (two per choice). */
  maxScheduleNumbers: 20_000,
  maxViews: 16,
  /** Goroutine ids (from 1) and quanta (from 1) in a schedule stay below this. */
  maxScheduleValue: 2 ** 31 - 1,
  /** GOMAXPROCS range the engine accepts (worker/run-settings.ts). */
  minProcs: 1,
  maxProcs: 256,
  maxSeed: 0xffff_ffff,
  maxLessonStep: 999,
} as const;
