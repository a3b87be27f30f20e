import * as tf from '@tensorflow/tfjs-core';
import type { Sequence } from '../datasets/sequence.ts';
import { auc } from '../metrics.ts';
import { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { trainDkt } from './train.ts';
import { WEIGHT_NAMES, dktWeightsFrom } from './weights.ts';

/** A fifth of the rate the shipped models were trained with (0.01): nudge, do not replace. */
export const DEFAULT_PERSONALIZE_LEARNING_RATE = 0.002;
/** bench:personalize households were still improving at 6 epochs and mostly at 12; 10 bounds the time. */
export const DEFAULT_PERSONALIZE_EPOCHS = 10;

export interface PersonalizeOptions {
  /** Share of each learner's latest answers held out to judge the tuning (default 0.2). */
  readonly holdOutFraction?: number;
  /** Passes over the household's answers at most (default 10); the best one is kept. */
  readonly epochs?: number;
  /** Small, so a few hundred answers nudge the shipped model instead of replacing it (default 0.002). */
  readonly learningRate?: number;
  readonly shouldStop?: () => boolean;
  readonly onEpoch?: (progress: { epoch: number; epochs: number; loss: number; heldOutAuc: number }) => void;
}

export interface PersonalizeOutcome {
  /** The tuned model when it beat the shipped one on the held-out slice; the caller owns it. */
  readonly tuned: DktModel | null;
  readonly shippedAuc: number;
  readonly tunedAuc: number;
  readonly heldOutAnswers: number;
  /** Answers the tuning learned from (each learner's earlier answers). */
  readonly trainingAnswers: number;
  readonly epochsRun: number;
  /** Mean training loss of each epoch run. */
  readonly losses: readonly number[];
  /** True when shouldStop ended the run: nothing is kept. */
  readonly stopped?: boolean;
}

/**
 * Fine-tunes a copy of the shipped model on one household's answers. Each learner's latest
 * answers are held out (predicted with the whole history before them, as in the app); training
 * sees only the earlier answers. The copy is kept only if its AUC on the held-out answers is
 * higher than the shipped model's: personalization can never make the predictions worse there.
 *
 * Why the end of every sequence and not whole learners: a household has two to five learners,
 * and the tuning is for these same learners, so holding one out would judge on someone the model
 * is not tuned for and leave little to learn from. Predicting each learner's next answers from
 * their past is exactly what the app asks of the model, and a split in time never lets the
 * tuning see an answer that comes after one it is judged on.
 */
export async function personalizeDkt(shipped: DktModel, learners: readonly Sequence[], options: PersonalizeOptions = {}): Promise<PersonalizeOutcome> {
  const holdOut = options.holdOutFraction ?? 0.2;
  const training: Sequence[] = [];
  const heldFrom: number[] = [];
  for (const learner of learners) {
    const cut = Math.max(2, Math.floor(learner.skills.length * (1 - holdOut)));
    heldFrom.push(cut);
    if (cut >= 2) training.push({ skills: learner.skills.subarray(0, cut), correct: learner.correct.subarray(0, cut) });
  }
  const score = (model: DktModel): number => heldOutAuc(model, learners, heldFrom);
  const shippedAuc = score(shipped);
  const heldOutAnswers = learners.reduce((sum, l, i) => sum + Math.max(0, l.skills.length - heldFrom[i]!), 0);
  const trainingAnswers = training.reduce((sum, s) => sum + s.skills.length, 0);
  const losses: number[] = [];
  if (!Number.isFinite(shippedAuc) || training.every((s) => s.skills.length < 2)) {
    return { tuned: null, shippedAuc, tunedAuc: Number.NaN, heldOutAnswers, trainingAnswers, epochsRun: 0, losses: [] };
  }
  const copy = cloneDktModel(shipped);
  let best = { auc: shippedAuc, weights: null as tf.Tensor[] | null };
  let epochsRun = 0;
  let stopped = false;
  let bestTriedAuc = Number.NaN; // the tuned copy's best held-out AUC, reported even when not kept
  // One epoch per call so the held-out slice (not trainDkt's learner split) decides when to stop.
  for (let epoch = 1; epoch <= (options.epochs ?? DEFAULT_PERSONALIZE_EPOCHS); epoch++) {
    const result = await trainDkt(copy, training, {
      epochs: 1,
      learningRate: options.learningRate ?? DEFAULT_PERSONALIZE_LEARNING_RATE,
      batchSize: 16,
      windowLength: 100,
      dropout: 0.1,
      seed: epoch,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    epochsRun = epoch;
    if (result.stopped) {
      stopped = true;
      break;
    }
    losses.push(result.finalLoss);
    const tunedAuc = score(copy);
    options.onEpoch?.({ epoch, epochs: options.epochs ?? DEFAULT_PERSONALIZE_EPOCHS, loss: result.finalLoss, heldOutAuc: tunedAuc });
    if (!(tunedAuc <= bestTriedAuc)) bestTriedAuc = tunedAuc;
    if (tunedAuc > best.auc) {
      best.weights?.forEach((t) => t.dispose());
      best = { auc: tunedAuc, weights: WEIGHT_NAMES.map((name) => tf.clone(copy.weights[name])) };
    } else if (epoch > 1) break; // no better than the best so far: stop early
  }
  if (!best.weights || stopped) {
    best.weights?.forEach((t) => t.dispose());
    copy.dispose();
    return { tuned: null, shippedAuc, tunedAuc: bestTriedAuc, heldOutAnswers, trainingAnswers, epochsRun, losses, ...(stopped ? { stopped } : {}) };
  }
  WEIGHT_NAMES.forEach((name, k) => copy.weights[name].assign(best.weights![k]!));
  best.weights.forEach((t) => t.dispose());
  return { tuned: copy, shippedAuc, tunedAuc: best.auc, heldOutAnswers, trainingAnswers, epochsRun, losses };
}

/** AUC over each learner's answers from `heldFrom[i]` on, each predicted from all answers before it. */
export function heldOutAuc(model: DktModel, learners: readonly Sequence[], heldFrom: readonly number[]): number {
  const predictions = predictDktSequences(model, learners);
  const labels: number[] = [];
  const scores: number[] = [];
  let at = 0;
  learners.forEach((learner, i) => {
    // predictDktSequences gives one prediction per answer after the first, learner by learner.
    for (let t = 1; t < learner.skills.length; t++, at++) {
      if (t < heldFrom[i]!) continue;
      labels.push(learner.correct[t]!);
      scores.push(predictions[at]!);
    }
  });
  return auc(labels, scores);
}

/** An independent copy (its own tensors): tuning it leaves the original untouched. */
export function cloneDktModel(model: DktModel): DktModel {
  const tensors = Object.fromEntries(WEIGHT_NAMES.map((name) => [name, tf.clone(model.weights[name])]));
  try {
    return new DktModel(model.config, dktWeightsFrom(model.config, tensors));
  } finally {
    Object.values(tensors).forEach((t) => t.dispose());
  }
}
