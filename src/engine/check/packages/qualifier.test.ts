import { describe, expect, test } from 'vitest';
import { gcQualifier, hasImportClosure } from './qualifier.ts';
import { stdPackages } from './index.ts';

// Each row is what gc 1.23 printed for `var i int = hits` (hits an atomic.Int64) with these imports.
describe('gcQualifier', () => {
  test.each([
    [['sync/atomic'], 'atomic'],
    [['sync/atomic', 'cmp'], 'atomic'],
    [['sync/atomic', 'sync'], '"sync/atomic"'],
    [['sync/atomic', 'errors'], '"sync/atomic"'],
    [['sync/atomic', 'strconv'], '"sync/atomic"'],
    [['fmt', 'math/rand', 'strings', 'sync', 'sync/atomic', 'time'], '"sync/atomic"'],
  ])('%j → %s', (imports, want) => {
    expect(gcQualifier(imports)('sync/atomic')).toBe(want);
  });

  test('other packages keep their names, the learner\'s package has none', () => {
    const q = gcQualifier(['fmt', 'math/rand', 'strings', 'sync', 'sync/atomic', 'time']);
    expect([q('sync'), q('time'), q('strings'), q('math/rand'), q('main')]).toEqual(['sync', 'time', 'strings', 'rand', '']);
  });

  test('every supported package has its import closure recorded', () => {
    expect(Object.keys(stdPackages).filter((p) => !hasImportClosure(p))).toEqual([]);
    const q = gcQualifier(Object.keys(stdPackages));
    // With everything imported, both names that collide in the std import graph are ambiguous.
    expect([q('sync/atomic'), q('math')]).toEqual(['"sync/atomic"', '"math"']);
  });
});
