// The timeline: one lane per goroutine across the whole run, coloured by state, with bars for map
// operations and locks and a marker at the crash. Clicking seeks; the cursor is a line over it.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BarKind, laneStateAt, LaneState } from '../../../engine/trace/state/timeline.ts';
import { timelineSummary } from '../../../engine/trace/state/timeline-summary.ts';
import { positionAt } from '../../../engine/trace/state/timeline-columns.ts';
import type { TimelineModel } from '../../../engine/trace/state/timeline.ts';
import { useAppStore } from '../../store/index.ts';
import { drawTimeline } from './draw-timeline.ts';
import { barStyles, fractionAt, writeWindowLabel, layoutTimeline, maxLanes, stateFill, stateLegend, visibleLanes, xOfPosition, type TimelineLayout } from './timeline-layout.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import './timeline.css';

export function TimelineView() {
  const hasTrace = useAppStore((s) => s.playerCursor !== null);
  const { model, done } = useTimelineModel();
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="timeline-heading">
        Timeline
      </h2>
      {model !== null ? (
        <TimelinePlot model={model} />
      ) : hasTrace ? (
        <p className="timeline-empty" role="status">
          Drawing the timeline… {Math.floor(done * 100)}%
        </p>
      ) : (
        <p className="timeline-empty">Run the program to see each goroutine's life across the run.</p>
      )}
    </section>
  );
}

function TimelinePlot({ model }: { model: TimelineModel }) {
  const host = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const seek = useAppStore((s) => s.playerSeek);
  const pause = useAppStore((s) => s.playerPause);
  const layout = useMemo(() => layoutTimeline(model, width), [model, width]);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    setWidth(el.clientWidth);
    // One update per frame at most, and none for the same width: a resize storm must not repaint per event.
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setWidth((w) => (w === el.clientWidth ? w : el.clientWidth)));
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, []);

  // Repaint only when the trace or the size changes; moving the cursor does not touch the canvas.
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.round(layout.width * ratio);
    c.height = Math.round(layout.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawTimeline(ctx, model, layout);
  }, [model, layout, width]);

  const hiddenCount = model.lanes.filter((l) => !l.hidden).length - layout.lanes.length;
  return (
    <>
      <div className="timeline-plot" ref={host}>
        <canvas
          ref={canvas}
          className="timeline-canvas"
          style={{ width: layout.width, height: layout.height }}
          role="img"
          aria-label={`Timeline of ${layout.lanes.length} goroutines over ${model.length.toLocaleString('en-US')} events${model.marks.length > 0 ? ', with a crash marked' : ''}. Click to move the player there; the text form below lists the same.`}
          onClick={(ev) => {
            const rect = ev.currentTarget.getBoundingClientRect();
            const f = fractionAt(layout, ev.clientX - rect.left);
            if (f === null) return;
            pause();
            seek(positionAt({ from: 0, to: model.length, columns: Math.max(1, Math.floor(layout.plotWidth)) }, f));
          }}
        />
        <TimelineCursor layout={layout} />
      </div>
      {hiddenCount > 0 && <p className="timeline-note">Showing the first {maxLanes} goroutines; all are listed in the text form.</p>}
      <Legend />
      <TimelineText model={model} />
    </>
  );
}

/** The cursor line: re-renders on every move, and only it. */
function TimelineCursor({ layout }: { layout: TimelineLayout }) {
  const position = useAppStore((s) => s.playerPosition);
  const x = xOfPosition(layout, position);
  return <div className="timeline-cursor" style={{ transform: `translateX(${x}px)`, height: layout.height }} aria-hidden="true" />;
}

const Legend = memo(function Legend() {
  const goVersion = useAppStore((s) => s.playerCursor?.reader.trace.header.goVersion);
  return (
    <ul className="timeline-legend" aria-label="Timeline legend">
      {stateLegend.map((s) => (
        <li key={s.label}>
          <span className="timeline-swatch" style={{ background: stateFill(s.state, 1) ?? 'transparent' }} />
          {s.label}
        </li>
      ))}
      {barStyles.map((b) => (
        <li key={b.label}>
          <span className="timeline-swatch timeline-swatch-bar" style={{ background: b.color }} />
          {b.kind === BarKind.MapWrite ? writeWindowLabel(goVersion) : b.label}
        </li>
      ))}
      <li>
        <span className="timeline-swatch timeline-swatch-crash" />
        crash
      </li>
    </ul>
  );
});

const stateWords: Record<number, string> = {
  [LaneState.Absent]: 'not started',
  [LaneState.Executing]: 'running',
  [LaneState.Running]: 'running on another P',
  [LaneState.Runnable]: 'runnable',
  [LaneState.Blocked]: 'blocked',
  [LaneState.Done]: 'done',
};

/** The same content as text: the run's summary, and each goroutine's state at the cursor. */
function TimelineText({ model }: { model: TimelineModel }) {
  const summary = useMemo(() => timelineSummary(model), [model]);
  const position = useAppStore((s) => s.playerPosition);
  const lanes = visibleLanes(model);
  return (
    <details className="timeline-text">
      <summary>Timeline as text</summary>
      <p>
        Cursor at event {position.toLocaleString('en-US')} of {model.length.toLocaleString('en-US')}.{' '}
        {lanes
          .map((l) => {
            const at = laneStateAt(l, position - 1);
            return `g${l.g} ${stateWords[at.state]}${at.reason ? ` [${at.reason}]` : ''}`;
          })
          .join('; ')}
        .
      </p>
      <ul>
        {summary.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
