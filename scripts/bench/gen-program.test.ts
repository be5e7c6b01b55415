import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/engine/index.ts';
import { generateProgram } from './gen-program.ts';

describe('the bench program', () => {
  const program = generateProgram(1000);

  it('has about 1,000 lines and is the same every time', () => {
    const lines = program.split('\n').length;
    expect(lines).toBeGreaterThanOrEqual(1000);
    expect(lines).toBeLessThan(1300);
    expect(generateProgram(1000)).toBe(program);
  });

  it('is one package with merged imports and renamed mains', () => {
    expect(program.match(/^package /gm)).toHaveLength(1);
    expect(program.match(/^import /gm)).toHaveLength(1);
    expect(program.match(/^func main\(\) \{$/gm)).toHaveLength(1);
    expect(program).toMatch(/^func main_\d+\(\)/m);
  });

  // The oracle, where installed (GO points at a go binary; Debian's Go 1.23 is the default).
  const go = process.env.GO ?? '/usr/lib/go-1.23/bin/go';
  it.skipIf(!existsSync(go))('builds and vets clean with real Go', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gomaplab-bench-'));
    try {
      writeFileSync(join(dir, 'bench.go'), program);
      const vet = spawnSync(go, ['vet', 'bench.go'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' }, timeout: 60_000 });
      expect(vet.stderr).toBe('');
      expect(vet.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks clean with our checker too', () => {
    const r = checkSource(program, 'bench.go');
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  });
});
