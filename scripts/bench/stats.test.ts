import { describe, expect, it } from 'vitest';
import { median, percentile, reportLine } from './stats.ts';

describe('bench statistics', () => {
  it('computes medians for odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('computes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
  });

  it('reports the ratio to the target and whether it is met', () => {
    expect(reportLine('x', [5, 4, 6], 20)).toBe('x: median 5.00 ms, p95 6.00 ms, min 4.00 ms — target < 20 ms, median is 0.25× the target (within target); 3 runs');
    expect(reportLine('y', [150, 150], 100, 'edits')).toContain('1.50× the target (OVER target); 2 edits');
  });
});
