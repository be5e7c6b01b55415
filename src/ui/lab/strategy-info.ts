// How the lab describes each strategy to the learner, and the colour it has in every chart.
import type { StrategyName } from '../../lab/strategies/index.ts';

export const STRATEGY_INFO: Record<StrategyName, { title: string; go: string; summary: string; color: string }> = {
  none: {
    title: 'none',
    go: 'plain map, no lock',
    summary: 'Every worker reads and writes the map directly. Only Go’s hashWriting flag check stands guard: a best-effort detector, not a lock.',
    color: '#b3261e',
  },
  mutex: {
    title: 'Mutex',
    go: 'sync.Mutex',
    summary: 'One futex-style lock (Atomics.wait / notify) around every read and write.',
    color: '#00758f',
  },
  rwmutex: {
    title: 'RWMutex',
    go: 'sync.RWMutex',
    summary: 'Readers share the lock, a writer holds it alone; writer-preferring, with Go’s readerCount / readerWait algorithm.',
    color: '#6a4c93',
  },
  sharded: {
    title: 'sharded',
    go: '16 maps, 16 mutexes',
    summary: 'A key’s hash picks one of 16 maps, each with its own lock, so workers rarely wait for each other.',
    color: '#2e7d32',
  },
  'read-mostly': {
    title: 'read-mostly',
    go: 'sync.Map (Go ≤ 1.23)',
    summary: 'Lock-free reads from a read-only view; new keys go to a locked dirty map that is promoted after enough misses.',
    color: '#c77700',
  },
  owner: {
    title: 'owner',
    go: 'owner goroutine + channels',
    summary: 'Worker 1 owns the map; the others send requests through a shared-memory queue and wait for replies. Needs 2 workers or more.',
    color: '#455a64',
  },
};
