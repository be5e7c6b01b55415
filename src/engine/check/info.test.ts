// What the checker records for the compiler: expression types and modes, definitions and uses,
// selections through embedded fields, callees, captures, implicit conversions, init order.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import type { CallExpr, Expr, FuncLit, Ident, Node, SelectorExpr } from '../syntax/ast.ts';
import { parseFile } from '../syntax/parser.ts';
import { checkFile } from './checker.ts';
import type { TypeInfo } from './info.ts';
import { typeString } from './type-string.ts';

function check(src: string): { info: TypeInfo; root: Node; text: string } {
  const file = new SourceFile('prog.go', src);
  const parsed = parseFile(file);
  expect(parsed.diagnostics).toEqual([]);
  const { diagnostics, info } = checkFile(file, parsed.ast);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { info, root: parsed.ast, text: src };
}

/** All AST nodes, depth first in source order. */
function nodes(n: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(n)) for (const x of n) nodes(x, out);
  else if (n && typeof n === 'object' && 'kind' in n) {
    out.push(n as Node);
    for (const [k, v] of Object.entries(n)) if (k !== 'kind') nodes(v, out);
  }
  return out;
}

/** The expression whose source text is exactly `text` (the first one). */
function find<T extends Node = Expr>(r: { root: Node; text: string }, text: string, kind?: string): T {
  const hit = nodes(r.root).find((n) => r.text.slice(n.pos, n.end) === text && (!kind || n.kind === kind));
  if (!hit) throw new Error(`no node for ${text}`);
  return hit as T;
}

describe('TypeInfo', () => {
  it('records types, modes and constant values (untyped constants get their final type)', () => {
    const r = check('package main\n\nfunc main() {\n\tx := 1 + 2\n\tvar f float64 = 1\n\ts := []int{x}\n\t_, _ = f, s[0]\n}\n');
    const sum = r.info.types.get(find(r, '1 + 2'))!;
    expect(sum.mode).toBe('constant');
    expect(typeString(sum.type)).toBe('int');
    expect(sum.value).toEqual({ kind: 'int', value: 3n });
    const one = find(r, '1', 'BasicLit');
    expect(r.info.conversions.has(one)).toBe(false); // part of 1 + 2: the sum is converted, not each operand
    const f1 = nodes(r.root).filter((n) => n.kind === 'BasicLit' && r.text.slice(n.pos, n.end) === '1')[1] as Expr;
    expect(typeString(r.info.conversions.get(f1)!)).toBe('float64');
    expect(r.info.types.get(find(r, 's[0]'))!.mode).toBe('variable');
    expect(typeString(r.info.types.get(find(r, '[]int{x}'))!.type)).toBe('[]int');
  });

  it('links definitions and uses to the same object', () => {
    const r = check('package main\n\nfunc main() {\n\tcount := 0\n\tcount++\n}\n');
    const ids = nodes(r.root).filter((n): n is Ident => n.kind === 'Ident' && n.name === 'count');
    const def = r.info.defs.get(ids[0]);
    expect(def?.kind).toBe('Var');
    expect(r.info.uses.get(ids[1])).toBe(def);
  });

  it('resolves promoted fields and methods with their index paths and receiver adjustment', () => {
    const r = check(
      'package main\n\nimport "sync"\n\ntype Inner struct{ n int }\ntype Outer struct {\n\tsync.Mutex\n\tInner\n}\n\nfunc main() {\n\tvar o Outer\n\to.Lock()\n\to.n = 1\n\to.Unlock()\n}\n',
    );
    const lock = r.info.selections.get(find<SelectorExpr>(r, 'o.Lock'))!;
    expect(lock.kind).toBe('method');
    expect(lock.index).toEqual([0]);
    expect(lock.recvAdjust).toBe('addr');
    const n = r.info.selections.get(find<SelectorExpr>(r, 'o.n'))!;
    expect(n.kind).toBe('field');
    expect(n.index).toEqual([1, 0]);
    expect(r.info.types.get(find(r, 'o.n'))!.mode).toBe('variable');
  });

  it('records what each call calls', () => {
    const r = check(
      'package main\n\nimport "fmt"\n\ntype T struct{}\n\nfunc (T) M() {}\nfunc f() {}\n\nfunc main() {\n\ts := []int{}\n\tfmt.Println(len(s), int64(2))\n\tf()\n\tT{}.M()\n\tg := f\n\tg()\n}\n',
    );
    const callee = (text: string) => r.info.callees.get(find<CallExpr>(r, text, 'CallExpr'))!;
    expect(callee('len(s)')).toEqual({ kind: 'builtin', id: 'len' });
    expect(callee('int64(2)').kind).toBe('conversion');
    const println = callee('fmt.Println(len(s), int64(2))');
    expect(println.kind === 'std' && println.pkg === 'fmt' && println.func.name === 'Println').toBe(true);
    expect(callee('f()').kind).toBe('func');
    expect(callee('T{}.M()').kind).toBe('method');
    expect(callee('g()').kind).toBe('value');
  });

  it('lists the variables a closure captures, through nested closures', () => {
    const r = check('package main\n\nfunc main() {\n\tn, m := 0, 0\n\tf := func() {\n\t\tn++\n\t\tg := func() { m++ }\n\t\tg()\n\t}\n\tf()\n}\n');
    const lits = nodes(r.root).filter((x): x is FuncLit => x.kind === 'FuncLit');
    expect(r.info.captures.get(lits[0])!.map((v) => v.name)).toEqual(['n', 'm']);
    expect(r.info.captures.get(lits[1])!.map((v) => v.name)).toEqual(['m']);
  });

  it('gives each type switch clause its own variable', () => {
    const r = check('package main\n\nfunc main() {\n\tvar i any = 1\n\tswitch v := i.(type) {\n\tcase int:\n\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n}\n');
    const clauses = nodes(r.root).filter((n) => n.kind === 'CaseClause');
    expect(clauses.map((cl) => typeString(r.info.implicits.get(cl)!.type))).toEqual(['int', 'any']);
  });

  it('marks comma-ok forms', () => {
    const r = check('package main\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m["a"]\n\t_, _ = v, ok\n}\n');
    expect(r.info.types.get(find(r, 'm["a"]'))!.mode).toBe('commaok');
  });

  it('orders package initialisation by dependencies', () => {
    const r = check('package main\n\nvar a = b + c()\nvar b = 1\n\nfunc c() int { return d }\n\nvar d = 2\n\nfunc main() { _ = a }\n');
    expect(r.info.initOrder.map((g) => g.map((v) => v.name).join(','))).toEqual(['b', 'd', 'a']);
  });

  it('follows dependencies through methods and method expressions (Go runs this as c, b, a, e, d)', () => {
    const r = check(
      'package main\n\ntype T struct{}\n\nfunc (T) Get() int { return b * 2 }\n\nvar a = T{}.Get()\nvar b = c + 1\nvar c = 1\n\nvar d = e\nvar e = T.Get(T{})\n\nfunc main() { _, _ = a, d }\n',
    );
    expect(r.info.initOrder.map((g) => g.map((v) => v.name).join(','))).toEqual(['c', 'b', 'a', 'e', 'd']);
  });
});
