// The concurrent-map programs across many seeds, under both map designs (Go 1.23's bucket map and
// Go 1.24+'s Swiss table): unprotected versions crash the way Go crashes, fixed versions never do,
// and one P never interleaves two map writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from './run-source.ts';
import { parseExpect } from '../../scripts/golden/expect-format.ts';

const testdata = join(import.meta.dirname, 'testdata');
const SEEDS = 200;

function load(dir: string, name: string) {
  const src = readFileSync(join(testdata, dir, `${name}.go`), 'utf8');
  const parsed = parseExpect(readFileSync(join(testdata, dir, `${name}.expect`), 'utf8'));
  if (!parsed.ok) throw new Error(`${dir}/${name}.expect: ${parsed.error}`);
  return { src, expect: parsed.expect };
}

const names = (dir: string, prefix: string) =>
  readdirSync(join(testdata, dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();

const designs = ['1.23', '1.26'] as const;

/** Go's messages for a crash in this design: the Swiss table adds one for two writers racing for a small map's last slot. */
function messagesIn(goVersion: string, messages: readonly string[]): string[] {
  const swissOnly = goVersion >= '1.24' && messages.includes('concurrent map writes') ? ['small map with no empty slot (concurrent map writes?)'] : [];
  return [...messages, ...swissOnly];
}

describe.each(designs)('unprotected map programs crash with Go\'s message (GOMAXPROCS=8, Go %s)', (goVersion) => {
  it.each(names('crash', 'concurrent-'))('%s crashes in most of 200 seeds, never otherwise', (name) => {
    const { src, expect: want } = load('crash', name);
    if (want.kind !== 'crash') throw new Error('expected a crash expectation');
    const messages = messagesIn(goVersion, want.messages);
    let crashed = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = runSource(src, { seed, procs: 8, goVersion });
      const first = r.stderr.split('\n')[0];
      if (r.exitCode === 2 && messages.some((msg) => first === `fatal error: ${msg}`)) crashed++;
      // A run either crashes with one of Go's messages or finishes cleanly: nothing else.
      else expect({ seed, exit: r.exitCode, stderr: r.stderr.slice(0, 200) }).toMatchObject({ exit: 0, stderr: '' });
    }
    expect(crashed).toBeGreaterThanOrEqual(SEEDS * 0.9);
  });
});

describe.each(designs)('fixed programs never crash and print what Go prints (Go %s)', (goVersion) => {
  it.each(names('seeds', 'fixed-'))('%s (scaled) is clean in 200 seeds', (name) => {
    const { src, expect: want } = load('seeds', name);
    if (want.kind !== 'clean') throw new Error('expected a clean expectation');
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = runSource(src, { seed, procs: 8, goVersion });
      expect({ seed, exit: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({ seed, exit: 0, stdout: want.stdout, stderr: '' });
    }
  });

  it.each(names('crash', 'fixed-'))('%s (full size, as measured on Go) is clean', (name) => {
    const { src, expect: want } = load('crash', name);
    if (want.kind !== 'clean') throw new Error('expected a clean expectation');
    for (const seed of [1]) {
      const r = runSource(src, { seed, procs: 8, goVersion });
      expect({ exit: r.exitCode, stdout: r.stdout, stderr: r.stderr }).toEqual({ exit: 0, stdout: want.stdout, stderr: '' });
    }
  });
});

describe.each(designs)('one P (Go %s)', (goVersion) => {
  it('never interleaves two writers inside the map runtime: no crash with GOMAXPROCS=1', () => {
    const { src, expect: want } = load('seeds', 'two-writers-one-p');
    if (want.kind !== 'clean') throw new Error('expected a clean expectation');
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = runSource(src, { seed, procs: 1, goVersion });
      expect({ seed, exit: r.exitCode, stdout: r.stdout }).toEqual({ seed, exit: 0, stdout: want.stdout });
    }
  });

  it('the same program crashes with two Ps', () => {
    const { src } = load('seeds', 'two-writers-one-p');
    const crashed = Array.from({ length: 50 }, (_, i) => runSource(src, { seed: i + 1, procs: 2, goVersion })).filter((r) => r.stderr.startsWith('fatal error: concurrent map writes')).length;
    expect(crashed).toBeGreaterThan(40);
  });
});

describe('determinism', () => {
  it('the same seed gives byte-identical output, different seeds may differ', () => {
    const { src } = load('crash', 'concurrent-map-writes');
    const a = runSource(src, { seed: 42, procs: 8 });
    const b = runSource(src, { seed: 42, procs: 8 });
    expect(b).toEqual(a);
  });
});
