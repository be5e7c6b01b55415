import { describe, expect, test } from 'vitest';
import { typeString } from '../type-string.ts';
import { under, type Obj } from '../types.ts';
import { readDecls } from './decl-reader.ts';
import { ioPackage } from './io.ts';

const typeOf = (o: Obj | undefined) => (o ? typeString(o.type) : 'missing');

describe('decl-reader', () => {
  test('functions: grouped, unnamed and named results, variadic, func-typed parameters', () => {
    const p = readDecls('demo', `
func Contains(s, substr string) bool
func Cut(s, sep string) (before, after string, found bool)
func Atoi(s string) (int, error)
func Println(a ...any) (n int, err error)
func Slice(x any, less func(i, j int) bool)
func Search(n int, f func(int) bool) int
func After(d int) <-chan int
func Send(c chan<- string, m map[string][]*int, a [4]byte)
`);
    expect(typeOf(p.all.get('Contains'))).toBe('func(s string, substr string) bool');
    expect(typeOf(p.all.get('Cut'))).toBe('func(s string, sep string) (before string, after string, found bool)');
    expect(typeOf(p.all.get('Atoi'))).toBe('func(s string) (int, error)');
    expect(typeOf(p.all.get('Println'))).toBe('func(a ...any) (n int, err error)');
    expect(typeOf(p.all.get('Slice'))).toBe('func(x any, less func(i int, j int) bool)');
    expect(typeOf(p.all.get('Search'))).toBe('func(n int, f func(int) bool) int');
    expect(typeOf(p.all.get('After'))).toBe('func(d int) <-chan int');
    expect(typeOf(p.all.get('Send'))).toBe('func(c chan<- string, m map[string][]*int, a [4]byte)');
  });

  test('types, methods (with and without receiver names), later declarations referenced early', () => {
    const p = readDecls('demo', `
type Outer struct {
	in   Inner
	a, b int
	*Inner
}
type Inner struct{}
func (*Inner) Lock()
func (o Outer) Len() int
type Duration int64
const Second Duration = 1000000000
const Size = 64
var Args []string
`);
    const outer = p.all.get('Outer')!.type;
    expect(typeString(under(outer))).toBe('struct{in demo.Inner; a int; b int; *demo.Inner}');
    const inner = p.all.get('Inner')!.type;
    expect(inner.kind === 'Named' && inner.methods.map((m) => [m.name, m.ptrRecv])).toEqual([['Lock', true]]);
    expect(outer.kind === 'Named' && outer.methods.map((m) => [m.name, m.ptrRecv])).toEqual([['Len', false]]);
    const sec = p.all.get('Second');
    expect(sec?.kind === 'Const' && sec.value).toEqual({ kind: 'int', value: 1000000000n });
    expect(typeOf(sec)).toBe('demo.Duration');
    expect(typeOf(p.all.get('Size'))).toBe('untyped int');
    expect(typeOf(p.all.get('Args'))).toBe('[]string');
  });

  test('interfaces with embedded interfaces from another package', () => {
    const p = readDecls('hash', `
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
}
`, { io: ioPackage });
    expect(typeString(under(p.all.get('Hash')!.type))).toBe('interface{Sum(b []byte) []byte; io.Writer}');
  });

  test('generic functions keep their type parameters, constraints and source columns', () => {
    const p = readDecls('slices', `
func Insert[S ~[]E, E any](s S, i int, v ...E) S
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E
`);
    const [insert, sorted] = p.generics;
    expect(insert.name).toBe('Insert');
    expect(insert.tparams.map((t) => [t.type.obj.name, t.constraint.tilde, t.constraint.core && typeString(t.constraint.core), t.constraint.name, t.col])).toEqual([
      ['S', true, '[]E', '', 13],
      ['E', false, null, 'any', 21],
    ]);
    expect(typeString(insert.sig)).toBe('func(s S, i int, v ...E) S');
    expect(typeString(sorted.sig)).toBe('func(seq iter.Seq[E]) []E');
    expect(p.all.has('Insert')).toBe(false);
  });

  test('a malformed table is an engine bug and says where', () => {
    expect(() => readDecls('demo', 'func F(x Undefined)')).toThrow(/demo.*unknown type Undefined/);
    expect(() => readDecls('demo', 'func F(x int')).toThrow(/decl-reader/);
    expect(() => readDecls('demo', 'func F(x io.Writer)')).toThrow(/unknown type io.Writer/);
    expect(() => readDecls('demo', 'func F() @')).toThrow(/unexpected character/);
  });
});
