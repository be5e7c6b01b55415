import { describe, expect, it } from 'vitest';
import { playerConsoleBlocks, splitReport } from './player-console.ts';

const fatal = 'fatal error: concurrent map writes\n\ngoroutine 4 [running]:\nmain.main.func1(...)\n\tprog.go:22\n';

describe('player console', () => {
  it('sets the runtime report apart from what the program wrote to stderr before it', () => {
    expect(splitReport(`hi\n${fatal}`)).toEqual({ before: 'hi\n', report: fatal });
    expect(splitReport('panic: boom\n\ngoroutine 1 [running]:\n')).toEqual({ before: '', report: 'panic: boom\n\ngoroutine 1 [running]:\n' });
    expect(splitReport('no panic: here\n')).toEqual({ before: 'no panic: here\n', report: '' });
  });

  it('shows output up to the cursor, and the exit status only at the end of a run that ended', () => {
    const midway = { stdout: 'a\n', stderr: '', failures: [], ended: null };
    expect(playerConsoleBlocks(midway, { exitCode: 2, steps: 9 }, 5, 10)).toEqual([{ stream: 'stdout', text: 'a\n' }]);
    const end = { stdout: 'a\n', stderr: fatal, failures: [{ kind: 'fatal' as const, g: 4, message: 'concurrent map writes', at: 8 }], ended: { exitCode: 2, stopped: '' } };
    expect(playerConsoleBlocks(end, { exitCode: 2, steps: 9 }, 10, 10)).toEqual([
      { stream: 'stdout', text: 'a\n' },
      { stream: 'report', text: fatal },
      { stream: 'exit', text: 'exit status 2\n' },
    ]);
  });

  it('says when nothing is printed yet, and adds the lab line of a budget stop', () => {
    const empty = { stdout: '', stderr: '', failures: [], ended: null };
    expect(playerConsoleBlocks(empty, null, 0, 10)).toEqual([{ stream: 'note', text: 'Nothing printed yet at this step.' }]);
    const budget = { stdout: '', stderr: '', failures: [{ kind: 'budget' as const, g: 1, message: 'program stopped after 5 steps', at: 3 }], ended: { exitCode: 2, stopped: 'x' } };
    expect(playerConsoleBlocks(budget, { exitCode: 2, steps: 5 }, 4, 4)[0]).toEqual({ stream: 'stderr', text: 'Go Map Lab: program stopped after 5 steps\n' });
  });
});
