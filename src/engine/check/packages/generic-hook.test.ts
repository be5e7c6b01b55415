import { describe, expect, test } from 'vitest';
import { Typ, anyType } from '../universe.ts';
import { typeString } from '../type-string.ts';
import { newMap, newNamed, newSignature, newSlice, newParam, newChan, type Func, type GenericArg, type Type } from '../types.ts';
import { mapsPackage } from './maps.ts';
import { slicesPackage } from './slices.ts';
import { syncPackage } from './sync.ts';

type Pkg = 'slices' | 'maps' | 'sync';
const pkgs = { slices: slicesPackage, maps: mapsPackage, sync: syncPackage };

function fn(pkg: Pkg, name: string): Func {
  const o = pkgs[pkg].members.get(name);
  if (o?.kind !== 'Func' || !o.generic) throw new Error(`${pkg}.${name} is not a generic func`);
  return o;
}
const typed = (type: Type): GenericArg => ({ type, untyped: false });
const untyped = (type: Type): GenericArg => ({ type, untyped: true });
const ints = newSlice(Typ.int);
const strMap = newMap(Typ.string, Typ.int);

function sigOf(pkg: Pkg, name: string, args: GenericArg[], ellipsis = false): string {
  const r = fn(pkg, name).generic!.instantiate(args, ellipsis);
  if (!r.ok) throw new Error(r.message);
  return typeString(r.signature);
}
function errOf(pkg: Pkg, name: string, args: GenericArg[]): { message: string; argIndex: number } {
  const r = fn(pkg, name).generic!.instantiate(args, false);
  if (r.ok) throw new Error(`expected an error, got ${typeString(r.signature)}`);
  return { message: r.message, argIndex: r.argIndex };
}

describe('generic std functions: instantiation', () => {
  test.each([
    ['slices', 'Contains', [typed(ints), untyped(Typ.untypedInt)], 'func(s []int, v int) bool'],
    ['slices', 'Contains', [typed(newSlice(Typ.string)), typed(Typ.string)], 'func(s []string, v string) bool'],
    ['slices', 'Index', [typed(ints), untyped(Typ.untypedString)], 'func(s []int, v int) int'],
    ['slices', 'Sort', [typed(ints)], 'func(x []int)'],
    ['slices', 'Max', [typed(newSlice(Typ.float64))], 'func(x []float64) float64'],
    ['slices', 'BinarySearch', [typed(ints), untyped(Typ.untypedInt)], 'func(x []int, target int) (int, bool)'],
    ['slices', 'SortFunc', [typed(ints), typed(newSignature([newParam('a', Typ.int), newParam('b', Typ.int)], [newParam('', Typ.int)]))], 'func(x []int, cmp func(a int, b int) int)'],
    ['slices', 'Insert', [typed(ints), untyped(Typ.untypedInt), untyped(Typ.untypedInt), untyped(Typ.untypedInt)], 'func(s []int, i int, v ...int) []int'],
    ['maps', 'Clone', [typed(strMap)], 'func(m map[string]int) map[string]int'],
    ['maps', 'Copy', [typed(strMap), typed(strMap)], 'func(dst map[string]int, src map[string]int)'],
    ['maps', 'DeleteFunc', [typed(strMap), typed(newSignature([newParam('k', Typ.string), newParam('v', Typ.int)], [newParam('', Typ.bool)]))], 'func(m map[string]int, del func(string, int) bool)'],
  ] as const)('%s.%s', (pkg, name, args, want) => {
    expect(sigOf(pkg, name, [...args])).toBe(want);
  });

  test('a defined slice type is kept: Clone(MyInts) returns MyInts', () => {
    const my = newNamed('MyInts', 'main', ints);
    expect(sigOf('slices', 'Clone', [typed(my)])).toBe('func(s MyInts) MyInts');
  });

  test('Insert with xs... passes the slice as the variadic parameter', () => {
    expect(sigOf('slices', 'Insert', [typed(ints), untyped(Typ.untypedInt), typed(ints)], true)).toBe('func(s []int, i int, v ...int) []int');
  });

  test('a wrong argument count returns the generic signature, so the count error shows want (S, E)', () => {
    const r = fn('slices', 'Contains').generic!.instantiate([typed(ints)], false);
    expect(r.ok && typeString(r.signature)).toBe('func(s S, v E) bool');
  });

  test('the generic type prints as gc prints it', () => {
    expect(fn('slices', 'Contains').generic!.typeString).toBe('func[S ~[]E, E comparable](s S, v E) bool');
    expect(fn('maps', 'Equal').generic!.typeString).toBe('func[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool');
  });
});

// Expected messages are gc 1.23's, from `go build` on the same calls (see README.md).
describe('generic std functions: gc errors', () => {
  test('an untyped non-slice argument is inferred, then fails the constraint', () => {
    expect(errOf('slices', 'Contains', [untyped(Typ.untypedInt), untyped(Typ.untypedInt)])).toEqual({ message: 'int does not satisfy ~[]int (int missing in ~[]int)', argIndex: -1 });
  });
  test('a map where a slice is wanted', () => {
    expect(errOf('slices', 'Sort', [typed(strMap)]).message).toBe('in call to slices.Sort, S (type map[string]int) does not satisfy ~[]E');
  });
  test('a channel where a slice is wanted', () => {
    expect(errOf('slices', 'Contains', [typed(newChan('both', Typ.int)), untyped(Typ.untypedInt)]).message).toBe('in call to slices.Contains, S (type chan int) does not satisfy ~[]E');
  });
  test('a slice where a map is wanted', () => {
    expect(errOf('maps', 'Clone', [typed(ints)]).message).toBe('in call to maps.Clone, M (type []int) does not satisfy ~map[K]V');
  });
  test('second map with other key type', () => {
    expect(errOf('maps', 'Copy', [typed(strMap), typed(newMap(Typ.int, Typ.int))]).message).toBe('in call to maps.Copy, M2 (type map[int]int) does not satisfy ~map[K]V');
  });
  test('unordered element types', () => {
    expect(errOf('slices', 'Sort', [typed(newSlice(Typ.bool))]).message).toBe(
      'bool does not satisfy cmp.Ordered (bool missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)',
    );
    const key = newNamed('Key', 'main', Typ.int);
    key.underlying = { kind: 'Struct', fields: [], tags: [] };
    expect(errOf('slices', 'Sort', [typed(newSlice(key))]).message).toMatch(/^Key does not satisfy cmp.Ordered \(Key missing in ~int/);
  });
  test('incomparable element types', () => {
    expect(errOf('slices', 'Contains', [typed(newSlice(ints)), untyped(Typ.untypedNil)]).message).toBe('[]int does not satisfy comparable');
    expect(errOf('slices', 'Index', [typed(newSlice(newSignature([], []))), untyped(Typ.untypedNil)]).message).toBe('func() does not satisfy comparable');
  });
  test('nothing to infer from', () => {
    expect(errOf('slices', 'Clone', [untyped(Typ.untypedNil)]).message).toBe('in call to slices.Clone, cannot infer S ($GOROOT/src/slices/slices.go:348:12)');
    expect(errOf('slices', 'Equal', [untyped(Typ.untypedNil), untyped(Typ.untypedNil)]).message).toBe('in call to slices.Equal, cannot infer S ($GOROOT/src/slices/slices.go:20:12)');
    expect(errOf('maps', 'Clone', [untyped(Typ.untypedNil)]).message).toBe('in call to maps.Clone, cannot infer M ($GOROOT/src/maps/maps.go:50:12)');
    expect(errOf('slices', 'Contains', [untyped(Typ.untypedNil), untyped(Typ.untypedInt)]).message).toBe('in call to slices.Contains, cannot infer S ($GOROOT/src/slices/slices.go:117:15)');
  });
  test('mismatching typed argument after the first was inferred', () => {
    const e = errOf('slices', 'Equal', [typed(ints), typed(newSlice(Typ.string))]);
    expect(e).toEqual({ message: 'in call to slices.Equal, type []string of []string does not match inferred type []int for S', argIndex: 1 });
  });
  test('a comparison func with the wrong result', () => {
    const less = newSignature([newParam('a', Typ.int), newParam('b', Typ.int)], [newParam('', Typ.bool)]);
    expect(errOf('slices', 'SortFunc', [typed(ints), typed(less)]).message).toBe(
      'in call to slices.SortFunc, type func(a int, b int) bool of func(a int, b int) bool does not match inferred type func(a int, b int) int for func(a E, b E) int',
    );
  });
  test('a delete func with the wrong parameter count', () => {
    const del = newSignature([newParam('k', Typ.string)], [newParam('', Typ.bool)]);
    expect(errOf('maps', 'DeleteFunc', [typed(strMap), typed(del)]).message).toBe('in call to maps.DeleteFunc, type func(k string) bool of func(k string) bool does not match func(K, V) bool');
  });
  test('untyped constants of incompatible kinds', () => {
    expect(errOf('slices', 'Insert', [untyped(Typ.untypedNil), untyped(Typ.untypedInt), untyped(Typ.untypedString), untyped(Typ.untypedInt)]).message).toBe(
      'in call to slices.Insert, mismatched types untyped string and untyped int (cannot infer E)',
    );
  });
  test('any accepts everything', () => {
    expect(sigOf('slices', 'Reverse', [typed(newSlice(anyType))])).toBe('func(s []any)');
  });
});

describe('iterators and sync.OnceValue', () => {
  const result = (pkg: Pkg, name: string, args: GenericArg[]): Type => {
    const r = fn(pkg, name).generic!.instantiate(args, false);
    if (!r.ok) throw new Error(r.message);
    return r.signature.results.vars[0].type;
  };

  test('slices.Sorted(maps.Keys(m)) is []string for a map[string]int', () => {
    const keys = result('maps', 'Keys', [typed(strMap)]);
    expect(typeString(keys)).toBe('iter.Seq[string]');
    expect(typeString(result('slices', 'Sorted', [typed(keys)]))).toBe('[]string');
  });

  test('slices.Collect(maps.Values(m)) is []int', () => {
    const vals = result('maps', 'Values', [typed(strMap)]);
    expect(typeString(result('slices', 'Collect', [typed(vals)]))).toBe('[]int');
  });

  test('two instantiations with the same argument are one type', () => {
    expect(result('maps', 'Keys', [typed(strMap)])).toBe(result('slices', 'Values', [typed(newSlice(Typ.string))]));
  });

  test('slices.Sorted of an iterator over an unordered type fails like gc', () => {
    const seq = result('maps', 'Values', [typed(newMap(Typ.string, Typ.bool))]);
    expect(errOf('slices', 'Sorted', [typed(seq)]).message).toMatch(/^bool does not satisfy cmp.Ordered \(bool missing in ~int/);
  });

  test('maps.Collect(maps.All(m)) gives the map type back', () => {
    const all = result('maps', 'All', [typed(strMap)]);
    expect(typeString(all)).toBe('iter.Seq2[string, int]');
    expect(typeString(result('maps', 'Collect', [typed(all)]))).toBe('map[string]int');
  });

  test('sync.OnceValue returns a func of the same result type', () => {
    const f = newSignature([], [newParam('', Typ.string)]);
    expect(sigOf('sync', 'OnceValue', [typed(f)])).toBe('func(f func() string) func() string');
  });
});
