// A goroutine's frames with their local variables at the cursor, on request: the worker re-runs the
// program to this step (the trace itself carries no locals). Follows the cursor while shown.
import { useEffect, useState } from 'react';
import type { InspectedGoroutine } from '../../../worker/api.ts';
import { inspectStep } from '../../run/inspector.ts';
import { useAppStore } from '../../store/index.ts';

type Shown = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; at: number; g: InspectedGoroutine | null } | { kind: 'failed'; message: string };

export function LocalsPanel({ g, position }: { g: number; position: number }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const source = useAppStore((s) => s.playerSource);
  const settings = useAppStore((s) => s.runSettings);
  useEffect(() => {
    if (!open || source === null || settings === null) return;
    let current = true;
    // The state after the events [0, position) is the state just after event position - 1.
    const at = Math.max(0, position - 1);
    // Debounced, so playing or dragging the slider does not queue a re-run per step.
    const timer = setTimeout(() => {
      setShown({ kind: 'loading' });
      void inspectStep(source, settings, at).then((o) => {
        if (!current) return;
        if (o.kind === 'ok') setShown({ kind: 'ready', at, g: o.reply.goroutines.find((x) => x.id === g) ?? null });
        else if (o.kind === 'failed') setShown({ kind: 'failed', message: o.message });
      });
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, source, settings, position, g]);

  if (!open) {
    return (
      <button type="button" className="command-button goroutine-locals-toggle" onClick={() => setOpen(true)} aria-label={`Show the local variables of g${g}`}>
        Show locals
      </button>
    );
  }
  return (
    <div className="goroutine-locals" aria-live="polite">
      <button type="button" className="command-button goroutine-locals-toggle" onClick={() => setOpen(false)} aria-label={`Hide the local variables of g${g}`}>
        Hide locals
      </button>
      {shown.kind === 'loading' || shown.kind === 'idle' ? (
        <p className="goroutine-locals-note">Re-running to this step…</p>
      ) : shown.kind === 'failed' ? (
        <p className="goroutine-locals-note">Could not inspect this step: {shown.message}</p>
      ) : shown.g === null || shown.g.frames.length === 0 ? (
        <p className="goroutine-locals-note">g{g} has no frames at this step.</p>
      ) : (
        <ol className="goroutine-locals-frames" aria-label={`Frames of g${g} with their variables, innermost first`}>
          {shown.g.frames.map((f, i) => (
            <li key={i}>
              <span className="goroutine-frame-func">{f.func}()</span> <span className="goroutine-frame-line">line {f.line}</span>
              {f.locals.length === 0 ? (
                <p className="goroutine-locals-note">no named variables in scope</p>
              ) : (
                <dl className="goroutine-locals-list">
                  {f.locals.map((l) => (
                    <div key={l.name}>
                      <dt>
                        {l.name} <span className="goroutine-local-type">{l.type}</span>
                      </dt>
                      <dd>{l.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
