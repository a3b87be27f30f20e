/**
 * What one answer does to its skill: the new mastery level (mastery.ts: levels on evidence, the
 * estimate checked against the skill's line), whether it still rests on placement, what changed
 * (for the words under the answer), and the spaced-review card (review.ts). Pure, so the rules
 * are tested without a database.
 */
import type { MasteryLevel } from '../../data/records.ts';
import { nextLevel, nextLevelNeeds, summariseEvidence, type LevelChange, type NextLevelNeeds, type PracticeAnswer } from './mastery.ts';
import { cardForNewlyMastered, readStoredCard, recordReview, type StoredReviewCard } from './review.ts';

export interface SkillUpdateInput {
  previous: MasteryLevel;
  /** The previous level came from placement and is not yet confirmed by practice. */
  previousPlaced?: boolean;
  /** The stored review card (JSON as stored), or null. */
  card: StoredReviewCard | null;
  /** The item was offered as a spaced review. */
  review: boolean;
  /** The model's predicted success on the skill after this answer. */
  predicted: number;
  /** The estimate "mastered" needs on this skill (mastery.ts estimateLine). */
  line: number;
  /** The skill's answers including this one, oldest first. */
  skillAnswers: readonly Pick<PracticeAnswer, 'itemId' | 'correct' | 'hintsUsed' | 'sessionId'>[];
  now: number;
}

export interface SkillUpdate {
  masteryLevel: MasteryLevel;
  placed: boolean;
  change: LevelChange;
  /** After a correct answer that left the level as it was: what the next level still needs. */
  needs: NextLevelNeeds | null;
  /** A new or rescheduled card; undefined keeps the stored one. */
  reviewCard: StoredReviewCard | undefined;
}

export function updateSkill(input: SkillUpdateInput): SkillUpdate {
  const last = input.skillAnswers.at(-1);
  const correct = last?.correct ?? false;
  const hintsUsed = last?.hintsUsed ?? 0;
  const evidence = summariseEvidence(input.skillAnswers);
  const step = nextLevel({
    previous: input.previous,
    previousPlaced: input.previousPlaced ?? false,
    correct,
    review: input.review,
    evidence,
    estimate: input.predicted,
    line: input.line,
  });
  const needs = correct && step.change === 'none' ? nextLevelNeeds(evidence, input.predicted, input.line, step.level) : null;
  let reviewCard: StoredReviewCard | undefined;
  if (input.review && input.card) reviewCard = recordReview(input.card, { correct, hintsUsed }, input.now);
  else if (step.level === 'mastered' && !input.card) reviewCard = cardForNewlyMastered(input.now);
  return { masteryLevel: step.level, placed: step.placed, change: step.change, needs, reviewCard };
}

export { readStoredCard };
