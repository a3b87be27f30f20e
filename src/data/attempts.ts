/**
 * Answers. recordAnswer is the one way an answer is stored: the attempt, the new state of every
 * skill it touched, a mastery-level change event where a level moved, and the session's count
 * commit in one transaction, so a crash, a closed tab or a full disk never leaves an attempt
 * without its skill state (or the reverse).
 */
import { newId, type WayfindDb } from './db.ts';
import { localDay } from './day.ts';
import type { Attempt, JsonObject, MasteryLevel, SkillEvent, SkillState } from './records.ts';
import { getSkillState } from './skill-states.ts';
import { guardQuota } from './storage-errors.ts';

export type NewAttempt = Omit<Attempt, 'id' | 'day'>;

/** The caller's new belief about one skill the answer touched (from the model and mastery rules). */
export interface SkillStateChange {
  skillId: string;
  packId: string;
  estimate: number;
  masteryLevel: MasteryLevel;
  /** A rescheduled review card; leave undefined to keep the stored one. */
  reviewCard?: JsonObject | null;
}

export interface RecordedAnswer {
  attempt: Attempt;
  skillStates: SkillState[];
  /** The mastery-level changes this answer caused (also stored in skillEvents). */
  events: SkillEvent[];
}

export interface RecordAnswerOptions {
  /** Why levels moved: an ordinary practice answer (default) or a spaced review. */
  cause?: 'answer' | 'review';
}

/**
 * Stores an answer with its skill-state changes, all or nothing. Evidence counts are
 * incremented inside the transaction (not computed by the caller), so two tabs answering at
 * once both count.
 *
 * @throws StorageFullError when the disk is full; nothing is written in that case.
 */
export function recordAnswer(
  db: WayfindDb,
  input: NewAttempt,
  changes: readonly SkillStateChange[],
  options: RecordAnswerOptions = {},
): Promise<RecordedAnswer> {
  const attempt: Attempt = { ...input, id: newId(), day: localDay(input.answeredAt) };
  return guardQuota('this answer', () =>
    db.transaction('rw', [db.attempts, db.skillStates, db.sessions, db.skillEvents], async () => {
      await db.attempts.add(attempt);
      const skillStates: SkillState[] = [];
      const events: SkillEvent[] = [];
      for (const change of changes) {
        const existing = await getSkillState(db, attempt.learnerId, change.skillId);
        const state: SkillState = {
          id: existing?.id ?? newId(),
          learnerId: attempt.learnerId,
          skillId: change.skillId,
          packId: change.packId,
          estimate: change.estimate,
          masteryLevel: change.masteryLevel,
          evidence: {
            attempts: (existing?.evidence.attempts ?? 0) + 1,
            correct: (existing?.evidence.correct ?? 0) + (attempt.correct ? 1 : 0),
          },
          reviewCard: change.reviewCard === undefined ? (existing?.reviewCard ?? null) : change.reviewCard,
          updatedAt: attempt.answeredAt,
        };
        await db.skillStates.put(state);
        skillStates.push(state);
        const fromLevel = existing?.masteryLevel ?? 'not-started';
        if (fromLevel !== state.masteryLevel) {
          events.push({
            id: newId(),
            learnerId: attempt.learnerId,
            packId: change.packId,
            skillId: change.skillId,
            at: attempt.answeredAt,
            fromLevel,
            toLevel: state.masteryLevel,
            estimate: state.estimate,
            cause: options.cause ?? 'answer',
          });
        }
      }
      if (events.length > 0) await db.skillEvents.bulkAdd(events);
      if (attempt.sessionId !== null) {
        const session = await db.sessions.get(attempt.sessionId);
        if (session) await db.sessions.update(session.id, { attemptCount: session.attemptCount + 1 });
      }
      return { attempt, skillStates, events };
    }),
  );
}

export function getAttempt(db: WayfindDb, id: string): Promise<Attempt | undefined> {
  return db.attempts.get(id);
}

/** The learner's latest attempts, newest first. */
export function recentAttempts(db: WayfindDb, learnerId: string, limit = 50): Promise<Attempt[]> {
  return db.attempts
    .where('[learnerId+answeredAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The learner's latest attempts on one skill, newest first. */
export function recentAttemptsForSkill(
  db: WayfindDb,
  learnerId: string,
  skillId: string,
  limit = 50,
): Promise<Attempt[]> {
  return db.attempts
    .where('[learnerId+skillId+answeredAt]')
    .between([learnerId, skillId, -Infinity], [learnerId, skillId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

export function attemptsInSession(db: WayfindDb, sessionId: string): Promise<Attempt[]> {
  return db.attempts.where('sessionId').equals(sessionId).sortBy('answeredAt');
}
