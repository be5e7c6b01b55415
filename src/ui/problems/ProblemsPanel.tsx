// The Problems panel: every diagnostic as gc or go vet prints it; choosing one moves the cursor there.
import { useAppStore } from '../store/index.ts';
import { problemSummary, problemText } from './problem-text.ts';
import { CheckStatusLine } from './CheckStatusLine.tsx';

export function ProblemsPanel() {
  const diagnostics = useAppStore((s) => s.diagnostics);
  const checkStatus = useAppStore((s) => s.checkStatus);
  const checksDone = useAppStore((s) => s.checksDone);
  const revealPosition = useAppStore((s) => s.revealPosition);
  const summary = problemSummary(diagnostics);
  return (
    <section className="problems" aria-labelledby="problems-heading" data-checks-done={checksDone}>
      <div className="problems-head">
        <h2 id="problems-heading">
          Problems <span className="problems-count">({diagnostics.length})</span>
        </h2>
        {summary && <span className="problems-summary">{summary}</span>}
        <CheckStatusLine />
      </div>
      {diagnostics.length === 0 && checkStatus === 'done' && (
        <p className="problems-empty">No problems: the program compiles and go vet has nothing to say.</p>
      )}
      <ul className="problems-list">
        {diagnostics.map((d, i) => (
          <li key={`${i}:${d.line}:${d.column}:${d.code}`} className={`problem problem-${d.severity}`}>
            <button type="button" className="problem-button" onClick={() => revealPosition(d.line, d.column)}>
              <span className="problem-badge">{d.severity === 'error' ? 'error' : 'vet'}</span>{' '}
              <span className="problem-text">{problemText(d)}</span>
            </button>
            {d.hint && <p className="problem-hint">{d.hint}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
