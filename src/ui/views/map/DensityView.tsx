// A zoomed-out bucket array: one small cell per main bucket on a canvas, shaded by how many live
// entries its chain holds (darker = fuller, a dot for overflow chains, grey once evacuated).
// Clicking a cell opens that bucket in the detailed list.
import { useEffect, useMemo, useRef } from 'react';
import type { ArraySpan, MapState } from '../../../engine/trace/state/maps.ts';
import { densityCells } from './map-model.ts';

interface Props {
  m: MapState;
  span: ArraySpan;
  old: boolean;
  version: number;
  label: string;
  onOpen(index: number): void;
}

const width = 512;
/** Fill by live entries in the chain, 0 … 8 or more: light to dark teal (built once, not per cell). */
const shades = Array.from({ length: 9 }, (_, n) => (n === 0 ? '#f1f3f5' : `rgba(0, 117, 143, ${(0.2 + 0.8 * (n / 8)).toFixed(3)})`));

export function DensityView({ m, span, old, version, label, onOpen }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const cells = useMemo(() => densityCells(m, span, old), [m, span, old, version]);
  const cell = Math.max(1, Math.min(16, Math.floor(Math.sqrt((width * width) / Math.max(1, span.n)))));
  const cols = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(span.n / cols);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, cols * cell, rows * cell);
    for (let i = 0; i < span.n; i++) {
      const x = (i % cols) * cell;
      const y = Math.floor(i / cols) * cell;
      ctx.fillStyle = cells.evacuated[i] ? '#c9ced4' : shades[Math.min(8, cells.live[i])];
      ctx.fillRect(x, y, cell > 2 ? cell - 1 : cell, cell > 2 ? cell - 1 : cell);
      if (cells.chain[i] > 1 && cell >= 6) {
        ctx.fillStyle = '#b3261e';
        ctx.fillRect(x + cell - 3, y, 2, 2);
      }
    }
  }, [cells, cell, cols, rows, span.n]);
  const stats = useMemo(() => {
    let empty = 0;
    let full = 0;
    let chained = 0;
    for (let i = 0; i < span.n; i++) {
      if (cells.live[i] === 0) empty++;
      if (cells.live[i] >= 8) full++;
      if (cells.chain[i] > 1) chained++;
    }
    return { empty, full, chained };
  }, [cells, span.n]);
  const open = (ev: React.MouseEvent<HTMLCanvasElement>) => {
    const r = ev.currentTarget.getBoundingClientRect();
    const i = Math.floor((ev.clientY - r.top) / cell) * cols + Math.floor((ev.clientX - r.left) / cell);
    if (i >= 0 && i < span.n) onOpen(i);
  };
  return (
    <figure className="density" data-array={old ? 'old' : 'new'}>
      <canvas ref={canvas} width={cols * cell} height={rows * cell} onClick={open} className="density-canvas" aria-hidden="true" />
      <figcaption className="density-caption">
        {label}: {span.n.toLocaleString('en')} buckets, {stats.empty.toLocaleString('en')} empty, {stats.full.toLocaleString('en')} with 8 or more entries,{' '}
        {stats.chained.toLocaleString('en')} with overflow buckets. Click a cell to open its bucket.
      </figcaption>
    </figure>
  );
}
