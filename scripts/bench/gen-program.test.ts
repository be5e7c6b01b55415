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

  it('checks clean, like the corpus files it is made of (Go 1.23 builds and vets it clean)', () => {
    const r = checkSource(program, 'bench.go');
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  });
});
