import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import type { AppState } from '../store/index.ts';
import { followPendingCursor } from './pending-cursor.ts';
import { playerExtras } from './player-extras.ts';
import { scenarioOf } from './scenario-of-state.ts';
import { createShareStore } from './share-store.ts';

/** The player fields the share feature reads and calls, as the player slice declares them. */
function fakePlayerStore() {
  return createStore<Record<string, unknown>>()((set) => ({
    code: 'package main',
    runStatus: 'idle',
    seed: 3,
    procs: 2,
    policy: 'random',
    playerCursor: null as object | null,
    playerPosition: 0,
    playerStep: 0,
    playerGranularity: 'statement',
    seeks: [] as string[],
    playerSeek: (p: number) => set((s) => ({ playerPosition: p, seeks: [...(s.seeks as string[]), `event ${p}`] })),
    playerSeekStep: (n: number) => set((s) => ({ playerStep: n, seeks: [...(s.seeks as string[]), `step ${n}`] })),
  }));
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the shared cursor', () => {
  it('waits for the next loaded trace, then moves the player there once', async () => {
    const app = fakePlayerStore();
    const share = createShareStore();
    const stop = followPendingCursor(app as never, share);
    share.getState().setPendingCursor({ event: 1234, step: 99 });
    app.setState({ playerStep: 5 }); // unrelated change: nothing happens
    await tick();
    expect(app.getState().seeks).toEqual([]);
    app.setState({ playerCursor: {} }); // the run's trace arrived
    await tick();
    expect(app.getState().seeks).toEqual(['event 1234']);
    expect(share.getState().pendingCursor).toBeNull();
    app.setState({ playerCursor: {} }); // a later run: the link's cursor is not applied again
    await tick();
    expect(app.getState().seeks).toEqual(['event 1234']);
    stop();
  });

  it('is dropped by an edit or by a run that ends without a trace, so it never lands on another run', async () => {
    const app = fakePlayerStore();
    const share = createShareStore();
    followPendingCursor(app as never, share);
    share.getState().setPendingCursor({ event: 10 });
    app.setState({ code: 'package main // edited' });
    expect(share.getState().pendingCursor).toBeNull();
    share.getState().setPendingCursor({ event: 10 });
    app.setState({ runStatus: 'running' });
    expect(share.getState().pendingCursor).toEqual({ event: 10 });
    app.setState({ runStatus: 'stopped' });
    expect(share.getState().pendingCursor).toBeNull();
    app.setState({ playerCursor: {} });
    await tick();
    expect(app.getState().seeks).toEqual([]);
  });

  it('uses the step when the link has no event index', async () => {
    const app = fakePlayerStore();
    const share = createShareStore();
    followPendingCursor(app as never, share);
    share.getState().setPendingCursor({ step: 212 });
    app.setState({ playerCursor: {} });
    await tick();
    expect(app.getState().seeks).toEqual(['step 212']);
  });

  it('shares the player position, step and granularity when a trace is loaded', () => {
    const app = fakePlayerStore();
    expect(playerExtras(app.getState() as unknown as AppState).cursor).toBeUndefined();
    app.setState({ playerCursor: {}, playerPosition: 812, playerStep: 40, playerGranularity: 'phase' });
    const s = scenarioOf(app.getState() as unknown as AppState, playerExtras(app.getState() as unknown as AppState));
    expect(s.cursor).toEqual({ event: 812, step: 40 });
    expect(s.granularity).toBe('phase');
  });
});
