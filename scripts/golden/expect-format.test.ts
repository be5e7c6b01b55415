// Tests for the crash corpus `.expect` format.
import { describe, expect, it } from 'vitest';
import { formatExpect, parseExpect, type Expectation } from './expect-format.ts';

describe('expect format', () => {
  const cases: Expectation[] = [
    { kind: 'crash', messages: ['concurrent map writes'] },
    { kind: 'crash', messages: ['concurrent map writes', 'bad map state'] },
    { kind: 'clean', stdout: '1000 400 400\n' },
    { kind: 'clean', stdout: '' },
  ];
  for (const e of cases) {
    it(`round-trips ${JSON.stringify(e)}`, () => {
      expect(parseExpect(formatExpect(e))).toEqual({ ok: true, expect: e });
    });
  }

  it('writes the documented text', () => {
    expect(formatExpect({ kind: 'crash', messages: ['concurrent map writes'] })).toBe('crash: concurrent map writes\n');
    expect(formatExpect({ kind: 'clean', stdout: 'ok\n' })).toBe('clean\n-- stdout --\nok\n');
  });

  it('rejects malformed files without throwing', () => {
    expect(parseExpect('')).toMatchObject({ ok: false });
    expect(parseExpect('crash: \n')).toEqual({ ok: false, error: 'crash without a message' });
    expect(parseExpect('crash: a\nstdout\n')).toEqual({ ok: false, error: 'expected "crash: <message>", not "stdout"' });
    expect(parseExpect('clean\nok\n')).toEqual({ ok: false, error: 'clean outcome without "-- stdout --"' });
    expect(parseExpect('crashed\n')).toMatchObject({ ok: false });
  });
});
