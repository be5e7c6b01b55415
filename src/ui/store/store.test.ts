import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../app/sample-program.ts';
import { createAppStore, persistKey, sanitizePersisted } from './index.ts';
import { pageFromSearch, searchForPage } from './page-url.ts';
import { maxFontSize } from './settings-slice.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return { data: m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('app store persistence', () => {
  it('starts with the sample program on a first visit', () => {
    expect(createAppStore('playground', memoryStorage()).getState().code).toBe(sampleProgram);
  });

  it('keeps the program and font size, and restores them in a new store (a reload)', () => {
    const storage = memoryStorage();
    const first = createAppStore('playground', storage);
    first.getState().setCode('package main\n');
    first.getState().changeFontSize(2);
    const saved = JSON.parse(storage.data.get(persistKey)!);
    expect(saved.state).toEqual({ code: 'package main\n', fontSize: 16, seed: 1, procs: 8, policy: 'random', goVersion: '1.26' });
    const second = createAppStore('playground', storage);
    expect(second.getState().code).toBe('package main\n');
    expect(second.getState().fontSize).toBe(16);
  });

  it('does not persist diagnostics, the check status or runs', () => {
    const storage = memoryStorage();
    const s = createAppStore('playground', storage);
    s.getState().checkFinished({ runId: 1, ok: true, ms: 1, diagnostics: [] });
    s.getState().runStarted({ seed: 1, procs: 8, policy: 'random', maxSteps: 10 });
    s.getState().runFinished({ runId: 1, stdout: 'hi', stderr: '', exitCode: 0, steps: 3, ms: 1, schedule: [] }, 5);
    s.getState().setCode('x');
    expect(Object.keys(JSON.parse(storage.data.get(persistKey)!).state).sort()).toEqual(['code', 'fontSize', 'goVersion', 'policy', 'procs', 'seed']);
  });

  it('keeps the run settings across a reload', () => {
    const storage = memoryStorage();
    const first = createAppStore('playground', storage);
    first.getState().setSeed(77);
    first.getState().setProcs(1);
    first.getState().setPolicy('round-robin');
    const second = createAppStore('playground', storage);
    expect([second.getState().seed, second.getState().procs, second.getState().policy]).toEqual([77, 1, 'round-robin']);
  });

  it('keeps the Go version across a reload, snaps versions to the offered choices and ignores junk', () => {
    const storage = memoryStorage();
    const first = createAppStore('playground', storage);
    expect(first.getState().goVersion).toBe('1.26');
    first.getState().setGoVersion('1.22');
    expect(first.getState().goVersion).toBe('1.23');
    first.getState().setGoVersion('1.25');
    expect(first.getState().goVersion).toBe('1.26');
    first.getState().setGoVersion('1.22');
    expect(first.getState().goVersion).toBe('1.23');
    first.getState().setGoVersion('banana');
    expect(first.getState().goVersion).toBe('1.23');
    first.getState().setGoVersion('1.19');
    const second = createAppStore('playground', storage);
    expect(second.getState().goVersion).toBe('1.21');
    expect(sanitizePersisted({ goVersion: 7 })).toEqual({});
    expect(sanitizePersisted({ goVersion: 'go1.25.3' })).toEqual({ goVersion: '1.26' });
  });

  it.each([
    ['1.23', '1.26'],
    ['1.21', '1.21'],
    ['1.26', '1.26'],
  ])('settings saved before the default became Go 1.26 (version 1) with Go %s open as Go %s', (saved, opened) => {
    const raw = JSON.stringify({ state: { code: 'package main\n', goVersion: saved, seed: 5 }, version: 1 });
    const s = createAppStore('playground', memoryStorage({ [persistKey]: raw }));
    expect([s.getState().goVersion, s.getState().seed, s.getState().code]).toEqual([opened, 5, 'package main\n']);
  });

  it('a version a link or lesson runs as is not saved over the learner\'s choice', () => {
    const storage = memoryStorage();
    const first = createAppStore('playground', storage);
    first.getState().setGoVersion('1.21');
    first.getState().runAsGoVersion('1.23');
    first.getState().setSeed(9);
    expect(first.getState().goVersion).toBe('1.23');
    expect(createAppStore('playground', storage).getState().goVersion).toBe('1.21');
    // Choosing in the select makes it the learner's again.
    first.getState().setGoVersion('1.23');
    expect(createAppStore('playground', storage).getState().goVersion).toBe('1.23');
  });

  it('keeps a chosen Go 1.23 once saved under the current version', () => {
    const storage = memoryStorage();
    createAppStore('playground', storage).getState().setGoVersion('1.23');
    expect(createAppStore('playground', storage).getState().goVersion).toBe('1.23');
  });

  it('survives corrupt or hand-edited storage', () => {
    for (const raw of ['not json', '{"state":{"code":42,"fontSize":"big"},"version":1}', '{"state":null,"version":1}', '{"state":{"fontSize":1e9},"version":0}']) {
      const s = createAppStore('playground', memoryStorage({ [persistKey]: raw }));
      expect(typeof s.getState().code).toBe('string');
      expect(s.getState().fontSize).toBeLessThanOrEqual(maxFontSize);
    }
  });

  it('keeps working when storage refuses to read or write (full quota, revoked permission)', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('nope');
      },
    };
    const s = createAppStore('playground', broken);
    expect(s.getState().code).toBe(sampleProgram);
    expect(() => s.getState().setCode('x'.repeat(1000))).not.toThrow();
    expect(s.getState().code).toHaveLength(1000);
  });

  it('sanitizes persisted values', () => {
    expect(sanitizePersisted({ code: 'x', fontSize: 3 })).toEqual({ code: 'x', fontSize: 10 });
    expect(sanitizePersisted('x')).toEqual({});
    expect(sanitizePersisted({ seed: -5, procs: 99, policy: 'fifo' })).toEqual({ seed: 0, procs: 8 });
    expect(sanitizePersisted({ seed: 2 ** 40, procs: 0.2, policy: 'round-robin' })).toEqual({ seed: 2 ** 32 - 1, procs: 1, policy: 'round-robin' });
    expect(sanitizePersisted({ seed: '3', procs: NaN })).toEqual({ procs: 8 });
  });
});

describe('page URL state', () => {
  it('reads ?page=lab as the lab and anything else as the playground', () => {
    expect(pageFromSearch('?page=lab')).toBe('lab');
    expect(pageFromSearch('')).toBe('playground');
    expect(pageFromSearch('?page=%00')).toBe('playground');
  });

  it('writes the page while keeping other parameters, and round-trips', () => {
    expect(searchForPage('?x=1', 'lab')).toBe('?x=1&page=lab');
    expect(searchForPage('?page=lab', 'playground')).toBe('');
    for (const page of ['lab', 'playground'] as const) expect(pageFromSearch(searchForPage('?a=b', page))).toBe(page);
  });
});

describe('live output', () => {
  it('collects progress while running, keeps it after a stop, and drops it when a run finishes', () => {
    const s = createAppStore('playground', memoryStorage());
    s.getState().runStarted({ seed: 1, procs: 8, policy: 'random', maxSteps: 10 });
    s.getState().runProgress({ stdout: 'a', stderr: '', steps: 5 });
    s.getState().runProgress({ stdout: 'b', stderr: 'e', steps: 9 });
    expect(s.getState().runLive).toEqual({ stdout: 'ab', stderr: 'e', steps: 9 });
    s.getState().runStopped(100);
    s.getState().runProgress({ stdout: 'late', stderr: '', steps: 10 });
    expect(s.getState().runLive?.stdout).toBe('ab');
    s.getState().runStarted({ seed: 1, procs: 8, policy: 'random', maxSteps: 10 });
    expect(s.getState().runLive).toBeNull();
  });

  it('keeps only the tail of endless output', () => {
    const s = createAppStore('playground', memoryStorage());
    s.getState().runStarted({ seed: 1, procs: 8, policy: 'random', maxSteps: 10 });
    for (let i = 0; i < 30; i++) s.getState().runProgress({ stdout: `${i}`.padEnd(100_000, '.'), stderr: '', steps: i });
    const out = s.getState().runLive!.stdout;
    expect(out.length).toBeLessThan(1_100_000);
    expect(out.startsWith('[… earlier output dropped …]')).toBe(true);
    expect(out.endsWith('29'.padEnd(100_000, '.'))).toBe(true);
  });
});
