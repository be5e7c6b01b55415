// `gomaplab run --race`: Go's -race flag on the CLI (reports, Found N, exit status 66).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { parseRunArgs } from './run.ts';
import type { CliIO } from './io.ts';

const testdata = fileURLToPath(new URL('../engine/race/testdata/', import.meta.url));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: (path) => readFileSync(testdata + path, 'utf8'),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  return { status: main(args, io), stdout, stderr };
}

describe('gomaplab run --race', () => {
  it('parses -race, --race and -race=false as Go does, and rejects other values', () => {
    expect(parseRunArgs(['p.go', '--race'])).toMatchObject({ race: true });
    expect(parseRunArgs(['-race', 'p.go'])).toMatchObject({ race: true });
    expect(parseRunArgs(['p.go', '-race=false'])).toMatchObject({ race: false });
    expect(parseRunArgs(['p.go'])).toMatchObject({ race: false });
    expect(parseRunArgs(['p.go', '--race=maybe'])).toBe('invalid boolean value "maybe" for flag --race');
  });
  it('prints the report, Found N data race(s), and exits 66 like go run -race', () => {
    const r = run(['run', '--race', 'map-len.go']);
    expect(r.status).toBe(66);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toContain('WARNING: DATA RACE\nRead by main goroutine:\n  main.main()\n      map-len.go:16\n');
    expect(r.stderr.endsWith('Found 1 data race(s)\nexit status 66\n')).toBe(true);
  });
  it('without --race the same program runs clean', () => {
    const r = run(['run', 'map-len.go']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '1\n', '']);
  });
  it('a race-free program exits 0 with --race', () => {
    const r = run(['run', '--race', 'counter-mutex.go']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '100\n', '']);
  });
});
