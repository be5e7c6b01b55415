// Throughput charts: ops/s by strategy (latest runs), and the sweep's ops/s against worker count and against read percentage.
import { useId, useMemo, useState } from 'react';
import { STRATEGY_NAMES } from '../../lab/strategies/index.ts';
import { ChartCanvas, type ChartSeries } from './ChartCanvas.tsx';
import { formatRate, meanThroughput, seriesOver } from './lab-model.ts';
import { useLab } from './lab-store.ts';
import { STRATEGY_INFO } from './strategy-info.ts';

export function ThroughputCharts() {
  const batches = useLab((s) => s.batches);
  const sweep = useLab((s) => s.sweep);
  const [logScale, setLogScale] = useState(false);
  const logId = useId();

  const bar = useMemo(() => {
    const names = STRATEGY_NAMES.filter((n) => batches[n]?.length);
    const values = names.map((n) => meanThroughput(batches[n]!));
    const series: ChartSeries[] = [{ label: 'ops/s', color: names.map((n) => STRATEGY_INFO[n].color), values }];
    const summary = names.length
      ? `Throughput by strategy: ${names.map((n, i) => `${n} ${formatRate(values[i])} ops/s`).join(', ')}.`
      : 'No runs yet.';
    return { labels: names.map((n) => STRATEGY_INFO[n].title), series, summary };
  }, [batches]);

  const lines = useMemo(() => {
    if (!sweep) return null;
    const style = (label: (typeof STRATEGY_NAMES)[number], values: (number | null)[]): ChartSeries => ({
      label: STRATEGY_INFO[label].title, color: STRATEGY_INFO[label].color, values, dashed: label === 'none',
    });
    const byWorkers = seriesOver(sweep.points, STRATEGY_NAMES, sweep.workerCounts, (p) => p.workers, (p) => p.readPercent === sweep.readPercent)
      .map((s) => style(s.label, s.values));
    const byRead = seriesOver(sweep.points, STRATEGY_NAMES, sweep.readPercents, (p) => p.readPercent, (p) => p.workers === sweep.workers)
      .map((s) => style(s.label, s.values));
    const describe = (series: ChartSeries[], xs: number[], unit: string) =>
      series.map((s) => `${s.label}: ${s.values.map((v, i) => `${xs[i]}${unit} ${formatRate(v)}`).join(', ')}`).join('; ');
    return {
      byWorkers, byRead,
      workersSummary: `Throughput against worker count at ${sweep.readPercent}% reads. ${describe(byWorkers, sweep.workerCounts, ' workers')}`,
      readSummary: `Throughput against read percentage with ${sweep.workers} workers. ${describe(byRead, sweep.readPercents, '%')}`,
    };
  }, [sweep]);

  return (
    <section className="lab-charts" aria-labelledby="lab-charts-title">
      <h3 id="lab-charts-title">Throughput</h3>
      <p className="lab-scale">
        <input id={logId} type="checkbox" checked={logScale} onChange={(e) => setLogScale(e.target.checked)} />
        <label htmlFor={logId}>Logarithmic scale (to compare rates that differ a thousandfold)</label>
      </p>
      <div className="lab-chart-grid">
        <ChartCanvas kind="bar" title="Operations per second by strategy (mean of the latest runs)" xTitle="strategy"
          labels={bar.labels} series={bar.series} summary={bar.summary} logScale={logScale} />
        {lines && (
          <>
            <ChartCanvas kind="line" title={`Against worker count (${sweep!.readPercent}% reads)`} xTitle="workers"
              labels={sweep!.workerCounts.map(String)} series={lines.byWorkers} summary={lines.workersSummary} logScale={logScale} />
            <ChartCanvas kind="line" title={`Against read percentage (${sweep!.workers} workers)`} xTitle="reads (%)"
              labels={sweep!.readPercents.map(String)} series={lines.byRead} summary={lines.readSummary} logScale={logScale} />
          </>
        )}
      </div>
      {!lines && <p className="lab-hint">Press <strong>Sweep</strong> to measure every strategy at 1, 2, 4 … workers and at 0–99% reads, drawn as lines.</p>}
      {lines && <p className="lab-hint">The dashed line (none) stops at its first detected collision, so its rate covers only the operations done until then.</p>}
    </section>
  );
}
