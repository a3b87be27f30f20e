import { cohortSequences, simulateCohort, type CohortOptions } from '../simulator/cohort.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from '../simulator/parameters.ts';
import { predictBktSequences } from '../bkt/bkt.ts';
import { fitBkt } from '../bkt/fit-em.ts';
import { encodeDktModel } from '../dkt/artifacts.ts';
import { PACK_DKT_PLUS } from '../dkt/dkt-plus.ts';
import { estimateLines } from '../dkt/estimate-lines.ts';
import { DktModel } from '../dkt/model.ts';
import { PACK_MODEL_KIND, type PackModelMetadata } from '../dkt/pack-metadata.ts';
import { predictDktSequences } from '../dkt/predict.ts';
import { DktStepper } from '../dkt/step.ts';
import { trainDkt } from '../dkt/train.ts';
import { auc } from '../metrics.ts';
import { nextResponseLabels } from '../next-response.ts';
import { indexSkillGraph } from '../simulator/skill-graph.ts';
import type { TrainPackRequest, TrainPackResult, TrainProgress } from './protocol.ts';

/**
 * Trains a DKT for a pack the user imported, on a simulated cohort over the pack's skill graph
 * (the same recipe as models/train-pack-models.ts for the built-in packs, smaller by default so
 * it finishes in a few minutes on a Chromebook). Cancelling stops after the current batch and
 * returns nothing: a half-trained model is never installed.
 */
export async function trainPackModel(
  request: TrainPackRequest,
  onProgress: (progress: TrainProgress) => void,
  shouldStop: () => boolean,
): Promise<{ model: DktModel; result: TrainPackResult } | { cancelled: true }> {
  const skills = request.skills.map(({ id, prerequisites }) => ({ id, prerequisites: [...prerequisites] }));
  const sessions = request.sessions ?? 12;
  const trainCohort: Partial<CohortOptions> = { learners: request.learners ?? 300, sessions, seed: 1, skillSeed: 0 };
  const testCohort: Partial<CohortOptions> = { learners: Math.max(20, Math.round((trainCohort.learners ?? 300) / 3)), sessions, seed: 2, skillSeed: 0 };
  const train = simulateCohort({ skills }, trainCohort);
  const test = cohortSequences(simulateCohort({ skills }, testCohort));
  const sequences = cohortSequences(train);
  // Every tenth learner is held out to choose the best epoch (never the test cohort).
  const validation = sequences.filter((_, i) => i % 10 === 0);
  const training = sequences.filter((_, i) => i % 10 !== 0);
  const hyper = { hiddenUnits: request.hiddenUnits ?? 32, epochs: request.epochs ?? 8, learningRate: 0.01, windowLength: 100, dropout: 0.2, batchSize: 64, seed: 7 };
  const model = new DktModel({ numSkills: train.skillIds.length, hiddenUnits: hyper.hiddenUnits }, undefined, hyper.seed);
  const started = performance.now();
  const outcome = await trainDkt(model, training, {
    ...hyper,
    dktPlus: PACK_DKT_PLUS,
    validation,
    shouldStop,
    onBatch: (p) => onProgress({ epoch: p.epoch, epochs: hyper.epochs, batch: p.batch, batches: p.batches, loss: p.loss }),
    onEpoch: (p) => onProgress({ epoch: p.epoch, epochs: hyper.epochs, loss: p.loss, validationAuc: p.validationAuc ?? null, remainingMs: p.remainingMs }),
  });
  if (outcome.stopped) {
    model.dispose();
    return { cancelled: true };
  }
  const labels = nextResponseLabels(test);
  const bkt = fitBkt(training, train.skillIds.length);
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const lines = estimateLines(new DktStepper(model), indexSkillGraph({ skills }).prerequisites);
  const metadata: PackModelMetadata = {
    kind: PACK_MODEL_KIND,
    packId: request.packId,
    packVersion: request.packVersion ?? 'imported',
    skillIds: train.skillIds,
    hyperparameters: { ...hyper, cell: 'gru', trainedIn: 'browser' },
    simulator: { parameters: { ...DEFAULT_SIMULATOR_PARAMETERS }, trainCohort: { ...trainCohort } as Record<string, number>, testCohort: { ...testCohort } as Record<string, number> },
    metrics: {
      dktAuc: round(auc(labels, predictDktSequences(model, test))),
      bktAuc: round(auc(labels, predictBktSequences(bkt, test))),
      testPredictions: labels.length,
      validationAuc: outcome.bestValidationAuc === undefined ? null : round(outcome.bestValidationAuc),
      bestEpoch: outcome.bestEpoch,
      trainSeconds: round((performance.now() - started) / 1000),
    },
    bkt: bkt.skills.map((p) => ({ prior: round(p.prior), learn: round(p.learn), guess: round(p.guess), slip: round(p.slip) })),
    estimateLines: Object.fromEntries(train.skillIds.map((id, s) => [id, round(lines.lines[s]!)])),
    dktPlus: PACK_DKT_PLUS,
    createdAt: new Date().toISOString(),
  };
  const { modelJson, weightData } = await encodeDktModel(model);
  return { model, result: { files: { modelJson, weights: weightData, metadata }, metrics: metadata.metrics } };
}
