// At a crash, the goroutines slice says what the run's own goroutine dump says, goroutine by goroutine.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import { sampleProgram } from './testdata/crash-sample.ts';
import { TraceCursor } from './cursor.ts';
import { goroutineStatus } from './goroutines.ts';
import { crashPosition } from './step-boundaries.ts';

const crashDir = new URL('../../testdata/crash/', import.meta.url);
const programs: Array<[string, string]> = [
  ...readdirSync(crashDir)
    .filter((f) => f.startsWith('concurrent-map-') && f.endsWith('.go'))
    .map((f): [string, string] => [f, readFileSync(new URL(f, crashDir), 'utf8')]),
  ['lessons/01-the-crash/crash.go', readFileSync(new URL('../../../../lessons/01-the-crash/crash.go', import.meta.url), 'utf8')],
  ['the sample program', sampleProgram],
];

/** `goroutine N [state]:` headers of a dump: the first stanza of each goroutine (a double fatal repeats one). */
function dumpStates(stderr: string): Map<number, string> {
  const states = new Map<number, string>();
  for (const m of stderr.matchAll(/^goroutine (\d+) \[([^\]]*)\]:$/gm)) {
    const id = Number(m[1]);
    if (!states.has(id)) states.set(id, m[2].replace(/, \d+ minutes$/, ''));
  }
  return states;
}

/** What the slice says, in the dump's words: running, runnable, or the wait reason. */
function sliceStates(cursor: TraceCursor): Map<number, string> {
  const gs = cursor.state.goroutines;
  const states = new Map<number, string>();
  for (const g of gs.byId.values()) {
    if (g.hidden || g.done) continue;
    const s = goroutineStatus(gs, g);
    states.set(g.id, s === 'blocked' ? g.waitReason : s);
  }
  return states;
}

describe('goroutines slice at a crash', () => {
  const cases = programs.flatMap(([name, source]) =>
    ['1.23', '1.26'].flatMap((goVersion) => [1, 2, 8].map((procs) => ({ name, source, goVersion, procs }))),
  );
  const seen = { crashes: 0, runnable: 0, otherThread: 0, named: 0 };

  it.each(cases)('$name, Go $goVersion, GOMAXPROCS $procs: every goroutine as the dump shows it', ({ source, goVersion, procs }) => {
    // One P never interleaves a map write (go-facts.md §1), so those runs end at the budget: few seeds, small budget.
    const seeds = procs === 1 ? [1] : [1, 2, 3, 4, 5];
    for (const seed of seeds) {
      const r = runSource(source, { seed, procs, goVersion, trace: true, maxSteps: procs === 1 ? 20_000 : 200_000 });
      const cursor = new TraceCursor(r.trace!);
      const at = crashPosition(cursor.reader);
      if (at < 0 || cursor.reader.findNext(0, ['fatal.raised']) < 0) continue;
      seen.crashes++;
      cursor.seek(at);
      const dump = dumpStates(r.stderr);
      expect(dump.size).toBeGreaterThan(0);
      expect(sliceStates(cursor), `seed ${seed}`).toEqual(dump);
      for (const s of dump.values()) {
        if (s === 'runnable') seen.runnable++;
        if (s === 'sync.WaitGroup.Wait') seen.named++;
      }
      seen.otherThread += r.stderr.split('goroutine running on other thread').length - 1;
    }
  });

  it('covered crashes with preempted goroutines, goroutines caught on another CPU and 1.24+ wait reasons', () => {
    // The table above must have met each case the dump distinguishes, or it proved little.
    expect(seen.crashes).toBeGreaterThan(50);
    expect(seen.runnable).toBeGreaterThan(0);
    expect(seen.otherThread).toBeGreaterThan(0);
    expect(seen.named).toBeGreaterThan(0);
  });
});
