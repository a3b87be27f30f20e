import type { Sequence } from '../datasets/sequence.ts';

/**
 * Standard Bayesian knowledge tracing (Corbett & Anderson 1995): each skill is a two-state
 * hidden Markov model (not known / known) with no forgetting. It is the baseline the DKT is
 * measured against and the fallback the app uses when the neural model cannot load.
 */
export interface BktSkillParams {
  /** P(known) before the first response. */
  readonly prior: number;
  /** P(not known -> known) after each response on the skill. */
  readonly learn: number;
  /** P(correct | not known). Bounded to at most MAX_GUESS_OR_SLIP when fitted. */
  readonly guess: number;
  /** P(wrong | known). Bounded to at most MAX_GUESS_OR_SLIP when fitted. */
  readonly slip: number;
}

/**
 * Guess and slip above 0.3 let EM explain data with a "known" state that predicts wrong
 * answers (the degenerate-model problem of Baker et al. 2008), so fitting stays below it.
 */
export const MAX_GUESS_OR_SLIP = 0.3;

export const DEFAULT_BKT_PARAMS: BktSkillParams = { prior: 0.4, learn: 0.1, guess: 0.2, slip: 0.1 };

/** P(the next response on the skill is correct) given P(known). */
export function predictCorrect(params: BktSkillParams, known: number): number {
  return known * (1 - params.slip) + (1 - known) * params.guess;
}

/**
 * One observed response: Bayes' rule on P(known) given the outcome, then the chance of
 * learning from the practice itself.
 */
export function updateKnown(params: BktSkillParams, known: number, correct: boolean): number {
  const { guess, slip, learn } = params;
  const posterior = correct
    ? (known * (1 - slip)) / (known * (1 - slip) + (1 - known) * guess)
    : (known * slip) / (known * slip + (1 - known) * (1 - guess));
  return posterior + (1 - posterior) * learn;
}

/** A fitted BKT model: one parameter set per dense skill index. */
export interface BktModel {
  readonly skills: readonly BktSkillParams[];
}

/** Per-skill P(known) for one learner, which the app keeps between answers. */
export function initialKnown(model: BktModel): Float64Array {
  return Float64Array.from(model.skills, (params) => params.prior);
}

/**
 * Predictions for every response after each learner's first (see next-response.ts), each made
 * before the response is seen. A response on a skill the learner has not practised yet is
 * predicted from that skill's prior.
 */
export function predictBktSequences(model: BktModel, sequences: readonly Sequence[]): Float32Array {
  const out: number[] = [];
  for (const sequence of sequences) {
    const known = initialKnown(model);
    for (let t = 0; t < sequence.skills.length; t++) {
      const skill = sequence.skills[t]!;
      const params = model.skills[skill] ?? DEFAULT_BKT_PARAMS;
      if (t > 0) out.push(predictCorrect(params, known[skill]!));
      known[skill] = updateKnown(params, known[skill]!, sequence.correct[t] === 1);
    }
  }
  return Float32Array.from(out);
}
