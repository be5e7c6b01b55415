// The Console: the last run's output as `go run` prints it; `prog.go:LINE` locations move the cursor.
import { memo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { ElapsedTime } from './ElapsedTime.tsx';
import { consoleBlocks, linkLocations, runSummary } from './console-model.ts';
import { playerConsoleBlocks, type PlayerConsoleBlock } from './player-console.ts';
import { usePlayerState } from '../../player/use-player-state.ts';

export function ConsolePanel() {
  const status = useAppStore((s) => s.runStatus);
  const reply = useAppStore((s) => s.runReply);
  const message = useAppStore((s) => s.runMessage);
  const settings = useAppStore((s) => s.runSettings);
  const elapsedMs = useAppStore((s) => s.runElapsedMs);
  const runsDone = useAppStore((s) => s.runsDone);
  const runRequest = useAppStore((s) => s.runRequest);
  const live = useAppStore((s) => s.runLive);
  const run = { status, reply, message, live };
  // With a trace, the Console follows the player's cursor: the output printed up to it.
  const player = usePlayerState();
  const truncated = useAppStore((s) => s.playerTruncatedAt !== null);
  // Not for a program that did not build (no events carry compiler errors), nor at the end of a
  // trace cut short, where the reply has the output the trace no longer holds.
  const following = status === 'done' && player !== null && (reply?.steps ?? 0) > 0 && !(truncated && player.position >= player.length);
  const blocks: PlayerConsoleBlock[] = following ? playerConsoleBlocks(player.state.output, reply, player.position, player.length) : consoleBlocks(run);
  const summary = runSummary({ ...run, settings, elapsedMs });
  return (
    <section className="console" aria-labelledby="console-heading" aria-busy={status === 'running'} data-runs-done={runsDone}>
      <div className="console-head">
        <h2 id="console-heading">Console</h2>
        <p className={`run-status run-status-${status}`} role="status">
          {summary}
        </p>
        {/* Keyed by the request, so a replacing run counts from zero again. */}
        {status === 'running' && <ElapsedTime key={runRequest} />}
      </div>
      {following && player.position < player.length && (
        <p className="console-cursor-note">
          Output up to the player's position (event {player.position.toLocaleString('en-US')} of {player.length.toLocaleString('en-US')}).
        </p>
      )}
      {blocks.length > 0 && (
        <pre className="console-output">
          {blocks.map((b, i) => (
            <Block key={i} stream={b.stream} text={b.text} />
          ))}
        </pre>
      )}
    </section>
  );
}

// Memoised on the text: stepping re-renders the Console, but a block whose text did not change is not re-split.
const Block = memo(function Block({ stream, text }: PlayerConsoleBlock) {
  const revealPosition = useAppStore((s) => s.revealPosition);
  // Only the runtime's messages name source lines; the program's own output is shown as printed.
  const pieces = stream === 'stderr' || stream === 'report' ? linkLocations(text) : [{ text }];
  return (
    // The report is standard error too: it keeps that class and gets its own styling on top.
    <span className={stream === 'report' ? 'console-stderr console-report' : `console-${stream}`}>
      {pieces.map((p, i) =>
        p.line === undefined ? (
          p.text
        ) : (
          <button key={i} type="button" className="console-location" title={`Go to line ${p.line}`} onClick={() => revealPosition(p.line!, 1)}>
            {p.text}
          </button>
        ),
      )}
    </span>
  );
});
