import * as tf from '@tensorflow/tfjs-core';
import { gatherRows } from './gather-rows.ts';
import type { DktWeights } from './weights.ts';

/**
 * The recurrent step, written once and used by training, whole-sequence prediction and the
 * app's one-answer-at-a-time update, so all three compute exactly the same numbers.
 *
 * GRU with the reset gate applied after the recurrent product (as cuDNN does), which needs one
 * [H, 3H] matrix product per step instead of two.
 */
export function gruStep(weights: DktWeights, projectedInput: tf.Tensor2D, state: tf.Tensor2D): tf.Tensor2D {
  return gruCell(weights.recurrentKernel, projectedInput, state);
}

/** gruStep on explicit tensors: projectedInput [B, 3H] (input rows + bias), state [B, H]. */
export function gruCell(recurrentKernel: tf.Tensor, projectedInput: tf.Tensor, state: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const recurrent = tf.matMul(state, recurrentKernel as tf.Tensor2D);
    const [inputZ, inputR, inputH] = tf.split(projectedInput, 3, 1);
    const [recZ, recR, recH] = tf.split(recurrent, 3, 1);
    const update = tf.sigmoid(tf.add(inputZ!, recZ!));
    const reset = tf.sigmoid(tf.add(inputR!, recR!));
    const candidate = tf.tanh(tf.add(inputH!, tf.mul(reset, recH!)));
    // h' = z * h + (1 - z) * candidate, written as candidate + z * (h - candidate).
    return tf.add(candidate, tf.mul(update, tf.sub(state, candidate))) as tf.Tensor2D;
  });
}

/** Input rows for a flat list of input indices (see encoding.ts), plus the gate bias: [N, 3H]. */
export function projectInputs(weights: DktWeights, inputIndices: tf.Tensor1D): tf.Tensor2D {
  return tf.add(gatherRows(weights.inputKernel, inputIndices), weights.gateBias) as tf.Tensor2D;
}

/**
 * Runs the GRU from `initial` ([B, H]) over one input-index tensor ([B]) per step.
 *
 * Each step looks its own rows up rather than slicing one big projected tensor: on the wasm
 * backend every slice copies the whole source tensor, which made a 100-step split (and the
 * split that is concat's gradient) quadratic and took most of each training batch.
 */
export function runGru(
  weights: DktWeights,
  stepInputs: readonly tf.Tensor1D[],
  initial: tf.Tensor2D,
): { states: tf.Tensor2D[]; last: tf.Tensor2D } {
  const states: tf.Tensor2D[] = [];
  let state = initial;
  for (const input of stepInputs) {
    state = gruStep(weights, projectInputs(weights, input), state);
    states.push(state);
  }
  return { states, last: state };
}

/** Splits a time-major [T * B] array into one tensor per step. */
export function perStepTensors(values: Int32Array, steps: number): tf.Tensor1D[] {
  const lanes = values.length / steps;
  return Array.from({ length: steps }, (_, t) => tf.tensor1d(values.subarray(t * lanes, (t + 1) * lanes), 'int32'));
}

/** Logit of "correct" for one chosen skill per state: states [N, H], skills [N] -> [N]. */
export function logitsForSkills(weights: DktWeights, states: tf.Tensor2D, skills: tf.Tensor1D): tf.Tensor1D {
  const rows = gatherRows(weights.outputKernel, skills);
  return tf.add(tf.sum(tf.mul(states, rows), 1), gatherRows(weights.outputBias, skills)) as tf.Tensor1D;
}

/** P(correct) for every skill: states [N, H] -> [N, S]. */
export function probabilitiesForAllSkills(weights: DktWeights, states: tf.Tensor2D): tf.Tensor2D {
  return tf.sigmoid(tf.add(tf.matMul(states, weights.outputKernel, false, true), weights.outputBias)) as tf.Tensor2D;
}
