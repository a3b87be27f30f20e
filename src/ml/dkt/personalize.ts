import * as tf from '@tensorflow/tfjs-core';
import type { Sequence } from '../datasets/sequence.ts';
import { auc } from '../metrics.ts';
import { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { trainDkt } from './train.ts';
import { WEIGHT_NAMES, dktWeightsFrom } from './weights.ts';

export interface PersonalizeOptions {
  /** Share of each learner's latest answers held out to judge the tuning (default 0.2). */
  readonly holdOutFraction?: number;
  /** Passes over the household's answers at most (default 6); the best one is kept. */
  readonly epochs?: number;
  /** Small, so a few hundred answers nudge the shipped model instead of replacing it (default 0.002). */
  readonly learningRate?: number;
  readonly shouldStop?: () => boolean;
}

export interface PersonalizeOutcome {
  /** The tuned model when it beat the shipped one on the held-out slice; the caller owns it. */
  readonly tuned: DktModel | null;
  readonly shippedAuc: number;
  readonly tunedAuc: number;
  readonly heldOutAnswers: number;
  readonly epochsRun: number;
}

/**
 * Fine-tunes a copy of the shipped model on one household's answers. Each learner's latest
 * answers are held out (predicted with the whole history before them, as in the app); training
 * sees only the earlier answers. The copy is kept only if its AUC on the held-out answers is
 * higher than the shipped model's: personalization can never make the predictions worse there.
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
  if (!Number.isFinite(shippedAuc) || training.every((s) => s.skills.length < 2)) {
    return { tuned: null, shippedAuc, tunedAuc: Number.NaN, heldOutAnswers, epochsRun: 0 };
  }
  const copy = cloneModel(shipped);
  let best = { auc: shippedAuc, weights: null as tf.Tensor[] | null };
  let epochsRun = 0;
  let bestTriedAuc = Number.NaN; // the tuned copy's best held-out AUC, reported even when not kept
  // One epoch per call so the held-out slice (not trainDkt's learner split) decides when to stop.
  for (let epoch = 1; epoch <= (options.epochs ?? 6); epoch++) {
    const result = await trainDkt(copy, training, {
      epochs: 1,
      learningRate: options.learningRate ?? 0.002,
      batchSize: 16,
      windowLength: 100,
      dropout: 0.1,
      seed: epoch,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    epochsRun = epoch;
    if (result.stopped) break;
    const tunedAuc = score(copy);
    if (!(tunedAuc <= bestTriedAuc)) bestTriedAuc = tunedAuc;
    if (tunedAuc > best.auc) {
      best.weights?.forEach((t) => t.dispose());
      best = { auc: tunedAuc, weights: WEIGHT_NAMES.map((name) => tf.clone(copy.weights[name])) };
    } else if (epoch > 1) break; // no better than the best so far: stop early
  }
  if (!best.weights) {
    copy.dispose();
    return { tuned: null, shippedAuc, tunedAuc: bestTriedAuc, heldOutAnswers, epochsRun };
  }
  WEIGHT_NAMES.forEach((name, k) => copy.weights[name].assign(best.weights![k]!));
  best.weights.forEach((t) => t.dispose());
  return { tuned: copy, shippedAuc, tunedAuc: best.auc, heldOutAnswers, epochsRun };
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

function cloneModel(model: DktModel): DktModel {
  const tensors = Object.fromEntries(WEIGHT_NAMES.map((name) => [name, tf.clone(model.weights[name])]));
  try {
    return new DktModel(model.config, dktWeightsFrom(model.config, tensors));
  } finally {
    Object.values(tensors).forEach((t) => t.dispose());
  }
}
