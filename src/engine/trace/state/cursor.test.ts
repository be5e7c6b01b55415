// The cursor over real traces: stepping back is the exact inverse of stepping forwards, and a seek
// (through keyframes) lands on the same state as folding from the start.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { formatEvent } from '../format-text.ts';
import type { TraceData } from '../writer.ts';
import { TraceCursor } from './cursor.ts';
import { keyframeOptionsFor } from './keyframes.ts';
import { shownStderr } from './output.ts';
import type { PlayerState } from './player-state.ts';

const testdata = fileURLToPath(new URL('../../testdata/', import.meta.url));

function programs(folder: string): Array<{ name: string; source: string }> {
  return readdirSync(join(testdata, folder))
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, source: readFileSync(join(testdata, folder, f), 'utf8') }));
}

/** The state as canonical text: Maps sorted by key, trailing idle Ps dropped (a fold may have grown the array further). */
export function snapshot(s: PlayerState): string {
  const procs = s.goroutines.procs.slice();
  while (procs.length > 0 && procs[procs.length - 1] === 0) procs.pop();
  return JSON.stringify(s, (_k, v) => {
    if (v instanceof Map) return [...v].sort((a, b) => Number(a[0]) - Number(b[0]));
    if (Array.isArray(v) && v === s.goroutines.procs) return procs;
    return v;
  });
}

/** Event i in the trace's text form, for failure messages. */
function eventText(c: TraceCursor, i: number): string {
  const e = c.reader.get(i);
  return e ? formatEvent(e) : `event ${i}`;
}

/** Equal snapshots, or a failure naming the slice that differs (goroutines, output, maps, sync…). */
function expectSame(actual: string, expected: string, where: string): void {
  if (actual === expected) return;
  const a = JSON.parse(actual) as Record<string, unknown>;
  const b = JSON.parse(expected) as Record<string, unknown>;
  const differs = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  const detail = differs.map((k) => `${k}: got ${JSON.stringify(a[k]).slice(0, 300)} want ${JSON.stringify(b[k]).slice(0, 300)}`).join('\n');
  expect.fail(`slice ${differs.join(', ')} differs ${where}\n${detail}`);
}

/** A small deterministic generator for positions (tests must be reproducible). */
function positions(seed: number, length: number, n: number): number[] {
  let x = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push((x >>> 0) % (length + 1));
  }
  return out;
}

/** The state at `p` folded from the start with no keyframes at all. */
function freshFold(trace: TraceData, p: number): string {
  const c = new TraceCursor(trace, { minInterval: trace.count + 1 });
  for (let i = 0; i < p; i++) c.forward();
  return snapshot(c.state);
}

function checkTrace(trace: TraceData, stdout: string, stderr: string): void {
  const c = new TraceCursor(trace, { minInterval: 16 });
  // Big traces keep every 97th state, small ones all of them.
  const every = trace.count > 20_000 ? 97 : 1;
  const seen = new Map<number, string>([[0, snapshot(c.state)]]);
  while (c.forward()) if (c.position % every === 0) seen.set(c.position, snapshot(c.state));
  const end = snapshot(c.state);
  expect(c.position).toBe(trace.count);
  expect(c.state.output.stdout).toBe(stdout);
  expect(shownStderr(c.state.output)).toBe(stderr);
  while (c.back()) if (seen.has(c.position)) expectSame(snapshot(c.state), seen.get(c.position)!, `after reverting ${eventText(c, c.position)}`);
  expect(c.position).toBe(0);
  for (const p of [...positions(trace.count + 7, trace.count, 12), trace.count, 0]) {
    c.seek(p);
    expect(c.position).toBe(p);
    const fresh = freshFold(trace, p);
    expectSame(snapshot(c.state), fresh, `seeking to ${p} (a fresh fold from 0 differs)`);
    if (seen.has(p)) expect(fresh).toBe(seen.get(p));
    if (p === trace.count) expect(fresh).toBe(end);
  }
}

describe('TraceCursor over the run corpus', () => {
  const all = programs('run');
  it(`folds ${all.length} programs forwards and back exactly; seeks equal fresh folds`, () => {
    let events = 0;
    for (const p of all) {
      const r = runSource(p.source, { seed: 3, procs: 2, trace: true, maxSteps: 2_000_000 });
      // A program that did not build has no events: its errors are not part of a trace.
      if (!r.trace || r.steps === 0) continue;
      events += r.trace.count;
      try {
        checkTrace(r.trace, r.stdout, r.stderr);
      } catch (err) {
        throw new Error(`${p.name}: ${(err as Error).message}`);
      }
    }
    expect(events).toBeGreaterThan(10_000);
  });
});

describe('TraceCursor over the crash corpus', () => {
  for (const p of programs('crash')) {
    it(`${p.name}: exact inverse and seeks, for several seeds and GOMAXPROCS`, () => {
      for (const [seed, procs] of [[1, 2], [2, 4], [5, 8]]) {
        // The fixed programs run long: a small budget keeps the traces to tens of thousands of events.
        const r = runSource(p.source, { seed, procs, trace: true, maxSteps: 200_000 });
        checkTrace(r.trace!, r.stdout, r.stderr);
      }
    });
  }
});

describe('keyframe policy by map design', () => {
  it.each([
    [undefined, 2048, 512],
    ['1.21', 2048, 512],
    ['1.23', 2048, 512],
    ['1.24', 16_384, 64],
    ['1.26', 16_384, 64],
  ])('Go %s: keyframes every ≥ %i events, at most %i', (goVersion, minInterval, maxKeyframes) => {
    expect(keyframeOptionsFor(goVersion)).toEqual({ minInterval, maxKeyframes });
  });

  it('a Swiss run\'s cursor lays sparser keyframes, and still seeks to the same states', () => {
    const src = 'package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 3000; i++ {\n\t\tm[i] = i\n\t\tif i > 40 {\n\t\t\tdelete(m, i-40)\n\t\t}\n\t}\n\tprintln(len(m))\n}\n';
    const trace = runSource(src, { goVersion: '1.26', trace: true }).trace!;
    const sparse = new TraceCursor(trace);
    const dense = new TraceCursor(trace, { minInterval: 64, maxKeyframes: 100_000 });
    expect(sparse.keyframeInterval).toBe(16_384);
    for (const p of [trace.count, 17_000, 5, 40_000 % trace.count, 16_384]) {
      sparse.seek(p);
      dense.seek(p);
      expect(JSON.stringify([...sparse.state.swiss.maps.values()].map((m) => [m.used, m.globalDepth, m.dir]))).toBe(JSON.stringify([...dense.state.swiss.maps.values()].map((m) => [m.used, m.globalDepth, m.dir])));
    }
  });
});
