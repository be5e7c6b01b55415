// Regenerates src/engine/testdata/versions/*.go1NN.stderr: what each installed Go toolchain (the
// Debian go-1.19 and go-1.23 packages, see ../shared/tools/install-go.sh) prints for the dump
// programs there, normalised as the run goldens are. Usage: npx tsx scripts/gen-version-dumps.ts
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { normalizeGoStderr } from './golden/normalize.ts';

const dir = join(import.meta.dirname, '../src/engine/testdata/versions');
const toolchains = ['1.19', '1.23'];

for (const version of toolchains) {
  const goroot = `/usr/lib/go-${version}`;
  const go = join(goroot, 'bin/go');
  if (!existsSync(go)) {
    console.error(`skip Go ${version}: ${go} is not installed`);
    continue;
  }
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOMAXPROCS: '1' };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    const work = mkdtempSync(join(tmpdir(), 'gomaplab-versions-'));
    try {
      writeFileSync(join(work, 'go.mod'), `module prog\n\ngo ${version}\n`);
      writeFileSync(join(work, 'prog.go'), readFileSync(join(dir, name), 'utf8'));
      const build = spawnSync(go, ['build', '-o', 'prog', '.'], { cwd: work, env, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`${name} with Go ${version}: ${build.stderr}`);
      const run = spawnSync(join(work, 'prog'), [], { cwd: work, env, encoding: 'utf8' });
      const out = `exit ${run.status}\n${normalizeGoStderr(run.stderr, { goroot })}`;
      const file = join(dir, `${name.slice(0, -3)}.go${version.replace('.', '')}.stderr`);
      writeFileSync(file, out);
      console.log(`${file}: exit ${run.status}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
