import { describe, expect, it } from 'vitest';
import { parseClaim, unquote, type Claim } from './claim.ts';
import { checkClaim } from './check-claim.ts';

const files: Record<string, string> = { 'out.txt': 'hello\n' };
const read = (n: string) => files[n];
const parse = (s: string): Claim => {
  const c = parseClaim(s, read);
  if (typeof c === 'string') throw new Error(c);
  return c;
};

describe('parseClaim', () => {
  it('reads a crash rate with settings', () => {
    const c = parse('crash.go crashes with "concurrent map writes" in at least 80% of 200 seeds (procs 4, seed 7)');
    expect(c).toMatchObject({ file: 'crash.go', negated: false, outcome: { kind: 'fatal', text: 'concurrent map writes' }, frequency: { kind: 'at-least', percent: 80 }, seeds: 200, procs: 4, firstSeed: 7 });
  });
  it('reads never, some, at most and the default of one seed', () => {
    expect(parse('a.go never crashes in 500 seeds')).toMatchObject({ negated: true, outcome: { kind: 'crash' }, frequency: { kind: 'all' }, seeds: 500 });
    expect(parse('a.go finishes in some of 9 seeds')).toMatchObject({ frequency: { kind: 'some' }, seeds: 9 });
    expect(parse('a.go deadlocks in at most 5% of 40 seeds')).toMatchObject({ outcome: { kind: 'deadlock' }, frequency: { kind: 'at-most', percent: 5 }, seeds: 40 });
    expect(parse('a.go deadlocks')).toMatchObject({ seeds: 1, firstSeed: 1, procs: 8, frequency: { kind: 'all' } });
  });
  it('reads exact output from a quoted string or a lesson file', () => {
    expect(parse('a.go prints exactly "x\\ny \\"q\\"\\n"').outcome).toEqual({ kind: 'stdout-exact', text: 'x\ny "q"\n', file: null });
    expect(parse('a.go prints exactly out.txt').outcome).toEqual({ kind: 'stdout-exact', text: 'hello\n', file: 'out.txt' });
  });
  it('reads compile-time, race and explorer claims', () => {
    expect(parse('a.go gets vet warning "passes lock by value"').outcome).toEqual({ kind: 'vet-warning', text: 'passes lock by value' });
    expect(parse('a.go fails to compile with "undefined: x"').outcome).toEqual({ kind: 'check-error', text: 'undefined: x' });
    expect(parse('a.go has a data race in 3 seeds')).toMatchObject({ outcome: { kind: 'race', count: null }, race: true });
    expect(parse('a.go reports 2 data races').outcome).toEqual({ kind: 'race', count: 2 });
    expect(parse('a.go passes the explorer with 2 preemptions (schedules 50)')).toMatchObject({ outcome: { kind: 'explore', preemptions: 2, expect: 'pass' }, maxSchedules: 50 });
    expect(parse('a.go exits with status 66 (race)')).toMatchObject({ outcome: { kind: 'exit', code: 66 }, race: true });
    expect(parse('a.go crashes with "x" (by hand, procs 2)')).toMatchObject({ byHand: true, procs: 2, seeds: 1 });
  });
  it.each([
    ['crashes with "x"', /starts with the Go file/],
    ['a.go explodes', /unknown claim/],
    ['a.go crashes with concurrent map writes', /double quotes/],
    ['a.go prints exactly missing.txt', /no file "missing.txt"/],
    ['a.go crashes in 0 seeds', /seed count/],
    ['a.go crashes in 99999 seeds', /seed count/],
    ['a.go crashes in at least 120% of 10 seeds', /above 100/],
    ['a.go never crashes in at least 50% of 10 seeds', /never/],
    ['a.go compiles cleanly in 10 seeds', /no seeds/],
    ['a.go finishes (procs 0)', /procs must be/],
    ['a.go finishes (speed 3)', /unknown setting/],
    ['a.go fails the explorer with 11 preemptions', /at most 10/],
    ['a.go crashes in 5 seeds (by hand)', /by hand/],
    ['a.go passes the explorer with 1 preemption (by hand)', /by hand/],
  ])('rejects %s', (line, message) => {
    const c = parseClaim(line, read);
    expect(typeof c).toBe('string');
    expect(c).toMatch(message);
  });
  it('never throws on odd input', () => {
    for (const line of ['', ' ', '.go', 'a.go', 'a.go ""', 'a.go prints exactly "', 'a.go prints "\\', 'a.go (((', 'a.go in 3 seeds', '\u0000.go x']) {
      expect(() => parseClaim(line, read)).not.toThrow();
    }
  });
});

describe('unquote', () => {
  it('decodes escapes and refuses unbalanced quotes', () => {
    expect(unquote('"a\\tb"')).toBe('a\tb');
    expect(unquote('"a"b"')).toBeNull();
    expect(unquote('abc')).toBeNull();
    expect(unquote('"\\"')).toBeNull();
  });
});

const racy = `package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				m[w*10+i] = i
			}
		}()
	}
	wg.Wait()
	println(len(m))
}
`;

describe('checkClaim', () => {
  it('counts seeds for a rate and passes or fails on the threshold', () => {
    const some = checkClaim(parse('p.go crashes with "concurrent map writes" in some of 40 seeds'), racy);
    expect(some.ok).toBe(true);
    expect(some.runs).toBe(40);
    expect(some.matched).toBeGreaterThan(0);
    expect(some.matched).toBeLessThan(40);
    const all = checkClaim(parse('p.go crashes with "concurrent map writes" in at least 100% of 40 seeds'), racy);
    expect(all.ok).toBe(false);
    expect(all.matched).toBe(some.matched);
  });
  it('names the first seed that breaks a never claim, and stops there', () => {
    const r = checkClaim(parse('p.go never crashes in 40 seeds'), racy);
    expect(r.ok).toBe(false);
    expect(r.failingSeed).toBeGreaterThanOrEqual(1);
    expect(r.runs).toBe(r.failingSeed);
    expect(r.failingOutput).toMatch(/^fatal error: concurrent map writes/);
    // The named seed really crashes: the same claim from that seed alone fails too.
    const again = checkClaim(parse(`p.go crashes in 1 seeds (seed ${r.failingSeed})`), racy);
    expect(again.ok).toBe(true);
  });
  it('checks output, exit status and compile-time claims', () => {
    const hello = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n';
    expect(checkClaim(parse('h.go prints exactly "hi\\n" in 3 seeds'), hello).ok).toBe(true);
    expect(checkClaim(parse('h.go prints exactly "ho\\n"'), hello).ok).toBe(false);
    expect(checkClaim(parse('h.go exits with status 0'), hello).ok).toBe(true);
    expect(checkClaim(parse('h.go compiles cleanly'), hello).ok).toBe(true);
    const bad = 'package main\n\nfunc main() { x := 1 }\n';
    expect(checkClaim(parse('b.go fails to compile with "declared and not used: x"'), bad).ok).toBe(true);
    expect(checkClaim(parse('b.go compiles cleanly'), bad).ok).toBe(false);
    expect(checkClaim(parse('b.go finishes'), bad).ok).toBe(false);
  });
  it('runs the race detector and the explorer', () => {
    expect(checkClaim(parse('p.go has a data race in 5 seeds'), racy).ok).toBe(true);
    const explored = checkClaim(parse('p.go fails the explorer with 1 preemption'), racy);
    expect(explored.ok).toBe(true);
    expect(explored.failingSchedule?.length).toBeGreaterThan(0);
    expect(checkClaim(parse('p.go passes the explorer with 1 preemption'), racy).ok).toBe(false);
  });
});

describe('by hand', () => {
  const two = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[string]int{}\n\tdone := make(chan bool)\n\tgo func() {\n\t\tm["a"] = 1\n\t\tdone <- true\n\t}()\n\tgo func() {\n\t\tm["b"] = 2\n\t\tdone <- true\n\t}()\n\t<-done\n\t<-done\n\tfmt.Println(m)\n}\n';
  const claim = parse('two.go crashes with "concurrent map writes" (by hand)');
  const pairs = (gs: number[]) => gs.flatMap((g) => [g, 1]);
  it('follows the learner\'s choices: one write inside the other crashes', () => {
    const r = checkClaim(claim, two, pairs([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3]));
    expect(r).toMatchObject({ ok: true, runs: 1, matched: 1 });
    expect(r.detail).toBe('your 11 choices: crashed with "concurrent map writes"');
  });
  it('says what is missing when the choices do not reach the crash', () => {
    expect(checkClaim(claim, two, []).detail).toMatch(/^no schedule yet/);
    const waiting = checkClaim(claim, two, pairs([1, 1]));
    expect(waiting.ok).toBe(false);
    expect(waiting.detail).toMatch(/still waiting for your next choice/);
  });
});
