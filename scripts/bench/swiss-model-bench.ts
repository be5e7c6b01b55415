// Benchmark: 1,000,000 `m[i] = i` through the Swiss model's fast path (target ≤ 1 s), beside the
// classic bucket model's figure measured in the same run. Run with
// `npx tsx scripts/bench/swiss-model-bench.ts`. Benchmarks time themselves, so this file is exempt
// from the engine's no-clock rule (eslint.config.js, src/engine/tsconfig.json).
import { Rand } from '../../src/engine/vm/rand.ts';
import { mapSet } from '../../src/engine/runtime/map/assign.ts';
import { intKeyOps } from '../../src/engine/runtime/map/hash.ts';
import { makeMap } from '../../src/engine/runtime/map/hmap.ts';
import { swissAccess } from '../../src/engine/runtime/swiss/access.ts';
import { swissSet } from '../../src/engine/runtime/swiss/assign.ts';
import { distinctTables } from '../../src/engine/runtime/swiss/directory.ts';
import { makeSwissMap } from '../../src/engine/runtime/swiss/swiss-map.ts';

const n = 1_000_000;

interface Run {
  ms: number;
  cpuMs: number;
  shape: string;
}

function time(fill: () => string): Run {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const shape = fill();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, shape };
}

function swissRun(): Run {
  return time(() => {
    const m = makeSwissMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(7) });
    for (let i = 0; i < n; i++) swissSet(m, i, i);
    return `used=${m.used} globalDepth=${m.globalDepth} tables=${distinctTables(m.dir).length}`;
  });
}

function classicRun(): Run {
  return time(() => {
    const m = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(7) });
    for (let i = 0; i < n; i++) mapSet(m, i, i);
    return `count=${m.count} B=${m.B}`;
  });
}

function report(name: string, runs: Run[]): void {
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(
    `${name}: ${n.toLocaleString('en')} inserts in ${best.toFixed(0)} ms wall (best of ${runs.length} after warm-up; ` +
      `runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; process CPU ${runs.map((r) => r.cpuMs.toFixed(0)).join(', ')} ms, ` +
      `GC threads included); ${runs[0].shape}`,
  );
}

// One warm-up each so the figures reflect optimised code; runs alternate so machine load hits both alike.
swissRun();
classicRun();
const swiss: Run[] = [];
const classic: Run[] = [];
for (let i = 0; i < 3; i++) {
  swiss.push(swissRun());
  classic.push(classicRun());
}
report('swiss model   (swissSet)', swiss);
report('classic model (mapSet)  ', classic);

const m = makeSwissMap({ id: 2, keys: intKeyOps, elemZero: 0, rand: new Rand(8) });
for (let i = 0; i < n; i++) swissSet(m, i, i);
const t1 = performance.now();
let sum = 0;
for (let i = 0; i < n; i++) {
  const r = swissAccess(m, i, 0);
  if (r.kind === 'ok') sum += r.value.elem;
}
console.log(`swiss model: ${n.toLocaleString('en')} lookups via swissAccess in ${(performance.now() - t1).toFixed(0)} ms (checksum ${sum})`);
