// The player's cursor in Node: on a ~1M-event trace, one step forward, one back, and a seek to a
// random position (median, p95), the first fold that lays the keyframes, and what they cost in memory.
// Run alone: `npx tsx scripts/bench/player-node-bench.ts [events] [minInterval] [maxKeyframes]`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runSource } from '../../src/engine/run-source.ts';
import { TraceCursor } from '../../src/engine/trace/state/cursor.ts';
import type { KeyframeOptions } from '../../src/engine/trace/state/keyframes.ts';
import { playerBenchProgram } from './player-program.ts';
import { reportLine } from './stats.ts';

/** A deterministic sequence of positions in [0, n]. */
function positions(n: number, count: number, seed = 12345): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % (n + 1);
  });
}

function heapUsed(): number {
  const gc = collector();
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

let gcFn: (() => void) | null | undefined;
function collector(): (() => void) | null {
  if (gcFn !== undefined) return gcFn;
  try {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

export function benchPlayerNode(events = 1_000_000, options: KeyframeOptions = {}, goVersion = '1.23'): string[] {
  const out: string[] = [];
  // Go 1.23's bucket map or Go 1.24+'s Swiss table: each design has its own map slice and keyframe policy.
  const who = `player (node, Go ${goVersion})`;
  let t = performance.now();
  const r = runSource(playerBenchProgram(events), { trace: true, seed: 1, procs: 4, goVersion });
  const runMs = performance.now() - t;
  const trace = r.trace!;
  const traceBytes = trace.data.byteLength + trace.offsets.byteLength + trace.nums.byteLength;
  out.push(`${who}: traced run of ${trace.count.toLocaleString('en-US')} events in ${runMs.toFixed(0)} ms; trace ${mb(traceBytes)}, ${(traceBytes / trace.count).toFixed(1)} B/event`);

  const before = heapUsed();
  t = performance.now();
  const c = new TraceCursor(trace, options);
  c.seek(c.length);
  const firstFold = performance.now() - t;
  const after = heapUsed();
  out.push(
    `${who}: first fold to the end ${firstFold.toFixed(0)} ms (${((trace.count / firstFold) * 1000 / 1e6).toFixed(2)} M events/s); ` +
      `${c.keyframeCount} keyframes every ${c.keyframeInterval} events, heap +${mb(after - before)} for cursor and keyframes` +
      (collector() ? '' : ' (no gc access: rough)'),
  );

  const fwd: number[] = [];
  const back: number[] = [];
  const stepFwd: number[] = [];
  const stepBack: number[] = [];
  const seeks: number[] = [];
  const targets = positions(trace.count, 300);
  for (let i = 0; i < targets.length; i++) {
    let s = performance.now();
    c.seek(targets[i]);
    seeks.push(performance.now() - s);
    s = performance.now();
    c.forward();
    fwd.push(performance.now() - s);
    s = performance.now();
    c.back();
    back.push(performance.now() - s);
    s = performance.now();
    c.stepForward('statement');
    stepFwd.push(performance.now() - s);
    s = performance.now();
    c.stepBack('statement');
    stepBack.push(performance.now() - s);
  }
  out.push(reportLine(`${who}: one event forward`, fwd, 2, 'positions'));
  out.push(reportLine(`${who}: one event back`, back, 2, 'positions'));
  out.push(reportLine(`${who}: Step (next statement)`, stepFwd, 2, 'positions'));
  out.push(reportLine(`${who}: Back (previous statement)`, stepBack, 2, 'positions'));
  out.push(reportLine(`${who}: seek to a random position`, seeks, 100, 'seeks'));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]) || 1_000_000;
  const interval = Number(process.argv[3]) || undefined;
  const most = Number(process.argv[4]) || undefined;
  for (const line of benchPlayerNode(n, { ...(interval ? { minInterval: interval } : {}), ...(most ? { maxKeyframes: most } : {}) })) console.log(line);
}
