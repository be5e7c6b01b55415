// When a run replays the explorer's schedule: only for the program and settings it was found with, never in manual mode.
import { describe, expect, it } from 'vitest';
import { runSettingsOf } from '../run/run-controller.ts';
import { activeReplay, ranAsReplay, type ExplorerReplay, type ReplayContext } from './replay.ts';

const replay: ExplorerReplay = { schedule: [2, 1, 3, 1], message: 'fatal error: concurrent map writes', code: 'package main\n', seed: 7, procs: 4, goVersion: '1.26', race: false };
const matching: ReplayContext = { replay, code: 'package main\n', seed: 7, procs: 4, goVersion: '1.26', race: false, policy: 'random' };

describe('explorer replay', () => {
  it.each([
    ['the settings it was found with', {}, true],
    ['round-robin', { policy: 'round-robin' }, true],
    ['manual mode (it replays its own choices)', { policy: 'manual' }, false],
    ['an edited program', { code: 'package main\n\n' }, false],
    ['another seed', { seed: 8 }, false],
    ['another GOMAXPROCS', { procs: 2 }, false],
    ['another Go version', { goVersion: '1.23' }, false],
    ['the race detector switched on', { race: true }, false],
    ['no replay', { replay: null }, false],
  ] as const)('with %s: replayed %s', (_, change, replayed) => {
    const s = { ...matching, ...change } as ReplayContext;
    expect(activeReplay(s) !== null).toBe(replayed);
    const settings = runSettingsOf({ ...s, manualSchedule: [5, 1] });
    // A replay rides on the policy shown in the select; manual mode keeps its own choices.
    expect(settings.policy).toBe(s.policy);
    expect(settings.schedule).toEqual(replayed ? replay.schedule : s.policy === 'manual' ? [5, 1] : undefined);
    expect(ranAsReplay(settings)).toBe(replayed);
  });

  it('a run settings copy is not the replay itself', () => {
    const settings = runSettingsOf(matching);
    settings.schedule!.push(9, 9);
    expect(replay.schedule).toEqual([2, 1, 3, 1]);
  });
});
