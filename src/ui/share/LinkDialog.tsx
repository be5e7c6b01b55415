// Asks before a link's program replaces the learner's own: both choices are buttons, Escape keeps theirs.
import { useEffect, useId, useRef } from 'react';
import { appLinkDeps } from './app-link-deps.ts';
import { answerIncoming } from './open-link.ts';
import { useShareStore } from './share-store.ts';

export function LinkDialog() {
  const incoming = useShareStore((s) => s.incoming);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (incoming && !d.open) d.showModal();
    if (!incoming && d.open) d.close();
  }, [incoming]);
  const answer = (replace: boolean) => answerIncoming(appLinkDeps(), replace);
  const lines = incoming ? incoming.program.split('\n').length : 0;
  return (
    <dialog
      ref={ref}
      className="link-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <h2 id={titleId}>Open the shared program?</h2>
      <p id={textId}>
        This link holds a different program ({lines} {lines === 1 ? 'line' : 'lines'}) from the one in your editor. Opening it replaces your program and
        runs the link&apos;s; keeping yours ignores the link.
      </p>
      <div className="link-dialog-buttons">
        <button type="button" className="command-button run-button" onClick={() => answer(true)}>
          Open the link&apos;s program
        </button>
        <button type="button" className="command-button" onClick={() => answer(false)} autoFocus>
          Keep my program
        </button>
      </div>
    </dialog>
  );
}
