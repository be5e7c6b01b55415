// Runtime figures for `npm run bench`: VM dispatch against a bare switch loop, the map model,
// whole Go programs through the lab, and (when Go is installed) the slowdown against native Go.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchVm } from './vm-loop-bench.ts';
import { makeMap } from '../../src/engine/runtime/map/hmap.ts';
import { intKeyOps } from '../../src/engine/runtime/map/hash.ts';
import { mapSet } from '../../src/engine/runtime/map/assign.ts';
import { swissSet } from '../../src/engine/runtime/swiss/assign.ts';
import { makeSwissMap } from '../../src/engine/runtime/swiss/swiss-map.ts';
import { sampleProgram } from '../../src/ui/app/sample-program.ts';
import { Rand } from '../../src/engine/vm/rand.ts';
import { runSource } from '../../src/engine/run-source.ts';

const goBinary = process.env.GO_BINARY ?? '/usr/lib/go-1.23/bin/go';

/** The Go programs timed both in the lab and natively. */
export const benchPrograms: Record<string, string> = {
  'counter-100-goroutines-mutex': `package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
}
`,
  'map-insert-1m': `package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1_000_000; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
`,
  'integer-loop-10m': `package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10_000_000; i++ {
		sum += i & 7
	}
	fmt.Println(sum)
}
`,
};

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function nativeTimes(): Record<string, number> | string {
  if (!existsSync(goBinary)) return `Go not installed at ${goBinary}`;
  const dir = mkdtempSync(join(tmpdir(), 'gomaplab-bench-'));
  const out: Record<string, number> = {};
  try {
    for (const [name, src] of Object.entries(benchPrograms)) {
      const d = join(dir, name);
      execFileSync('mkdir', ['-p', d]);
      writeFileSync(join(d, 'prog.go'), src);
      writeFileSync(join(d, 'go.mod'), 'module prog\n\ngo 1.23\n');
      execFileSync(goBinary, ['build', '-o', join(d, 'prog'), '.'], { cwd: d, env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' } });
      out[name] = best(5, () => execFileSync(join(d, 'prog')));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function benchRuntime(): string[] {
  const lines: string[] = [];
  const vm = benchVm();
  lines.push(`vm: tight integer loop ${vm.vmMips.toFixed(0)} M instructions/s (target >= 100); bare switch baseline ${vm.baselineMips.toFixed(0)} M/s; ratio ${(vm.ratio * 100).toFixed(0)} %`);

  const n = 1_000_000;
  const modelMs = best(3, () => {
    const h = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1) });
    for (let i = 0; i < n; i++) mapSet(h, i, i);
  });
  const jsMs = best(3, () => {
    const m = new Map<number, number>();
    for (let i = 0; i < n; i++) m.set(i, i);
  });
  lines.push(`map model: 1,000,000 m[i] = i inserts ${modelMs.toFixed(0)} ms (target <= 1000); JS Map baseline ${jsMs.toFixed(0)} ms; ratio ${(modelMs / jsMs).toFixed(1)}x`);
  const swissMs = best(3, () => {
    const h = makeSwissMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1) });
    for (let i = 0; i < n; i++) swissSet(h, i, i);
  });
  lines.push(`swiss model (Go 1.24+): 1,000,000 m[i] = i inserts ${swissMs.toFixed(0)} ms (target <= 1000); bucket model above ${modelMs.toFixed(0)} ms; ratio ${(swissMs / modelMs).toFixed(2)}x`);
  // The same program through the VM in both designs, and the crash sample traced (what the player loads).
  const insert = benchPrograms['map-insert-1m'];
  const byDesign = (goVersion: string) => best(3, () => void runSource(insert, { seed: 1, procs: 8, maxSteps: 1_000_000_000, goVersion }));
  const b23 = byDesign('1.23');
  const b26 = byDesign('1.26');
  lines.push(`program map-insert-1m by design: Go 1.23 bucket map ${b23.toFixed(0)} ms, Go 1.26 Swiss table ${b26.toFixed(0)} ms; ratio ${(b26 / b23).toFixed(2)}x`);
  {
    const sampleSrc = sampleProgram;
    const traced = (goVersion: string) => {
      let events = 0;
      const ms = best(3, () => {
        const r = runSource(sampleSrc, { seed: 1, procs: 8, trace: true, goVersion });
        events = r.trace?.count ?? 0;
      });
      return `${ms.toFixed(1)} ms / ${events.toLocaleString('en-US')} events`;
    };
    lines.push(`crash sample traced (seed 1): Go 1.23 ${traced('1.23')}, Go 1.26 ${traced('1.26')}`);
  }

  const native = nativeTimes();
  for (const [name, src] of Object.entries(benchPrograms)) {
    let steps = 0;
    const ms = best(3, () => {
      const r = runSource(src, { seed: 1, procs: 8, maxSteps: 1_000_000_000 });
      if (r.exitCode !== 0) throw new Error(`${name}: ${r.stderr}`);
      steps = r.steps;
    });
    const target = name === 'counter-100-goroutines-mutex' ? ' (target <= 10 ms)' : '';
    const vs = typeof native === 'string' ? `native: skipped (${native})` : `native Go ${native[name].toFixed(1)} ms (process start included), slowdown ${(ms / native[name]).toFixed(1)}x`;
    lines.push(`program ${name}: ${ms.toFixed(1)} ms in the lab untraced, ${steps.toLocaleString('en-US')} steps${target}; ${vs}`);
  }
  return lines;
}
