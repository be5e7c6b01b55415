import { describe, expect, test } from 'vitest';
import { Typ } from '../universe.ts';
import { newArray, newField, newNamed, newPointer, newSlice, newStruct, newMap, type Type } from '../types.ts';
import { atomicPackage } from '../packages/atomic.ts';
import { syncPackage } from '../packages/sync.ts';
import { lockPath, lockPathString, vetQualifier } from './lock-path.ts';

const q = vetQualifier('command-line-arguments');
const std = (pkg: 'sync' | 'atomic', name: string): Type => {
  const o = (pkg === 'sync' ? syncPackage : atomicPackage).members.get(name);
  if (o?.kind !== 'TypeName') throw new Error(name);
  return o.type;
};
const path = (t: Type) => {
  const p = lockPath(t, q);
  return p && lockPathString(p);
};
/** `type <name> struct{ <field> <type> }` in the learner's package. */
const holder = (name: string, field: string, t: Type, embedded = false) => newNamed(name, 'main', newStruct([newField(field, t, 'main', embedded)]));

// Each expected chain is what `go vet` 1.23 printed for the same declaration (README.md lists the program).
describe('lockPath: the chain go vet prints', () => {
  test.each([
    ['Mutex', 'sync', 'sync.Mutex'],
    ['RWMutex', 'sync', 'sync.RWMutex'],
    ['WaitGroup', 'sync', 'sync.WaitGroup contains sync.noCopy'],
    ['Once', 'sync', 'sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy'],
    ['Map', 'sync', 'sync.Map contains sync.Mutex'],
    ['Cond', 'sync', 'sync.Cond contains sync.noCopy'],
    ['Int32', 'atomic', 'sync/atomic.Int32 contains sync/atomic.noCopy'],
    ['Int64', 'atomic', 'sync/atomic.Int64 contains sync/atomic.noCopy'],
    ['Bool', 'atomic', 'sync/atomic.Bool contains sync/atomic.noCopy'],
  ] as const)('%s', (name, pkg, want) => {
    expect(path(std(pkg, name))).toBe(want);
  });

  test('a struct field holding a Mutex', () => {
    expect(path(holder('Counter', 'mu', std('sync', 'Mutex')))).toBe('command-line-arguments.Counter contains sync.Mutex');
  });

  test('nested through an array field', () => {
    const counter = holder('Counter', 'mu', std('sync', 'Mutex'));
    const outer = newNamed('Outer', 'main', newStruct([newField('name', Typ.string, 'main'), newField('c', newArray(counter, 2), 'main')]));
    expect(path(outer)).toBe('command-line-arguments.Outer contains command-line-arguments.Counter contains sync.Mutex');
  });

  test('an array of locks names the element only', () => {
    expect(path(newArray(std('sync', 'Mutex'), 3))).toBe('sync.Mutex');
  });

  test('an embedded Mutex makes the outer type itself the lock', () => {
    const e = holder('E', 'Mutex', std('sync', 'Mutex'), true);
    expect(path(e)).toBe('command-line-arguments.E');
  });

  test('an unnamed struct prints as a literal', () => {
    expect(path(newStruct([newField('mu', std('sync', 'Mutex'), 'main')]))).toBe('struct{mu sync.Mutex} contains sync.Mutex');
  });

  test.each([
    ['a pointer to a lock', () => newPointer(std('sync', 'Mutex'))],
    ['a struct holding a pointer to a lock', () => holder('P', 'p', newPointer(std('sync', 'Mutex')))],
    ['an embedded *Mutex (the value has Lock and Unlock)', () => holder('EP', 'Mutex', newPointer(std('sync', 'Mutex')), true)],
    ['atomic.Value', () => std('atomic', 'Value')],
    ['a slice of locks', () => newSlice(std('sync', 'Mutex'))],
    ['a map of locks', () => newMap(Typ.string, std('sync', 'Mutex'))],
    ['a plain struct', () => holder('Point', 'x', Typ.int)],
    ['an interface', () => std('sync', 'Locker')],
  ])('no lock: %s', (_, make) => {
    expect(path(make())).toBeNull();
  });

  test('a recursive type ends', () => {
    const node = newNamed('Node', 'main');
    node.underlying = newStruct([newField('next', newPointer(node), 'main'), newField('self', newArray(node, 0), 'main')]);
    expect(path(node)).toBeNull();
  });
});
