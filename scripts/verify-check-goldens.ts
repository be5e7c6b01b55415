// Asks real Go 1.23 whether the checker corpus (src/engine/check/testdata) still says what Go says.
//
// Usage: npx tsx scripts/verify-check-goldens.ts [substring]   (GO=/path/to/go to pick the toolchain)
// Needs Go; never run by `npm test`. For each corpus file it builds a one-file module named `main`
// (so go vet qualifies types as `main.Counter`, as the lab prints them, rather than
// `command-line-arguments.Counter`), runs `go build -gcflags=-e` and, when that succeeds, `go vet`,
// and matches Go's diagnostics against the file's markers with the same rule the golden test uses.
// UNSUPPORTED markers expect nothing from Go (Go accepts that code). Exits 1 on any disagreement.
// Writes src/engine/check/testdata/go-verdicts.json (merged by file when a filter is given).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { judgeVerdict, type GoVerdict } from '../src/engine/testing/go-verdict.ts';
import { parseMarkers } from '../src/engine/testing/markers.ts';
import { parseGoOutput } from '../src/engine/testing/go-output.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const testdata = join(root, 'src/engine/check/testdata');
const verdictsPath = join(testdata, 'go-verdicts.json');
const goBin = process.env.GO ?? '/usr/lib/go-1.23/bin/go';
const goEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GO111MODULE: 'on' };
/** The machine is shared; two Go processes at a time is plenty. */
const parallel = 2;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

interface GoRun {
  code: number;
  output: string;
}

function run(args: string[], cwd: string): Promise<GoRun> {
  return new Promise((done) => {
    execFile(goBin, args, { cwd, env: goEnv, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ code, output: stdout + stderr });
    });
  });
}

/** Go's verdict plus the SHA-256 of the text it judged, so a stale record can be detected without Go. */
interface Verdict extends GoVerdict {
  sha256: string;
}

async function askGo(source: string): Promise<GoVerdict> {
  const dir = mkdtempSync(join(tmpdir(), 'check-golden-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module main\n\ngo 1.23\n');
    writeFileSync(join(dir, 'prog.go'), source);
    const build = await run(['build', '-gcflags=-e', '-o', join(dir, 'prog.bin'), '.'], dir);
    const buildFindings = parseGoOutput(build.output, 'error');
    if (build.code !== 0 && buildFindings.length === 0) throw new Error(`go build failed without diagnostics:\n${build.output}`);
    if (build.code !== 0) return { build: buildFindings, vet: null };
    const vet = await run(['vet', '.'], dir);
    const vetFindings = parseGoOutput(vet.output, 'warning');
    if (vet.code !== 0 && vetFindings.length === 0) throw new Error(`go vet failed without diagnostics:\n${vet.output}`);
    return { build: buildFindings, vet: vetFindings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function corpusFiles(filter: string | undefined): string[] {
  const files: string[] = [];
  for (const suite of ['ok', 'errors']) {
    const dir = join(testdata, suite);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.go')) files.push(`${suite}/${name}`);
  }
  return filter ? files.filter((f) => f.includes(filter)) : files;
}

async function main(): Promise<void> {
  const version = await run(['version'], root);
  if (!/go1\.23\b/.test(version.output)) throw new Error(`expected Go 1.23 at ${goBin}, got: ${version.output.trim()}`);
  const filter = process.argv[2];
  const files = corpusFiles(filter);
  const verdicts = new Map<string, Verdict>();
  const disagreements: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const rel = files[next++];
      const source = readFileSync(join(testdata, rel), 'utf8');
      let v: Verdict;
      try {
        v = { sha256: sha256(source), ...(await askGo(source)) };
      } catch (e) {
        // Go failed in a way markers cannot express (e.g. a link error without a position).
        disagreements.push(`${rel}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      verdicts.set(rel, v);
      const d = judgeVerdict(rel, source, v);
      if (d) disagreements.push(d);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));

  const previous = filter && existsSync(verdictsPath) ? (JSON.parse(readFileSync(verdictsPath, 'utf8')).files as Record<string, Verdict>) : {};
  const all: Record<string, Verdict> = { ...previous };
  for (const rel of files) {
    const v = verdicts.get(rel);
    if (v) all[rel] = v;
  }
  const present = new Set(corpusFiles(undefined));
  const sorted = Object.fromEntries(Object.keys(all).filter((k) => present.has(k)).sort().map((k) => [k, all[k]]));
  const out = { generatedBy: 'scripts/verify-check-goldens.ts — do not edit by hand', go: version.output.trim().split(' ')[2], files: sorted };
  writeFileSync(verdictsPath, JSON.stringify(out, null, 1) + '\n');

  const nMarkers = files.reduce((n, rel) => n + parseMarkers(readFileSync(join(testdata, rel), 'utf8')).markers.length, 0);
  if (disagreements.length) {
    console.log(disagreements.sort().join('\n'));
    console.log(`\n${disagreements.length} of ${files.length} files disagree with Go.`);
    process.exit(1);
  }
  console.log(`All ${files.length} files (${nMarkers} markers) agree with ${out.go}.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
