// Generates the member typing programs in testdata/members/ and asks real Go 1.23 what it says about them.
//
// Usage: npx tsx src/engine/check/packages/testdata/gen-member-programs.ts   (needs Go; never run by the tests)
// For every package it writes `<pkg>.go`, a program that uses every non-generic member correctly (go build
// must accept it), and `<pkg>-bad<N>.go`, programs that pass a wrong argument to each function and
// method (at most 9 per file, under gc's 10-error limit), with gc's own output saved as `<pkg>-bad<N>.gc`.
// packages.test.ts then checks that our checker accepts the first and says exactly what gc says for the rest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdPackages } from '../index.ts';
import { packageName, typeString } from '../../type-string.ts';
import { under, type Func, type Named, type Signature, type Type } from '../../types.ts';

const outDir = fileURLToPath(new URL('./members/', import.meta.url));
const goBin = process.env.GO ?? '/usr/lib/go-1.23/bin/go';
const q = (path: string) => (path === 'main' ? '' : packageName(path));

/** Import paths of the packages a type mentions. */
function pkgsOf(t: Type, out: Set<string>, depth = 0): void {
  if (depth > 8) return;
  switch (t.kind) {
    case 'Named':
      if (t.obj.pkg) out.add(t.obj.pkg);
      return;
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return pkgsOf(t.elem, out, depth + 1);
    case 'Map': pkgsOf(t.key, out, depth + 1); return pkgsOf(t.elem, out, depth + 1);
    case 'Signature': for (const v of [...t.params.vars, ...t.results.vars]) pkgsOf(v.type, out, depth + 1); return;
    default:
  }
}

interface Call {
  /** Statements, one per line, inside a block of their own. */
  lines: string[];
  imports: Set<string>;
}

/** A call of fn with a variable of each parameter's type; `bad` replaces parameter `badAt`. */
function call(callee: string, sig: Signature, badAt = -1): Call {
  const imports = new Set<string>();
  const lines: string[] = [];
  const args: string[] = [];
  sig.params.vars.forEach((p, i) => {
    const last = i === sig.params.vars.length - 1;
    const t = sig.variadic && last && p.type.kind === 'Slice' ? p.type.elem : p.type;
    if (i === badAt) {
      lines.push('var bad struct{}');
      args.push('bad');
      return;
    }
    pkgsOf(t, imports);
    lines.push(`var a${i} ${typeString(t, q)}`);
    args.push(`a${i}`);
  });
  const n = sig.results.vars.length;
  const expr = `${callee}(${args.join(', ')})`;
  lines.push(n === 0 ? expr : `${Array(n).fill('_').join(', ')} = ${expr}`);
  return { lines, imports };
}

/** The first parameter a struct{} cannot be passed to (any accepts everything), or -1. */
function badParam(sig: Signature): number {
  return sig.params.vars.findIndex((p) => {
    const u = under(p.type.kind === 'Slice' && sig.variadic ? p.type : p.type);
    return !(u.kind === 'Interface' && (u.methods.length === 0 && u.embeddeds.length === 0));
  });
}

function program(imports: Set<string>, blocks: string[][]): string {
  const imps = [...imports].sort();
  const head = imps.length === 1 ? `import "${imps[0]}"\n` : `import (\n${imps.map((i) => `\t"${i}"`).join('\n')}\n)\n`;
  const body = blocks.map((b) => `\t{\n${b.map((l) => `\t\t${l}`).join('\n')}\n\t}`).join('\n');
  return `package main\n\n${head}\nfunc main() {\n${body}\n}\n`;
}

function goBuild(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'members-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module main\n\ngo 1.23\n');
    writeFileSync(join(dir, 'prog.go'), src);
    try {
      execFileSync(goBin, ['build', '-gcflags=-e', '-o', '/dev/null', '.'], { cwd: dir, env: { ...process.env, GOTOOLCHAIN: 'local' }, stdio: 'pipe' });
      return '';
    } catch (e) {
      return String((e as { stderr?: Buffer }).stderr ?? e);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fileName = (path: string) => path.replace('/', '-');

/** Hand-written uses of the generic functions (the generator cannot invent arguments for type parameters). */
const genericGood: Record<string, string[][]> = {
  slices: [
    ['s := []int{3, 1, 2}', '_, _ = slices.BinarySearch(s, 2)', '_ = slices.Clone(s)', '_ = slices.Compact(s)', '_ = slices.Contains(s, 1)',
      '_ = slices.ContainsFunc(s, func(x int) bool { return x > 1 })', '_ = slices.Delete(s, 0, 1)',
      '_ = slices.DeleteFunc(s, func(x int) bool { return x > 1 })', '_ = slices.Equal(s, s)', '_ = slices.Index(s, 1)',
      '_ = slices.IndexFunc(s, func(x int) bool { return x > 1 })', '_ = slices.Insert(s, 0, 4, 5)', '_ = slices.Insert(s, 0, s...)',
      '_ = slices.IsSorted(s)', '_ = slices.Max(s)', '_ = slices.Min(s)', 'slices.Reverse(s)', 'slices.Sort(s)',
      'slices.SortFunc(s, func(a, b int) int { return a - b })', 'slices.SortStableFunc(s, func(a, b int) int { return a - b })',
      'var sorted []int = slices.Sorted(slices.Values(s))', '_ = sorted',
      '_ = slices.SortedFunc(slices.Values(s), func(a, b int) int { return a - b })', '_ = slices.Collect(slices.Values(s))',
      '_ = slices.AppendSeq(s, slices.Values(s))', '_ = slices.All(s)', '_ = slices.Backward(s)'],
    ['type Names []string', 'var n Names', 'var again Names = slices.Clone(n)', '_ = again', 'slices.Sort(n)'],
  ],
  maps: [
    ['m := map[string]int{"a": 1}', '_ = maps.Clone(m)', 'maps.Copy(m, m)', 'maps.DeleteFunc(m, func(k string, v int) bool { return v > 1 })',
      '_ = maps.Equal(m, m)', '_ = maps.EqualFunc(m, m, func(a, b int) bool { return a == b })', '_ = maps.Keys(m)', '_ = maps.Values(m)',
      'var back map[string]int = maps.Collect(maps.All(m))', '_ = back', 'maps.Insert(m, maps.All(m))'],
  ],
  cmp: [['_ = cmp.Compare(1, 2)', '_ = cmp.Less("a", "b")', 'var f float64 = cmp.Or(0, 1.5)', '_ = f']],
  sync: [
    ['f := sync.OnceValue(func() int { return 1 })', 'var n int = f()', '_ = n', 'g := sync.OnceValues(func() (string, error) { return "", nil })',
      'a, err := g()', '_, _ = a, err', 'h := sync.OnceFunc(func() {})', 'h()'],
  ],
};

/** Wrong uses of the generic functions: each block holds one mistake. */
const genericBad: Record<string, string[][]> = {
  slices: [
    ['_ = slices.Contains(5, 1)'],
    ['s := []int{1}', '_ = slices.Contains(s, "a")'],
    ['s := []int{1}', '_ = slices.Contains(s)'],
    ['slices.Sort([]bool{true})'],
    ['m := map[string]int{}', 'slices.Sort(m)'],
    ['_ = slices.Clone(nil)'],
    ['s := []int{1}', '_ = slices.Equal(s, []string{})'],
    ['s := []int{1}', 'slices.SortFunc(s, func(a, b int) bool { return a < b })'],
    ['_ = slices.Index([][]int{}, nil)'],
  ],
  maps: [
    ['s := []int{1}', '_ = maps.Clone(s)'],
    ['m := map[string]int{}', 'maps.Copy(m, map[int]int{})'],
    ['m := map[string]int{}', 'maps.DeleteFunc(m, func(k string) bool { return true })'],
    ['_ = maps.Clone(nil)'],
    ['m := map[string]bool{}', '_ = maps.Equal(m, map[string]int{})'],
  ],
  sync: [['f := sync.OnceValue(func() {})', '_ = f']],
  cmp: [['_ = cmp.Compare(true, false)'], ['_ = cmp.Compare(1, "a")'], ['_ = cmp.Compare(nil, nil)'], ['_ = cmp.Less(1, 2.5, 3)']],
  math: [['var x int = math.Pi', '_ = x'], ['var u uint32 = math.MaxUint64', '_ = u'], ['var i int = math.MaxUint64', '_ = i']],
  'unicode/utf8': [['var b byte = utf8.RuneError', '_ = b']],
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let failures = 0;
for (const [path, pkg] of Object.entries(stdPackages).sort()) {
  const name = packageName(path);
  const good: Call[] = [];
  const bad: Call[] = [];
  const useOf = (imports: Set<string>) => imports.add(path);
  for (const [member, obj] of pkg.members) {
    const ref = `${name}.${member}`;
    if (obj.kind === 'Func') {
      if (obj.generic) continue; // generic-hook.test.ts and the hand-written programs cover these
      good.push(call(ref, obj.type));
      const b = badParam(obj.type);
      if (b >= 0) bad.push(call(ref, obj.type, b));
    } else if (obj.kind === 'Const' && obj.value.kind === 'int' && obj.value.value > 9223372036854775807n) {
      // `_ = math.MaxUint64` overflows int, the default type; Go programs use it as a uint64.
      good.push({ lines: [`var _ uint64 = ${ref}`], imports: new Set() });
    } else if (obj.kind === 'Const' || obj.kind === 'Var') {
      good.push({ lines: [`_ = ${ref}`], imports: new Set() });
    } else if (obj.kind === 'TypeName') {
      good.push({ lines: [`var _ ${ref}`], imports: new Set() });
      const named = obj.type as Named;
      const methods: Func[] = under(named).kind === 'Interface' ? [] : named.methods;
      for (const m of methods) {
        if (m.name[0] !== m.name[0].toUpperCase()) continue;
        const recv = { lines: [`var x ${ref}`], imports: new Set<string>() };
        const g = call(`x.${m.name}`, m.type);
        good.push({ lines: [...recv.lines, ...g.lines], imports: g.imports });
        const b = badParam(m.type);
        if (b >= 0) {
          const c = call(`x.${m.name}`, m.type, b);
          bad.push({ lines: [...recv.lines, ...c.lines], imports: c.imports });
        }
      }
    }
  }
  for (const block of genericGood[path] ?? []) good.push({ lines: block, imports: new Set() });
  for (const block of genericBad[path] ?? []) bad.push({ lines: block, imports: new Set() });
  const goodImports = new Set<string>();
  for (const c of good) for (const i of c.imports) goodImports.add(i);
  useOf(goodImports);
  const okSrc = program(goodImports, good.map((c) => c.lines));
  const okOut = goBuild(okSrc);
  if (okOut) {
    failures++;
    console.error(`${path}: the correct-use program does not build:\n${okOut}`);
  }
  writeFileSync(join(outDir, `${fileName(path)}.go`), okSrc);
  for (let k = 0; k * 9 < bad.length; k++) {
    const chunk = bad.slice(k * 9, k * 9 + 9);
    const imports = new Set<string>();
    for (const c of chunk) for (const i of c.imports) imports.add(i);
    useOf(imports);
    const src = program(imports, chunk.map((c) => c.lines));
    const out = goBuild(src)
      .split('\n')
      .filter((l) => l.startsWith('./prog.go:') || l.startsWith('\t'))
      .map((l) => l.replace(/^\.\/prog\.go:/, ''))
      .join('\n');
    writeFileSync(join(outDir, `${fileName(path)}-bad${k + 1}.go`), src);
    writeFileSync(join(outDir, `${fileName(path)}-bad${k + 1}.gc`), out + '\n');
  }
}
console.log(`${readdirSync(outDir).length} files written to ${outDir}; ${failures} correct-use programs rejected by Go`);
process.exit(failures ? 1 : 0);
