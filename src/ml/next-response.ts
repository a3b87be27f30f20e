import type { Sequence } from './datasets/sequence.ts';

/**
 * The evaluation protocol shared by every model here (and by the published figures): predict
 * each response from the learner's earlier responses, for every response after the learner's
 * first. Predictors return their probabilities in exactly this order, so one list of labels
 * serves all of them.
 */
export function nextResponseLabels(sequences: readonly Sequence[]): Uint8Array {
  const labels: number[] = [];
  for (const sequence of sequences) {
    for (let t = 1; t < sequence.correct.length; t++) labels.push(sequence.correct[t]!);
  }
  return Uint8Array.from(labels);
}

/** How many predictions `nextResponseLabels` makes for these sequences. */
export function countNextResponses(sequences: readonly Sequence[]): number {
  let total = 0;
  for (const sequence of sequences) total += Math.max(0, sequence.skills.length - 1);
  return total;
}
