import * as tf from '@tensorflow/tfjs-core';
import type { EncodedBatch } from './encoding.ts';
import { logitsForSkills, probabilitiesForAllSkills } from './gru.ts';
import type { DktWeights } from './weights.ts';

/**
 * DKT+ (Yeung and Yeung, "Addressing two problems in deep knowledge tracing via
 * prediction-consistent regularization", L@S 2018): weights of the three terms added to the
 * next-response loss. All 0 is plain DKT.
 *
 * - reconstruction (their lambda_r): cross-entropy of the prediction for the skill just answered
 *   against that answer itself, so a correct answer pulls its own skill's prediction up and a
 *   wrong one pulls it down (plain DKT never sees this target and can move the other way);
 * - waviness1 / waviness2 (lambda_w1, lambda_w2): mean absolute and mean squared change of the
 *   whole prediction vector from one step to the next, so predictions stop jumping about.
 */
export interface DktPlusWeights {
  readonly reconstruction: number;
  readonly waviness1: number;
  readonly waviness2: number;
}

export const PLAIN_DKT: DktPlusWeights = { reconstruction: 0, waviness1: 0, waviness2: 0 };

/**
 * The weights the pack models are trained with (the shipped ones by models/train-pack-models.ts,
 * an imported pack's in the browser worker): chosen by models/tune-dkt-plus.ts on validation
 * learners of the fractions-3-6 training cohorts, never on a test cohort (models/README.md).
 * With the wide-ability and able cohorts in training (2026-12-06), the rule chose none of the
 * terms: plain DKT had the lowest drop after correct answers within the AUC tolerance.
 */
export const PACK_DKT_PLUS: DktPlusWeights = { reconstruction: 0, waviness1: 0, waviness2: 0 };

export function isPlainDkt(weights: DktPlusWeights | undefined): boolean {
  return !weights || (weights.reconstruction === 0 && weights.waviness1 === 0 && weights.waviness2 === 0);
}

/**
 * The DKT+ terms for one time-major batch, weighted and summed (a scalar).
 *
 * `readoutStates` are the states the next-response loss reads (after dropout), so the
 * reconstruction target shares that readout. Waviness reads the states without dropout:
 * dropout draws a new mask at every step, and penalising the change between two independently
 * dropped vectors would penalise the dropout noise rather than the model's predictions.
 */
export function dktPlusTerms(
  weights: DktWeights,
  batch: EncodedBatch,
  states: tf.Tensor2D,
  readoutStates: tf.Tensor2D,
  plus: DktPlusWeights,
): tf.Scalar {
  return tf.tidy(() => {
    let total = tf.scalar(0);
    if (plus.reconstruction > 0) {
      const logits = logitsForSkills(weights, readoutStates, tf.tensor1d(batch.currentSkills, 'int32'));
      const reconstruction = tf.losses.sigmoidCrossEntropy(
        tf.tensor1d(batch.currentCorrect),
        logits,
        tf.tensor1d(batch.present),
        0,
        tf.Reduction.SUM_BY_NONZERO_WEIGHTS,
      );
      total = tf.add(total, tf.mul(plus.reconstruction, reconstruction));
    }
    if ((plus.waviness1 > 0 || plus.waviness2 > 0) && batch.steps > 1) {
      const { w1, w2 } = wavinessTerms(weights, batch, states);
      total = tf.add(total, tf.add(tf.mul(plus.waviness1, w1), tf.mul(plus.waviness2, w2)));
    }
    return total as tf.Scalar;
  });
}

/**
 * w1 = sum |y(t+1) - y(t)| / (S * pairs), w2 = sum (y(t+1) - y(t))^2 / (S * pairs), over every
 * pair of consecutive real steps of a lane; y is the prediction vector over all S skills.
 * (The paper's w2 is the square root of this; the loss uses the square, as here.)
 */
function wavinessTerms(weights: DktWeights, batch: EncodedBatch, states: tf.Tensor2D): { w1: tf.Scalar; w2: tf.Scalar } {
  const { lanes, steps } = batch;
  const probabilities = probabilitiesForAllSkills(weights, states);
  const numSkills = probabilities.shape[1];
  const pairs = (steps - 1) * lanes;
  const earlier = tf.slice(probabilities, [0, 0], [pairs, numSkills]);
  const later = tf.slice(probabilities, [lanes, 0], [pairs, numSkills]);
  const change = tf.sub(later, earlier);
  // Step t has a next response exactly when steps t and t + 1 are both real: the batch mask.
  const pairMask = tf.tensor2d(batch.mask.subarray(0, pairs), [pairs, 1]);
  const denominator = tf.maximum(tf.mul(tf.sum(pairMask), numSkills), 1);
  return {
    w1: tf.div(tf.sum(tf.mul(tf.abs(change), pairMask)), denominator) as tf.Scalar,
    w2: tf.div(tf.sum(tf.mul(tf.square(change), pairMask)), denominator) as tf.Scalar,
  };
}
