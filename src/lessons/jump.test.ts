import { describe, expect, it } from 'vitest';
import { runSource } from '../engine/index.ts';
import { TraceReader } from '../engine/trace/index.ts';
import { parseJump, resolveJump, type Jump } from './jump.ts';

const crash = `package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m[i] = w
			}
		}()
	}
	wg.Wait()
}
`;

const jump = (s: string): Jump => {
  const j = parseJump(s);
  if (typeof j === 'string') throw new Error(j);
  return j;
};

describe('jumps', () => {
  it('parse, and reject unknown kinds and shapes', () => {
    expect(jump('last map.write.began before fatal.raised')).toEqual({ source: 'last map.write.began before fatal.raised', which: 'last', kind: 'map.write.began', before: 'fatal.raised' });
    expect(parseJump('first map.exploded')).toMatch(/unknown event kind "map.exploded"/);
    expect(parseJump('fatal.raised')).toMatch(/^jump: write/);
    expect(parseJump('first fatal.raised before nothing.here')).toMatch(/unknown event kind/);
  });

  it('land on the event they name, with its goroutine and line', () => {
    const r = runSource(crash, { seed: 1, procs: 8, trace: true });
    expect(r.stderr).toMatch(/^fatal error: concurrent map writes/);
    const trace = r.trace!;
    const reader = new TraceReader(trace);
    const fatal = resolveJump(trace, jump('first fatal.raised'))!;
    expect(reader.kindAt(fatal.eventIndex)).toBe('fatal.raised');
    for (let i = 0; i < fatal.eventIndex; i++) expect(reader.kindAt(i)).not.toBe('fatal.raised');
    expect(fatal.g).toBeGreaterThan(1);
    expect(fatal.line).toBe(13); // m[i] = w
    const writing = resolveJump(trace, jump('last map.write.began before fatal.raised'))!;
    expect(writing.eventIndex).toBeLessThan(fatal.eventIndex);
    expect(reader.kindAt(writing.eventIndex)).toBe('map.write.began');
    for (let i = writing.eventIndex + 1; i < fatal.eventIndex; i++) expect(reader.kindAt(i)).not.toBe('map.write.began');
  });

  it('return null when the run never gets there', () => {
    const r = runSource('package main\n\nfunc main() {}\n', { trace: true });
    expect(resolveJump(r.trace!, jump('first fatal.raised'))).toBeNull();
    expect(resolveJump(r.trace!, jump('last goroutine.line before fatal.raised'))).toBeNull();
  });
});
