import { fitBkt } from '../src/ml/bkt/fit-em.ts';
import { predictBktSequences, type BktModel } from '../src/ml/bkt/bkt.ts';
import type { Sequence } from '../src/ml/datasets/sequence.ts';
import { seededRandom, shuffled } from '../src/ml/seeded-random.ts';
import type { DktPlusWeights } from '../src/ml/dkt/dkt-plus.ts';
import { DktModel } from '../src/ml/dkt/model.ts';
import { predictDktSequences } from '../src/ml/dkt/predict.ts';
import { trainDkt, type DktBatchProgress, type DktEpochProgress, type DktTrainResult } from '../src/ml/dkt/train.ts';
import { scoreBinary, type BinaryScores } from '../src/ml/metrics.ts';
import { nextResponseLabels } from '../src/ml/next-response.ts';

/** The knobs kt-train and the benchmark expose; recorded in metadata.json. */
export interface KtHyperparameters {
  readonly hiddenUnits: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly windowLength: number;
  readonly dropout: number;
  /** Share of training learners held out to pick the best epoch. */
  readonly validationFraction: number;
  readonly seed: number;
}

export const DEFAULT_HYPERPARAMETERS: KtHyperparameters = {
  hiddenUnits: 100,
  epochs: 10,
  batchSize: 64,
  learningRate: 0.005,
  windowLength: 100,
  dropout: 0.2,
  validationFraction: 0.1,
  seed: 7,
};

export interface TimedScores extends BinaryScores {
  readonly ms: number;
}

/** Splits learners (not responses) so no learner's history is on both sides. */
export function splitValidation(sequences: readonly Sequence[], fraction: number, seed: number): { train: Sequence[]; validation: Sequence[] } {
  if (fraction <= 0) return { train: [...sequences], validation: [] };
  const order = shuffled(sequences, seededRandom(seed + 1000));
  const held = Math.max(1, Math.round(order.length * fraction));
  return { train: order.slice(held), validation: order.slice(0, held) };
}

export async function trainDktModel(
  sequences: readonly Sequence[],
  numSkills: number,
  hyper: KtHyperparameters,
  onEpoch?: (progress: DktEpochProgress) => void,
  onBatch?: (progress: DktBatchProgress) => void,
  dktPlus?: DktPlusWeights,
): Promise<{ model: DktModel; result: DktTrainResult; ms: number }> {
  const started = Date.now();
  const { train, validation } = splitValidation(sequences, hyper.validationFraction, hyper.seed);
  const model = new DktModel({ numSkills, hiddenUnits: hyper.hiddenUnits }, undefined, hyper.seed);
  const result = await trainDkt(model, train, {
    epochs: hyper.epochs,
    batchSize: hyper.batchSize,
    learningRate: hyper.learningRate,
    windowLength: hyper.windowLength,
    dropout: hyper.dropout,
    seed: hyper.seed,
    ...(dktPlus ? { dktPlus } : {}),
    ...(validation.length > 0 ? { validation } : {}),
    ...(onEpoch ? { onEpoch } : {}),
    ...(onBatch ? { onBatch } : {}),
  });
  return { model, result, ms: Date.now() - started };
}

export function evaluateDkt(model: DktModel, test: readonly Sequence[]): TimedScores {
  const started = Date.now();
  const scores = predictDktSequences(model, test);
  return { ...scoreBinary(nextResponseLabels(test), scores), ms: Date.now() - started };
}

/** Fits BKT on the training learners and scores it on the test learners; the time covers both. */
export function fitAndEvaluateBkt(train: readonly Sequence[], test: readonly Sequence[], numSkills: number): TimedScores & { model: BktModel } {
  const started = Date.now();
  const model = fitBkt(train, numSkills);
  const scores = predictBktSequences(model, test);
  return { ...scoreBinary(nextResponseLabels(test), scores), ms: Date.now() - started, model };
}

export function formatEpoch(progress: DktEpochProgress): string {
  const validation = progress.validationAuc === undefined ? '' : ` validation AUC ${progress.validationAuc.toFixed(4)}`;
  return (
    `epoch ${progress.epoch}/${progress.epochs} loss ${progress.loss.toFixed(4)}${validation}` +
    ` elapsed ${formatDuration(progress.elapsedMs)} left ~${formatDuration(progress.remainingMs)}`
  );
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/** Prints a line every `every` batches with the time per batch, so long epochs show progress. */
export function batchReporter(every: number, print: (line: string) => void): (progress: DktBatchProgress) => void {
  let last = Date.now();
  return (progress) => {
    if (progress.batch % every !== 0 && progress.batch !== progress.batches) return;
    const now = Date.now();
    const perBatch = (now - last) / (progress.batch % every === 0 ? every : progress.batch % every);
    last = now;
    print(`  epoch ${progress.epoch} batch ${progress.batch}/${progress.batches} loss ${progress.loss.toFixed(4)} (${(perBatch / 1000).toFixed(2)} s/batch)`);
  };
}
