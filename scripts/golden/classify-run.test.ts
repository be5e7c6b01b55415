// Tests for the crash-run classifier, using first lines real Go 1.23 printed during the measurements.
import { describe, expect, it } from 'vitest';
import { classifyRun } from './classify-run.ts';

const run = (stderr: string, exit: number, timedOut = false) => ({ stdout: '', stderr, exit, timedOut });

describe('classifyRun', () => {
  it('reads the message of a single report', () => {
    expect(classifyRun(run('fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n', 2), 1000)).toEqual({
      kind: 'crash',
      message: 'concurrent map writes',
      firstLine: 'fatal error: concurrent map writes',
      double: false,
    });
  });

  it('recognises two reports on two lines and two reports interleaved on one line', () => {
    const twoLines = classifyRun(run('fatal error: concurrent map writes\nfatal error: concurrent map writes\n\n', 2), 1000);
    const prefixes = classifyRun(run('fatal error: fatal error: concurrent map writes\nconcurrent map writes\n', 2), 1000);
    const glued = classifyRun(run('fatal error: concurrent map writesfatal error: concurrent map writes\n\n', 2), 1000);
    for (const c of [twoLines, prefixes, glued]) {
      expect(c.kind).toBe('crash');
      expect(c.message).toBe('concurrent map writes');
      expect(c.double).toBe(true);
    }
  });

  it('separates clean exits, panics, timeouts and other exits', () => {
    expect(classifyRun(run('', 0), 1000)).toEqual({ kind: 'clean', firstLine: 'clean', double: false });
    expect(classifyRun(run('panic: boom\n', 2), 1000)).toMatchObject({ kind: 'other', firstLine: 'panic: boom' });
    expect(classifyRun(run('', -1, true), 1000)).toMatchObject({ kind: 'other', firstLine: 'timeout after 1000 ms' });
    expect(classifyRun(run('', 3), 1000)).toMatchObject({ kind: 'other', firstLine: 'exit 3, empty stderr' });
    expect(classifyRun(run('fatal error: x\n', 0), 1000).kind).toBe('other');
  });
});
