/**
 * Calibration of probability forecasts: do answers predicted at 70% come out right 70% of the
 * time? Plain arrays in, numbers out.
 */

export interface ReliabilityBin {
  /** The bin covers predictions in [from, to) (the last bin includes 1). */
  readonly from: number;
  readonly to: number;
  readonly n: number;
  /** Mean prediction in the bin (NaN when empty). */
  readonly predicted: number;
  /** Share of correct answers in the bin (NaN when empty). */
  readonly observed: number;
}

export interface Calibration {
  /** Expected calibration error: sum over bins of (n_bin / n) * |observed - predicted|. */
  readonly ece: number;
  readonly bins: readonly ReliabilityBin[];
}

/** Reliability table over `binCount` equal-width bins of predicted probability, and its ECE. */
export function calibration(labels: ArrayLike<number>, scores: ArrayLike<number>, binCount = 10): Calibration {
  if (labels.length !== scores.length) throw new Error(`labels (${labels.length}) and scores (${scores.length}) differ in length`);
  const n = new Float64Array(binCount);
  const predicted = new Float64Array(binCount);
  const observed = new Float64Array(binCount);
  for (let i = 0; i < labels.length; i++) {
    const p = scores[i]!;
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)));
    n[bin]++;
    predicted[bin] += p;
    observed[bin] += labels[i]!;
  }
  let ece = 0;
  const bins: ReliabilityBin[] = [];
  for (let b = 0; b < binCount; b++) {
    const count = n[b]!;
    const meanPredicted = count > 0 ? predicted[b]! / count : Number.NaN;
    const share = count > 0 ? observed[b]! / count : Number.NaN;
    if (count > 0) ece += (count / labels.length) * Math.abs(share - meanPredicted);
    bins.push({ from: b / binCount, to: (b + 1) / binCount, n: count, predicted: meanPredicted, observed: share });
  }
  return { ece: labels.length === 0 ? Number.NaN : ece, bins };
}

/** The reliability table as Markdown rows (for reports). */
export function reliabilityTable(result: Calibration): string[] {
  const f = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(3));
  return [
    '| predicted | n | mean predicted | observed |',
    '|---|---|---|---|',
    ...result.bins.map((b) => `| ${b.from.toFixed(1)}-${b.to.toFixed(1)} | ${b.n} | ${f(b.predicted)} | ${f(b.observed)} |`),
  ];
}
