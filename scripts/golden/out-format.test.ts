// Tests for the `.out` golden format: exact round trips, including output without a final newline.
import { describe, expect, it } from 'vitest';
import { formatOut, parseOut, type RunOutcome } from './out-format.ts';

function roundTrip(outcome: RunOutcome): RunOutcome | string {
  const parsed = parseOut(formatOut(outcome));
  return parsed.ok ? parsed.outcome : parsed.error;
}

describe('formatOut', () => {
  it('writes three sections in order', () => {
    expect(formatOut({ stdout: 'hi\n', stderr: '', exit: 0 })).toBe('-- stdout --\nhi\n-- stderr --\n-- exit --\n0\n');
  });

  it('marks a section whose text has no final newline', () => {
    expect(formatOut({ stdout: 'a\nb', stderr: 'e', exit: 3 })).toBe(
      '-- stdout (no final newline) --\na\nb\n-- stderr (no final newline) --\ne\n-- exit --\n3\n',
    );
  });
});

describe('parseOut', () => {
  const cases: RunOutcome[] = [
    { stdout: '', stderr: '', exit: 0 },
    { stdout: '\n', stderr: '\n\n', exit: 0 },
    { stdout: 'no newline', stderr: 'panic: x\n\ngoroutine 1 [running]:\n', exit: 2 },
    { stdout: 'trailing spaces   \n\ttab\n', stderr: 'line\n', exit: 7 },
    { stdout: '-- stdout --\n', stderr: '', exit: 0 },
    { stdout: 'x\n\n', stderr: 'partial', exit: 1 },
  ];
  for (const outcome of cases) {
    it(`round-trips ${JSON.stringify(outcome)}`, () => {
      expect(roundTrip(outcome)).toEqual(outcome);
    });
  }

  it('reports malformed text instead of throwing', () => {
    expect(parseOut('')).toEqual({ ok: false, error: 'missing section "-- stdout --"' });
    expect(parseOut('-- stdout --\n-- exit --\n0\n')).toEqual({ ok: false, error: 'missing section "-- stderr --"' });
    expect(parseOut('junk\n-- stdout --\n-- stderr --\n-- exit --\n0\n')).toEqual({ ok: false, error: 'text before "-- stdout --"' });
    expect(parseOut('-- stdout --\n-- stderr --\n-- exit --\ntwo\n')).toEqual({ ok: false, error: 'exit status "two" is not a number' });
  });

  it('does not take a header-like line of the wrong section as a header', () => {
    const parsed = parseOut('-- stdout --\n-- exit --\n-- stderr --\n-- exit --\n0\n');
    expect(parsed).toEqual({ ok: true, outcome: { stdout: '-- exit --\n', stderr: '', exit: 0 } });
  });
});
