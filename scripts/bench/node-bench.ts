// Engine speed in Node: scan + parse + check of the ~1,000-line program.
import { performance } from 'node:perf_hooks';
import { checkSource } from '../../src/engine/index.ts';
// Engine internals, for a finer split than the public API gives: how much of the time is the parser.
import { SourceFile } from '../../src/engine/source/source-file.ts';
import { parseFile } from '../../src/engine/syntax/parser.ts';
import { reportLine } from './stats.ts';

export const checkTargetMs = 20;

export function benchCheck(program: string, warmup = 20, runs = 100): string[] {
  const lines = program.split('\n').length;
  const first = checkSource(program, 'bench.go');
  const out: string[] = [];
  if (first.diagnostics.length > 0) {
    // Still timed, but a checker that stops early on errors would look faster than it is.
    out.push(`note: the checker reports ${first.diagnostics.length} diagnostics on the bench program (first: ${first.diagnostics[0].line}:${first.diagnostics[0].column}: ${first.diagnostics[0].message})`);
  }
  for (let i = 0; i < warmup; i++) checkSource(program, 'bench.go');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkSource(program, 'bench.go');
    samples.push(performance.now() - t0);
  }
  out.push(reportLine(`node: scan+parse+check of a ${lines}-line program (${warmup} warm-up runs)`, samples, checkTargetMs));
  const parseSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parseFile(new SourceFile('bench.go', program));
    parseSamples.push(performance.now() - t0);
  }
  out.push(reportLine(`node: of which scan+parse alone`, parseSamples, checkTargetMs));
  return out;
}
