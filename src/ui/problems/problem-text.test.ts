import { describe, expect, it } from 'vitest';
import type { PositionedDiagnostic } from '../../worker/api.ts';
import { problemSummary, problemText } from './problem-text.ts';

const d = (severity: 'error' | 'warning', line: number, column: number, message: string): PositionedDiagnostic =>
  ({ pos: 0, end: 0, code: 'x', severity, message, line, column, endLine: line, endColumn: column });

describe('problem text', () => {
  it('prints a diagnostic the way gc does', () => {
    expect(problemText(d('error', 7, 2, 'undefined: wg'))).toBe('prog.go:7:2: undefined: wg');
  });

  it('summarises errors and vet warnings with singular and plural', () => {
    expect(problemSummary([])).toBe('');
    expect(problemSummary([d('error', 1, 1, 'a')])).toBe('1 error');
    expect(problemSummary([d('error', 1, 1, 'a'), d('error', 2, 1, 'b'), d('warning', 3, 1, 'c')])).toBe('2 errors, 1 vet warning');
    expect(problemSummary([d('warning', 3, 1, 'c'), d('warning', 4, 1, 'c')])).toBe('2 vet warnings');
  });
});
