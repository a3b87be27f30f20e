/**
 * The attempt record one answered item becomes, for practice (practice-session.ts) and placement
 * (placement-session.ts) alike: one item, one skill, the response as JSON; and, back, the part of
 * a stored attempt the mastery rules read.
 */
import type { LearnerResponse } from '../../content/items/check.ts';
import type { Item } from '../../content/schema.ts';
import type { NewAttempt } from '../../data/attempts.ts';
import type { Attempt, JsonValue } from '../../data/records.ts';
import type { PracticeAnswer } from './mastery.ts';

export interface AnsweredItem {
  learnerId: string;
  packId: string;
  sessionId: string;
  item: Item;
  /** null: the learner said "I don't know yet". */
  response: LearnerResponse | null;
  correct: boolean;
  hintsUsed: number;
  startedAt: number;
  answeredAt: number;
  /** The model's estimate on the item's skill after the answer (practice keeps it; placement does not). */
  estimate?: number;
}

/** The longest gap between answers that still counts as practice time (ten minutes, as one attempt may count). */
const ACTIVE_GAP_MS = 10 * 60_000;

/**
 * When the learner's time on a new item began: at the previous answer, so that reading its
 * feedback, the hints and the worked solution counts as practice (a learner who reads feedback
 * for a minute practised for that minute), unless the gap is longer than one attempt may count
 * (then the learner had left, and the time starts with the item).
 */
export function activeSince(lastAnsweredAt: number | null, now: number): number {
  return lastAnsweredAt !== null && now - lastAnsweredAt <= ACTIVE_GAP_MS ? lastAnsweredAt : now;
}

export function newAttempt(answered: AnsweredItem): NewAttempt {
  return {
    learnerId: answered.learnerId,
    packId: answered.packId,
    itemId: answered.item.id,
    skillId: answered.item.skill,
    skillIds: [answered.item.skill],
    response: toJson(answered.response),
    correct: answered.correct,
    hintsUsed: answered.hintsUsed,
    durationMs: Math.max(0, answered.answeredAt - answered.startedAt),
    startedAt: answered.startedAt,
    answeredAt: answered.answeredAt,
    sessionId: answered.sessionId,
    ...(answered.estimate !== undefined ? { estimate: answered.estimate } : {}),
  };
}

/** A stored attempt as the mastery rules and the model read it (the estimate only when it was kept). */
export function practiceAnswerOf(attempt: Attempt): PracticeAnswer {
  return {
    skillId: attempt.skillId,
    itemId: attempt.itemId,
    correct: attempt.correct,
    hintsUsed: attempt.hintsUsed,
    ...(attempt.sessionId ? { sessionId: attempt.sessionId } : {}),
    ...(attempt.estimate !== undefined ? { estimate: attempt.estimate } : {}),
  };
}

function toJson(response: LearnerResponse | null): JsonValue {
  return response === null || typeof response === 'string' ? response : [...response];
}
