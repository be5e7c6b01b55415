// Benchmark: 1,000,000 `m[i] = i` through the map model's fast path (target ≤ 1 s on the lab box).
// Run with `npx tsx scripts/bench/map-model-bench.ts`. Benchmarks time themselves, so this file is
// exempt from the engine's no-clock rule (eslint.config.js, src/engine/tsconfig.json).
import { Rand } from '../../src/engine/vm/rand.ts';
import { mapSet } from '../../src/engine/runtime/map/assign.ts';
import { mapAccess } from '../../src/engine/runtime/map/access.ts';
import { intKeyOps } from '../../src/engine/runtime/map/hash.ts';
import { makeMap } from '../../src/engine/runtime/map/hmap.ts';

const n = 1_000_000;

function insertAll(): { ms: number; cpuMs: number; B: number; count: number } {
  const m = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(7) });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) mapSet(m, i, i);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, B: m.B, count: m.count };
}

// One warm-up run so the figure reflects optimised code, as a long-running program would see.
insertAll();
const runs = [insertAll(), insertAll(), insertAll()];
const best = Math.min(...runs.map((r) => r.ms));
const { B, count } = runs[0];
console.log(`map model: ${n.toLocaleString('en')} inserts via mapSet in ${best.toFixed(0)} ms wall (best of 3 after warm-up; runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; process CPU ${runs.map((r) => r.cpuMs.toFixed(0)).join(', ')} ms, GC threads included); count=${count} B=${B}`);

const m = makeMap({ id: 2, keys: intKeyOps, elemZero: 0, rand: new Rand(8) });
for (let i = 0; i < n; i++) mapSet(m, i, i);
const t1 = performance.now();
let sum = 0;
for (let i = 0; i < n; i++) {
  const r = mapAccess(m, i, 0);
  if (r.kind === 'ok') sum += r.value.elem;
}
console.log(`map model: ${n.toLocaleString('en')} lookups via mapAccess in ${(performance.now() - t1).toFixed(0)} ms (checksum ${sum})`);
