// Opening a scenario against the real app store: every setting reaches the store, and the run the
// link asks for is the run the scenario describes.
import { describe, expect, it } from 'vitest';
import { runSettingsOf } from '../run/run-controller.ts';
import { createAppStore } from '../store/index.ts';
import { applyScenario, wouldReplaceEdits } from './apply-scenario.ts';
import { playerExtras } from './player-extras.ts';
import type { Scenario } from './scenario.ts';
import { scenarioOf } from './scenario-of-state.ts';
import { createShareStore } from './share-store.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const manual: Scenario = {
  program: 'package main\n\nfunc main() {\n\tm := map[int]int{}\n\tgo func() { m[1] = 1 }()\n\tm[2] = 2\n}\n',
  seed: 11,
  policy: 'manual',
  procs: 2,
  granularity: 'phase',
  schedule: [1, 1, 1, 1, 2, 1],
  cursor: { event: 30 },
  goVersion: '1.23',
};

describe('applying a scenario to the app store', () => {
  it('sets program, seed, GOMAXPROCS, policy, granularity and the manual choices, and the run replays them', () => {
    const app = createAppStore('playground', memoryStorage());
    const share = createShareStore();
    applyScenario(manual, app, share);
    const s = app.getState();
    expect([s.code, s.seed, s.procs, s.policy, s.playerGranularity]).toEqual([manual.program, 11, 2, 'manual', 'phase']);
    expect(s.manualSchedule).toEqual([1, 1, 1, 1, 2, 1]);
    expect(runSettingsOf(s)).toMatchObject({ seed: 11, procs: 2, policy: 'manual', schedule: [1, 1, 1, 1, 2, 1] });
    expect(share.getState().pendingCursor).toEqual({ event: 30 });
  });

  it('round-trips through the store: the scenario shared after applying is the one applied (cursor aside, which needs a run)', () => {
    const app = createAppStore('playground', memoryStorage());
    applyScenario(manual, app, createShareStore());
    const again = scenarioOf(app.getState(), playerExtras(app.getState()));
    const { cursor: _cursor, ...rest } = manual;
    expect(again).toEqual(rest);
  });

  it('a link made while the explorer\'s failing schedule is replayed reopens as that schedule, by hand', () => {
    const app = createAppStore('playground', memoryStorage());
    const s = app.getState();
    s.setCode(manual.program);
    s.setSeed(3);
    s.setProcs(2);
    s.setManualSchedule([1, 1, 1, 1, 2, 1]);
    s.setReplay({ schedule: [1, 3, 2, 4], message: 'fatal error: concurrent map writes', code: manual.program, seed: 3, procs: 2, goVersion: s.goVersion, race: false });
    expect(runSettingsOf(app.getState())).toMatchObject({ policy: 'random', schedule: [1, 3, 2, 4] });
    const link = scenarioOf(app.getState(), playerExtras(app.getState()));
    expect([link.policy, link.schedule]).toEqual(['manual', [1, 1, 1, 1, 2, 1]]);
    const other = createAppStore('playground', memoryStorage());
    applyScenario(link, other, createShareStore());
    expect(runSettingsOf(other.getState())).toMatchObject({ policy: 'manual', schedule: [1, 1, 1, 1, 2, 1] });
    // Once the program changes the replay no longer applies, and links say what runs: random.
    app.getState().setCode(manual.program + '\n');
    expect(scenarioOf(app.getState(), playerExtras(app.getState())).policy).toBe('random');
  });

  it('runs as the link\'s Go version without saving it over the learner\'s own choice', () => {
    const storage = memoryStorage();
    const app = createAppStore('playground', storage);
    applyScenario(manual, app, createShareStore());
    expect([app.getState().goVersion, runSettingsOf(app.getState()).goVersion]).toEqual(['1.23', '1.23']);
    expect(createAppStore('playground', storage).getState().goVersion).toBe('1.26');
  });

  it('clears choices left from an earlier manual run when the link has none', () => {
    const app = createAppStore('playground', memoryStorage());
    app.getState().setManualSchedule([3, 1]);
    applyScenario({ ...manual, policy: 'random', schedule: [] }, app, createShareStore());
    expect(app.getState().manualSchedule).toEqual([]);
    expect(runSettingsOf(app.getState()).schedule).toBeUndefined();
  });

  it('shows the Playground when the Lab was showing', () => {
    const app = createAppStore('lab', memoryStorage());
    applyScenario(manual, app, createShareStore());
    expect(app.getState().page).toBe('playground');
  });

  it('GOMAXPROCS beyond the UI\'s range is brought into it', () => {
    const app = createAppStore('playground', memoryStorage());
    applyScenario({ ...manual, procs: 64 }, app, createShareStore());
    expect(app.getState().procs).toBe(8);
  });
});

describe('wouldReplaceEdits', () => {
  const provided = ['SAMPLE'];
  it('is false for the sample, an empty editor, or the link\'s own program', () => {
    expect(wouldReplaceEdits('SAMPLE', manual, provided)).toBe(false);
    expect(wouldReplaceEdits('  \n', manual, provided)).toBe(false);
    expect(wouldReplaceEdits(manual.program, manual, provided)).toBe(false);
  });
  it('is true for anything else the learner wrote', () => {
    expect(wouldReplaceEdits('package main // mine', manual, provided)).toBe(true);
  });
});
