// Which version an unpinned lesson step runs as: only versions it is checked under.
import { describe, expect, it } from 'vitest';
import { bothDesigns, unpinnedRunVersion } from './go-version.ts';

describe('unpinnedRunVersion', () => {
  it.each([
    ['1.23', '1.23'],
    ['1.26', '1.26'],
    ['1.21', '1.23'],
    ['1.19', '1.23'],
    ['1.24', '1.26'],
    ['1.25', '1.26'],
  ])('a learner on Go %s runs an unpinned step as Go %s', (chosen, runs) => {
    expect(unpinnedRunVersion(chosen)).toBe(runs);
    expect(bothDesigns).toContain(unpinnedRunVersion(chosen));
  });
});
