import { ConsistencyAccumulator, type ConsistencyFigures } from './consistency.ts';
import type { DktStepper } from './step.ts';

/**
 * Probes of a trained model with scripted answers, through the app's own stepper (so they
 * measure what the app will show).
 */

export interface EstimateLineOptions {
  /** Correct answers in a row on the skill itself. */
  readonly answers?: number;
  /** Correct answers on each prerequisite (direct or not) first, in prerequisite order. */
  readonly prerequisiteAnswers?: number;
  /** The line sits this far below the peak, so reaching it does not need the exact peak. */
  readonly margin?: number;
  /** No line is above this: the mastery rule's target (src/app/practice/mastery.ts, 0.86). */
  readonly cap?: number;
}

/** The mastery rule's target estimate; the app's MASTERY_RULE.mastered.targetEstimate must match. */
export const ESTIMATE_LINE_CAP = 0.86;

export interface EstimateLines {
  /** Highest prediction for the skill within `answers` correct answers in a row, per skill. */
  readonly peaks: Float32Array;
  /** min(cap, peak - margin), rounded down to 0.01, per skill. */
  readonly lines: Float32Array;
}

/**
 * Per skill, the estimate a learner can actually reach: from an empty history, every
 * prerequisite (direct or not) answered right `prerequisiteAnswers` times, then `answers` right
 * in a row on the skill; the peak of the skill's own prediction over those answers, less a margin,
 * capped. A mastery rule that asks for "estimate at or above 0.86" asks the impossible of a skill
 * whose model never gets there; this is the line such a rule can use instead.
 */
export function estimateLines(
  stepper: DktStepper,
  prerequisites: readonly (readonly number[])[],
  options: EstimateLineOptions = {},
): EstimateLines {
  const answers = options.answers ?? 15;
  const prerequisiteAnswers = options.prerequisiteAnswers ?? 3;
  const margin = options.margin ?? 0.02;
  const cap = options.cap ?? ESTIMATE_LINE_CAP;
  const peaks = new Float32Array(prerequisites.length);
  const lines = new Float32Array(prerequisites.length);
  prerequisites.forEach((_, skill) => {
    let state = stepper.initialState();
    for (const required of ancestorsInOrder(prerequisites, skill)) {
      for (let k = 0; k < prerequisiteAnswers; k++) state = stepper.step(state, required, true).state;
    }
    let peak = 0;
    for (let k = 0; k < answers; k++) {
      const next = stepper.step(state, skill, true);
      state = next.state;
      peak = Math.max(peak, next.predictions[skill]!);
    }
    peaks[skill] = peak;
    lines[skill] = Math.min(cap, Math.floor((peak - margin) * 100) / 100);
  });
  return { peaks, lines };
}

/** Every skill `skill` needs, directly or not, each after its own prerequisites. */
export function ancestorsInOrder(prerequisites: readonly (readonly number[])[], skill: number): number[] {
  const order: number[] = [];
  const seen = new Set<number>([skill]);
  const visit = (s: number): void => {
    for (const required of prerequisites[s]!) {
      if (seen.has(required)) continue;
      seen.add(required);
      visit(required);
      order.push(required);
    }
  };
  visit(skill);
  return order;
}

/**
 * The probe: for each skill in turn, from an empty history, `correctRun` right answers
 * in a row (and separately `wrongRun` wrong ones); the consistency figures over those answers.
 */
export function scriptedRunProbe(stepper: DktStepper, numSkills: number, correctRun = 30, wrongRun = 10): ConsistencyFigures {
  const accumulator = new ConsistencyAccumulator();
  const initial = stepper.predict(stepper.initialState());
  for (let skill = 0; skill < numSkills; skill++) {
    for (const [correct, length] of [
      [true, correctRun],
      [false, wrongRun],
    ] as const) {
      accumulator.startLearner(initial);
      let state = stepper.initialState();
      for (let k = 0; k < length; k++) {
        const next = stepper.step(state, skill, correct);
        state = next.state;
        accumulator.answer(skill, correct, next.predictions);
      }
    }
  }
  return accumulator.figures();
}
