/**
 * One answer through the model and the mastery rules: the model's new predictions, and the
 * skill's new level and review card (skill-update.ts). Nothing is stored here; the session stores
 * the result before it moves on, then hands the learner `answerOutcome`.
 */
import { expectedResponse, type CheckResult } from '../../content/items/check.ts';
import type { Item } from '../../content/schema.ts';
import type { MasteryLevel } from '../../data/records.ts';
import type { AnswerOutcome } from './session-types.ts';
import type { PracticeAnswer } from './mastery.ts';
import type { StoredReviewCard } from './review.ts';
import type { FallbackModel } from './fallback-model.ts';
import { updateSkill, type SkillUpdate } from './skill-update.ts';

export interface AnswerToAssess {
  answer: PracticeAnswer;
  /** Every earlier answer of the learner in the pack, oldest first. */
  history: readonly PracticeAnswer[];
  previousLevel: MasteryLevel;
  previousPlaced: boolean;
  /** The skill's prediction before the answer, kept if the model gives none for it. */
  predictedBefore: number;
  /** The estimate "mastered" needs on this skill. */
  line: number;
  card: StoredReviewCard | null;
  review: boolean;
  now: number;
}

export interface AssessedAnswer {
  /** The answer with the model's estimate after it (the mastery rule reads it; it is stored with the attempt). */
  answer: PracticeAnswer;
  predictions: Map<string, number>;
  /** The model's predicted success on the answer's skill after it. */
  predicted: number;
  update: SkillUpdate;
}

export async function assessAnswer(model: FallbackModel, input: AnswerToAssess): Promise<AssessedAnswer> {
  const predictions = await model.step(input.answer, input.history);
  const predicted = predictions.get(input.answer.skillId) ?? input.predictedBefore;
  const answer: PracticeAnswer = { ...input.answer, estimate: predicted };
  const skillAnswers = [...input.history.filter((a) => a.skillId === answer.skillId), answer];
  const update = updateSkill({
    previous: input.previousLevel,
    previousPlaced: input.previousPlaced,
    predicted,
    line: input.line,
    skillAnswers,
    card: input.card,
    review: input.review,
    now: input.now,
  });
  return { answer, predictions, predicted, update };
}

/** What the learner is told about a stored answer: the verdict, the help, and what it did to the level. */
export function answerOutcome(item: Item, check: CheckResult, previousLevel: MasteryLevel, assessed: AssessedAnswer): AnswerOutcome {
  const { update, predicted } = assessed;
  return {
    stored: true,
    correct: check.correct,
    feedback: check.feedback ?? null,
    misconception: check.misconception ?? false,
    expected: check.correct ? null : expectedResponse(item),
    solution: item.solution,
    previousLevel,
    level: update.masteryLevel,
    change: update.change,
    needs: update.needs,
    placed: update.placed,
    predicted,
  };
}
