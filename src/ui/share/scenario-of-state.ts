// The scenario of what the learner has on screen: their program, run settings and player position.
import { defaultGoVersion, defaultGranularity, limits, type Scenario, type ScenarioPolicy } from './scenario.ts';

/** The app-store fields a scenario is made from. */
export interface SharedSettings {
  code: string;
  seed: number;
  procs: number;
  policy: string;
}

/** What the player and lesson parts add when they have it. */
export type ScenarioExtras = Partial<Pick<Scenario, 'lesson' | 'granularity' | 'schedule' | 'cursor' | 'views' | 'goVersion' | 'race' | 'policy'>>;

function policyOf(p: string): ScenarioPolicy {
  return p === 'round-robin' || p === 'manual' ? p : 'random';
}

function whole(n: number, min: number, max: number, fallback: number): number {
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Builds a scenario that always passes the decoder's checks (values are clamped into range). */
export function scenarioOf(settings: SharedSettings, extras: ScenarioExtras = {}): Scenario {
  const s: Scenario = {
    program: settings.code,
    seed: whole(settings.seed, 0, limits.maxSeed, 1),
    policy: extras.policy ?? policyOf(settings.policy),
    procs: whole(settings.procs, limits.minProcs, limits.maxProcs, 8),
    granularity: extras.granularity ?? defaultGranularity,
    schedule: extras.schedule ? [...extras.schedule] : [],
    goVersion: extras.goVersion ?? defaultGoVersion,
  };
  if (extras.lesson) s.lesson = { ...extras.lesson };
  if (extras.cursor && (extras.cursor.event !== undefined || extras.cursor.step !== undefined)) s.cursor = { ...extras.cursor };
  if (extras.views) s.views = [...new Set(extras.views)];
  if (extras.race) s.race = true;
  return s;
}
