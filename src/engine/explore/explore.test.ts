// The explorer's known answers: bugs found (and only at their interleavings), fixes never reported,
// shrunk schedules that replay to the same failure, honest coverage, bad input handled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CUT_LIMIT, exploreSource, explore } from './explore.ts';
import { compileSource } from '../compile-source.ts';
import { replaySchedule } from './replay-check.ts';
import { stdoutEquals } from './outcome.ts';
import type { Program } from '../vm/machine.ts';
import { runSource } from '../run-source.ts';

const testdata = join(import.meta.dirname, 'testdata');
const source = (name: string): string => readFileSync(join(testdata, name), 'utf8');
const compiled = (name: string): Program => {
  const c = compileSource(source(name));
  if (!c.ok) throw new Error(c.stderr);
  return c.program;
};

describe('finding a failing schedule', () => {
  it('finds the one order of critical sections that exposes an intermediate state, and replays it', () => {
    const program = compiled('intermediate-state.go');
    // Checking runs the systematic search alone, so which level found it is known.
    const r = explore(program, { mode: 'check' });
    expect(r.status).toBe('failed');
    expect(r.failure).toMatchObject({ kind: 'panic', message: 'panic: main saw the intermediate state', via: 'systematic', replayed: true });
    // Main must be switched out before its read and the worker switched out between its two
    // critical sections: two preemptions, found in the ≤ 2 level and not before.
    expect(r.failure!.preemptions).toBe(2);
    expect(r.systematic.completedBound).toBe(1);
    const again = replaySchedule(program, r.failure!.schedule, { seed: r.seed, procs: r.procs, maxSteps: r.maxSteps, claim: null });
    expect(again).toEqual({ outcome: { kind: 'failed', failure: 'panic', message: 'panic: main saw the intermediate state' }, diverged: false });
  });

  it('to find, PCT takes turns with the systematic search; what it finds replays too', () => {
    const program = compiled('intermediate-state.go');
    const r = explore(program, { mode: 'find' });
    expect(r.failure).toMatchObject({ kind: 'panic', replayed: true });
    expect(r.failure!.preemptions).toBeLessThanOrEqual(2);
    expect(replaySchedule(program, r.failure!.schedule, { seed: 1, procs: 8, maxSteps: r.maxSteps, claim: null }).outcome.kind).toBe('failed');
  });

  it('finds concurrent map writes with one preemption and the schedule replays to the same fatal error', () => {
    const program = compiled('two-writers-small.go');
    const r = explore(program, { mode: 'find' });
    expect(r.failure).toMatchObject({ kind: 'fatal', message: 'fatal error: concurrent map writes', preemptions: 1, replayed: true });
    expect(r.failure!.stderr).toContain('goroutine ');
    expect(r.failure!.schedule.length % 2).toBe(0);
    const again = replaySchedule(program, r.failure!.schedule, { seed: 1, procs: 8, maxSteps: r.maxSteps, claim: null });
    expect(again.outcome).toEqual({ kind: 'failed', failure: 'fatal', message: 'fatal error: concurrent map writes' });
  });

  it('also gives the schedule in manual form, which runSource replays with the manual policy to the same crash', () => {
    const r = exploreSource(source('two-writers-small.go'), { mode: 'check' });
    const manual = r.failure!.manualSchedule!;
    expect(manual.length).toBeGreaterThan(r.failure!.schedule.length);
    const replayed = runSource(source('two-writers-small.go'), { seed: r.seed, procs: r.procs, policy: 'manual', schedule: manual });
    expect(replayed.stderr.split('\n')[0]).toBe('fatal error: concurrent map writes');
    expect(replayed.diverged).toBeUndefined();
    // And the ordinary form through runSource's replay policy, as the worker runs RunSettings.schedule.
    const viaReplay = runSource(source('two-writers-small.go'), { seed: r.seed, procs: r.procs, policy: 'replay', schedule: r.failure!.schedule });
    expect(viaReplay.stderr.split('\n')[0]).toBe('fatal error: concurrent map writes');
  });

  it('the intermediate state is visible in exactly the schedules that order the critical sections so', () => {
    // Exhausting ≤ 2 preemptions with a claim that counts: only the failing order prints 1.
    const r = exploreSource(source('intermediate-state.go').replace('panic("main saw the intermediate state")', 'println("seen")'), {
      mode: 'check', claim: (run) => (run.stderr.includes('seen') ? 'seen' : null),
    });
    expect(r.failure?.kind).toBe('claim');
    const clean = exploreSource(source('intermediate-state.go').replace('if s == 1', 'if s == 2'), { mode: 'check' });
    expect(clean.status).toBe('passed');
    expect(clean.systematic.completedBound).toBe(2);
  });

  it('breaks a claim about output: a lost update prints 1 where the claim says 2', () => {
    const r = exploreSource(source('lost-update.go'), { claim: stdoutEquals('2\n') });
    expect(r.failure).toMatchObject({ kind: 'claim', stdout: '1\n', replayed: true });
    expect(r.failure!.message).toContain('"1\\n"');
    expect(exploreSource(source('lost-update.go'), { mode: 'check' }).status).toBe('passed');
  });

  it('shrinks: a schedule found with extra preemptions comes back with fewer that fail the same way', () => {
    const r = exploreSource(readFileSync(join(testdata, '../../testdata/crash/concurrent-map-writes-100-goroutines.go'), 'utf8'), { mode: 'find', maxSchedules: 200 });
    expect(r.failure).toMatchObject({ kind: 'fatal', message: 'fatal error: concurrent map writes', replayed: true });
    expect(r.failure!.preemptions).toBeLessThanOrEqual(r.failure!.foundPreemptions);
    expect(r.failure!.preemptions).toBeLessThanOrEqual(2);
  });
});

describe('correct programs are never reported', () => {
  it.each(['two-writers-mutex.go', 'two-writers-rwmutex.go', 'mutex-cache.go', 'own-maps.go'])('%s: no failure in all schedules with ≤ 2 preemptions', (name) => {
    const r = exploreSource(source(name), { mode: 'check', maxSchedules: 20_000 });
    expect(r.status).toBe('passed');
    expect(r.failure).toBeUndefined();
    expect(r.systematic.completedBound).toBe(2);
    expect(r.cut).toBe(0);
    expect(r.summary).toMatch(/^no failure in all [\d,]+ schedules with ≤ 2 preemptions$/);
    expect(r.systematic.levels.reduce((n, l) => n + l.schedules, 0)).toBe(r.schedules);
  });

  it('the channel-owner fix: the bounded space is too large, PCT covers the rest and says so', () => {
    const r = exploreSource(source('channel-owner.go'), { mode: 'check', maxSchedules: 400, claim: stdoutEquals('2 2\n') });
    expect(r.status).toBe('passed');
    expect(r.schedules).toBe(400);
    expect(r.pct?.runs).toBeGreaterThan(0);
    expect(r.summary).toContain('random schedules (PCT, depth 3)');
    expect(r.summary).toContain('too large');
  });

  it.each(['fixed-with-mutex', 'fixed-with-rwmutex', 'fixed-with-channel-owner', 'fixed-with-sync-map', 'fixed-with-shards'])('scaled %s: no failure in 12 schedules', (name) => {
    const text = readFileSync(join(testdata, `../../testdata/seeds/${name}.go`), 'utf8');
    const r = exploreSource(text, { mode: 'find', maxSchedules: 12, maxSteps: 2_000_000 });
    expect(r.failure).toBeUndefined();
    expect(r.schedules).toBe(12);
  });
});

describe('with the race detector', () => {
  const counter = (locked: boolean) => `package main

import "sync"

func main() {
	n := 0
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			${locked ? 'mu.Lock()' : ''}
			n++
			${locked ? 'mu.Unlock()' : ''}
		}()
	}
	wg.Wait()
	println(n)
	_ = &mu
}
`;

  it('a data race report is a failure, and its schedule replays to a report', () => {
    const r = exploreSource(counter(false), { race: true, mode: 'check' });
    expect(r.failure).toMatchObject({ kind: 'race', message: 'WARNING: DATA RACE', replayed: true });
    expect(r.failure!.stderr).toContain('WARNING: DATA RACE');
    expect(r.failure!.stderr).toContain('Found 1 data race(s)');
  });

  it('the locked counter is never reported', () => {
    const r = exploreSource(counter(true), { race: true, mode: 'check', maxSchedules: 5000 });
    expect(r.status).toBe('passed');
    expect(r.systematic.completedBound).toBe(2);
  });
});

describe('partial-order reduction', () => {
  const outcomes = (text: string, reduce: boolean, preemptions = 2) => {
    const seen = new Set<string>();
    const r = exploreSource(text, { mode: 'check', preemptions, maxSchedules: 100_000, reduce, claim: (run) => (seen.add(run.stdout + run.stderr), null) });
    return { seen: [...seen].sort(), schedules: r.schedules, complete: r.systematic.completedBound === preemptions };
  };

  it.each([
    ['lost-update.go', source('lost-update.go')],
    ['intermediate-state.go (printing instead of panicking)', source('intermediate-state.go').replace('panic("main saw the intermediate state")', 'println("seen")')],
    ['mutex-cache.go', source('mutex-cache.go')],
  ])('%s: every outcome seen without sleep sets is seen with them', (_name, text) => {
    const full = outcomes(text, false), reduced = outcomes(text, true);
    expect(full.complete && reduced.complete).toBe(true);
    expect(reduced.seen).toEqual(full.seen);
    expect(reduced.schedules).toBeLessThanOrEqual(full.schedules);
  });

  it('sleep sets skip schedules without losing any outcome', () => {
    // Two goroutines write their own maps and race on a counter: the outcomes seen with and
    // without sleep sets must be the same set.
    const text = `package main

import "sync"

func main() {
	a, b := map[int]int{}, map[int]int{}
	n := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a[1], a[2] = 1, 2
		t := n
		n = t + 1
	}()
	go func() {
		defer wg.Done()
		b[1], b[2] = 1, 2
		t := n
		n = t + 1
	}()
	wg.Wait()
	println(n, len(a)+len(b))
}
`;
    const c = compileSource(text);
    if (!c.ok) throw new Error(c.stderr);
    const seen = (reduce: boolean) => {
      const outputs = new Set<string>();
      const r = explore(c.program, { mode: 'check', preemptions: 3, maxSchedules: 100_000, reduce, claim: (run) => (outputs.add(run.stderr), null) });
      return { outputs: [...outputs].sort(), schedules: r.schedules, pruned: r.systematic.levels.reduce((n, l) => n + l.pruned, 0) };
    };
    const full = seen(false), reduced = seen(true);
    expect(full.outputs).toEqual(['1 4\n', '2 4\n']);
    expect(reduced.outputs).toEqual(full.outputs);
    expect(reduced.pruned).toBeGreaterThan(0);
    expect(reduced.schedules).toBeLessThan(full.schedules);
  });
});

describe('bad input and limits', () => {
  it('a program that does not build is reported, not explored', () => {
    const r = exploreSource('package main\nfunc main() { x }\n');
    expect(r.status).toBe('compile-error');
    expect(r.stderr).toContain('prog.go:2:');
    expect(r.schedules).toBe(0);
  });

  it.each(['', 'garbage', 'package main\n', '\u0000\uffff'])('never throws on %j', (text) => {
    expect(() => exploreSource(text)).not.toThrow();
  });

  const endless = 'package main\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n';

  it('an endless loop is cut at the step budget, counted as proving nothing, and never called a pass', () => {
    const r = exploreSource(endless, { mode: 'check', maxSchedules: 5, maxSteps: 5_000 });
    expect(r.status).toBe('stopped');
    expect(r.cut).toBe(r.schedules);
    expect(r.allCut).toMatchObject({ why: 'steps', gaveUp: false });
    expect(r.summary).toMatch(/^every schedule run \(5\) went past the 5,000-step budget of one schedule before the program ended, so the search proves nothing: .*shorten it/);
  });

  it.each([
    ['find', ALL_CUT_LIMIT.find],
    ['check', ALL_CUT_LIMIT.check],
  ] as const)('to %s, stops after %i schedules that were all cut instead of spending its whole budget, and says why', (mode, limit) => {
    const r = exploreSource(endless, { mode, maxSchedules: 5_000, maxSteps: 2_000 });
    expect(r.schedules).toBe(limit);
    expect(r.cut).toBe(limit);
    expect(r.status).toBe('stopped');
    expect(r.allCut).toMatchObject({ why: 'steps', gaveUp: true });
    expect(r.summary).toContain(`every schedule run (${limit}) went past the 2,000-step budget of one schedule before the program ended, so the search stopped there and proves nothing`);
    expect(r.summary).toContain('raise the step budget');
  });

  it('a program too long for the per-schedule budget stops early too', () => {
    const long = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdone := make(chan int)\n\tgo func() {\n\t\tn := 0\n\t\tfor i := 0; i < 100000; i++ {\n\t\t\tn += i\n\t\t}\n\t\tdone <- n\n\t}()\n\tfmt.Println(<-done)\n}\n';
    // It ends on its own, given the steps.
    expect(runSource(long, { seed: 1 }).stdout).toBe('4999950000\n');
    const r = exploreSource(long, { mode: 'find', maxSteps: 5_000 });
    expect(r.schedules).toBe(ALL_CUT_LIMIT.find);
    expect(r.allCut?.why).toBe('steps');
  });

  it.each([
    ['an operation the lab cannot model', 'package main\n\nimport "strings"\n\nfunc main() {\n\tvar b strings.Builder\n\tn := -1\n\tb.Grow(n)\n}\n', 'unsupported', /stopped where the lab cannot model Go \(prog\.go:8: Go Map Lab stopped the program: strings\.Builder\.Grow: negative count\)/],
    ['the memory budget', 'package main\n\nfunc main() {\n\tn := 1 << 26\n\ts := make([]int, n)\n\t_ = s\n}\n', 'memory', /went past the lab's memory budget \(one allocation of 512 MB .*\), so the search proves nothing: make the program allocate less$/],
  ] as const)('runs all stopped by %s are reported as that, not as a pass', (_, text, why, summary) => {
    const r = exploreSource(text, { mode: 'check' });
    expect(r.status).toBe('stopped');
    expect(r.allCut?.why).toBe(why);
    expect(r.summary).toMatch(summary);
  });

  it('a crash found after a run of cut schedules is still found (the early stop waits long enough)', () => {
    // Before its crash, each schedule of this 2,000,000-iteration program is cut: 17 of them with this seed.
    const crash = readFileSync(join(import.meta.dirname, '../testdata/crash/concurrent-map-delete-and-write.go'), 'utf8');
    const r = exploreSource(crash, { mode: 'find', goVersion: '1.23', seed: 1, procs: 2 });
    expect(r.failure?.message).toBe('fatal error: concurrent map writes');
    expect(r.cut).toBeGreaterThan(5);
    expect(r.allCut).toBeUndefined();
  });

  it('stops when asked and says so', () => {
    let asked = 0;
    const r = exploreSource(source('mutex-cache.go'), { mode: 'check', shouldContinue: () => ++asked <= 10 });
    expect(r.status).toBe('stopped');
    expect(r.schedules).toBe(10);
    expect(r.summary).toContain('stopped');
  });

  it('is deterministic: the same program and options give the same result', () => {
    const a = exploreSource(source('two-writers-small.go'));
    const b = exploreSource(source('two-writers-small.go'));
    expect(b).toEqual(a);
  });

  it('reports progress', () => {
    const seen: number[] = [];
    exploreSource(source('mutex-cache.go'), { mode: 'check', maxSchedules: 100, progressEvery: 10, onProgress: (p) => seen.push(p.schedules) });
    expect(seen.slice(0, 3)).toEqual([10, 20, 30]);
    expect(seen[seen.length - 1]).toBe(100);
  });
});
