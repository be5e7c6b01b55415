// Each unsupported-construct rule fires at the construct, once, with its stable code; supported
// look-alikes (array types, index expressions, interfaces of methods) do not trigger them.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from './parser.ts';
import { unsupportedRules } from './unsupported.ts';

function report(src: string): string[] {
  const text = `package main\n\n${src}\n`;
  const file = new SourceFile('prog.go', text);
  return parseFile(file).diagnostics.map((d) => {
    const p = file.position(d.pos);
    const e = file.position(d.end);
    return `${p.line - 2}:${p.column}-${e.column} ${d.code}: ${d.message}`;
  });
}

const { typeParams, instantiation, typeSet, goto } = unsupportedRules;

describe('unsupported constructs', () => {
  const table: [string, string, string[]][] = [
    ['type parameters on a function', 'func F[T any](x T) T { return x }', [`1:7-14 ${typeParams.code}: ${typeParams.message}`]],
    ['type parameters on a type', 'type List[T any] struct{ next *List[T] }', [
      `1:10-17 ${typeParams.code}: ${typeParams.message}`,
      `1:32-39 ${instantiation.code}: ${instantiation.message}`,
    ]],
    ['instantiation in a type', 'var s Set[string]', [`1:7-18 ${instantiation.code}: ${instantiation.message}`]],
    ['instantiation with two type arguments in an expression', 'var f = Pair[int, string]', [`1:9-26 ${instantiation.code}: ${instantiation.message}`]],
    ['constraint union in an interface', 'type Num interface{ ~int | float64 }', [`1:21-35 ${typeSet.code}: ${typeSet.message}`]],
    ['constraint inside type parameters counts once', 'func Sum[T ~int | ~float64](xs []T) {}', [`1:9-28 ${typeParams.code}: ${typeParams.message}`]],
    ['goto', 'func main() {\nL:\n\tgoto L\n}', [`3:2-8 ${goto.code}: ${goto.message}`]],
    ['array type declaration is not generic', 'const N = 4\ntype Grid [N]int\ntype Row []int', []],
    ['index expression is not an instantiation', 'var a = []int{1}\nvar b = a[0]\nvar m = map[string]int{}\nvar c = m["k"]', []],
    ['interfaces with methods and embedding are supported', 'type I interface {\n\tM() int\n\tfmt.Stringer\n}', []],
  ];
  for (const [name, src, want] of table) {
    it(name, () => {
      expect(report(src)).toEqual(want);
    });
  }

  it('every rule has a stable snake_case code, a message in one shape and a hint', () => {
    for (const rule of Object.values(unsupportedRules)) {
      expect(rule.code).toMatch(/^unsupported_[a-z_]+$/);
      expect(rule.message).toMatch(/ not supported yet in Go Map Lab$/);
      expect(rule.hint.length).toBeGreaterThan(0);
    }
  });
});
