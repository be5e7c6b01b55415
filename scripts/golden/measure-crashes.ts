// Measures the crash corpus with real Go 1.23: how often each program crashes, and how.
//
// Usage: npx tsx scripts/golden/measure-crashes.ts [runs per setting, default 50] [substring filter]
//
// Every src/engine/testdata/crash/<case>.go is built once and run N times with GOMAXPROCS=1, 2 and
// unset. Each run is classified by its stderr: the `fatal error: …` message (noting runs that print
// two `fatal error` reports, which happens when both writers fail their checks), `clean` (exit 0), or
// something else. The script then
//   - rewrites the measurement table in src/engine/testdata/README.md between its markers,
//   - writes <case>.sample: the normalised stderr of one run that crashed with the expected message,
//   - reports programs whose outcomes contradict their .expect (a clean program that crashed or printed
//     other output; a crash program that crashed with another message).
// A crash program that sometimes finishes cleanly is not a contradiction: the runtime's check is best effort.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGo, goRoot, runBuilt } from './go-runner.ts';
import { normalizeGoStderr } from './normalize.ts';
import { parseExpect, type Expectation } from './expect-format.ts';
import { classifyRun } from './classify-run.ts';

const testdata = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'engine', 'testdata');
const crashDir = join(testdata, 'crash');
const readmePath = join(testdata, 'README.md');
const beginMarker = '<!-- crash-measurements:begin -->';
const endMarker = '<!-- crash-measurements:end -->';
const settings: readonly (number | undefined)[] = [1, 2, undefined];
const timeoutMs = 30_000;

interface Tally {
  runs: number;
  crashes: number;
  doubleFatal: number;
  clean: number;
  other: number;
  /** Distinct first stderr lines (or `exit N` for stderr-less runs), with counts. */
  firstLines: Map<string, number>;
  maxMs: number;
}

function settingName(procs: number | undefined): string {
  return procs === undefined ? 'unset' : String(procs);
}

async function measure(name: string, runs: number, goroot: string, problems: string[]): Promise<string[]> {
  const parsed = parseExpect(readFileSync(join(crashDir, `${name}.expect`), 'utf8'));
  if (!parsed.ok) {
    problems.push(`${name}.expect: ${parsed.error}`);
    return [];
  }
  const expect: Expectation = parsed.expect;
  const built = await buildGo(readFileSync(join(crashDir, `${name}.go`), 'utf8'));
  if (!built.ok) {
    problems.push(`${name}: build failed\n${built.error}`);
    return [];
  }
  const rows: string[] = [];
  let sample: string | undefined;
  let samplePreferred = false;
  try {
    for (const procs of settings) {
      const tally: Tally = { runs: 0, crashes: 0, doubleFatal: 0, clean: 0, other: 0, firstLines: new Map(), maxMs: 0 };
      for (let i = 0; i < runs; i++) {
        const started = Date.now();
        const run = await runBuilt(built.built, procs, timeoutMs);
        tally.maxMs = Math.max(tally.maxMs, Date.now() - started);
        tally.runs++;
        const c = classifyRun(run, timeoutMs);
        tally.firstLines.set(c.firstLine, (tally.firstLines.get(c.firstLine) ?? 0) + 1);
        if (c.kind === 'crash') {
          tally.crashes++;
          if (c.double) tally.doubleFatal++;
          if (expect.kind === 'clean') problems.push(`${name}: expected clean, crashed (GOMAXPROCS ${settingName(procs)}): ${c.firstLine}`);
          else if (!expect.messages.includes(c.message ?? '')) problems.push(`${name}: expected "${expect.messages[0]}", got "${c.message}"`);
          else if (c.message === expect.messages[0]) {
            // Prefer a plain single report from the default setting, the shape a learner sees most often.
            const preferred = procs === undefined && !c.double;
            if (sample === undefined || (preferred && !samplePreferred)) {
              sample = normalizeGoStderr(run.stderr, { goroot });
              samplePreferred = preferred;
            }
          }
        } else if (c.kind === 'clean') {
          tally.clean++;
          if (expect.kind === 'clean' && run.stdout !== expect.stdout) problems.push(`${name}: stdout differs from .expect:\n${run.stdout}`);
        } else {
          tally.other++;
          problems.push(`${name}: unexpected outcome (GOMAXPROCS ${settingName(procs)}, exit ${run.exit}): ${c.firstLine}`);
        }
      }
      const lines = [...tally.firstLines.entries()].map(([line, n]) => `${n}× \`${line}\``).join('<br>');
      rows.push(
        `| ${name} | ${expect.kind === 'crash' ? expect.messages.map((m) => `crash: ${m}`).join('<br>') : 'clean'} | ${settingName(procs)} | ` +
          `${tally.crashes}/${tally.runs} | ${tally.doubleFatal} | ${tally.clean} | ${lines} | ${tally.maxMs} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    built.built.dispose();
  }
  if (expect.kind === 'crash') {
    if (sample === undefined) problems.push(`${name}: never crashed, so no .sample was written`);
    else writeFileSync(join(crashDir, `${name}.sample`), sample);
  }
  return rows;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? '50');
  const filter = process.argv[3] ?? '';
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, not ${process.argv[2]}`);
  const names = readdirSync(crashDir)
    .filter((f) => f.endsWith('.go') && f.includes(filter))
    .map((f) => f.slice(0, -'.go'.length))
    .sort();
  const goroot = await goRoot();
  const problems: string[] = [];
  const rows: string[] = [];
  for (const name of names) rows.push(...(await measure(name, runs, goroot, problems)));

  if (filter === '') {
    const table = [
      `Measured with \`${runs}\` runs per setting on ${new Date().toISOString().slice(0, 10)} (go1.23.5 linux/amd64, 2 CPUs shared with other work).`,
      '',
      '| program | .expect | GOMAXPROCS | crashed | of which two `fatal error` reports | clean exits | first stderr lines seen | slowest run (ms) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    const readme = readFileSync(readmePath, 'utf8');
    const from = readme.indexOf(beginMarker);
    const to = readme.indexOf(endMarker);
    if (from < 0 || to < from) problems.push(`README.md has no ${beginMarker} … ${endMarker} block; table not written`);
    else writeFileSync(readmePath, `${readme.slice(0, from + beginMarker.length)}\n${table}\n${readme.slice(to)}`);
  }
  for (const p of problems) console.log(`PROBLEM ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
