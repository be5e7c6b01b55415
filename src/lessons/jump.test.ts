import { describe, expect, it } from 'vitest';
import { runSource } from '../engine/index.ts';
import { TraceReader } from '../engine/trace/index.ts';
import { jumpMissingIn, parseJump, resolveJump, traceDesign, type Jump } from './jump.ts';

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

  it('written for the bucket map, land on the same moment of a Swiss-table run', () => {
    const r = runSource(crash, { seed: 1, procs: 8, trace: true, goVersion: '1.26' });
    expect(r.stderr).toMatch(/^fatal error: concurrent map writes/);
    const trace = r.trace!;
    expect(traceDesign(trace)).toBe('swiss');
    const reader = new TraceReader(trace);
    const target = resolveJump(trace, jump('last map.write.began before fatal.raised'))!;
    expect(target.kind).toBe('swiss.write.began');
    const began = reader.get(target.eventIndex);
    // The write in progress: its goroutine toggled `writing` on and had not toggled it back when another goroutine's check fired.
    expect(began?.kind === 'swiss.write.began' && began.writingBefore === 0 && began.writingAfter !== 0).toBe(true);
    let fatal = target.eventIndex;
    while (reader.kindAt(fatal) !== 'fatal.raised') fatal++;
    for (let i = target.eventIndex + 1; i < fatal; i++) expect(reader.kindAt(i) === 'swiss.write.ended' && reader.goroutineAt(i) === target.g).toBe(false);
    expect(resolveJump(trace, jump('first swiss.write.began'))!.eventIndex).toBeLessThanOrEqual(target.eventIndex);
  });

  it('about one design only, say so in the other and land nowhere', () => {
    const bucket = runSource(crash, { seed: 1, procs: 1, trace: true, goVersion: '1.23' }).trace!; // one P: no crash, the map grows
    const swiss = runSource(crash, { seed: 1, procs: 1, trace: true, goVersion: '1.26' }).trace!;
    expect(traceDesign(bucket)).toBe('bucket');
    expect(resolveJump(bucket, jump('first map.grew'))).not.toBeNull();
    expect(resolveJump(swiss, jump('first map.grew'))).toBeNull();
    expect(jumpMissingIn(jump('first map.grew'), 'swiss')).toMatch(/^map\.grew has no counterpart in the Swiss table \(Go 1\.24\+\)/);
    expect(jumpMissingIn(jump('first swiss.probed before fatal.raised'), 'bucket')).toMatch(/^swiss\.probed has no counterpart in the bucket map/);
    expect(jumpMissingIn(jump('last map.write.began before fatal.raised'), 'swiss')).toBeNull();
    expect(resolveJump(bucket, jump('first swiss.grew.to.table'))).toBeNull();
  });
});
