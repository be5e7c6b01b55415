// The strategy registry, in the order the lab presents them.
import { mutex } from './mutex.ts';
import { none } from './none.ts';
import { owner } from './owner.ts';
import { readMostly } from './read-mostly.ts';
import { rwmutex } from './rwmutex.ts';
import { sharded } from './sharded.ts';
import type { Strategy, StrategyName } from './strategy.ts';

export const STRATEGIES: readonly Strategy[] = [none, mutex, rwmutex, sharded, readMostly, owner];

export const STRATEGY_NAMES: readonly StrategyName[] = STRATEGIES.map((s) => s.name);

export function strategyByName(name: string): Strategy | undefined {
  return STRATEGIES.find((s) => s.name === name);
}

export type { Strategy, StrategyName } from './strategy.ts';
