/**
 * The attempt record one answered item becomes, for practice (practice-session.ts) and placement
 * (placement-session.ts) alike: one item, one skill, the response as JSON.
 */
import type { LearnerResponse } from '../../content/items/check.ts';
import type { Item } from '../../content/schema.ts';
import type { NewAttempt } from '../../data/attempts.ts';
import type { JsonValue } from '../../data/records.ts';

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
  };
}

function toJson(response: LearnerResponse | null): JsonValue {
  return response === null || typeof response === 'string' ? response : [...response];
}
