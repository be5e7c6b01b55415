// The Go version setting: Swiss-table maps from 1.24 behave like bucket maps to the program (same
// output for deterministic programs, the same fatal errors for racing ones); loop variables by version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from './run-source.ts';
import { compileSource } from './compile-source.ts';
import { TraceReader } from './trace/reader.ts';

const runDir = join(import.meta.dirname, 'testdata', 'run');
const crashDir = join(import.meta.dirname, 'testdata', 'crash');
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

// Programs whose output depends on a map's design only through Go-level randomness are excluded:
// interface keys of mixed types print in an order Go leaves to the type's address.
const mapPrograms = readdirSync(runDir).filter((f) => f.endsWith('.go') && /map/.test(f) && f !== 'map-interface-keys-print-order.go');

describe('Swiss maps (Go 1.24+) and bucket maps (Go 1.23) give deterministic programs the same output', () => {
  it.each(mapPrograms)('%s', (f) => {
    const src = read(runDir, f);
    const bucket = runSource(src, { procs: 1, maxSteps: 20_000_000 });
    const swiss = runSource(src, { procs: 1, maxSteps: 20_000_000, goVersion: '1.26' });
    expect({ stdout: swiss.stdout, stderr: swiss.stderr, exit: swiss.exitCode }).toEqual({ stdout: bucket.stdout, stderr: bucket.stderr, exit: bucket.exitCode });
  });
});

const crashes: [string, string | null][] = [
  ['concurrent-map-writes.go', 'concurrent map writes'],
  ['concurrent-map-read-and-write.go', 'concurrent map read and map write'],
  ['concurrent-map-iteration-and-write.go', 'concurrent map iteration and map write'],
  ['concurrent-map-clone-and-write.go', 'concurrent map clone and map write'],
  ['fixed-with-mutex.go', null],
  ['fixed-with-channel-owner.go', null],
];

describe('the same crashes with Swiss maps', () => {
  it.each(crashes)('%s → %s', (f, fatal) => {
    const src = read(crashDir, f);
    let crashed = 0;
    // The fixed programs run to completion (long); the crashing ones stop early.
    const seeds = fatal === null ? 4 : 20;
    for (let seed = 1; seed <= seeds; seed++) {
      const r = runSource(src, { seed, procs: 8, goVersion: '1.26', maxSteps: 50_000_000 });
      if (fatal === null) expect(r.exitCode, `seed ${seed}`).toBe(0);
      else if (r.exitCode === 2) {
        expect(r.stderr.split('\n')[0]).toBe(`fatal error: ${fatal}`);
        crashed++;
      }
    }
    if (fatal !== null) expect(crashed).toBeGreaterThanOrEqual(16);
  }, 300_000);
});

describe('loop variables by version', () => {
  const prog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n\tfor _, v := range []int{7, 8} {\n\t\tfs = append(fs, func() int { return v })\n\t}\n\tfor _, f := range fs {\n\t\tfmt.Print(f(), " ")\n\t}\n}\n';
  it.each([
    ['1.19', '3 3 3 8 8 '],
    ['1.21', '3 3 3 8 8 '],
    ['1.22', '0 1 2 7 8 '],
    ['1.23', '0 1 2 7 8 '],
    ['1.26', '0 1 2 7 8 '],
  ])('go %s prints %j', (goVersion, want) => {
    expect(runSource(prog, { goVersion }).stdout).toBe(want);
  });
});

describe('features newer than the chosen version are compile errors, worded as gc 1.23 words them with go.mod at that version', () => {
  // Expected lines are gc's (go build with `go 1.N` in go.mod), with its `# prog` header as go run names it.
  const prog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := range 3 {\n\t\tfmt.Println(i)\n\t}\n\tfmt.Println(min(1, 2), max(3, 4))\n\tm := map[int]int{1: 1}\n\tclear(m)\n\tfor x := range func(yield func(int) bool) {} {\n\t\t_ = x\n\t}\n}\n';
  const lines = (v: string, ...l: string[]) => ['# command-line-arguments', ...l.map((x) => x.replaceAll('VER', v)), ''].join('\n');
  const rangeInt = './prog.go:6:17: cannot range over 3 (untyped int constant): requires go1.22 or later (-lang was set to goVER; check go.mod)';
  const rangeFunc = './prog.go:12:17: cannot range over func(yield func(int) bool) {} (value of type func(yield func(int) bool)): requires go1.23 or later (-lang was set to goVER; check go.mod)';
  it.each([
    ['1.20', lines('1.20', rangeInt,
      './prog.go:9:14: built-in min requires go1.21 or later (-lang was set to goVER; check go.mod)',
      './prog.go:9:25: built-in max requires go1.21 or later (-lang was set to goVER; check go.mod)',
      './prog.go:11:2: clear requires go1.21 or later (-lang was set to goVER; check go.mod)', rangeFunc)],
    ['1.21', lines('1.21', rangeInt, rangeFunc)],
    ['1.22', lines('1.22', rangeFunc)],
  ])('go %s', (goVersion, want) => {
    const r = runSource(prog, { goVersion });
    expect([r.stderr, r.exitCode]).toEqual([want, 1]);
    // The explorer compiles through the same path, so it refuses the same programs.
    expect(compileSource(prog, 'prog.go', { goVersion })).toEqual({ ok: false, stderr: want });
  });
});

describe('standard packages and members by version', () => {
  const both = 'package main\n\nimport (\n\t"fmt"\n\t"maps"\n\t"slices"\n)\n\nfunc main() {\n\tm := map[string]int{"a": 1}\n\tfmt.Println(slices.Sorted(maps.Keys(m)))\n}\n';
  const onceValue = 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tf := sync.OnceValue(func() int { return 1 })\n\tfmt.Println(f())\n}\n';
  const errorsJoin = 'package main\n\nimport (\n\t"errors"\n\t"fmt"\n)\n\nfunc main() {\n\tfmt.Println(errors.Join(errors.New("a"), errors.New("b")))\n}\n';
  it.each([
    // Go 1.19 (real toolchain, GOROOT shown as $GOROOT): the go command stops before compiling.
    ['1.19', both, 'prog.go:5:2: package maps is not in GOROOT ($GOROOT/src/maps)\nprog.go:6:2: package slices is not in GOROOT ($GOROOT/src/slices)\n'],
    ['1.20', both, 'prog.go:5:2: package maps is not in std ($GOROOT/src/maps)\nprog.go:6:2: package slices is not in std ($GOROOT/src/slices)\n'],
    // maps and slices exist from 1.21, their iterator functions from 1.23.
    ['1.21', both, '# command-line-arguments\n./prog.go:11:21: undefined: slices.Sorted\n./prog.go:11:33: undefined: maps.Keys\n'],
    ['1.22', both, '# command-line-arguments\n./prog.go:11:21: undefined: slices.Sorted\n./prog.go:11:33: undefined: maps.Keys\n'],
    ['1.23', both, null],
    ['1.20', onceValue, '# command-line-arguments\n./prog.go:9:12: undefined: sync.OnceValue\n'],
    ['1.21', onceValue, null],
    ['1.19', errorsJoin, '# command-line-arguments\n./prog.go:9:21: undefined: errors.Join\n'],
    ['1.20', errorsJoin, null],
    // Go 1.19's wording of unused names (real toolchain); 1.20 rephrased both.
    ['1.19', 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n}\n', '# command-line-arguments\n./prog.go:3:8: imported and not used: "os"\n./prog.go:6:2: x declared but not used\n'],
    ['1.23', 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n}\n', '# command-line-arguments\n./prog.go:3:8: "os" imported and not used\n./prog.go:6:2: declared and not used: x\n'],
  ])('Go %s', (goVersion, src, stderr) => {
    const c = compileSource(src, 'prog.go', { goVersion });
    if (stderr === null) expect(c.ok).toBe(true);
    else expect(c.ok ? '' : c.stderr).toBe(stderr);
  });
});

describe('bucket map growth by version', () => {
  const prog = 'package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n';
  // go-facts.md §11.9: Go 1.21's loadFactorNum truncates to 12 (6.0 per bucket), so it grows sooner.
  it.each([
    ['1.19', [9, 14, 27, 53]],
    ['1.21', [9, 13, 25, 49, 97]],
    ['1.23', [9, 14, 27, 53]],
  ])('Go %s starts a grow at inserts %j', (goVersion, inserts) => {
    const r = runSource(prog, { goVersion, procs: 1, trace: true });
    const reader = new TraceReader(r.trace!);
    const at: number[] = [];
    let written = 0;
    for (const e of reader.range()) {
      if (e.kind === 'map.slot.written') written++;
      else if (e.kind === 'map.grew') at.push(written + 1);
    }
    expect(at).toEqual(inserts);
  });
});
