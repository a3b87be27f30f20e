/**
 * Logged practice in a world, the BKT baseline fitted on it, and the AUCs of bench:policy.
 *
 * Logs: other learners of the same population (their own seed) practising the curriculum with a
 * simple tutor, like the simulator's training cohorts: mostly one of the first three curriculum
 * skills not yet answered correctly three times in a row, a quarter of the time a review of a
 * practised skill, sessions of `itemsPerSession`, 12 sessions each. The log keeps the world's
 * true P(correct) before every answer, the ceiling of any model's AUC.
 *
 * BKT is fitted the standard way: per skill, EM (Baum-Welch) from several starts, the best
 * likelihood kept, every parameter free in (0, 1). The app's fit caps guess and slip at 0.3
 * (src/ml/bkt/bkt.ts); on these worlds that cap pinned guess on most skills, a weaker baseline
 * than the data supports, so the benchmark lifts it. The bench reports the fitted parameters,
 * any at the edge of (0, 1), and any skill whose fit is degenerate (guess >= 1 - slip: a "known"
 * learner no likelier to answer right than one who does not know).
 */
import { fitBkt } from '../src/ml/bkt/fit-em.ts';
import { predictBktSequences, predictCorrect, updateKnown, type BktSkillParams } from '../src/ml/bkt/bkt.ts';
import type { Sequence } from '../src/ml/datasets/sequence.ts';
import type { DktModel } from '../src/ml/dkt/model.ts';
import { predictDktSequences } from '../src/ml/dkt/predict.ts';
import { auc } from '../src/ml/metrics.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import type { World } from '../models/worlds/world.ts';

export interface PracticeLog {
  sequences: Sequence[];
  /** The world's true P(correct) before each answer, learner by learner. */
  truth: Float64Array[];
}

export interface LogOptions {
  curriculum: readonly number[];
  numSkills: number;
  itemsPerSession: number;
  daysBetweenSessions: number;
}

export function loggedPractice(world: World, options: LogOptions, seed: number, learners: number, sessions = 12): PracticeLog {
  const random = seededRandom(seed);
  const sequences: Sequence[] = [];
  const truth: Float64Array[] = [];
  for (let l = 0; l < learners; l++) {
    const learner = world.newLearner(random);
    const streak = new Int32Array(options.numSkills);
    const practised: number[] = [];
    const skills: number[] = [], correct: number[] = [], p: number[] = [];
    for (let session = 0; session < sessions; session++) {
      for (let i = 0; i < options.itemsPerSession; i++) {
        const frontier = options.curriculum.filter((s) => streak[s]! < 3).slice(0, 3);
        const review = practised.length > 0 && (frontier.length === 0 || random() < 0.25);
        const skill = review ? practised[Math.floor(random() * practised.length)]! : frontier[Math.floor(random() * frontier.length)]!;
        const day = session * options.daysBetweenSessions + i / 1440;
        p.push(learner.probabilityCorrect(skill, day));
        const ok = learner.answer(skill, day, random);
        streak[skill] = ok ? streak[skill]! + 1 : 0;
        if (!practised.includes(skill)) practised.push(skill);
        skills.push(skill);
        correct.push(ok ? 1 : 0);
      }
    }
    sequences.push({ skills: Int32Array.from(skills), correct: Uint8Array.from(correct) });
    truth.push(Float64Array.from(p));
  }
  return { sequences, truth };
}

/** EM's own floor (src/ml/bkt/fit-em.ts keeps every probability within [1e-4, 1 - 1e-4]). */
export const BKT_BOUND = 1 - 1e-4;
const STARTS: BktSkillParams[] = [
  { prior: 0.4, learn: 0.1, guess: 0.15, slip: 0.08 },
  { prior: 0.1, learn: 0.3, guess: 0.25, slip: 0.1 },
  { prior: 0.6, learn: 0.05, guess: 0.1, slip: 0.2 },
];

/** Log-likelihood of one skill's runs under BKT (the EM objective), for picking among starts. */
function skillLogLikelihood(sequences: readonly Sequence[], skill: number, p: BktSkillParams): number {
  let ll = 0;
  for (const sequence of sequences) {
    let known = p.prior;
    sequence.skills.forEach((s, t) => {
      if (s !== skill) return;
      const ok = sequence.correct[t] === 1;
      const pc = predictCorrect(p, known);
      ll += Math.log(Math.max(1e-12, ok ? pc : 1 - pc));
      known = updateKnown(p, known, ok);
    });
  }
  return ll;
}

export function fitBktBaseline(log: PracticeLog, numSkills: number, skills: readonly number[]): { params: BktSkillParams[]; atBound: string[] } {
  const fits = STARTS.map((start) => fitBkt(log.sequences, numSkills, { maxGuessOrSlip: BKT_BOUND, start, maxIterations: 200 }).skills);
  const params = Array.from({ length: numSkills }, (_, s) => {
    if (!skills.includes(s)) return fits[0]![s]!;
    let best = fits[0]![s]!, bestLl = Number.NEGATIVE_INFINITY;
    for (const fit of fits) {
      const ll = skillLogLikelihood(log.sequences, s, fit[s]!);
      if (ll > bestLl) [best, bestLl] = [fit[s]!, ll];
    }
    return best;
  });
  const atBound = skills.flatMap((s) => {
    const p = params[s]!;
    const edge = (x: number) => x <= 1e-4 + 1e-9 || x >= BKT_BOUND - 1e-9;
    const hits = (['learn', 'guess', 'slip'] as const).filter((name) => edge(p[name]));
    if (p.guess >= 1 - p.slip) hits.push('degenerate' as never);
    return hits.map((h) => `${s}:${h}`);
  });
  return { params, atBound };
}

/**
 * AUC over every answer after each learner's first: of the pack DKT, of the BKT fitted to this
 * population, of the BKT shipped with the pack (metadata.json, fitted with the DKT's training
 * data: the like-for-like comparison with the DKT) and of the world's truth (the ceiling).
 */
export function predictiveValue(
  log: PracticeLog,
  dkt: DktModel,
  bkt: readonly BktSkillParams[],
  shippedBkt: readonly BktSkillParams[] | null,
): { dkt: number; bkt: number; shippedBkt: number; truth: number } {
  const labels: number[] = [];
  const truth: number[] = [];
  log.sequences.forEach((sequence, l) => {
    for (let t = 1; t < sequence.skills.length; t++) {
      labels.push(sequence.correct[t]!);
      truth.push(log.truth[l]![t]!);
    }
  });
  return {
    dkt: auc(labels, predictDktSequences(dkt, log.sequences)),
    bkt: auc(labels, predictBktSequences({ skills: bkt }, log.sequences)),
    shippedBkt: shippedBkt ? auc(labels, predictBktSequences({ skills: shippedBkt }, log.sequences)) : Number.NaN,
    truth: auc(labels, truth),
  };
}
