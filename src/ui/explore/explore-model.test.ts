// The explorer panel's texts and its hand-over to the player.
import { describe, expect, it } from 'vitest';
import { openFailure, progressFraction, progressText, verdictText, type PlayerOpener } from './explore-model.ts';
import type { SchedulerPolicy } from '../../worker/api.ts';
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

  /** An opener that records the store actions it is asked for. */
  const recorder = (code: string, policy: SchedulerPolicy) => {
    const calls: unknown[][] = [];
    const rec = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
    const opener: PlayerOpener = {
      code, policy, setSeed: rec('seed'), setProcs: rec('procs'), setPolicy: rec('policy'), setRace: rec('race'), runAsGoVersion: rec('go'),
      setManualSchedule: rec('manual'), setReplay: rec('replay'), requestRun: rec('run'),
    };
    return { calls, opener };
  };
  const explored = { code: twoWriters, goVersion: '1.26', race: false };

  it.each(['manual', 'random', 'round-robin'] as const)(
    'opening a found failure (policy %s before) replays its schedule under a self-deciding policy, with its manual form kept for manual mode',
    (before) => {
      const result = exploreSource(twoWriters, { seed: 7, procs: 4 });
      const reply: ExploreReply = { result, ms: 1500, perSecond: 10 };
      expect(verdictText(reply)).toMatch(/^Found a failing schedule: fatal error: concurrent map writes \([\d,]+ schedules in 1\.5 s; \d preemptions? after shrinking\)\.$/);
      const { calls, opener } = recorder(twoWriters, before);
      expect(openFailure(result, explored, opener)).toBe(true);
      const f = result.failure!;
      expect(f.replayed).toBe(true);
      expect(f.manualSchedule).not.toBeNull();
      const replay = { schedule: f.schedule, message: 'fatal error: concurrent map writes', code: twoWriters, seed: 7, procs: 4, goVersion: '1.26', race: false };
      expect(calls).toEqual([
        ['seed', 7], ['procs', 4], ['race', false], ['go', '1.26'], ['manual', f.manualSchedule],
        ...(before === 'manual' ? [['policy', 'random']] : []),
        ['replay', replay], ['run'],
      ]);
      expect(calls.some((c) => c[0] === 'policy' && c[1] === 'manual')).toBe(false);
    },
  );

  it('does not open a schedule found for a program that has changed since', () => {
    const result = exploreSource(twoWriters, { seed: 7, procs: 4 });
    const { calls, opener } = recorder(`${twoWriters}// edited\n`, 'random');
    expect(openFailure(result, explored, opener)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a clean check says what it covered', () => {
    const result = exploreSource(twoWriters.replace('m[w] = w', '_ = m[w]'), { mode: 'check' });
    expect(verdictText({ result, ms: 400, perSecond: 100 })).toMatch(/^No failure in all [\d,]+ schedules with ≤ 2 preemptions \([\d,]+ schedules in 0\.4 s\)\.$/);
    const { calls, opener } = recorder(twoWriters, 'random');
    expect(openFailure(result, explored, opener)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a search whose every schedule ran past the step budget says so, and where more steps are to be had', () => {
    const endless = 'package main\n\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n';
    const result = createExploreApi().explore({ source: endless, mode: 'find', maxSchedules: 20_000 }).result;
    expect(result.schedules).toBe(200);
    expect(verdictText({ result, ms: 3000, perSecond: 66 })).toBe(
      'Every schedule run (200) went past the 20,000-step budget of one schedule before the program ended, so the search stopped there and proves nothing: '
        + 'the program may loop forever, or is too long to explore; shorten it (fewer iterations) or raise the step budget (200 schedules in 3.0 s). '
        + 'Here each schedule gets 20,000 steps to find and 1,000,000 to check; the command line (gomaplab explore --max-steps) allows more.',
    );
  });
});
