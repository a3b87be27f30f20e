import type { Sequence } from '../datasets/sequence.ts';
import { DEFAULT_BKT_PARAMS, MAX_GUESS_OR_SLIP, type BktModel, type BktSkillParams } from './bkt.ts';

export interface BktFitOptions {
  /** EM iterations per skill at most. */
  readonly maxIterations?: number;
  /** Stop once the log-likelihood improves by less than this (nats per response). */
  readonly tolerance?: number;
  /**
   * Upper bound on guess and slip (default MAX_GUESS_OR_SLIP). A benchmark baseline may fit with
   * a looser bound (below 0.5, where "known" would predict worse than "not known").
   */
  readonly maxGuessOrSlip?: number;
  /** Where EM starts (default: textbook prior and learn, guess 0.15, slip 0.08). */
  readonly start?: BktSkillParams;
}

/** Keeps probabilities off 0 and 1, where the HMM would lock into certainty and EM stalls. */
const FLOOR = 1e-4;

/**
 * Fits one BKT parameter set per skill by expectation-maximisation (Baum-Welch on each skill's
 * two-state HMM), clamping guess and slip to at most MAX_GUESS_OR_SLIP after every M-step.
 * Skills with no training responses keep DEFAULT_BKT_PARAMS.
 */
export function fitBkt(sequences: readonly Sequence[], numSkills: number, options: BktFitOptions = {}): BktModel {
  const perSkill = splitBySkill(sequences, numSkills);
  const skills = perSkill.map((runs) => (runs.length === 0 ? DEFAULT_BKT_PARAMS : fitSkill(runs, options)));
  return { skills };
}

/** Each learner's responses on each skill, in order: the observations of that skill's HMM. */
export function splitBySkill(sequences: readonly Sequence[], numSkills: number): Uint8Array[][] {
  const perSkill: Uint8Array[][] = Array.from({ length: numSkills }, () => []);
  for (const sequence of sequences) {
    const runs = new Map<number, number[]>();
    sequence.skills.forEach((skill, t) => {
      let run = runs.get(skill);
      if (!run) runs.set(skill, (run = []));
      run.push(sequence.correct[t]!);
    });
    for (const [skill, run] of runs) perSkill[skill]?.push(Uint8Array.from(run));
  }
  return perSkill;
}

function fitSkill(runs: readonly Uint8Array[], options: BktFitOptions): BktSkillParams {
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  const responses = runs.reduce((sum, run) => sum + run.length, 0);
  let params: BktSkillParams = options.start ?? { ...DEFAULT_BKT_PARAMS, guess: 0.15, slip: 0.08 };
  const maxGuessOrSlip = options.maxGuessOrSlip ?? MAX_GUESS_OR_SLIP;
  let previous = Number.NEGATIVE_INFINITY;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const { next, logLikelihood } = emStep(runs, params, maxGuessOrSlip);
    params = next;
    if ((logLikelihood - previous) / responses < tolerance) break;
    previous = logLikelihood;
  }
  return params;
}

/** Expected counts over all runs (E-step) turned into new parameters (M-step). */
function emStep(runs: readonly Uint8Array[], params: BktSkillParams, maxGuessOrSlip: number): { next: BktSkillParams; logLikelihood: number } {
  let firstKnown = 0;
  let learnedFromUnknown = 0;
  let unknownBeforeStep = 0;
  let unknownTotal = 0;
  let unknownCorrect = 0;
  let knownTotal = 0;
  let knownWrong = 0;
  let logLikelihood = 0;
  for (const run of runs) {
    const { gammaKnown, xiLearn, logLikelihood: runLl } = forwardBackward(run, params);
    logLikelihood += runLl;
    firstKnown += gammaKnown[0]!;
    for (let t = 0; t < run.length; t++) {
      const known = gammaKnown[t]!;
      const unknown = 1 - known;
      if (t < run.length - 1) {
        unknownBeforeStep += unknown;
        learnedFromUnknown += xiLearn[t]!;
      }
      unknownTotal += unknown;
      knownTotal += known;
      if (run[t] === 1) unknownCorrect += unknown;
      else knownWrong += known;
    }
  }
  const next: BktSkillParams = {
    prior: clamp(firstKnown / runs.length, FLOOR, 1 - FLOOR),
    learn: clamp(unknownBeforeStep > 0 ? learnedFromUnknown / unknownBeforeStep : params.learn, FLOOR, 1 - FLOOR),
    guess: clamp(unknownTotal > 0 ? unknownCorrect / unknownTotal : params.guess, FLOOR, maxGuessOrSlip),
    slip: clamp(knownTotal > 0 ? knownWrong / knownTotal : params.slip, FLOOR, maxGuessOrSlip),
  };
  return { next, logLikelihood };
}

/**
 * Scaled forward-backward for one run. State 1 = known. Returns P(known at t | whole run) and
 * P(unknown at t and known at t+1 | whole run), the expected counts EM needs.
 */
function forwardBackward(run: Uint8Array, params: BktSkillParams) {
  const { prior, learn, guess, slip } = params;
  const n = run.length;
  const emit = (state: 0 | 1, correct: number) =>
    state === 1 ? (correct === 1 ? 1 - slip : slip) : correct === 1 ? guess : 1 - guess;
  const alphaKnown = new Float64Array(n);
  const scale = new Float64Array(n);
  let logLikelihood = 0;
  let knownBefore = prior;
  for (let t = 0; t < n; t++) {
    if (t > 0) knownBefore = alphaKnown[t - 1]! + (1 - alphaKnown[t - 1]!) * learn;
    const a1 = knownBefore * emit(1, run[t]!);
    const a0 = (1 - knownBefore) * emit(0, run[t]!);
    scale[t] = a0 + a1;
    alphaKnown[t] = a1 / scale[t]!;
    logLikelihood += Math.log(scale[t]!);
  }
  // beta[t][state] scaled by the same factors, so alpha*beta is the posterior directly.
  const gammaKnown = new Float64Array(n);
  const xiLearn = new Float64Array(Math.max(0, n - 1));
  let beta0 = 1;
  let beta1 = 1;
  gammaKnown[n - 1] = alphaKnown[n - 1]!;
  for (let t = n - 2; t >= 0; t--) {
    const e0 = emit(0, run[t + 1]!);
    const e1 = emit(1, run[t + 1]!);
    const s = scale[t + 1]!;
    const alpha1 = alphaKnown[t]!;
    const alpha0 = 1 - alpha1;
    xiLearn[t] = (alpha0 * learn * e1 * beta1) / s;
    const nextBeta0 = ((1 - learn) * e0 * beta0 + learn * e1 * beta1) / s;
    const nextBeta1 = (e1 * beta1) / s;
    beta0 = nextBeta0;
    beta1 = nextBeta1;
    gammaKnown[t] = alpha1 * beta1;
  }
  return { gammaKnown, xiLearn, logLikelihood };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
