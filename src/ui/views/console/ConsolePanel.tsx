// The Console: the last run's output as `go run` prints it; `prog.go:LINE` locations move the cursor.
import { useAppStore } from '../../store/index.ts';
import { ElapsedTime } from './ElapsedTime.tsx';
import { consoleBlocks, linkLocations, runSummary, type ConsoleBlock } from './console-model.ts';

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
  const blocks = consoleBlocks(run);
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
      {blocks.length > 0 && (
        <pre className="console-output">
          {blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </pre>
      )}
    </section>
  );
}

function Block({ block }: { block: ConsoleBlock }) {
  const revealPosition = useAppStore((s) => s.revealPosition);
  // Only the runtime's messages name source lines; the program's own output is shown as printed.
  const pieces = block.stream === 'stderr' ? linkLocations(block.text) : [{ text: block.text }];
  return (
    <span className={`console-${block.stream}`}>
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
}
