/**
 * Figures for one trained model on one simulated cohort: AUC beside BKT and the ceiling (the
 * AUC of the simulator's own true probabilities, which no model can beat), calibration, and
 * DKT+'s consistency figures. Used by train-pack-models (into metadata.json), tune-dkt-plus and
 * bench/kt-packs.
 */
import { predictBktSequences, type BktModel } from '../src/ml/bkt/bkt.ts';
import { calibration, type Calibration } from '../src/ml/calibration.ts';
import type { ConsistencyFigures } from '../src/ml/dkt/consistency.ts';
import { measureDkt } from '../src/ml/dkt/measure.ts';
import type { DktModel } from '../src/ml/dkt/model.ts';
import { auc } from '../src/ml/metrics.ts';
import { nextResponseLabels } from '../src/ml/next-response.ts';
import { cohortSequences, type Cohort } from '../src/ml/simulator/cohort.ts';

export interface CohortReport {
  readonly cohort: string;
  readonly predictions: number;
  readonly dktAuc: number;
  readonly bktAuc: number;
  readonly ceilingAuc: number;
  readonly calibration: Calibration;
  readonly consistency: ConsistencyFigures;
}

export function reportOnCohort(name: string, model: DktModel, bkt: BktModel, cohort: Cohort): CohortReport {
  const sequences = cohortSequences(cohort);
  const measured = measureDkt(model, sequences);
  const labels = nextResponseLabels(sequences);
  return {
    cohort: name,
    predictions: measured.labels.length,
    dktAuc: auc(measured.labels, measured.scores),
    bktAuc: auc(labels, predictBktSequences(bkt, sequences)),
    ceilingAuc: ceilingAuc(cohort),
    calibration: calibration(measured.labels, measured.scores),
    consistency: measured.consistency,
  };
}

/** AUC of the simulator's true P(correct) on the same answers the models predict. */
export function ceilingAuc(cohort: Cohort): number {
  const labels: number[] = [];
  const scores: number[] = [];
  for (const attempts of cohort.learners) {
    for (let t = 1; t < attempts.length; t++) {
      const probability = attempts[t]!.probability;
      if (probability === undefined) return Number.NaN;
      labels.push(attempts[t]!.correct ? 1 : 0);
      scores.push(probability);
    }
  }
  return auc(labels, scores);
}

export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The compact form stored in metadata.json and printed in JSON lines. */
export function compactReport(report: CohortReport): Record<string, number> {
  return {
    dktAuc: round4(report.dktAuc),
    bktAuc: round4(report.bktAuc),
    ceilingAuc: round4(report.ceilingAuc),
    predictions: report.predictions,
    ece: round4(report.calibration.ece),
    dropAfterCorrect: round4(report.consistency.dropAfterCorrect),
    riseAfterWrong: round4(report.consistency.riseAfterWrong),
    w1: round4(report.consistency.w1),
    w2: round4(report.consistency.w2),
  };
}
