import * as tf from '@tensorflow/tfjs-core';
import type { Sequence } from '../datasets/sequence.ts';
import { ConsistencyAccumulator, type ConsistencyFigures } from './consistency.ts';
import { chunk, inputIndex } from './encoding.ts';
import { probabilitiesForAllSkills, runGru } from './gru.ts';
import type { DktModel } from './model.ts';

export interface DktMeasurement {
  /** Next-response labels and predictions (every answer after a learner's first), for AUC and calibration. */
  readonly labels: Uint8Array;
  readonly scores: Float32Array;
  readonly consistency: ConsistencyFigures;
}

/**
 * One pass over the learners with one carried state each (as the app does), reading the whole
 * prediction vector after every answer: the next-response predictions and DKT+'s consistency
 * figures come from the same numbers. Lanes are sized so a chunk of full vectors stays small
 * even with 1,223 skills.
 */
export function measureDkt(model: DktModel, sequences: readonly Sequence[], chunkSteps = 50): DktMeasurement {
  const { numSkills, hiddenUnits } = model.config;
  const lanesPerBatch = Math.max(1, Math.min(64, Math.floor(400_000 / (numSkills * chunkSteps))));
  const accumulator = new ConsistencyAccumulator();
  const labels: number[] = [];
  const scores: number[] = [];
  const initial = tf.tidy(() => probabilitiesForAllSkills(model.weights, tf.zeros([1, hiddenUnits]))).dataSync() as Float32Array;
  const ordered = sequences.filter((s) => s.skills.length > 0).sort((a, b) => b.skills.length - a.skills.length);
  for (const group of chunk(ordered, lanesPerBatch)) {
    const lanes = group.length;
    group.forEach((_, lane) => accumulator.startLearner(initial, lane));
    let state = tf.zeros([lanes, hiddenUnits]) as tf.Tensor2D;
    const longest = group[0]!.skills.length;
    for (let from = 0; from < longest; from += chunkSteps) {
      const steps = Math.min(chunkSteps, longest - from);
      const stepInputs = Array.from({ length: steps }, (_, k) =>
        Int32Array.from(group, (s) => (from + k < s.skills.length ? inputIndex(s.skills[from + k]!, s.correct[from + k]!, numSkills) : 0)),
      );
      const [next, all] = tf.tidy(() => {
        const { states, last } = runGru(model.weights, stepInputs.map((inputs) => tf.tensor1d(inputs, 'int32')), state);
        return [last, probabilitiesForAllSkills(model.weights, tf.concat(states, 0) as tf.Tensor2D)];
      });
      state.dispose();
      state = next as tf.Tensor2D;
      const values = all!.dataSync() as Float32Array;
      all!.dispose();
      for (let k = 0; k < steps; k++) {
        const t = from + k;
        group.forEach((sequence, lane) => {
          if (t >= sequence.skills.length) return;
          const row = values.subarray((k * lanes + lane) * numSkills, (k * lanes + lane + 1) * numSkills);
          accumulator.answer(sequence.skills[t]!, sequence.correct[t] === 1, row, lane);
          if (t + 1 < sequence.skills.length) {
            labels.push(sequence.correct[t + 1]!);
            scores.push(row[sequence.skills[t + 1]!]!);
          }
        });
      }
    }
    state.dispose();
  }
  return { labels: Uint8Array.from(labels), scores: Float32Array.from(scores), consistency: accumulator.figures() };
}
