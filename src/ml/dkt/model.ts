import * as tf from '@tensorflow/tfjs-core';
import { dktPlusTerms, isPlainDkt, type DktPlusWeights } from './dkt-plus.ts';
import type { EncodedBatch } from './encoding.ts';
import { logitsForSkills } from './gru.ts';
import { gruSequence } from './gru-bptt.ts';
import { createDktWeights, disposeWeights, type DktConfig, type DktWeights } from './weights.ts';

/**
 * Deep knowledge tracing (Piech et al. 2015): a recurrent network reads a learner's responses
 * and, after each one, gives P(correct) for every skill. This class owns the weights; the
 * backend (wasm in Node, whatever is fastest in the browser) is chosen by the caller.
 */
export class DktModel {
  readonly config: DktConfig;
  readonly weights: DktWeights;

  constructor(config: DktConfig, weights?: DktWeights, seed = 1) {
    if (!Number.isInteger(config.numSkills) || config.numSkills < 1) throw new Error(`numSkills must be a positive integer`);
    if (!Number.isInteger(config.hiddenUnits) || config.hiddenUnits < 1) throw new Error(`hiddenUnits must be a positive integer`);
    this.config = config;
    this.weights = weights ?? createDktWeights(config, seed);
  }

  /**
   * Mean binary cross-entropy of the predicted next responses over the batch's real steps.
   * Only the output for the skill actually answered next enters the loss (the masked loss of
   * Piech et al.); dropout on the recurrent state regularises the readout while training.
   * With `plus`, DKT+'s reconstruction and waviness terms are added (dkt-plus.ts).
   */
  loss(batch: EncodedBatch, dropoutRate = 0, seed?: number, plus?: DktPlusWeights): tf.Scalar {
    return tf.tidy(() => {
      const initial = tf.zeros([batch.lanes, this.config.hiddenUnits]) as tf.Tensor2D;
      const { inputKernel, recurrentKernel, gateBias } = this.weights;
      const states = gruSequence(inputKernel, recurrentKernel, gateBias, tf.tensor1d(batch.inputs, 'int32'), initial);
      const dropped = dropoutRate > 0 ? (tf.dropout(states, dropoutRate, undefined, seed) as tf.Tensor2D) : states;
      const logits = logitsForSkills(this.weights, dropped, tf.tensor1d(batch.targetSkills, 'int32'));
      const nextResponse = tf.losses.sigmoidCrossEntropy(
        tf.tensor1d(batch.targetCorrect),
        logits,
        tf.tensor1d(batch.mask),
        0,
        tf.Reduction.SUM_BY_NONZERO_WEIGHTS,
      ) as tf.Scalar;
      if (isPlainDkt(plus)) return nextResponse;
      return tf.add(nextResponse, dktPlusTerms(this.weights, batch, states, dropped, plus!)) as tf.Scalar;
    });
  }

  dispose(): void {
    disposeWeights(this.weights);
  }
}
