// The parts of a scenario the player and lessons own: where the cursor is, the granularity, the
// manual schedule, the open views and the lesson step.
import type { AppState } from '../store/index.ts';
import type { ScenarioExtras } from './scenario-of-state.ts';

export function playerExtras(_state: AppState): ScenarioExtras {
  return {};
}
