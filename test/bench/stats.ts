/** Median and spread of repeated timings (milliseconds). */
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly min: number;
  readonly max: number;
}

/** Summarises a list of samples (at least one). */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? NaN;
  return {
    runs: sorted.length,
    median: at(0.5),
    p10: at(0.1),
    p90: at(0.9),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** One line: "name: median 12.3 ms (p10 11.0 – p90 14.2, n=15)". */
export function formatSummary(name: string, s: Summary, unit = 'ms'): string {
  return `${name}: median ${s.median.toFixed(1)} ${unit} (p10 ${s.p10.toFixed(1)} – p90 ${s.p90.toFixed(1)}, n=${s.runs})`;
}

/** A ratio line: ours / peer by medians, with the spread of the per-run ratios. */
export function formatRatio(
  name: string,
  ours: readonly number[],
  peer: readonly number[],
  unit = 'ms',
): string {
  const o = summarise(ours);
  const p = summarise(peer);
  const paired = ours.map((v, i) => v / (peer[i] ?? NaN)).filter((r) => Number.isFinite(r));
  const r = summarise(paired);
  return `${name}: ratio ${(o.median / p.median).toFixed(2)}x (per-run p10 ${r.p10.toFixed(2)} – p90 ${r.p90.toFixed(2)}; ours ${o.median.toFixed(1)} ${unit} vs peer ${p.median.toFixed(1)} ${unit}, n=${o.runs})`;
}
