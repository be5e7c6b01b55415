// Why the link the page was opened with could not be used, in the learner's words, until dismissed.
import { shareStore, useShareStore } from './share-store.ts';

export function LinkProblem() {
  const problem = useShareStore((s) => s.problem);
  if (!problem) return null;
  return (
    <div className="link-problem" role="alert">
      <strong>This share link could not be opened.</strong> {problem} Your program was left as it was.{' '}
      <button type="button" className="command-button" onClick={() => shareStore.getState().setProblem(null)}>
        Dismiss
      </button>
    </div>
  );
}
