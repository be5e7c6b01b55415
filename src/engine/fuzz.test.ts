// Robustness fuzzing of the front end: thousands of broken programs, none may throw, hang or
// produce a diagnostic outside the text.
//
// Inputs come from a seeded PRNG (never Math.random), so a failure names a seed and an index
// that reproduce it: FUZZ_SEED=<n> FUZZ_COUNT=<n> npx vitest run src/engine/fuzz.test.ts.
// Kinds of input: valid sample programs cut at random points, token streams with tokens
// deleted/duplicated/swapped/replaced, random bytes, and pathologically deep nesting.
// Every input goes through parseFile, the Go printer and AST dump, and — once the checker
// exists — through checkSource; every node of every tree must lie inside its parent.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from './source/source-file.ts';
import type { Diagnostic } from './source/diagnostic.ts';
import { parseFile } from './syntax/parser.ts';
import { printFile } from './syntax/print-go.ts';
import { dumpAst } from './syntax/print-ast.ts';
import { scanAll } from './syntax/scanner.ts';
import { spanProblems } from './syntax/spans.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261124);
const count = Number(process.env.FUZZ_COUNT ?? 3600);
const timeLimitMs = 200;

/** mulberry32: a tiny seeded PRNG, good enough to spread inputs. */
function prng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samplesDir = fileURLToPath(new URL('./syntax/testdata/ast', import.meta.url));
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.go'))
  .sort()
  .map((f) => readFileSync(`${samplesDir}/${f}`, 'utf8'));

const goWords = ['package', 'main', 'func', 'go', 'defer', 'chan', '<-', 'map', '[', ']', '{', '}', '(', ')', ':=', '=', ',', ';', '\n', '.', '...',
  'if', 'else', 'for', 'range', 'switch', 'case', 'default', 'select', 'type', 'struct', 'interface', 'var', 'const', 'return', 'break',
  'continue', 'goto', 'fallthrough', 'x', 'y', 'T', '1', '0x', '1e', "'a'", '"s"', '`r`', '/*', '*/', '//', '+', '*', '&', '|', '^', '~',
  '!', '==', '++', '--', '+=', '&^', '<<', ':', '_', 'é', '\u0000', '\ufeff', '\ud800', '@', '#', '$', '?', '\\', '"', "'", '`'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function cutSample(r: () => number): string {
  const s = pick(r, samples);
  const a = Math.floor(r() * s.length);
  if (r() < 0.5) return s.slice(0, a);
  const b = a + Math.floor(r() * (s.length - a));
  return s.slice(0, a) + s.slice(b);
}

/** Splits a program into token texts with their trailing spacing, then edits that list. */
function mutateTokens(r: () => number): string {
  const s = pick(r, samples);
  const toks = scanAll(s).tokens.filter((t) => t.kind !== 'EOF' && !(t.kind === 'SEMICOLON' && t.lit === '\n'));
  const parts = toks.map((t, i) => s.slice(t.pos, i + 1 < toks.length ? toks[i + 1].pos : s.length));
  const edits = 1 + Math.floor(r() * 6);
  for (let e = 0; e < edits && parts.length > 0; e++) {
    const i = Math.floor(r() * parts.length);
    const j = Math.floor(r() * parts.length);
    switch (Math.floor(r() * 5)) {
      case 0: parts.splice(i, 1); break;
      case 1: parts.splice(i, 0, parts[i]); break;
      case 2: [parts[i], parts[j]] = [parts[j], parts[i]]; break;
      case 3: parts[i] = pick(r, goWords) + ' '; break;
      default: parts.splice(i, 0, ...parts.slice(j, j + 1 + Math.floor(r() * 8))); break;
    }
  }
  return parts.join('');
}

function randomText(r: () => number): string {
  const n = Math.floor(r() * 400);
  let s = r() < 0.5 ? 'package main\n' : '';
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.5) s += pick(r, goWords) + (r() < 0.5 ? ' ' : '');
    else if (k < 0.9) s += String.fromCharCode(Math.floor(r() * 128));
    else s += String.fromCharCode(Math.floor(r() * 0xffff));
  }
  return s;
}

/** Deep nesting of many shapes, deeper than the parser's cap. */
function deepNesting(r: () => number): string {
  const n = 500 + Math.floor(r() * 4000);
  const body = (open: string, mid: string, close: string) => open.repeat(n) + mid + close.repeat(n);
  const shapes = [
    () => `package main\nvar x = ${body('(', '1', ')')}`,
    () => `package main\nfunc main() ${body('{', '', '}')}`,
    () => `package main\nvar x ${'[]'.repeat(n)}int`,
    () => `package main\nvar x = ${'*'.repeat(n)}p`,
    () => `package main\nvar x = ${'!-^'.repeat(n)}x`,
    () => `package main\nfunc main() { ${'if a { '.repeat(n)}${'} '.repeat(n)} }`,
    () => `package main\nvar f = ${'func() { '.repeat(n)}${'} '.repeat(n)}`,
    () => `package main\nvar x = ${Array.from({ length: n * 10 }, () => 'a').join(' + ')}`,
    () => `package main\nvar x = a${'.b'.repeat(n * 10)}`,
    () => `package main\nvar x = f${'()'.repeat(n * 5)}`,
    () => `package main\nvar x = []T${body('{', '', '}')}`,
    () => `package main\nvar x = ${'<-'.repeat(n)}ch`,
    () => `package main\nvar x ${'map[int]'.repeat(n)}int`,
    () => `package main\nvar x ${'chan '.repeat(n)}int`,
    () => `package main\nfunc main() { if a {} ${'else if b {} '.repeat(n)} }`,
    () => `package main\nvar x = ${body('[', '', ']')}`,
    () => `package main\ntype T ${'struct { f '.repeat(n)}int${' }'.repeat(n)}`,
    () => body('(', '', ''),
    () => `package main\nvar x ${'func('.repeat(n)}${')'.repeat(n)}`,
    () => `package main\ntype T ${'interface { M() '.repeat(n)}${' }'.repeat(n)}`,
    () => `package main\nfunc f(${'a func('.repeat(n)}${')'.repeat(n)}) {}`,
    () => `package main\nfunc main() { ${'switch { case true: '.repeat(n)}${'} '.repeat(n)} }`,
    () => `package main\nfunc main() { ${'select { default: '.repeat(n)}${'} '.repeat(n)} }`,
    () => `package main\nfunc main() { ${'for { '.repeat(n)}${'} '.repeat(n)} }`,
    () => `package main\nfunc main() { ${'L: '.repeat(n)} }`,
    () => `package main\nvar x = T{${'a: T{'.repeat(n)}${'}'.repeat(n)}}`,
    () => `package main\nvar x = ${'a['.repeat(n)}0${']'.repeat(n)}`,
    () => `package main\nvar x = ${'f('.repeat(n)}${')'.repeat(n)}`,
  ];
  return pick(r, shapes)();
}

function checkDiagnostics(text: string, diags: Diagnostic[]): void {
  for (const d of diags) {
    if (!(d.pos >= 0 && d.pos <= d.end && d.end <= text.length)) {
      throw new Error(`diagnostic out of range: ${JSON.stringify(d)} for text of length ${text.length}`);
    }
  }
}

type CheckSource = (text: string) => { diagnostics: Diagnostic[] };

async function loadCheckSource(): Promise<CheckSource | null> {
  // The checker is written in parallel; until check/checker.ts exists, fuzz the parser alone.
  try {
    const mod = (await import('./check-source.ts')) as { checkSource: CheckSource };
    return mod.checkSource;
  } catch {
    return null;
  }
}

describe('front-end fuzzing', () => {
  it(`survives ${count} random and mutated programs (seed ${seed})`, async () => {
    const checkSource = await loadCheckSource();
    const r = prng(seed);
    const generators = [cutSample, mutateTokens, mutateTokens, randomText, deepNesting];
    let slowest = 0;
    let withErrors = 0;
    let checked = 0;
    for (let i = 0; i < count; i++) {
      const gen = i < generators.length * 4 ? generators[i % generators.length] : pick(r, generators);
      const text = gen(r);
      const where = `seed ${seed}, input #${i} (${gen.name})`;
      let ms = 0;
      let parseMs = 0;
      try {
        // Timed: what a learner's edit costs (parse, then type-check when the checker exists).
        const t0 = performance.now();
        const file = new SourceFile('prog.go', text);
        const { ast, diagnostics } = parseFile(file);
        parseMs = performance.now() - t0;
        const checkDiags = checkSource ? checkSource(text).diagnostics : [];
        ms = performance.now() - t0;
        checkDiagnostics(text, diagnostics);
        checkDiagnostics(text, checkDiags);
        const internal = [...diagnostics, ...checkDiags].find((d) => d.code === 'internal_error');
        if (internal) throw new Error(internal.message);
        if (diagnostics.length > 0) withErrors++;
        if (checkSource) checked++;
        // Untimed: the tools built on the tree must cope with any tree the parser returns.
        printFile(ast);
        dumpAst(ast);
        const spans = spanProblems(ast, text.length);
        if (spans.length > 0) throw new Error(`bad node spans: ${spans.slice(0, 3).join('; ')}`);
      } catch (e) {
        throw new Error(`${where}: ${e instanceof Error ? e.stack : String(e)}\ninput: ${JSON.stringify(text.slice(0, 300))}`);
      }
      if (ms >= timeLimitMs) {
        // Two cores are shared with other work: retime a slow input (up to 4 times) and keep the best run,
        // so a GC pause or a busy machine is not mistaken for a parser that hangs.
        for (let retry = 0; retry < 4 && ms >= timeLimitMs; retry++) {
          const t0 = performance.now();
          parseFile(new SourceFile('prog.go', text));
          parseMs = performance.now() - t0;
          if (checkSource) checkSource(text);
          ms = Math.min(ms, performance.now() - t0);
        }
      }
      slowest = Math.max(slowest, ms);
      expect(ms, `${where} took ${ms.toFixed(1)} ms (parse ${parseMs.toFixed(1)} ms): ${JSON.stringify(text.slice(0, 60))}`).toBeLessThan(timeLimitMs);
    }
    // Most inputs are broken: the fuzzer must actually reach error paths.
    expect(withErrors).toBeGreaterThan(count / 2);
    expect(slowest).toBeLessThan(timeLimitMs);
    console.log(`fuzz: ${count} inputs, ${withErrors} with diagnostics, ${checked} also type-checked, slowest ${slowest.toFixed(1)} ms`);
  }, 120_000);

  it('reports one diagnostic for nesting beyond the cap instead of overflowing', () => {
    const text = `package main\nvar x = ${'('.repeat(100_000)}1${')'.repeat(100_000)}`;
    const { diagnostics } = parseFile(new SourceFile('prog.go', text));
    expect(diagnostics.map((d) => d.code)).toEqual(['nesting_too_deep']);
  });

  it('accepts nesting below the cap without errors', () => {
    const text = `package main\nvar x = ${'('.repeat(300)}1${')'.repeat(300)}\n`;
    expect(parseFile(new SourceFile('prog.go', text)).diagnostics).toEqual([]);
  });
});
