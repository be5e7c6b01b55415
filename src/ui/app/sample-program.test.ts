import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from './sample-program.ts';

describe('the first-visit sample program', () => {
  it('is the Go-verified crash program the CLI tests check (src/cli/testdata/map-crash.go)', () => {
    expect(sampleProgram).toBe(readFileSync(new URL('../../cli/testdata/map-crash.go', import.meta.url), 'utf8'));
  });

  it('writes one map from several goroutines under a WaitGroup, with no lock', () => {
    expect(sampleProgram).toMatch(/var wg sync\.WaitGroup/);
    expect(sampleProgram).toMatch(/go func\(/);
    expect(sampleProgram).toMatch(/counts\[word\]\+\+/);
    expect(sampleProgram).not.toMatch(/Mutex/);
  });
});
