// Regenerates src/engine/testdata/run/*.out by building and running every program with real Go 1.23.
//
// Usage: npx tsx scripts/gen-run-goldens.ts [substring filter]
//
// Each program is built once and run 7 times: 5 times with GOMAXPROCS unset, once with GOMAXPROCS=1 and
// once with GOMAXPROCS=2. Stderr is normalised (scripts/golden/normalize.ts). If all 7 outcomes are
// identical the `.out` file is written; otherwise the program is reported as nondeterministic, its
// `.out` is left untouched, and the script exits 1. The test suite reads the `.out` files and never
// needs Go; only this script does.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGo, goRoot, runBuilt, type RawRun } from './golden/go-runner.ts';
import { normalizeGoStderr } from './golden/normalize.ts';
import { formatOut, type RunOutcome } from './golden/out-format.ts';

const runDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'engine', 'testdata', 'run');
const schedule: readonly (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined, 1, 2];
const timeoutMs = 20_000;
const parallelPrograms = 2;

interface Verdict {
  name: string;
  status: 'written' | 'unchanged' | 'nondeterministic' | 'build-failed' | 'timeout';
  detail?: string;
}

function describe(procs: number | undefined): string {
  return procs === undefined ? 'GOMAXPROCS unset' : `GOMAXPROCS=${procs}`;
}

async function generate(name: string, goroot: string): Promise<Verdict> {
  const goPath = join(runDir, `${name}.go`);
  const built = await buildGo(readFileSync(goPath, 'utf8'));
  if (!built.ok) return { name, status: 'build-failed', detail: built.error.trim() };
  try {
    const outcomes: { procs: number | undefined; raw: RawRun; text: string }[] = [];
    for (const procs of schedule) {
      const raw = await runBuilt(built.built, procs, timeoutMs);
      if (raw.timedOut) return { name, status: 'timeout', detail: `killed after ${timeoutMs} ms (${describe(procs)})` };
      const outcome: RunOutcome = { stdout: raw.stdout, stderr: normalizeGoStderr(raw.stderr, { goroot }), exit: raw.exit };
      outcomes.push({ procs, raw, text: formatOut(outcome) });
    }
    const first = outcomes[0];
    const differing = outcomes.find((o) => o.text !== first.text);
    if (differing) {
      return {
        name,
        status: 'nondeterministic',
        detail: `run with ${describe(first.procs)}:\n${first.text}\n  differs from run with ${describe(differing.procs)}:\n${differing.text}`,
      };
    }
    const outPath = join(runDir, `${name}.out`);
    if (existsSync(outPath) && readFileSync(outPath, 'utf8') === first.text) return { name, status: 'unchanged' };
    writeFileSync(outPath, first.text);
    return { name, status: 'written' };
  } finally {
    built.built.dispose();
  }
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const names = readdirSync(runDir)
    .filter((f) => f.endsWith('.go') && f.includes(filter))
    .map((f) => f.slice(0, -'.go'.length))
    .sort();
  const goroot = await goRoot();
  const started = Date.now();
  const verdicts: Verdict[] = [];
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      const verdict = await generate(name, goroot);
      verdicts.push(verdict);
      console.log(`${verdict.status.padEnd(16)} ${name}`);
    }
  };
  await Promise.all(Array.from({ length: parallelPrograms }, worker));

  const problems = verdicts.filter((v) => v.status !== 'written' && v.status !== 'unchanged');
  for (const p of problems) console.log(`\n== ${p.name}: ${p.status}\n${p.detail ?? ''}`);
  const count = (s: Verdict['status']) => verdicts.filter((v) => v.status === s).length;
  console.log(
    `\n${names.length} programs in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count('written')} written, ` +
      `${count('unchanged')} unchanged, ${problems.length} with problems`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

await main();
