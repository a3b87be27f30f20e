/**
 * What a practice session reads and writes, as one small interface. The app uses the IndexedDB
 * implementation below (every call goes through a src/data function); the Node tests use an
 * in-memory one, so the session logic is tested without a browser.
 */
import type { WayfindDb } from '../../data/db.ts';
import { recordAnswer, recentAttempts, type NewAttempt, type SkillStateChange } from '../../data/attempts.ts';
import { dailyTotals } from '../../data/attempt-stats.ts';
import { listGoals } from '../../data/goals.ts';
import { addJournalEntry } from '../../data/journal.ts';
import type { Attempt, Session, SkillState } from '../../data/records.ts';
import { endSession, startSession } from '../../data/sessions.ts';
import { listSkillStatesForPack } from '../../data/skill-states.ts';

export type AnswerCause = 'answer' | 'review';

export interface PracticeStore {
  /** The learner's answers on this pack, oldest first. */
  history(learnerId: string, packId: string): Promise<Attempt[]>;
  skillStates(learnerId: string, packId: string): Promise<SkillState[]>;
  /** Skills of the learner's open goals on this pack. */
  goalSkillIds(learnerId: string, packId: string): Promise<string[]>;
  startSession(learnerId: string, packId: string, now: number): Promise<Session>;
  endSession(sessionId: string, now: number): Promise<void>;
  /** Stores the answer and its skill-state change in one transaction. */
  recordAnswer(attempt: NewAttempt, changes: readonly SkillStateChange[], cause: AnswerCause): Promise<void>;
  /** Local days (YYYY-MM-DD) with at least one answer, among the last `days` ending today. */
  practiceDays(learnerId: string, now: number, days: number): Promise<string[]>;
  addReflection(entry: { learnerId: string; sessionId: string; prompt: string; text: string }, now: number): Promise<void>;
}

/** How many of the latest answers rebuild the model state: enough for any learner's pack history. */
export const HISTORY_LIMIT = 20_000;

export function indexedDbPracticeStore(db: WayfindDb): PracticeStore {
  return {
    async history(learnerId, packId) {
      const newestFirst = await recentAttempts(db, learnerId, HISTORY_LIMIT);
      return newestFirst.filter((attempt) => attempt.packId === packId).reverse();
    },
    skillStates: (learnerId, packId) => listSkillStatesForPack(db, learnerId, packId),
    async goalSkillIds(learnerId, packId) {
      const goals = await listGoals(db, learnerId);
      return [...new Set(goals.filter((goal) => goal.completedAt === null && goal.packId === packId).flatMap((goal) => goal.skillIds))];
    },
    startSession: (learnerId, packId, now) => startSession(db, { learnerId, packId, kind: 'practice' }, now),
    endSession: (sessionId, now) => endSession(db, sessionId, now),
    async recordAnswer(attempt, changes, cause) {
      await recordAnswer(db, attempt, changes, { cause });
    },
    async practiceDays(learnerId, now, days) {
      const totals = await dailyTotals(db, learnerId, days, now);
      return totals.filter((total) => total.attempts > 0).map((total) => total.day);
    },
    async addReflection(entry, now) {
      await addJournalEntry(
        db,
        {
          learnerId: entry.learnerId,
          text: entry.text,
          mood: null,
          confidence: null,
          sessionId: entry.sessionId,
          prompt: entry.prompt,
          inPortfolio: false,
          sharedWithCoach: false,
        },
        now,
      );
    },
  };
}
