// Compares the lab's race reports with real Go's on the testdata programs:
//   GO=/usr/lib/go-1.23/bin/go npx tsx scripts/race/compare-go.ts [runs]
// Go's detector depends on timing, so each program runs `runs` times (default 3) under Go and the
// pairs seen are unioned; the lab runs seeds 1..runs. Prints one line per program.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runSource } from '../../src/engine/run-source.ts';
import { pairText, racePairs } from '../../src/engine/race/report-pairs.ts';

const go = process.env.GO ?? '/usr/lib/go-1.23/bin/go';
const runs = Number(process.argv[2] ?? 3);
const dir = join(import.meta.dirname, '../../src/engine/race/testdata');
const work = mkdtempSync(join(tmpdir(), 'race-go-'));

for (const f of readdirSync(dir).filter((x) => x.endsWith('.go')).sort()) {
  const text = readFileSync(join(dir, f), 'utf8');
  copyFileSync(join(dir, f), join(work, 'prog.go'));
  execFileSync(go, ['build', '-race', '-o', join(work, 'prog'), join(work, 'prog.go')], { env: { ...process.env, GOTOOLCHAIN: 'local' }, cwd: work });
  const goPairs = new Set<string>();
  const goCodes = new Set<number>();
  const goCounts = new Set<number>();
  for (let i = 0; i < runs; i++) {
    let out = '';
    let code = 0;
    try {
      out = execFileSync(join(work, 'prog'), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string; status?: number };
      out = (err.stdout ?? '') + (err.stderr ?? '');
      code = err.status ?? -1;
    }
    goCodes.add(code);
    goCounts.add(racePairs(out).length);
    for (const p of racePairs(out)) goPairs.add(pairText(p));
  }
  const labPairs = new Set<string>();
  const labCodes = new Set<number>();
  const labCounts = new Set<number>();
  for (let seed = 1; seed <= runs; seed++) {
    const r = runSource(text, { race: true, seed });
    labCodes.add(r.exitCode);
    labCounts.add(r.races ?? 0);
    for (const p of racePairs(r.stderr)) labPairs.add(pairText(p));
  }
  const same = [...goPairs].sort().join(',') === [...labPairs].sort().join(',') && [...goCodes].join() === [...labCodes].join();
  const counts = (c: Set<number>) => [...c].sort().join('|');
  console.log(`${same ? 'same   ' : 'DIFFERS'} ${f}: go exit ${[...goCodes]} reports ${counts(goCounts)} {${[...goPairs].sort().join('; ')}}  lab exit ${[...labCodes]} reports ${counts(labCounts)} {${[...labPairs].sort().join('; ')}}`);
}
