// Lock and channel events told in words, with the names the program gave its locks and channels.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { TraceReader } from '../reader.ts';
import { syncSentence, type SyncEventName } from './sync-narration.ts';
import type { TraceEvent } from '../events.ts';

const program = `package main

import "sync"

type DB struct{ mu sync.Mutex }

func main() {
	db := &DB{}
	results := make(chan int, 2)
	db.mu.Lock()
	results <- 7
	db.mu.Unlock()
	<-results
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
}
`;

function sentences(): string[] {
  const r = runSource(program, { trace: true, seed: 1, procs: 1 });
  const reader = new TraceReader(r.trace!);
  return [...reader.range()]
    .filter((e): e is Extract<TraceEvent, { kind: SyncEventName }> => /^(lock|chan|waitgroup)\./.test(e.kind))
    .map((e) => syncSentence(e, reader));
}

describe('lock and channel narration', () => {
  it('tells each change with the program\'s names', () => {
    expect(sentences()).toEqual([
      'g1 made `results`, a chan int with a buffer of 2.',
      'g1 uses the sync.Mutex `db.mu` for the first time.',
      'g1 locked `db.mu`.',
      'g1 put 7 into the buffer of `results` at slot 0 (1 buffered).',
      'g1 unlocked `db.mu`.',
      'g1 took 7 from the buffer of `results` at slot 0 (0 left).',
      'g1 uses the sync.WaitGroup `wg` for the first time.',
      'g1 changed the counter of `wg` by 1: 0 → 1.',
      'g1 changed the counter of `wg` by -1: 1 → 0.',
    ]);
  });
});
