// The player slice driven as the UI drives it: a run finishes, the store opens its trace, the
// controls move the cursor.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../worker/engine-api.ts';
import { sampleProgram } from '../app/sample-program.ts';
import { createAppStore } from './index.ts';
import { clampSpeed, defaultPlayerSpeed, syncFoldLimit } from './player-slice.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

function finishedRun(source: string, seed = 1, procs = 8) {
  const store = createAppStore('playground', memoryStorage());
  const settings = { seed, procs, policy: 'random', maxSteps: 1e9, trace: true } as const;
  // The worker's own implementation, called directly: the reply is what the UI receives.
  const r = createEngineApi().run(source, settings, 1);
  store.getState().runStarted(settings);
  store.getState().runFinished(r, 5);
  return { store, result: r };
}

const counter = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 3; i++ {\n\t\tn += i\n\t}\n\tfmt.Println(n)\n}\n';

describe('player slice', () => {
  it('opens a crash run at the fatal error, with the failing goroutine and its output so far', () => {
    const { store } = finishedRun(sampleProgram);
    const s = store.getState();
    expect(s.playerCursor).not.toBeNull();
    const at = s.playerPosition;
    const reader = s.playerCursor!.reader;
    const raised = reader.findNext(0, ['fatal.raised']);
    // At the end of the step that raised it: the report is in the Console by then.
    expect(at).toBeGreaterThan(raised);
    expect(s.playerStep).toBe(reader.stepAt(raised));
    expect(s.playerCursor!.state.output.failures[0].message).toBe('concurrent map writes');
    expect(s.playerCursor!.state.output.stderr).toContain('fatal error: concurrent map writes');
  });

  it('opens a run that finished at its end, with all of its output', () => {
    const { store, result } = finishedRun(counter);
    const s = store.getState();
    expect(s.playerPosition).toBe(s.playerLength);
    expect(s.playerCursor!.state.output.stdout).toBe(result.stdout);
  });

  it('steps forwards and back by statements, bumping the version on each move', () => {
    const { store } = finishedRun(counter);
    store.getState().playerReset();
    const v0 = store.getState().playerVersion;
    store.getState().playerStepBy(1);
    const first = store.getState().playerPosition;
    expect(first).toBeGreaterThan(0);
    expect(store.getState().playerCursor!.reader.kindAt(first - 1)).toBe('goroutine.line');
    store.getState().playerStepBy(1);
    expect(store.getState().playerPosition).toBeGreaterThan(first);
    store.getState().playerStepBy(-1);
    expect(store.getState().playerPosition).toBe(first);
    expect(store.getState().playerVersion).toBe(v0 + 3);
    const lineAtFirst = store.getState().playerCursor!.state.goroutines.byId.get(1)!.line;
    expect(lineAtFirst).toBe(6); // `n := 0`
  });

  it('phase granularity stops more often than statement granularity', () => {
    const { store } = finishedRun(sampleProgram, 2, 4);
    const count = () => {
      store.getState().playerReset();
      let n = 0;
      while (store.getState().playerPosition < store.getState().playerLength) {
        store.getState().playerStepBy(1);
        n++;
      }
      return n;
    };
    const statements = count();
    store.getState().setGranularity('phase');
    expect(store.getState().playerGranularity).toBe('phase');
    expect(count()).toBeGreaterThan(statements);
    store.getState().setGranularity('bogus' as never);
    expect(store.getState().playerGranularity).toBe('phase');
  });

  it('plays by ticks until the end, then pauses; Play at the end starts over', () => {
    const { store } = finishedRun(counter);
    store.getState().playerReset();
    store.getState().playerPlay();
    expect(store.getState().playerPlaying).toBe(true);
    let ticks = 0;
    while (store.getState().playerPlaying && ticks < 10_000) {
      store.getState().playerTick();
      ticks++;
    }
    expect(store.getState().playerPlaying).toBe(false);
    expect(store.getState().playerPosition).toBe(store.getState().playerLength);
    expect(ticks).toBeGreaterThan(3);
    store.getState().playerTogglePlay();
    expect(store.getState().playerPlaying).toBe(true);
    expect(store.getState().playerPosition).toBe(0);
    store.getState().playerTogglePlay();
    expect(store.getState().playerPlaying).toBe(false);
    const at = store.getState().playerPosition;
    store.getState().playerTick();
    expect(store.getState().playerPosition).toBe(at);
  });

  it('steps the selected goroutine to its next line', () => {
    const { store } = finishedRun(sampleProgram, 2, 4);
    store.getState().playerReset();
    store.getState().selectGoroutine(3);
    store.getState().stepToNextLine();
    const c = store.getState().playerCursor!;
    expect(c.reader.goroutineAt(c.position - 1)).toBe(3);
    expect(c.state.goroutines.byId.get(3)!.line).toBeGreaterThan(0);
    store.getState().selectGoroutine(-4);
    expect(store.getState().playerSelected).toBe(0);
  });

  it('clears the player when a new run starts, and ignores a malformed trace', () => {
    const { store } = finishedRun(counter);
    store.getState().runStarted({ seed: 1, procs: 8, policy: 'random', maxSteps: 1e9 });
    expect(store.getState().playerCursor).toBeNull();
    store.getState().loadTrace({ count: 5, data: [1, 2] } as never);
    expect(store.getState().playerCursor).toBeNull();
    store.getState().playerStepBy(1);
    store.getState().playerSeek(10);
    expect(store.getState().playerPosition).toBe(0);
  });

  it('clamps speeds', () => {
    expect(clampSpeed(Number.NaN)).toBe(defaultPlayerSpeed);
    expect(clampSpeed(1e9)).toBe(60);
    expect(clampSpeed(0.01)).toBe(1);
  });

  it('folds a long trace in slices between tasks, and a newer load or run supersedes it', async () => {
    const long = 'package main\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 100000; i++ {\n\t\tn += i\n\t}\n\tprintln(n)\n}\n';
    const r = createEngineApi().run(long, { seed: 1, procs: 1, policy: 'random', maxSteps: 1e9, trace: true }, 1);
    expect(r.trace!.count).toBeGreaterThan(syncFoldLimit);
    const store = createAppStore('playground', memoryStorage());
    const loading = store.getState().loadTrace(r.trace!);
    // Nothing blocks: the player says it is preparing and has no cursor yet.
    expect(store.getState().playerLoading).toBe(0);
    expect(store.getState().playerCursor).toBeNull();
    await loading;
    expect(store.getState().playerLoading).toBeNull();
    expect(store.getState().playerPosition).toBe(r.trace!.count);
    expect(store.getState().playerCursor!.state.output.stderr).toBe(r.stderr);
    // A finished run starts a slow load; the next Run clears it before it completes.
    store.getState().runFinished(r, 1);
    expect(store.getState().playerLoading).toBe(0);
    store.getState().runStarted({ seed: 1, procs: 1, policy: 'random', maxSteps: 1e9 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getState().playerCursor).toBeNull();
    expect(store.getState().playerLoading).toBeNull();
    // So does a newer load.
    const superseded = store.getState().loadTrace(r.trace!);
    await store.getState().loadTrace(null);
    await superseded;
    expect(store.getState().playerCursor).toBeNull();
  });

  it('bounds a long run\'s trace: a cut trace says where it stops and still ends as the run did', () => {
    const long = 'package main\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 5000; i++ {\n\t\tn += i\n\t}\n\tprintln(n)\n}\n';
    const store = createAppStore('playground', memoryStorage());
    const settings = { seed: 1, procs: 1, policy: 'random', maxSteps: 1e9, trace: true, traceLimit: 1000 } as const;
    const r = createEngineApi().run(long, settings, 1);
    store.getState().runStarted(settings);
    store.getState().runFinished(r, 1);
    const s = store.getState();
    expect(s.playerTruncatedAt).toBe(1000);
    // The closing events pass the limit, so the player still knows how the run ended.
    expect(s.playerLength).toBeGreaterThanOrEqual(1000);
    expect(s.playerLength).toBeLessThan(1010);
    expect(s.playerCursor!.state.output.ended?.exitCode).toBe(0);
  });
});
