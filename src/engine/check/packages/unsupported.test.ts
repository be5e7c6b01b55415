import { describe, expect, test } from 'vitest';
import { stdPackages } from './index.ts';
import { unsupportedMember } from './unsupported.ts';

describe('unsupportedMember', () => {
  test('names the Go members the lab leaves out, with a reason', () => {
    expect(unsupportedMember('sync', 'Pool')).toBe('sync.Pool is not supported in Go Map Lab yet');
    expect(unsupportedMember('cmp', 'Ordered')).toMatch(/^cmp.Ordered is a type constraint/);
  });

  test('says nothing about names Go does not have either, or about supported ones', () => {
    expect(unsupportedMember('sync', 'Poool')).toBeUndefined();
    expect(unsupportedMember('sync', 'Mutex')).toBeUndefined();
    expect(unsupportedMember('nosuch', 'Pool')).toBeUndefined();
    expect(unsupportedMember('sync', 'constructor')).toBeUndefined();
  });

  test('never lists a member the tables support', () => {
    for (const [path, pkg] of Object.entries(stdPackages)) {
      for (const name of pkg.members.keys()) expect(unsupportedMember(path, name), `${path}.${name}`).toBeUndefined();
    }
  });
});
