// The golden trace programs beside this file and the settings each declares in its
// `// trace: seed=N procs=N exit=N [go=1.N]` line (shared by the golden and determinism tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const testdata = fileURLToPath(new URL('./', import.meta.url));

export interface TraceCase {
  name: string;
  file: string;
  source: string;
  seed: number;
  procs: number;
  exit: number;
  /** The Go version to model (`go=1.26` in the trace line; absent: the engine's default). */
  goVersion?: string;
}

export function loadCase(file: string): TraceCase {
  const source = readFileSync(join(testdata, file), 'utf8');
  const m = /^\/\/ trace: seed=(\d+) procs=(\d+) exit=(\d+)(?: go=(1\.\d+))?$/m.exec(source);
  if (!m) throw new Error(`${file}: no "// trace: seed=N procs=N exit=N" line`);
  return { name: file.replace(/\.go$/, ''), file, source, seed: Number(m[1]), procs: Number(m[2]), exit: Number(m[3]), ...(m[4] ? { goVersion: m[4] } : {}) };
}

export function loadCases(): TraceCase[] {
  return readdirSync(testdata)
    .filter((f) => f.endsWith('.go'))
    .sort()
    .map(loadCase);
}
