/**
 * What one answer does to its skill: the new mastery level and the spaced-review card
 * (review.ts). Pure, so the rules are tested without a database.
 *
 * The level follows the documented rule (mastery.ts), with one addition from
 * tutor/achievable-mastery.ts: "mastered" is also reached when the model's prediction has
 * plateaued (one more correct answer would barely raise it) and the learner has shown more
 * evidence than the rule asks. Without it a learner who sometimes slips, as everyone does, could
 * never reach mastery, since the model then never predicts 0.95.
 */
import type { MasteryLevel } from '../../data/records.ts';
import { summariseEvidence, type MasteryEvidence, type PracticeAnswer } from './mastery.ts';
import { cardForNewlyMastered, readStoredCard, recordReview, type StoredReviewCard } from './review.ts';
import { nextAchievableLevel, plateauMayApply } from './achievable-mastery.ts';

export interface SkillUpdateInput {
  previous: MasteryLevel;
  /** The stored review card (JSON as stored), or null. */
  card: StoredReviewCard | null;
  /** The item was offered as a spaced review. */
  review: boolean;
  /** The model's predicted success on the skill after this answer. */
  predicted: number;
  /** The skill's answers including this one, oldest first. */
  skillAnswers: readonly Pick<PracticeAnswer, 'itemId' | 'correct' | 'hintsUsed'>[];
  /**
   * The prediction if the next answer were correct too; asked for only when `needsPlateauCheck`
   * says it can change the outcome (it costs one more model step).
   */
  predictedAfterCorrect?: number;
  now: number;
}

export interface SkillUpdate {
  masteryLevel: MasteryLevel;
  /** A new or rescheduled card; undefined keeps the stored one. */
  reviewCard: StoredReviewCard | undefined;
}

function evidenceOf(input: Pick<SkillUpdateInput, 'skillAnswers'>): { evidence: MasteryEvidence; streak: number } {
  let streak = 0;
  for (let i = input.skillAnswers.length - 1; i >= 0 && input.skillAnswers[i]!.correct; i--) streak++;
  return { evidence: summariseEvidence(input.skillAnswers), streak };
}

/** Whether the plateau check could make this answer mastering (so the caller asks the model). */
export function needsPlateauCheck(input: Pick<SkillUpdateInput, 'previous' | 'predicted' | 'skillAnswers'>): boolean {
  if (input.previous === 'mastered') return false;
  const { evidence, streak } = evidenceOf(input);
  return evidence.lastCorrectWithoutHints && plateauMayApply(input.predicted, evidence, streak);
}

export function updateSkill(input: SkillUpdateInput): SkillUpdate {
  const last = input.skillAnswers.at(-1);
  const correct = last?.correct ?? false;
  const hintsUsed = last?.hintsUsed ?? 0;
  const { evidence, streak } = evidenceOf(input);
  // A wrong review, or a wrong answer on a skill shown as mastered, moves the skill back one level.
  const reviewFailed = !correct && (input.review || input.previous === 'mastered');
  const masteryLevel = nextAchievableLevel({
    previous: input.previous,
    predicted: input.predicted,
    // Without the extra model step the plateau cannot be judged: treat the prediction as still rising.
    predictedAfterCorrect: input.predictedAfterCorrect ?? Math.min(1, input.predicted + 1),
    evidence,
    correctStreak: streak,
    reviewFailed,
  });
  let reviewCard: StoredReviewCard | undefined;
  if (input.review && input.card) reviewCard = recordReview(input.card, { correct, hintsUsed }, input.now);
  else if (masteryLevel === 'mastered' && !input.card) reviewCard = cardForNewlyMastered(input.now);
  return { masteryLevel, reviewCard };
}

export { readStoredCard };
