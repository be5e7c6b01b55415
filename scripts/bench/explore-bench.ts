// Schedule explorer speed (issue 7): find the crash in two crash programs in under 1 s each, and
// exhaust the ≤ 2-preemption space of a Mutex-protected cache in under 10 s, in schedules per second.
import { readFileSync } from 'node:fs';
import { exploreSource, type ExploreOptions, type ExploreResult } from '../../src/engine/explore/explore.ts';

const crash = (name: string): string => readFileSync(new URL(`../../src/engine/testdata/crash/${name}.go`, import.meta.url), 'utf8');
const explorerTestdata = (name: string): string => readFileSync(new URL(`../../src/engine/explore/testdata/${name}.go`, import.meta.url), 'utf8');

function timed(text: string, options: ExploreOptions): { r: ExploreResult; ms: number } {
  const t = performance.now();
  const r = exploreSource(text, options);
  return { r, ms: performance.now() - t };
}

function verdict(ms: number, limitMs: number): string {
  return ms < limitMs ? `under ${limitMs / 1000} s` : `OVER the ${limitMs / 1000} s target`;
}

/** One line per measurement. The first run of each program is in a fresh engine (JIT cold); the best of three warm runs follows. */
export function benchExplore(): string[] {
  const lines: string[] = [];
  for (const name of ['concurrent-map-read-and-write', 'concurrent-map-writes-100-goroutines']) {
    const text = crash(name);
    const first = timed(text, { mode: 'find' });
    let best = first.ms;
    for (let i = 0; i < 3; i++) best = Math.min(best, timed(text, { mode: 'find' }).ms);
    const f = first.r.failure;
    lines.push(
      `explore find ${name}: ${f ? `${f.message} after ${first.r.schedules} schedules (${f.via}), shrunk to ${f.preemptions} preemption(s), replays: ${f.replayed}` : `NOT FOUND: ${first.r.summary}`}; ` +
        `first ${first.ms.toFixed(0)} ms, best warm ${best.toFixed(0)} ms — ${verdict(best, 1000)}`,
    );
  }
  const cache = timed(explorerTestdata('mutex-cache'), { mode: 'check', maxSchedules: 1_000_000 });
  const rate = (cache.r.schedules * 1000) / cache.ms;
  lines.push(
    `explore check mutex-cache (2 goroutines, 5 locked ops each): ${cache.r.summary}; ${cache.r.schedules.toLocaleString('en-US')} schedules in ${(cache.ms / 1000).toFixed(2)} s, ` +
      `${Math.round(rate).toLocaleString('en-US')} schedules/s — ${verdict(cache.ms, 10_000)}`,
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchExplore()) console.log(line);
