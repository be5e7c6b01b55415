import { describe, expect, it } from 'vitest';
import { describeChoices, parseChoices } from './choices.ts';

describe('choices', () => {
  it('reads goroutine ids with comments into [g, 1] pairs and describes them', () => {
    const pairs = parseChoices('# main first\n1 1 1\n2 2  # into the write\n3\n');
    expect(pairs).toEqual([1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 3, 1]);
    expect(describeChoices(pairs as number[])).toBe('g1 ×3, g2 ×2, g3');
  });
  it('rejects anything but goroutine numbers', () => {
    expect(parseChoices('')).toBe('no choices written');
    expect(parseChoices('1 g2')).toMatch(/got "g2"/);
    expect(parseChoices('0')).toMatch(/got "0"/);
    expect(parseChoices('-1')).toMatch(/got "-1"/);
  });
});
