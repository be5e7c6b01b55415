// The explorer worker's implementation, called directly (the worker script only exposes it).
import { describe, expect, it } from 'vitest';
import { createExploreApi, type ExploreProgressReport } from './explore-api.ts';

const twoWriters = `package main

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < 3; i++ {
				m[i] = w
			}
			done <- true
		}()
	}
	<-done
	<-done
}
`;

describe('explore worker API', () => {
  it('finds a failing schedule and answers with plain data (structured-clone safe)', () => {
    let t = 0;
    const api = createExploreApi(() => (t += 5));
    const reports: ExploreProgressReport[] = [];
    const reply = api.explore({ source: twoWriters, mode: 'find' }, (p) => reports.push(p));
    expect(reply.result.status).toBe('failed');
    expect(reply.result.failure?.message).toBe('fatal error: concurrent map writes');
    expect(structuredClone(reply)).toEqual(reply);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[0]).toMatchObject({ maxSchedules: 10_000 });
    expect(reports[0].perSecond).toBeGreaterThan(0);
  });

  it('checks with a claim on the output', () => {
    const api = createExploreApi();
    const ok = api.explore({ source: twoWriters.replace('m[i] = w', 'println(i)').replace('<-done\n}', '<-done\n\tprint("")\n}'), mode: 'check', maxSchedules: 50 });
    expect(ok.result.failure).toBeUndefined();
    const claimed = api.explore({ source: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Print("a") }\n', mode: 'check', stdout: 'b' });
    expect(claimed.result.failure?.kind).toBe('claim');
  });

  it('takes nonsense without throwing', () => {
    const api = createExploreApi();
    // Requests arrive from another thread: anything may be in them.
    const reply = api.explore({ source: 42 as unknown as string, mode: 'sideways' as unknown as 'find', maxSchedules: -3 });
    expect(reply.result.status).toBe('compile-error');
    expect(api.explore({ source: 'package main\nfunc main() {', mode: 'check' }).result.status).toBe('compile-error');
  });
});
