// `npx tsx scripts/bench/maps-state-bench.ts [entries]`: how fast the maps slice folds the trace
// of a map growing to `entries` entries (default 1,000,000), what a keyframe clone costs, and how
// many chunks a keyframe copies. The machine is shared: figures vary by tens of percent.
import { runSource } from '../../src/engine/run-source.ts';
import { TraceReader } from '../../src/engine/trace/reader.ts';
import { liveEntries } from '../../src/engine/trace/state/maps-read.ts';
import { mapsSlice } from '../../src/engine/trace/state/maps.ts';
import { TraceCursor } from '../../src/engine/trace/state/cursor.ts';

const entries = Number(process.argv[2] ?? 1_000_000);
const program = `package main

func main() {
	m := make(map[int]int)
	for i := 0; i < ${entries}; i++ {
		m[i] = i
	}
	println(len(m))
}
`;

function ms(t0: number): string {
  return `${(performance.now() - t0).toFixed(0)} ms`;
}

let t0 = performance.now();
const run = runSource(program, { seed: 1, procs: 1, trace: true });
const reader = new TraceReader(run.trace!);
console.log(`run with trace: ${ms(t0)}, ${reader.length.toLocaleString('en')} events`);

t0 = performance.now();
for (let i = 0; i < reader.length; i++) reader.get(i);
const decode = performance.now() - t0;
console.log(`decode only: ${decode.toFixed(0)} ms`);

const s = mapsSlice.init();
t0 = performance.now();
for (let i = 0; i < reader.length; i++) mapsSlice.apply(s, reader.get(i)!);
const fold = performance.now() - t0;
console.log(`decode + apply: ${fold.toFixed(0)} ms (apply ≈ ${(fold - decode).toFixed(0)} ms, ${(((fold - decode) / reader.length) * 1e6).toFixed(0)} ns/event)`);

const m = s.maps.get(1)!;
console.log(`map: count ${m.count}, B ${m.B}, live entries read back ${liveEntries(m).length}, chunks ${m.store.chunkCount}, undo log ${s.log.size} ints`);

t0 = performance.now();
const clones = [];
for (let k = 0; k < 100; k++) clones.push(mapsSlice.clone(s));
console.log(`clone (keyframe): ${((performance.now() - t0) / 100).toFixed(3)} ms each`);

// A keyframe every K events: chunks copied on write between two keyframes.
const K = 10_000;
const back = mapsSlice.init();
const frames = [];
clones.length = 0;
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
t0 = performance.now();
for (let i = 0; i < reader.length; i++) {
  if (i % K === 0) frames.push(mapsSlice.clone(back));
  mapsSlice.apply(back, reader.get(i)!);
}
const took = ms(t0);
globalThis.gc?.();
const heap1 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
console.log(`fold keeping a clone every ${K} events (${frames.length} keyframes): ${took}, ${((heap1 - heap0) / 2 ** 20).toFixed(0)} MB held (the final state included)`);
frames.length = 0;

t0 = performance.now();
for (let i = reader.length - 1; i >= 0; i--) mapsSlice.revert(s, reader.get(i)!);
console.log(`revert everything: ${ms(t0)}; maps left ${s.maps.size}`);

// As the player keeps them: the cursor's default keyframes (at most 512) over this trace, maps only.
{
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  t0 = performance.now();
  const cursor = new TraceCursor(run.trace!, { slice: mapsSlice });
  cursor.seek(cursor.length);
  const took = ms(t0);
  globalThis.gc?.();
  const held = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - base;
  console.log(`cursor, maps slice only: first fold to the end with ${cursor.keyframeCount} keyframes every ${cursor.keyframeInterval} events ${took}, ${(held / 2 ** 20).toFixed(0)} MB held`);
  const seeks: number[] = [];
  for (let k = 1; k <= 20; k++) {
    const target = Math.floor((cursor.length * ((k * 7919) % 20)) / 20);
    const s0 = performance.now();
    cursor.seek(target);
    seeks.push(performance.now() - s0);
  }
  seeks.sort((a, b) => a - b);
  console.log(`seek anywhere: median ${seeks[10].toFixed(1)} ms, worst ${seeks[19].toFixed(1)} ms`);
}
