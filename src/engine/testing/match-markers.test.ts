import { describe, expect, it } from 'vitest';
import { parseMarkers } from './markers.ts';
import { describeMismatch, matchMarkers, type Finding } from './match-markers.ts';

const err = (line: number, column: number, message: string, code = 'some_error'): Finding => ({ line, column, message, severity: 'error', code });
const warn = (line: number, column: number, message: string): Finding => ({ line, column, message, severity: 'warning', code: 'copied_lock' });
const markers = (src: string) => parseMarkers(src).markers;

describe('matchMarkers', () => {
  const src = 'package main\n\nfunc main() {\n\t/* ERROR "undefined: wg" */ wg.Wait()\n}\n';
  const col = 30; // the column of `wg` on line 4

  it('accepts a diagnostic with the right kind, line, column and message', () => {
    expect(matchMarkers(markers(src), [err(4, col, 'undefined: wg')]).ok).toBe(true);
  });

  it('fails when the message does not match the pattern', () => {
    const r = matchMarkers(markers(src), [err(4, col, 'undefined: wg2x')]);
    expect(r.ok).toBe(true); // unanchored search: "undefined: wg" occurs in it
    const r2 = matchMarkers(markers(src), [err(4, col, 'undeclared name: wg')]);
    expect(r2.ok).toBe(false);
    expect(r2.unmatchedMarkers).toHaveLength(1);
    expect(r2.unexpected).toHaveLength(1);
  });

  it('fails on a wrong column for a column-exact marker, and on a wrong line', () => {
    expect(matchMarkers(markers(src), [err(4, col + 1, 'undefined: wg')]).ok).toBe(false);
    expect(matchMarkers(markers(src), [err(5, col, 'undefined: wg')]).ok).toBe(false);
  });

  it('accepts any column for a line-exact marker', () => {
    const m = markers('a\nb // ERROR "unexpected newline"\n');
    expect(matchMarkers(m, [err(2, 17, 'syntax error: unexpected newline, expected comma')]).ok).toBe(true);
  });

  it('fails on a missing diagnostic and on an extra one', () => {
    expect(matchMarkers(markers(src), []).unmatchedMarkers).toHaveLength(1);
    const r = matchMarkers(markers(src), [err(4, col, 'undefined: wg'), err(1, 1, 'surprise')]);
    expect(r.ok).toBe(false);
    expect(r.unexpected).toEqual([err(1, 1, 'surprise')]);
  });

  it('keeps kinds apart: ERROR, WARNING and UNSUPPORTED', () => {
    const e = markers('/* ERROR "x" */ a');
    const w = markers('/* WARNING "x" */ a');
    const u = markers('/* UNSUPPORTED "x" */ a');
    const col1 = 17;
    expect(matchMarkers(e, [warn(1, col1, 'x')]).ok).toBe(false);
    expect(matchMarkers(w, [err(1, col1 + 2, 'x')]).ok).toBe(false);
    expect(matchMarkers(w, [warn(1, col1 + 2, 'x')]).ok).toBe(true);
    expect(matchMarkers(e, [err(1, col1, 'x', 'unsupported_generics')]).ok).toBe(false);
    expect(matchMarkers(u, [err(1, col1 + 6, 'x', 'unsupported_generics')]).ok).toBe(true);
    expect(matchMarkers(u, [err(1, col1 + 6, 'x', 'undefined_name')]).ok).toBe(false);
    // Go's own findings carry no code: they can satisfy ERROR but never UNSUPPORTED.
    expect(matchMarkers(u, [{ line: 1, column: col1 + 6, message: 'x', severity: 'error' }]).ok).toBe(false);
  });

  it('finds the pairing that matches everything even when a greedy one would not', () => {
    // The first marker accepts both diagnostics, the second only the first diagnostic.
    const m = markers('f() // ERROR "x" ERROR "y"\n');
    expect(m).toHaveLength(2);
    const r = matchMarkers(m, [err(1, 1, 'x y'), err(1, 5, 'x')]);
    expect(r.ok).toBe(true);
  });

  it('needs one diagnostic per marker, even for identical markers', () => {
    const m = markers('/* ERROR "dup" */ /* ERROR "dup" */ a');
    expect(matchMarkers(m, [err(1, 37, 'dup')]).ok).toBe(false);
    expect(matchMarkers(m, [err(1, 37, 'dup'), err(1, 37, 'dup')]).ok).toBe(true);
  });

  it('describes a mismatch with file:line:col', () => {
    const r = matchMarkers(markers(src), [err(4, 2, 'undefined: wg')]);
    expect(describeMismatch('prog.go', r)).toBe(
      `prog.go:4:${col}: ERROR "undefined: wg" — no matching diagnostic\nprog.go:4:2: undefined: wg [some_error] — unexpected diagnostic`,
    );
    expect(describeMismatch('prog.go', matchMarkers([], []))).toBe('');
  });
});
