import { describe, expect, it } from 'vitest';
import type { RunReply } from '../../../worker/api.ts';
import { consoleBlocks, exitLine, linkLocations, runSummary } from './console-model.ts';

const reply = (r: Partial<RunReply>): RunReply => ({ runId: 1, stdout: '', stderr: '', exitCode: 0, steps: 100, ms: 3, schedule: [], ...r });
const done = (r: Partial<RunReply>) => ({ status: 'done' as const, reply: reply(r), message: null });

describe('consoleBlocks', () => {
  it('shows stdout, then stderr, then exit status for a program that crashed', () => {
    const blocks = consoleBlocks(done({ stdout: 'start\n', stderr: 'fatal error: concurrent map writes\n\ngoroutine 4 [running]:\n', exitCode: 2 }));
    expect(blocks).toEqual([
      { stream: 'stdout', text: 'start\n' },
      { stream: 'stderr', text: 'fatal error: concurrent map writes\n\ngoroutine 4 [running]:\n' },
      { stream: 'exit', text: 'exit status 2\n' },
    ]);
  });

  it('shows a compile failure as go run does: the errors and no exit status', () => {
    const stderr = '# command-line-arguments\n./prog.go:4:2: undefined: nope\n';
    expect(consoleBlocks(done({ stderr, exitCode: 1, steps: 0 }))).toEqual([{ stream: 'stderr', text: stderr }]);
  });

  it('shows os.Exit(3) as exit status 3 and a clean run with no status line', () => {
    expect(consoleBlocks(done({ stdout: 'bye\n', exitCode: 3 })).map((b) => b.text)).toEqual(['bye\n', 'exit status 3\n']);
    expect(consoleBlocks(done({ stdout: 'hello\n' }))).toEqual([{ stream: 'stdout', text: 'hello\n' }]);
  });

  it('says so when a program printed nothing, and is empty before any run or while running', () => {
    expect(consoleBlocks(done({}))).toEqual([{ stream: 'note', text: 'The program printed nothing.' }]);
    expect(consoleBlocks({ status: 'idle', reply: null, message: null })).toEqual([]);
    expect(consoleBlocks({ status: 'running', reply: null, message: null })).toEqual([]);
  });

  it('explains a stopped or failed run', () => {
    expect(consoleBlocks({ status: 'stopped', reply: null, message: 'Stopped after 1.0 s.' })).toEqual([{ stream: 'note', text: expect.stringMatching(/^Stopped after 1\.0 s\. .*lost with the worker/) }]);
    // What the program printed before the stop stays on screen, then the note.
    const kept = consoleBlocks({ status: 'stopped', reply: null, message: 'Stopped after 1.0 s.', live: { stdout: '1\n2\n', stderr: 'x' } });
    expect(kept.map((b) => [b.stream, b.text.slice(0, 7)])).toEqual([['stdout', '1\n2\n'], ['stderr', 'x'], ['note', 'Stopped']]);
    expect(consoleBlocks({ status: 'running', reply: null, message: null, live: { stdout: 'so far', stderr: '' } })).toEqual([{ stream: 'stdout', text: 'so far' }]);
    expect(consoleBlocks({ status: 'failed', reply: null, message: 'The runner failed: x' })).toEqual([{ stream: 'note', text: 'The runner failed: x' }]);
  });

  it('exitLine follows the CLI rule', () => {
    expect(exitLine({ exitCode: 0, steps: 5 })).toBeNull();
    expect(exitLine({ exitCode: 1, steps: 0 })).toBeNull();
    expect(exitLine({ exitCode: 2, steps: 5 })).toBe('exit status 2\n');
  });
});

describe('linkLocations', () => {
  it('finds prog.go:LINE in a goroutine dump and ./prog.go:LINE:COL in compiler errors', () => {
    expect(linkLocations('main.main.func1(...)\n\tprog.go:22\ncreated by main.main\n\tprog.go:18 +0x5\n')).toEqual([
      { text: 'main.main.func1(...)\n\t' },
      { text: 'prog.go:22', line: 22 },
      { text: '\ncreated by main.main\n\t' },
      { text: 'prog.go:18', line: 18 },
      { text: ' +0x5\n' },
    ]);
    expect(linkLocations('./prog.go:4:2: undefined: nope')).toEqual([{ text: './prog.go:4:2', line: 4 }, { text: ': undefined: nope' }]);
  });

  it('leaves other files and text without locations alone, and keeps every character', () => {
    for (const text of ['myprog.go:3', 'x/prog.go:3', 'prog.go:', 'prog.go:0', 'panic: boom', '']) {
      const pieces = linkLocations(text);
      expect(pieces.every((p) => p.line === undefined)).toBe(true);
      expect(pieces.map((p) => p.text).join('')).toBe(text);
    }
  });
});

describe('runSummary', () => {
  const settings = { seed: 1, procs: 8, policy: 'random' };
  it('describes each state in words', () => {
    expect(runSummary({ status: 'idle', reply: null, message: null, elapsedMs: null, settings: null })).toBe('Press Run to run the program.');
    expect(runSummary({ status: 'running', reply: null, message: null, elapsedMs: null, settings })).toBe('Running (seed 1, GOMAXPROCS 8, random)…');
    expect(runSummary({ ...done({ exitCode: 2, steps: 12345, ms: 4.25 }), elapsedMs: 9, settings })).toBe('Exited with status 2 after 12,345 steps in 4.3 ms (seed 1, GOMAXPROCS 8, random).');
    expect(runSummary({ ...done({ exitCode: 1, steps: 0 }), elapsedMs: 9, settings })).toBe('The program did not build.');
    expect(runSummary({ ...done({ exitCode: 2, stopped: 'budget', ms: 1500 }), elapsedMs: 9, settings })).toMatch(/^Stopped by the step budget after 100 steps in 1,500 ms/);
  });
});
