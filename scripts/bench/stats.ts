// Summary statistics for bench samples: median and nearest-rank percentiles.

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

/** The median (mean of the two middle samples for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One report line: median, p95 and the fastest sample (closest to the unloaded cost on a busy
 * machine), with the median's ratio to the target.
 */
export function reportLine(label: string, samples: readonly number[], targetMs: number, unit = 'runs'): string {
  const med = median(samples);
  const p95 = percentile(samples, 95);
  const min = percentile(samples, 0);
  const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const verdict = med < targetMs ? 'within target' : 'OVER target';
  return `${label}: median ${fmt(med)} ms, p95 ${fmt(p95)} ms, min ${fmt(min)} ms — target < ${targetMs} ms, median is ${(med / targetMs).toFixed(2)}× the target (${verdict}); ${samples.length} ${unit}`;
}
