// The explorer panel's texts and its hand-over to the player.
import { describe, expect, it } from 'vitest';
import { openFailure, progressFraction, progressText, verdictText } from './explore-model.ts';
import type { ExploreProgressReport, ExploreReply } from '../../worker/explore-api.ts';
import { createExploreApi } from '../../worker/explore-api.ts';

const exploreSource = (source: string, o: { seed?: number; procs?: number; mode?: 'find' | 'check' }) => createExploreApi().explore({ source, mode: o.mode ?? 'find', ...o }).result;

const report = (over: Partial<ExploreProgressReport>): ExploreProgressReport => ({
  schedules: 1234, cut: 0, strategy: 'systematic', level: 1, queued: 10, ms: 2000, perSecond: 617, maxSchedules: 10_000, ...over,
});

describe('explorer panel model', () => {
  it('says how many schedules ran, how fast, and where the search is', () => {
    expect(progressText(null)).toBe('Starting the explorer…');
    expect(progressText(report({}))).toBe('1,234 schedules explored · 617 per second · now: schedules with 1 preemption');
    expect(progressText(report({ level: 0 }))).toContain('now: schedules without preemptions');
    expect(progressText(report({ strategy: 'pct' }))).toContain('now: random schedules (PCT)');
    expect(progressFraction(report({}))).toBeCloseTo(0.1234);
    expect(progressFraction(report({ schedules: 20_000 }))).toBe(1);
  });

  const twoWriters = 'package main\n\nfunc main() {\n\tm := map[int]int{}\n\tdone := make(chan bool)\n\tfor w := 0; w < 2; w++ {\n\t\tgo func() {\n\t\t\tm[w] = w\n\t\t\tdone <- true\n\t\t}()\n\t}\n\t<-done\n\t<-done\n}\n';

  it('a found failure reads as one, and opening it replays its schedule as manual choices', () => {
    const result = exploreSource(twoWriters, { seed: 7, procs: 4 });
    const reply: ExploreReply = { result, ms: 1500, perSecond: 10 };
    expect(verdictText(reply)).toMatch(/^Found a failing schedule: fatal error: concurrent map writes \([\d,]+ schedules in 1\.5 s; \d preemptions? after shrinking\)\.$/);
    const calls: unknown[][] = [];
    const rec = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
    const opened = openFailure(result, false, {
      setSeed: rec('seed'), setProcs: rec('procs'), setPolicy: rec('policy'), setRace: rec('race'), setManualSchedule: rec('schedule'), requestRun: rec('run'),
    });
    expect(opened).toBe(true);
    expect(result.failure!.manualSchedule).not.toBeNull();
    expect(calls).toEqual([['seed', 7], ['procs', 4], ['race', false], ['policy', 'manual'], ['schedule', result.failure!.manualSchedule], ['run']]);
  });

  it('a clean check says what it covered', () => {
    const result = exploreSource(twoWriters.replace('m[w] = w', '_ = m[w]'), { mode: 'check' });
    expect(verdictText({ result, ms: 400, perSecond: 100 })).toMatch(/^No failure in all [\d,]+ schedules with ≤ 2 preemptions \([\d,]+ schedules in 0\.4 s\)\.$/);
    expect(openFailure(result, false, { setSeed() {}, setProcs() {}, setPolicy() {}, setRace() {}, setManualSchedule() {}, requestRun: () => { throw new Error('must not run'); } })).toBe(false);
  });
});
