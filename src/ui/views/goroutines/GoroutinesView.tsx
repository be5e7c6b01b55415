// The Goroutines view: one row per goroutine at the cursor (id, state with Go's wait reason,
// function and line, created by); a row expands to its call stack.
import { memo, useMemo, useState } from 'react';
import type { TraceReader } from '../../../engine/trace/reader.ts';
import { usePlayerState } from '../../player/use-player-state.ts';
import { useAppStore } from '../../store/index.ts';
import { goroutineColor, goroutineTint } from '../goroutine-colors.ts';
import { callStack, type FrameLocals } from './call-stack.ts';
import { goroutineRows, type GoroutineRow } from './goroutine-rows.ts';
import { LocalsPanel } from './LocalsPanel.tsx';
import './goroutines.css';

export function GoroutinesView() {
  // The state at the cursor is mutated in place; the view's version says when to read it again.
  const view = usePlayerState();
  const position = view?.position ?? 0;
  const selected = useAppStore((s) => s.playerSelected);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  // The locks-and-channels slice says what a blocked goroutine waits on.
  const rows = useMemo(() => (view === null ? [] : goroutineRows(view.state.goroutines, { sync: view.state.sync })), [view]);
  const toggle = (g: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(g)) next.delete(g);
      else next.add(g);
      return next;
    });
  return (
    <section className="goroutines" aria-labelledby="goroutines-heading">
      <h2 id="goroutines-heading" className="goroutines-heading">
        Goroutines
      </h2>
      {view === null ? (
        <p className="goroutines-empty">Run the program to see its goroutines at each step.</p>
      ) : rows.length === 0 ? (
        <p className="goroutines-empty">No goroutine exists yet at this step.</p>
      ) : (
        <table className="goroutines-table">
          <caption className="visually-hidden">Goroutines at event {position} of the run</caption>
          <thead>
            <tr>
              <th scope="col">Goroutine</th>
              <th scope="col">State</th>
              <th scope="col">Function</th>
              <th scope="col">Line</th>
              <th scope="col">Created by</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {rows.map((row) => (
            <Row
              key={row.id}
              row={row}
              selected={row.id === selected}
              open={expanded.has(row.id)}
              onToggle={toggle}
              reader={view.reader}
              position={expanded.has(row.id) ? position : -1}
            />
          ))}
        </table>
      )}
    </section>
  );
}

interface RowProps {
  row: GoroutineRow;
  selected: boolean;
  open: boolean;
  onToggle(g: number): void;
  reader: TraceReader;
  /** The cursor position when the row is open (its stack follows it), -1 when closed. */
  position: number;
}

/** A goroutine's rows; records are replaced only when they change, so unchanged rows skip rendering. */
const Row = memo(
  function Row({ row, selected, open, onToggle, reader, position }: RowProps) {
    const select = useAppStore((s) => s.selectGoroutine);
    const stepToNextLine = useAppStore((s) => s.stepToNextLine);
    const g = row.id;
    const color = goroutineColor(g);
    return (
      <tbody className={`goroutine goroutine-${row.status}${selected ? ' goroutine-selected' : ''}`} data-goroutine={g}>
        <tr onClick={() => select(g)} style={row.current ? { background: goroutineTint(g, 0.1) } : undefined}>
          <th scope="row">
            <button type="button" className="goroutine-toggle" aria-expanded={open} aria-label={`g${g} call stack`} onClick={() => onToggle(g)}>
              <span className="goroutine-caret" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
              <span className="goroutine-id" style={{ color, borderColor: color }}>
                g{g}
              </span>
            </button>
          </th>
          <td className="goroutine-state">
            {row.stateText}
            {row.waitDetail && <span className="goroutine-wait-detail"> {row.waitDetail}</span>}
          </td>
          <td className="goroutine-func">{row.func}</td>
          <td className="goroutine-line">{row.line > 0 ? row.line : '—'}</td>
          <td className="goroutine-created">{row.createdBy || '(main goroutine)'}</td>
          <td className="goroutine-actions">
            <button
              type="button"
              className="command-button goroutine-step"
              disabled={row.status === 'done'}
              aria-label={`Step g${g} to its next line`}
              title={`Step g${g} to its next line`}
              onClick={(e) => {
                e.stopPropagation();
                select(g);
                stepToNextLine(g);
              }}
            >
              Step
            </button>
          </td>
        </tr>
        {open && (
          <tr className="goroutine-stack-row">
            <td colSpan={6}>
              <Stack reader={reader} g={g} position={position} from={row.info.createdAt} />
              {row.status !== 'done' && <LocalsPanel g={g} position={position} />}
            </td>
          </tr>
        )}
      </tbody>
    );
  },
  (a, b) =>
    a.row.info === b.row.info && a.row.current === b.row.current && a.row.status === b.row.status && a.row.waitDetail === b.row.waitDetail && a.selected === b.selected &&
    a.open === b.open && a.position === b.position && a.reader === b.reader,
);

/**
 * A goroutine's frames from the trace; with `locals` (one entry per frame, innermost first, from a
 * worker inspect call when the engine offers one) each frame also lists its variables.
 */
function Stack({ reader, g, position, from, locals }: { reader: TraceReader; g: number; position: number; from: number; locals?: ReadonlyArray<FrameLocals | undefined> }) {
  const reveal = useAppStore((s) => s.revealPosition);
  const frames = useMemo(() => callStack(reader, g, position, from), [reader, g, position, from]);
  if (frames.length === 0) return <p className="goroutine-stack-empty">g{g} has not run a statement yet.</p>;
  return (
    <div className="goroutine-stack">
      <ol aria-label={`Call stack of g${g}, innermost first`}>
        {frames.map((f, i) => (
          <li key={i}>
            <span className="goroutine-frame-func">{f.func || '?'}()</span>{' '}
            {f.line > 0 ? (
              <button type="button" className="console-location" title={`Go to line ${f.line}`} onClick={() => reveal(f.line, 1)}>
                prog.go:{f.line}
              </button>
            ) : (
              <span className="goroutine-frame-line">before its first statement</span>
            )}
            {locals?.[i] && (
              <dl className="goroutine-locals">
                {locals[i]!.map((v) => (
                  <div key={v.name}>
                    <dt>{v.name}</dt>
                    <dd>
                      {v.value} <span className="goroutine-local-type">{v.type}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      {locals === undefined && (
        <p className="goroutine-locals-note">Locals of each frame are not shown yet: they need the engine to re-run to this step in the worker.</p>
      )}
    </div>
  );
}
