/**
 * Mastery relative to what the learner can achieve on a skill.
 *
 * The documented rule (mastery.ts) asks for a predicted success of at least 0.95. Learners slip:
 * on the simulated learners the model is trained on, no one answers above 1 - slip = 0.92, and a
 * learner of modest ability on a hard skill plateaus lower still, however much they practise. A
 * fixed 0.95 then means "never mastered", and the tutor keeps drilling a skill that practice no
 * longer improves.
 *
 * So the prediction part of "mastered" is met in either of two ways:
 * - the prediction reaches the rule's threshold (0.95): the rule as documented; or
 * - the prediction has reached its plateau: one more correct answer would raise it by less than
 *   `maxGain`, and it is at least `minPredicted`. This is the "predictive stability" stopping
 *   rule (Kaeser, Klingler and Gross 2016, "When to stop?"): practice stops when the model no
 *   longer expects it to change the learner's success.
 * A plateau is weaker evidence than a high prediction, so mastery at the plateau asks for more
 * evidence too: `extraCorrectAtPlateau` more correct answers than the rule (4 instead of 3, still
 * on at least 2 different items), and the last `streakAtPlateau` answers correct (the latest
 * without hints, as the rule says). Everything else is the rule's: failed reviews move a mastered
 * skill back one level, and below mastered the level follows the prediction.
 *
 * The numbers were tuned with bench/policy.ts (see bench/README.md for the populations used).
 */
import type { MasteryLevel } from '../../data/records.ts';
import { MASTERY_RULE, nextMasteryLevel, type MasteryEvidence, type MasteryRule } from './mastery.ts';

export interface AchievableMasteryOptions {
  /** Largest rise in predicted success one more correct answer may bring for a plateau. */
  maxGain: number;
  /** A plateau below this is not mastery: the learner needs help, not more of the same. */
  minPredicted: number;
  /** Correct answers needed at the plateau beyond the rule's `mastered.minCorrect`. */
  extraCorrectAtPlateau: number;
  /** Correct answers in a row (the latest included) needed for mastery at the plateau. */
  streakAtPlateau: number;
}

export const ACHIEVABLE_MASTERY: AchievableMasteryOptions = {
  maxGain: 0.06,
  minPredicted: 0.5,
  extraCorrectAtPlateau: 1,
  streakAtPlateau: 2,
};

export interface AchievableMasteryUpdate {
  previous: MasteryLevel;
  /** The model's predicted success on the skill after the latest answer. */
  predicted: number;
  /**
   * The model's predicted success on the skill if the next answer on it were correct too (one
   * more model step on a hypothetical answer). Only needed when the rest of the rule could hold.
   */
  predictedAfterCorrect: number;
  evidence: MasteryEvidence;
  /** Correct answers in a row on the skill, ending with the latest. */
  correctStreak: number;
  /** The latest answer was a spaced review (or practice on a mastered skill) and was wrong. */
  reviewFailed: boolean;
  rule?: MasteryRule;
  options?: AchievableMasteryOptions;
}

/** Whether the model's prediction has stopped rising with correct answers, at a useful level. */
export function atPlateau(predicted: number, predictedAfterCorrect: number, options: AchievableMasteryOptions = ACHIEVABLE_MASTERY): boolean {
  return predicted >= options.minPredicted && predictedAfterCorrect - predicted < options.maxGain;
}

/** Whether the plateau check can change the outcome, so the caller knows when to run the extra model step. */
export function plateauMayApply(predicted: number, evidence: MasteryEvidence, correctStreak: number, options: AchievableMasteryOptions = ACHIEVABLE_MASTERY, rule: MasteryRule = MASTERY_RULE): boolean {
  return predicted >= options.minPredicted && predicted < rule.mastered.minPredicted && correctStreak >= Math.max(1, options.streakAtPlateau) &&
    evidence.correct >= rule.mastered.minCorrect + options.extraCorrectAtPlateau;
}

/** The next level by the documented rule, with "mastered" also reachable at the prediction's plateau. */
export function nextAchievableLevel(update: AchievableMasteryUpdate): MasteryLevel {
  const rule = update.rule ?? MASTERY_RULE;
  const options = update.options ?? ACHIEVABLE_MASTERY;
  const plateau =
    plateauMayApply(update.predicted, update.evidence, update.correctStreak, options, rule) &&
    atPlateau(update.predicted, update.predictedAfterCorrect, options);
  // At the plateau the prediction counts as high enough, with the stronger evidence checked above.
  const effective: MasteryRule = plateau
    ? { ...rule, mastered: { ...rule.mastered, minPredicted: update.predicted, minCorrect: rule.mastered.minCorrect + options.extraCorrectAtPlateau } }
    : rule;
  return nextMasteryLevel({ previous: update.previous, predicted: update.predicted, evidence: update.evidence, reviewFailed: update.reviewFailed, rule: effective });
}
