// A Chart.js chart in a figure: bar or line, updated in place when the data changes.
import { useEffect, useRef } from 'react';
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip,
} from 'chart.js';
import { formatRate } from './lab-model.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  /** One colour, or one per bar. */
  color: string | string[];
  values: (number | null)[];
  dashed?: boolean;
}

interface Props {
  kind: 'bar' | 'line';
  title: string;
  xTitle: string;
  labels: string[];
  series: ChartSeries[];
  /** Text alternative for the canvas. */
  summary: string;
  /** A logarithmic y axis, so that rates 1000× apart are both readable. */
  logScale?: boolean;
}

export function ChartCanvas({ kind, title, xTitle, labels, series, summary, logScale = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const c = new Chart(canvas.current!, {
      type: kind,
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        spanGaps: true,
        plugins: {
          legend: { display: kind === 'line', position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatRate(item.parsed.y)} ops/s` } },
        },
        scales: {
          x: { title: { display: true, text: xTitle } },
          y: { beginAtZero: true, title: { display: true, text: 'operations per second' }, ticks: { callback: (v) => formatRate(Number(v)) } },
        },
      },
    });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, [kind, xTitle]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const y = c.options.scales!.y!;
    y.type = logScale ? 'logarithmic' : 'linear';
    (y as { beginAtZero?: boolean }).beginAtZero = !logScale;
    c.data.labels = labels;
    c.data.datasets = series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: s.color,
      borderColor: s.color,
      borderDash: s.dashed ? [6, 4] : [],
      pointRadius: 3,
    }));
    c.update();
  }, [kind, labels, series, logScale]);

  const points = series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
  return (
    <figure className="lab-chart" data-points={points} data-scale={logScale ? 'log' : 'linear'}>
      <figcaption>{title}</figcaption>
      <div className="lab-chart-box">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
    </figure>
  );
}
