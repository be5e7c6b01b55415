// The cards marked as changed are the objects the cursor's step touched, and only those.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceReader } from '../../../engine/trace/reader.ts';
import { changedObjects } from './changed-objects.ts';

const program = `package main

import "sync"

func main() {
	var a, b sync.Mutex
	ch := make(chan int, 1)
	a.Lock()
	b.Lock()
	ch <- 1
	a.Unlock()
	b.Unlock()
}
`;

describe('changedObjects', () => {
  it('names the objects of the step at the cursor', () => {
    const reply = createEngineApi().run(program, { seed: 1, procs: 1, policy: 'random', maxSteps: 1e9, trace: true }, 1);
    const reader = new TraceReader(reply.trace!);
    const events = [...reader.range()];
    const lockB = events.find((e) => e.kind === 'lock.seen' && e.name === 'b') as { obj: number; index: number };
    const lockA = events.find((e) => e.kind === 'lock.seen' && e.name === 'a') as { obj: number; index: number };
    // Each statement's events end at the next goroutine.line: the stop of a statement Step.
    const lineAfter = (i: number) => events.findIndex((e, j) => j > i && e.kind === 'goroutine.line') + 1;
    expect([...changedObjects(reader, lineAfter(lockA.index))]).toEqual([lockA.obj]);
    expect([...changedObjects(reader, lineAfter(lockB.index))]).toEqual([lockB.obj]);
    // A phase stop in the middle of a statement counts the statement's changes so far.
    expect([...changedObjects(reader, lockB.index + 1)]).toEqual([lockB.obj]);
    expect(changedObjects(reader, 0).size).toBe(0);
    // A bounded scan: with a limit of one event only the last one counts.
    const sent = events.find((e) => e.kind === 'chan.sent') as { obj: number; index: number };
    expect([...changedObjects(reader, sent.index + 1, 1)]).toEqual([sent.obj]);
  });
});
