// The Console while the player has a trace: the output printed up to the cursor, with the runtime's
// report (a fatal error or panic and its goroutine dump) set apart so it can be styled.
import type { OutputState } from '../../../engine/trace/state/output.ts';
import { shownStderr } from '../../../engine/trace/state/output.ts';
import type { RunReply } from '../../../worker/api.ts';
import { exitLine, type ConsoleBlock } from './console-model.ts';

/** A block of the Console; `report` is Go's fatal error or panic report (styled apart). */
export type PlayerConsoleBlock = ConsoleBlock | { stream: 'report'; text: string };

// Go starts its report on a line of its own: `fatal error: …` or `panic: …` (after any `[recovered]` lines).
const reportStart = /^(?:fatal error: |panic: )/m;

/** Splits standard error into what came before the runtime's report and the report itself. */
export function splitReport(stderr: string): { before: string; report: string } {
  const m = reportStart.exec(stderr);
  if (!m) return { before: stderr, report: '' };
  return { before: stderr.slice(0, m.index), report: stderr.slice(m.index) };
}

/**
 * The Console's blocks at a cursor position: stdout so far, stderr so far (the report apart), and
 * the exit status once the run has ended there.
 */
export function playerConsoleBlocks(output: OutputState, reply: Pick<RunReply, 'exitCode' | 'steps'> | null, position: number, length: number): PlayerConsoleBlock[] {
  const blocks: PlayerConsoleBlock[] = [];
  if (output.stdout) blocks.push({ stream: 'stdout', text: output.stdout });
  const { before, report } = splitReport(shownStderr(output));
  if (before) blocks.push({ stream: 'stderr', text: before });
  if (report) blocks.push({ stream: 'report', text: report });
  const ended = output.ended !== null && position >= length;
  const exit = ended && reply ? exitLine(reply) : null;
  if (exit) blocks.push({ stream: 'exit', text: exit });
  if (blocks.length === 0) blocks.push({ stream: 'note', text: position >= length ? 'The program printed nothing.' : 'Nothing printed yet at this step.' });
  return blocks;
}
