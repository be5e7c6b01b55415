import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../app/sample-program.ts';
import { createAppStore } from '../store/index.ts';
import { encodeScenario } from './codec.ts';
import { copyShareLink } from './copy-link.ts';
import { answerIncoming, openLinkInPage, startShareLinks, type LinkEnvironment } from './open-link.ts';
import type { Scenario } from './scenario.ts';
import { scenarioOf } from './scenario-of-state.ts';
import { createShareStore } from './share-store.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

const shared: Scenario = {
  program: 'package main\n\nfunc main() {\n\tprintln("shared")\n}\n',
  seed: 99,
  policy: 'round-robin',
  procs: 2,
  granularity: 'phase',
  schedule: [],
  cursor: { step: 12 },
  goVersion: '1.23',
  views: ['console', 'map'],
};

/** An address bar in memory: a fragment, and listeners for its changes. */
function fakeEnv(hash: string) {
  const listeners = new Set<() => void>();
  const env: LinkEnvironment & { current: string; paste(h: string): void } = {
    current: hash,
    hash: () => env.current,
    clearHash: () => void (env.current = ''),
    onHashChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    paste: (h) => {
      env.current = h;
      for (const l of listeners) l();
    },
  };
  return env;
}

function setup(hash: string, code?: string) {
  const app = createAppStore('playground', memoryStorage());
  if (code !== undefined) app.getState().setCode(code);
  const share = createShareStore();
  const env = fakeEnv(hash);
  const deps = { app, share, env, providedPrograms: () => [sampleProgram] };
  return { app, share, env, deps };
}

describe('opening a link', () => {
  it('applies a link over the sample program at once: program, settings, cursor and views, then a run', () => {
    const { app, share, env, deps } = setup(`#${encodeScenario(shared)}`);
    const runs = app.getState().runRequest;
    expect(openLinkInPage(deps)).toBe('applied');
    const s = app.getState();
    expect([s.code, s.seed, s.procs, s.policy]).toEqual([shared.program, 99, 2, 'round-robin']);
    expect(s.runRequest).toBe(runs + 1);
    expect(share.getState().pendingCursor).toEqual({ step: 12 });
    expect(share.getState().requestedViews).toEqual(['console', 'map']);
    // Until the program is edited the fragment stays, so a reload reopens the same scenario ...
    expect(env.current).not.toBe('');
    expect(openLinkInPage(deps)).toBe('applied');
    // ... and after an edit it is dropped, so a reload keeps the edit.
    app.getState().setCode(`${shared.program}// edited\n`);
    expect(env.current).toBe('');
  });

  it('an embed applies its link over any program and keeps the fragment through edits', () => {
    const { app, env, deps } = setup(`#${encodeScenario(shared)}`, 'package main\n// mine\n');
    expect(openLinkInPage({ ...deps, embedded: true })).toBe('applied');
    expect(app.getState().code).toBe(shared.program);
    // The embed's own views parameter decides what it shows.
    expect(deps.share.getState().requestedViews).toBeNull();
    app.getState().setCode('package main\n// changed in the embed\n');
    expect(env.current).not.toBe('');
  });

  it('asks before replacing the learner\'s own edits, and keeps them when told to', () => {
    const mine = 'package main\n\n// my work\nfunc main() {}\n';
    const { app, share, env, deps } = setup(`#${encodeScenario(shared)}`, mine);
    const runs = app.getState().runRequest;
    expect(openLinkInPage(deps)).toBe('asked');
    expect(share.getState().incoming?.program).toBe(shared.program);
    expect(app.getState().code).toBe(mine);
    answerIncoming(deps, false);
    expect(share.getState().incoming).toBeNull();
    expect(app.getState().code).toBe(mine);
    expect(app.getState().runRequest).toBe(runs);
    // Declined: a reload must not ask again.
    expect(env.current).toBe('');
  });

  it('replaces the learner\'s edits when they choose the link', () => {
    const { app, share, deps } = setup(`#${encodeScenario(shared)}`, 'package main\n// mine\n');
    openLinkInPage(deps);
    answerIncoming(deps, true);
    expect(app.getState().code).toBe(shared.program);
    expect(app.getState().seed).toBe(99);
    expect(share.getState().incoming).toBeNull();
  });

  it('does not ask when the editor already holds the link\'s program', () => {
    const { deps } = setup(`#${encodeScenario(shared)}`, shared.program);
    expect(openLinkInPage(deps)).toBe('applied');
  });

  it('keeps the program and says what was wrong for a damaged link', () => {
    const mine = 'package main\n// mine\n';
    const { app, share, deps } = setup(`#${encodeScenario(shared).slice(0, 40)}`, mine);
    expect(openLinkInPage(deps)).toBe('problem');
    expect(app.getState().code).toBe(mine);
    expect(share.getState().problem).toMatch(/damaged|cut/);
  });

  it('ignores fragments that are not share links', () => {
    const { share, env, deps } = setup('#section-3');
    expect(openLinkInPage(deps)).toBe('none');
    expect(env.current).toBe('#section-3');
    expect(share.getState().problem).toBeNull();
  });

  it('opens a link pasted into the address bar later', () => {
    const { app, env, deps } = setup('');
    const stop = startShareLinks(deps);
    env.paste(`#${encodeScenario({ ...shared, seed: 5 })}`);
    expect(app.getState().seed).toBe(5);
    stop();
    env.paste(`#${encodeScenario({ ...shared, seed: 6 })}`);
    expect(app.getState().seed).toBe(5);
  });
});

describe('sharing', () => {
  it('copies a link to the full app (no query) that reopens the same scenario', async () => {
    const { app } = setup('');
    app.getState().setCode(shared.program);
    app.getState().setSeed(1234);
    app.getState().setProcs(3);
    const share = createShareStore();
    const copied: string[] = [];
    const scenario = scenarioOf(app.getState(), { cursor: { event: 77 }, views: ['map'] });
    await copyShareLink(scenario, 'https://lab.example/app/?embed=1&views=map#old', { writeText: async (t) => void copied.push(t) }, share);
    expect(share.getState().notice).toEqual({ kind: 'copied', link: copied[0] });
    expect(copied[0]).toMatch(/^https:\/\/lab\.example\/app\/#s1=[\w-]+$/);

    const opened = setup(copied[0].slice(copied[0].indexOf('#')));
    openLinkInPage(opened.deps);
    const s = opened.app.getState();
    expect([s.code, s.seed, s.procs]).toEqual([shared.program, 1234, 3]);
    expect(opened.share.getState().pendingCursor).toEqual({ event: 77 });
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const share = createShareStore();
    await copyShareLink(shared, 'http://127.0.0.1:4173/', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, share);
    const n = share.getState().notice;
    expect(n?.kind).toBe('manual-copy');
    expect(n?.kind === 'manual-copy' && n.link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#s1=/);
  });

  it('says so when the program is too long for a link', async () => {
    const share = createShareStore();
    // Random-looking text does not compress, so 100,000 characters overflow the fragment limit.
    let x = 7;
    const noise = Array.from({ length: 100_000 }, () => String.fromCharCode(33 + (((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 90))).join('');
    await copyShareLink({ ...shared, program: noise }, 'http://h/', { writeText: async () => {} }, share);
    const n = share.getState().notice;
    expect(n?.kind === 'failed' && n.message).toMatch(/too long to share as a link/);
  });

  it('builds scenarios the decoder accepts even from odd settings', () => {
    const s = scenarioOf({ code: 'x', seed: -5, procs: 999, policy: 'weird' });
    expect(s).toMatchObject({ seed: 0, procs: 256, policy: 'random', granularity: 'statement', schedule: [], goVersion: '1.23' });
  });
});
