// `npm run bench`: engine speed in Node and edit-to-diagnostics latency in Chromium.
// It reports and never gates: the exit status is 0 unless the bench itself cannot start.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { benchBrowser } from './browser-bench.ts';
import { generateProgram } from './gen-program.ts';
import { benchCheck } from './node-bench.ts';
import { benchRuntime } from './runtime-bench.ts';
import { benchRace } from './race-bench.ts';
import { benchExplore } from './explore-bench.ts';
import { formatBench, runLabBench } from '../../src/lab/bench.ts';
import { benchPlayerNode } from './player-node-bench.ts';
import { benchPlayerBrowser } from './player-browser-bench.ts';

const program = generateProgram(1000);
// Timings on a busy machine are inflated; say how busy it was.
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (1/5/15 min)`);
for (const line of benchCheck(program)) console.log(line);
for (const line of benchRuntime()) console.log(line);
// Race detection's slowdown (race detector, engineer F).
for (const line of benchRace()) console.log(line);
// Schedule explorer: find the crash fast, exhaust a small bounded space (engineer G).
for (const line of benchExplore()) console.log(line);
// The player's cursor on a ~1M-event trace: step, back, seek, keyframe memory (engineer B).
for (const go of ['1.23', '1.26']) for (const line of benchPlayerNode(1_000_000, {}, go)) console.log(line);
try {
  const rows = await runLabBench({ workers: 2, opsPerWorker: 200_000 });
  console.log(formatBench(rows));
} catch (error) {
  console.log(`lab: skipped — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}

if (process.argv.includes('--node-only')) process.exit(0);
const sample = readFileSync(new URL('../../src/cli/testdata/map-crash.go', import.meta.url), 'utf8');
try {
  for (const line of await benchBrowser(sample, program)) console.log(line);
} catch (error) {
  console.log(`browser: skipped — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
// The player in Chromium: page load to editor ready, Step/Back/seek with React re-render on a 1M-event run (engineer B).
try {
  for (const line of await benchPlayerBrowser()) console.log(line);
} catch (error) {
  console.log(`player (browser): skipped — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
