/**
 * Answers. recordAnswer is the one way an answer is stored: the attempt, the new state of every
 * skill it touched, a mastery-level change event where a level moved, and the session's count
 * commit in one transaction, so a crash, a closed tab or a full disk never leaves an attempt
 * without its skill state (or the reverse).
 */
import { appendAttempt, appendAttempts, readAttemptRange, readNewestAttempts } from './attempt-blocks.ts';
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
  /** The level still rests on placement (see SkillState.placed). */
  placed?: boolean;
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
    db.transaction('rw', [db.attemptBlocks, db.attemptDays, db.skillStates, db.sessions, db.skillEvents], async () => {
      await appendAttempt(db, attempt);
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
          ...(change.placed ? { placed: true } : {}),
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

/**
 * Stores many finished attempts of one learner in one transaction, without skill-state changes
 * (for imported histories and benchmarks; answers in the app go through recordAnswer).
 */
export function addAttempts(db: WayfindDb, learnerId: string, attempts: readonly Attempt[]): Promise<void> {
  if (attempts.some((attempt) => attempt.learnerId !== learnerId)) throw new Error('addAttempts takes the attempts of one learner.');
  return guardQuota('these answers', () => db.transaction('rw', db.attemptBlocks, db.attemptDays, () => appendAttempts(db, learnerId, attempts)));
}

/** The learner's latest attempts, newest first. */
export function recentAttempts(db: WayfindDb, learnerId: string, limit = 50): Promise<Attempt[]> {
  return db.transaction('r', db.attemptBlocks, () => readNewestAttempts(db, learnerId, limit));
}

/** The learner's latest attempts on one skill (the skill each item was chosen for), newest first. */
export function recentAttemptsForSkill(db: WayfindDb, learnerId: string, skillId: string, limit = 50): Promise<Attempt[]> {
  return db.transaction('r', db.attemptBlocks, () => readNewestAttempts(db, learnerId, limit, (attempt) => attempt.skillId === skillId));
}

/** The learner's attempts answered between two times (inclusive), oldest first. */
export function attemptsBetween(db: WayfindDb, learnerId: string, fromMs = -Infinity, toMs = Infinity): Promise<Attempt[]> {
  return db.transaction('r', db.attemptBlocks, () => readAttemptRange(db, learnerId, fromMs, toMs));
}

/** The answers of one session, oldest first (empty for an unknown session). */
export function attemptsInSession(db: WayfindDb, sessionId: string): Promise<Attempt[]> {
  return db.transaction('r', db.sessions, db.attemptBlocks, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return [];
    const attempts = await readAttemptRange(db, session.learnerId, session.startedAt, session.endedAt ?? Infinity);
    return attempts.filter((attempt) => attempt.sessionId === sessionId);
  });
}
