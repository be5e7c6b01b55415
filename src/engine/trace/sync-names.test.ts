// Names for locks and channels read from the source line of an operation, as a learner wrote them.
import { describe, expect, it } from 'vitest';
import { chanNameAt, lockNameAt } from './sync-names.ts';

describe('lockNameAt', () => {
  const cases: Array<[line: string, op: string, name: string]> = [
    ['\tmu.Lock()', 'Lock', 'mu'],
    ['\tdefer c.mu.Unlock()', 'Unlock', 'c.mu'],
    ['\ts.shards[i % n].mu.RLock() // read side', 'RLock', 's.shards[i % n].mu'],
    ['\tdb . mu . Lock ()', 'Lock', 'db.mu'],
    ['\tif mu.TryLock() {', 'TryLock', 'mu'],
    ['\twg.Add(1); go work(&wg)', 'Add', 'wg'],
    // The method named by the op is the one that counts, not the first call on the line.
    ['\ta.Lock(); b.Unlock()', 'Unlock', 'b'],
    // A commented-out call names nothing; neither does an op the line does not show.
    ['\t// mu.Lock()', 'Lock', ''],
    ['\tc.Wait()', 'Cond.Wait', ''],
    ['', 'Lock', ''],
  ];
  for (const [line, op, name] of cases) it(`${JSON.stringify(line)} ${op} → ${JSON.stringify(name)}`, () => expect(lockNameAt(line, op)).toBe(name));
});

describe('chanNameAt', () => {
  const cases: Array<[line: string, name: string]> = [
    ['\tch := make(chan int, 3)', 'ch'],
    ['\tresults = make(chan string)', 'results'],
    ['\ts.jobs = make(chan Job, n)', 's.jobs'],
    ['\tvar done = make(chan struct{})', 'done'],
    ['\t\tquit: make(chan bool),', 'quit'],
    ['\treturn make(chan int)', ''],
    ['\tm := make(map[int]int)', ''],
  ];
  for (const [line, name] of cases) it(`${JSON.stringify(line)} → ${JSON.stringify(name)}`, () => expect(chanNameAt(line)).toBe(name));
});
