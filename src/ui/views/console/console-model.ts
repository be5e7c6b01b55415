// What the Console shows for a run: `go run`'s output as blocks, and the source locations in it.
//
// `go run` prints the program's stdout, the runtime's messages on stderr (a panic or fatal error
// with its goroutine dump), and then, for a program that ran and failed, `exit status N` on its own
// line. A program that did not build prints `# command-line-arguments` and the compiler's errors,
// and no exit status line (the CLI, src/cli/run.ts, follows the same rule). The two streams arrive
// separately from the worker, so stdout comes first, as it does when both are redirected to files.
import type { RunReply } from '../../../worker/api.ts';
import type { RunStatus } from '../../store/run-slice.ts';

export type ConsoleStream = 'stdout' | 'stderr' | 'exit' | 'note';

export interface ConsoleBlock {
  stream: ConsoleStream;
  text: string;
}

export interface ConsoleRun {
  status: RunStatus;
  reply: RunReply | null;
  message: string | null;
  /** Output reported while the run went on (shown while running and after a stop). */
  live?: { stdout: string; stderr: string } | null;
}

/** The Console's content for a run, in the order `go run` prints it. */
export function consoleBlocks(run: ConsoleRun): ConsoleBlock[] {
  if (run.status === 'stopped' || run.status === 'running') {
    const blocks: ConsoleBlock[] = [];
    if (run.live?.stdout) blocks.push({ stream: 'stdout', text: run.live.stdout });
    if (run.live?.stderr) blocks.push({ stream: 'stderr', text: run.live.stderr });
    if (run.status === 'stopped') blocks.push({ stream: 'note', text: `${run.message ?? 'Stopped.'} Output after the last report (at most a fraction of a second) is lost with the worker.` });
    return blocks;
  }
  if (run.status === 'failed') return [{ stream: 'note', text: run.message ?? 'The run failed.' }];
  const reply = run.reply;
  if (run.status !== 'done' || !reply) return [];
  const blocks: ConsoleBlock[] = [];
  if (reply.stdout) blocks.push({ stream: 'stdout', text: reply.stdout });
  if (reply.stderr) blocks.push({ stream: 'stderr', text: reply.stderr });
  const exit = exitLine(reply);
  if (exit) blocks.push({ stream: 'exit', text: exit });
  if (blocks.length === 0) blocks.push({ stream: 'note', text: 'The program printed nothing.' });
  return blocks;
}

/** `exit status N` when a program that ran ended with a non-zero status; null otherwise. */
export function exitLine(reply: Pick<RunReply, 'exitCode' | 'steps'>): string | null {
  // A build failure has run no steps: go run reports its errors but no exit status.
  return reply.exitCode !== 0 && reply.steps > 0 ? `exit status ${reply.exitCode}\n` : null;
}

/** A piece of console text; `line` is set when the piece names a line of the program. */
export interface TextPiece {
  text: string;
  line?: number;
}

// `prog.go:12` in a goroutine dump, `./prog.go:5:2` in a compiler error. The file name must not be
// the tail of a longer name (`myprog.go:3` names another file).
const location = /(?<![\w./-])(?:\.\/)?prog\.go:(\d+)(?::\d+)?/g;

/**
 * Splits text into plain pieces and pieces naming a line of prog.go, so the Console can make
 * those clickable.
 * @example linkLocations('\tprog.go:12\n') // [{ text: '\t' }, { text: 'prog.go:12', line: 12 }, { text: '\n' }]
 */
export function linkLocations(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(location)) {
    const line = Number(m[1]);
    if (!Number.isSafeInteger(line) || line < 1) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push({ text: m[0], line });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** One line for the Console's status: where the run stands, in words. */
export function runSummary(run: ConsoleRun & { elapsedMs: number | null; settings: { seed: number; procs: number; policy: string } | null }): string {
  const how = run.settings ? ` (seed ${run.settings.seed}, GOMAXPROCS ${run.settings.procs}, ${run.settings.policy})` : '';
  switch (run.status) {
    case 'idle':
      return 'Press Run to run the program.';
    case 'running':
      return `Running${how}…`;
    case 'stopped':
      return run.message ?? 'Stopped.';
    case 'failed':
      return 'The run did not finish.';
    case 'done': {
      const r = run.reply;
      if (!r) return 'Finished.';
      if (r.steps === 0 && r.exitCode !== 0) return 'The program did not build.';
      const time = r.ms < 10 ? `${r.ms.toFixed(1)} ms` : `${Math.round(r.ms).toLocaleString('en-US')} ms`;
      const end = r.stopped ? 'Stopped by the step budget' : r.exitCode === 0 ? 'Finished' : `Exited with status ${r.exitCode}`;
      return `${end} after ${r.steps.toLocaleString('en-US')} steps in ${time}${how}.`;
    }
  }
}
