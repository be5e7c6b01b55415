// copylocks over the engine's run and crash corpora (src/engine/testdata), against go vet 1.23's verdict on
// each program, stored in testdata/engine-corpus.vet.json (vet's copylocks lines; most programs have none).
// Programs our checker rejects (packages the lab does not model, generics) are skipped: vet never runs there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../check-source.ts';

const verdicts = JSON.parse(readFileSync(new URL('./testdata/engine-corpus.vet.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const corpus = new URL('../../testdata/', import.meta.url);

describe('copylocks on the engine corpus', () => {
  test('the verdicts cover the corpus and include real copies', () => {
    expect(Object.keys(verdicts).length).toBeGreaterThan(200);
    expect(Object.values(verdicts).filter((v) => v.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  test('every program that type-checks gets exactly vet\'s copylocks warnings', () => {
    let checked = 0;
    const mismatches: string[] = [];
    for (const [path, want] of Object.entries(verdicts)) {
      const url = new URL(path, corpus);
      if (!existsSync(url)) continue; // a program removed from the corpus since the verdicts were taken
      const result = checkSource(readFileSync(url, 'utf8'), 'prog.go');
      if (!result.ok) continue;
      checked++;
      const got = result.diagnostics.filter((d) => d.code === 'copied_lock').map((d) => `${d.line}:${d.column}: ${d.message}`).sort();
      if (JSON.stringify(got) !== JSON.stringify([...want].sort())) mismatches.push(`${path}: ours ${JSON.stringify(got)}, vet ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
