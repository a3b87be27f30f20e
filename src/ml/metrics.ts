/**
 * Scores for binary predictions (probability that the next response is correct) against
 * the observed 0/1 outcomes. Plain arrays in, numbers out: shared by Node CLIs, the benchmark
 * and the browser worker, and free of TensorFlow.js.
 */

export interface BinaryScores {
  readonly auc: number;
  readonly accuracy: number;
  readonly rmse: number;
  readonly logLoss: number;
  readonly n: number;
}

/**
 * Area under the ROC curve via the rank-sum (Mann-Whitney U) form: the chance that a random
 * positive outranks a random negative, with tied scores counting one half. Tied scores share
 * their average rank, which is what makes ties count one half. NaN when one class is absent.
 */
export function auc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = checkLengths(labels, scores);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let positiveRankSum = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const averageRank = (i + j) / 2 + 1; // ranks are 1-based
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!] === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of predictions on the right side of 0.5 (0.5 itself counts as predicting correct). */
export function accuracy(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = checkLengths(labels, scores);
  let right = 0;
  for (let i = 0; i < n; i++) if ((scores[i]! >= 0.5 ? 1 : 0) === labels[i]) right++;
  return n === 0 ? Number.NaN : right / n;
}

export function rmse(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = checkLengths(labels, scores);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (scores[i]! - labels[i]!) ** 2;
  return n === 0 ? Number.NaN : Math.sqrt(sum / n);
}

/** Mean binary cross-entropy in nats; probabilities are clipped so one confident miss stays finite. */
export function logLoss(labels: ArrayLike<number>, scores: ArrayLike<number>, epsilon = 1e-7): number {
  const n = checkLengths(labels, scores);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - epsilon, Math.max(epsilon, scores[i]!));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return n === 0 ? Number.NaN : sum / n;
}

export function scoreBinary(labels: ArrayLike<number>, scores: ArrayLike<number>): BinaryScores {
  return {
    auc: auc(labels, scores),
    accuracy: accuracy(labels, scores),
    rmse: rmse(labels, scores),
    logLoss: logLoss(labels, scores),
    n: labels.length,
  };
}

function checkLengths(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  if (labels.length !== scores.length) {
    throw new Error(`labels (${labels.length}) and scores (${scores.length}) differ in length`);
  }
  return labels.length;
}
