// Opening a scenario: ask before replacing the learner's own program, then load it, set the
// run settings, run it, and leave the cursor for the player to reach once the run has a trace.
import type { SchedulerPolicy } from '../../worker/api.ts';
import type { AppState } from '../store/index.ts';
import { applyPlayerSettings } from './player-extras.ts';
import type { Scenario } from './scenario.ts';
import type { ShareStore } from './share-store.ts';

/** The app-store actions a scenario is applied through. */
export interface ScenarioTarget {
  code: string;
  setCode(code: string): void;
  setSeed(seed: number): void;
  setProcs(procs: number): void;
  setPolicy(policy: SchedulerPolicy): void;
  requestRun(): void;
  /** Shows the Playground (a link pasted while the Lab is showing must not open out of sight). */
  showPage?(page: 'playground'): void;
}

/**
 * True when loading `scenario` would throw away work: the editor holds a program that is neither
 * the link's program nor one the app itself provided (the first-visit sample, an empty editor).
 */
export function wouldReplaceEdits(currentCode: string, scenario: Scenario, providedPrograms: readonly string[]): boolean {
  if (currentCode === scenario.program || currentCode.trim() === '') return false;
  return !providedPrograms.includes(currentCode);
}

/** What other parts of the app do around loading a link's program (the lessons, share/lesson-link.ts). */
export interface ApplyHooks {
  beforeLoad?(): void;
  afterLoad?(scenario: Scenario): void;
}

/** Loads the scenario into the app and starts its run. */
export function applyScenario(scenario: Scenario, target: { getState(): ScenarioTarget }, share: ShareStore, hooks: ApplyHooks = {}): void {
  hooks.beforeLoad?.();
  const s = target.getState();
  s.setCode(scenario.program);
  s.setSeed(scenario.seed);
  s.setProcs(scenario.procs);
  // The settings slice ignores a policy it does not offer (e.g. 'manual' before manual mode exists).
  s.setPolicy(scenario.policy);
  applyPlayerSettings(target.getState() as AppState, scenario);
  share.getState().setPendingCursor(scenario.cursor ?? null);
  share.getState().setRequestedViews(scenario.views ?? null);
  share.getState().setProblem(null);
  hooks.afterLoad?.(scenario);
  target.getState().showPage?.('playground');
  target.getState().requestRun();
}
