import * as tf from '@tensorflow/tfjs-core';
import type { Sequence } from '../datasets/sequence.ts';
import { auc } from '../metrics.ts';
import { nextResponseLabels } from '../next-response.ts';
import type { DktPlusWeights } from './dkt-plus.ts';
import { chunk, cutWindows, encodeBatch } from './encoding.ts';
import { seededRandom, shuffled } from '../seeded-random.ts';
import type { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { weightList } from './weights.ts';

export interface DktTrainOptions {
  readonly epochs: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  /** Responses per training window; longer histories are cut into overlapping windows. */
  readonly windowLength?: number;
  /** Dropout on the recurrent state before the readout. */
  readonly dropout?: number;
  /** Gradients are rescaled to at most this global norm, against exploding recurrent gradients. */
  readonly clipNorm?: number;
  /** DKT+ regularisation (reconstruction and waviness); absent = plain DKT. */
  readonly dktPlus?: DktPlusWeights;
  readonly seed?: number;
  /**
   * Learners held out from training. When given, their AUC is reported each epoch and the
   * weights of the best epoch are kept (early stopping without touching the test set).
   */
  readonly validation?: readonly Sequence[];
  readonly onEpoch?: (progress: DktEpochProgress) => void | Promise<void>;
  readonly onBatch?: (progress: DktBatchProgress) => void;
  /** Polled between batches; returning true ends training after the current batch (cancel). */
  readonly shouldStop?: () => boolean;
}

export interface DktEpochProgress {
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
  readonly validationAuc: number | undefined;
  readonly elapsedMs: number;
  /** Estimated from the mean epoch time so far. */
  readonly remainingMs: number;
}

export interface DktBatchProgress {
  readonly epoch: number;
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
}

export interface DktTrainResult {
  readonly epochsRun: number;
  readonly bestEpoch: number;
  readonly bestValidationAuc: number | undefined;
  readonly finalLoss: number;
  readonly stopped: boolean;
}

/**
 * Adam over shuffled windows with a masked next-response loss (plus DKT+'s terms when asked);
 * see DktModel.loss. The reported loss includes the DKT+ terms; the kept epoch is chosen on
 * validation AUC alone.
 */
export async function trainDkt(model: DktModel, sequences: readonly Sequence[], options: DktTrainOptions): Promise<DktTrainResult> {
  const batchSize = options.batchSize ?? 64;
  const windowLength = options.windowLength ?? 100;
  const dropout = options.dropout ?? 0;
  const clipNorm = options.clipNorm ?? 5;
  const random = seededRandom(options.seed ?? 7);
  const optimizer = tf.train.adam(options.learningRate ?? 0.005);
  const windows = cutWindows(sequences, windowLength);
  if (windows.length === 0) throw new Error('No training sequence has two or more responses.');
  const validationLabels = options.validation ? nextResponseLabels([...options.validation]) : undefined;
  const variables = weightList(model.weights);
  const started = Date.now();
  let best: { epoch: number; auc: number; weights: tf.Tensor[] } | undefined;
  let finalLoss = Number.NaN;
  let epochsRun = 0;
  let stopped = false;

  for (let epoch = 1; epoch <= options.epochs && !stopped; epoch++) {
    const batches = chunk(shuffled(windows, random), batchSize);
    let lossSum = 0;
    let weightSum = 0;
    for (const [i, windowsInBatch] of batches.entries()) {
      const batch = encodeBatch(windowsInBatch, model.config.numSkills);
      const seed = Math.floor(random() * 2 ** 31);
      const loss = tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => model.loss(batch, dropout, seed, options.dktPlus), variables);
        const clipped = clipByGlobalNorm(variables.map((variable) => grads[variable.name]!), clipNorm);
        optimizer.applyGradients(variables.map((variable, k) => ({ name: variable.name, tensor: clipped[k]! })));
        return value;
      });
      const lossValue = (await loss.data())[0]!;
      loss.dispose();
      const targets = batch.mask.reduce((sum, m) => sum + m, 0);
      lossSum += lossValue * targets;
      weightSum += targets;
      options.onBatch?.({ epoch, batch: i + 1, batches: batches.length, loss: lossValue });
      // Yield so a worker can receive a cancel message and a CLI can print between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (options.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
    epochsRun = epoch;
    finalLoss = lossSum / Math.max(1, weightSum);
    let validationAuc: number | undefined;
    if (options.validation && validationLabels) {
      validationAuc = auc(validationLabels, predictDktSequences(model, options.validation));
      if (!best || validationAuc > best.auc) {
        best?.weights.forEach((tensor) => tensor.dispose());
        best = { epoch, auc: validationAuc, weights: variables.map((variable) => tf.clone(variable)) };
      }
    }
    const elapsedMs = Date.now() - started;
    await options.onEpoch?.({
      epoch,
      epochs: options.epochs,
      loss: finalLoss,
      validationAuc,
      elapsedMs,
      remainingMs: stopped ? 0 : (elapsedMs / epoch) * (options.epochs - epoch),
    });
  }
  if (best) {
    variables.forEach((variable, k) => variable.assign(best!.weights[k]!));
    best.weights.forEach((tensor) => tensor.dispose());
  }
  optimizer.dispose();
  return {
    epochsRun,
    bestEpoch: best?.epoch ?? epochsRun,
    bestValidationAuc: best?.auc,
    finalLoss,
    stopped,
  };
}

function clipByGlobalNorm(gradients: tf.Tensor[], maxNorm: number): tf.Tensor[] {
  const norm = tf.sqrt(tf.addN(gradients.map((g) => tf.sum(tf.square(g)))));
  const scale = tf.div(maxNorm, tf.maximum(norm, maxNorm));
  return gradients.map((g) => tf.mul(g, scale));
}
