/**
 * Mastery levels per skill, from the model's estimate plus evidence, and the model seam the
 * tutor services share.
 *
 * HOW WAYFIND DECIDES YOUR LEVEL (shown as app help; the numbers are MASTERY_RULE below)
 *
 * - Not started: you have not answered anything on this skill yet.
 * - Practising: you have answered at least one item on it.
 * - Familiar: the model predicts at least a 60% chance that you answer it correctly, and you
 *   have answered at least 1 item on it correctly.
 * - Proficient: the model predicts at least 80%, and you have at least 2 correct answers.
 * - Mastered: the model predicts at least 95%, you have at least 3 correct answers on at least
 *   2 different items, and your latest answer was correct without hints.
 * - Once mastered, a skill stays mastered between reviews (a dip in the prediction alone does
 *   not take it away), but a failed review moves it back one level. Below mastered, the level
 *   follows the prediction up and down, never back to "not started".
 *
 * Why these rules: the prediction alone can be high after lucky guesses on one item, so mastery
 * also needs repeated success on different items; hints lower the evidence, so the last answer
 * must be unaided. Keeping "mastered" between reviews stops the badge flickering as the model's
 * forgetting curve dips; spaced reviews are what test it.
 */
import type { Attempt, MasteryLevel } from '../../data/records.ts';
import { MASTERY_LEVELS } from '../../data/records.ts';
import { DEFAULT_BKT_PARAMS, predictCorrect, updateKnown, type BktSkillParams } from '../../ml/bkt/bkt.ts';

/** The thresholds of the rule above, for the help page to show. */
export type MasteryRule = {
  familiar: { minPredicted: number; minCorrect: number };
  proficient: { minPredicted: number; minCorrect: number };
  mastered: { minPredicted: number; minCorrect: number; minDistinctItemsCorrect: number; lastCorrectWithoutHints: boolean };
};

export const MASTERY_RULE: MasteryRule = {
  familiar: { minPredicted: 0.6, minCorrect: 1 },
  proficient: { minPredicted: 0.8, minCorrect: 2 },
  mastered: { minPredicted: 0.95, minCorrect: 3, minDistinctItemsCorrect: 2, lastCorrectWithoutHints: true },
};

/**
 * The model as the app services see it: given a learner's answers so far, each skill's
 * predicted chance of a correct answer next. The DKT worker bridge and the BKT fallback both
 * fit it, so these services never import TensorFlow.js.
 */
export interface SkillPredictor {
  predict(history: readonly PracticeAnswer[]): Promise<Map<string, number>> | Map<string, number>;
}

/** The part of an Attempt the services need (an Attempt fits it). */
export type PracticeAnswer = Pick<Attempt, 'skillId' | 'itemId' | 'correct' | 'hintsUsed'>;

/** The evidence the rule counts, summarised from one skill's answers. */
export interface MasteryEvidence {
  attempts: number;
  correct: number;
  /** Different items answered correctly. */
  distinctItemsCorrect: number;
  /** The latest answer was correct and used no hints. */
  lastCorrectWithoutHints: boolean;
}

/** Summarises one skill's answers, oldest first. */
export function summariseEvidence(answers: readonly Pick<PracticeAnswer, 'itemId' | 'correct' | 'hintsUsed'>[]): MasteryEvidence {
  const correctItems = new Set<string>();
  let correct = 0;
  for (const answer of answers) {
    if (!answer.correct) continue;
    correct++;
    correctItems.add(answer.itemId);
  }
  const last = answers.at(-1);
  return {
    attempts: answers.length,
    correct,
    distinctItemsCorrect: correctItems.size,
    lastCorrectWithoutHints: last !== undefined && last.correct && last.hintsUsed === 0,
  };
}

/** The level the evidence and prediction support on their own, ignoring history. */
export function levelFromEvidence(predicted: number, evidence: MasteryEvidence, rule: MasteryRule = MASTERY_RULE): MasteryLevel {
  if (evidence.attempts === 0) return 'not-started';
  const { mastered, proficient, familiar } = rule;
  if (
    predicted >= mastered.minPredicted &&
    evidence.correct >= mastered.minCorrect &&
    evidence.distinctItemsCorrect >= mastered.minDistinctItemsCorrect &&
    (evidence.lastCorrectWithoutHints || !mastered.lastCorrectWithoutHints)
  ) {
    return 'mastered';
  }
  if (predicted >= proficient.minPredicted && evidence.correct >= proficient.minCorrect) return 'proficient';
  if (predicted >= familiar.minPredicted && evidence.correct >= familiar.minCorrect) return 'familiar';
  return 'practising';
}

export interface MasteryUpdate {
  previous: MasteryLevel;
  /** The model's predicted chance of success after the latest answer. */
  predicted: number;
  evidence: MasteryEvidence;
  /** The latest answer was a spaced review (or practice on a mastered skill) and was wrong. */
  reviewFailed: boolean;
  /** Another rule (benchmarks and experiments); the app uses MASTERY_RULE. */
  rule?: MasteryRule;
}

/** One level lower, but never below practising: a learner who answered has started. */
export function levelBelow(level: MasteryLevel): MasteryLevel {
  const index = MASTERY_LEVELS.indexOf(level);
  return MASTERY_LEVELS[Math.max(MASTERY_LEVELS.indexOf('practising'), index - 1)]!;
}

/** The next level after an answer, by the documented rule. */
export function nextMasteryLevel(update: MasteryUpdate): MasteryLevel {
  if (update.reviewFailed) return levelBelow(update.previous);
  if (update.previous === 'mastered') return 'mastered';
  const supported = levelFromEvidence(update.predicted, update.evidence, update.rule);
  // Someone who has answered is never shown as "not started" again.
  return supported === 'not-started' && update.previous !== 'not-started' ? 'practising' : supported;
}

/** Levels compare by their order in MASTERY_LEVELS. */
export function atLeast(level: MasteryLevel, target: MasteryLevel): boolean {
  return MASTERY_LEVELS.indexOf(level) >= MASTERY_LEVELS.indexOf(target);
}

/**
 * The BKT fallback as a SkillPredictor (also what the Node tests and benchmarks use): replays
 * the history through each skill's two-state model. Skills without parameters use the defaults.
 */
export function bktPredictor(params: ReadonlyMap<string, BktSkillParams>): SkillPredictor {
  return {
    predict(history) {
      const known = new Map<string, number>();
      const paramsOf = (skill: string) => params.get(skill) ?? DEFAULT_BKT_PARAMS;
      for (const answer of history) {
        const p = paramsOf(answer.skillId);
        known.set(answer.skillId, updateKnown(p, known.get(answer.skillId) ?? p.prior, answer.correct));
      }
      const predictions = new Map<string, number>();
      for (const [skill, p] of params) predictions.set(skill, predictCorrect(p, known.get(skill) ?? p.prior));
      for (const [skill, k] of known) if (!params.has(skill)) predictions.set(skill, predictCorrect(DEFAULT_BKT_PARAMS, k));
      return predictions;
    },
  };
}
