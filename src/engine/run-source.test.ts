// runSource's scheduling options: replaying a recorded schedule, manual pauses, and output reported as it goes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSource } from './run-source.ts';

const crash = readFileSync(new URL('./testdata/crash/concurrent-map-writes.go', import.meta.url), 'utf8');

describe('replay', () => {
  it.each([1, 2, 3, 7, 42])('replaying seed %i’s schedule under another seed gives the same run', (seed) => {
    const first = runSource(crash, { seed });
    expect(first.schedule.length).toBeGreaterThan(0);
    // The runtime's own randomness (map hash seeds) still follows the seed; the goroutine order follows the schedule.
    const again = runSource(crash, { seed, policy: 'replay', schedule: first.schedule });
    expect(again.diverged).toBeUndefined();
    expect([again.stdout, again.stderr, again.exitCode, again.steps]).toEqual([first.stdout, first.stderr, first.exitCode, first.steps]);
    expect(again.schedule).toEqual(first.schedule);
  });

  it('a schedule naming goroutines that cannot run is reported as diverged, and the run still ends', () => {
    const r = runSource(crash, { seed: 1, policy: 'replay', schedule: [999, 1, 998, 3] });
    expect(r.diverged).toBe(true);
    expect([0, 2]).toContain(r.exitCode);
  });
});

const small = `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				m[i] += w
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(m)
}
`;

describe('manual', () => {
  it('pauses at the first decision with the runnable goroutines, and each added choice moves it on', () => {
    let schedule: number[] = [];
    let r = runSource(small, { policy: 'manual', schedule });
    expect(r.paused?.candidates.length).toBeGreaterThan(0);
    let pauses = 0;
    // Always pick the highest-numbered runnable goroutine, one preemption point at a time.
    while (r.paused && pauses < 5000) {
      const g = Math.max(...r.paused.candidates);
      schedule = [...schedule, g, 1];
      const next = runSource(small, { policy: 'manual', schedule });
      expect(next.steps).toBeGreaterThanOrEqual(r.steps);
      expect(next.schedule.slice(0, schedule.length)).toEqual(schedule);
      r = next;
      pauses++;
    }
    expect(r.paused).toBeUndefined();
    expect(r.diverged).toBeUndefined();
    expect(r.stdout).toBe('map[0:1 1:1 2:1]\n');
    // The manual schedule replays to the same end under the replay policy.
    const replayed = runSource(small, { policy: 'replay', schedule });
    expect([replayed.stdout, replayed.stderr, replayed.exitCode]).toEqual([r.stdout, r.stderr, r.exitCode]);
  });

  it('alternating two writers one phase at a time drives them into the crash', () => {
    let schedule: number[] = [];
    let r = runSource(crash, { policy: 'manual', schedule });
    let turn = 0;
    while (r.paused && schedule.length < 20_000) {
      const writers = r.paused.candidates.filter((g) => g !== 1);
      const g = writers.length >= 2 ? writers[turn++ % 2] : r.paused.candidates[0];
      schedule = [...schedule, g, 1];
      r = runSource(crash, { policy: 'manual', schedule });
    }
    expect(r.stderr).toMatch(/^fatal error: concurrent map writes/m);
    expect(r.exitCode).toBe(2);
  });
});

describe('progress', () => {
  it.each([1_000, 50_000, 10_000_000])('reports output in pieces (every %i instructions) that add up to the whole', (every) => {
    const text = 'package main\nimport "fmt"\nfunc main() {\n\tfor i := 0; i < 3000; i++ {\n\t\tfmt.Println(i, "héllo, 世界")\n\t}\n\tpanic("done")\n}\n';
    const pieces: { stdout: string; stderr: string }[] = [];
    const r = runSource(text, { onProgress: (p) => pieces.push(p), progressEvery: every });
    const whole = runSource(text);
    expect(r.stdout).toBe(whole.stdout);
    const streamed = pieces.map((p) => p.stdout).join('');
    // Every piece is whole characters: joined, they are a prefix of the final output.
    expect(whole.stdout.startsWith(streamed)).toBe(true);
    expect(streamed).not.toContain('\ufffd');
    if (every <= 1_000) expect(pieces.length).toBeGreaterThan(3);
  });
});
