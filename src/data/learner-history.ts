/**
 * A learner's history over a span of time, for the coach's overview and alerts and the
 * homeschool records: recent answers, review sessions and skill events.
 * Each read is a key range on a [learnerId+...] index, so it never touches another learner's rows
 * (answers through attempt-blocks.ts, which stores them in per-learner blocks).
 */
import { readNewestAttempts } from './attempt-blocks.ts';
import type { WayfindDb } from './db.ts';
import type { Attempt } from './records.ts';
import { listSkillEvents } from './skill-events.ts';

export type HistoryAttempt = Pick<Attempt, 'packId' | 'skillId' | 'correct' | 'hintsUsed' | 'durationMs' | 'answeredAt' | 'sessionId'>;

/** The learner's newest `limit` answers since `fromMs`, oldest first (reads only the newest blocks). */
export async function recentAttemptsSince(db: WayfindDb, learnerId: string, fromMs: number, limit: number): Promise<HistoryAttempt[]> {
  const rows = await readNewestAttempts(db, learnerId, limit, () => true, fromMs);
  return rows.reverse();
}

/** Ids of the learner's review sessions started at or after `fromMs` (their answers are reviews). */
export async function reviewSessionIdsSince(db: WayfindDb, learnerId: string, fromMs: number): Promise<Set<string>> {
  const sessions = await db.sessions.where('[learnerId+startedAt]').between([learnerId, fromMs], [learnerId, Infinity], true, true).toArray();
  return new Set(sessions.filter((session) => session.kind === 'review').map((session) => session.id));
}

/** The model's estimate of each skill at each recorded mastery change since `fromMs` (oldest first). */
export async function estimateHistory(
  db: WayfindDb,
  learnerId: string,
  fromMs = -Infinity,
): Promise<{ skillId: string; at: number; estimate: number }[]> {
  const events = await listSkillEvents(db, learnerId, fromMs);
  return events.map(({ skillId, at, estimate }) => ({ skillId, at, estimate }));
}

/** The moment of the learner's latest answer, or null when they never answered. */
export async function lastAnswerAt(db: WayfindDb, learnerId: string): Promise<number | null> {
  const [latest] = await readNewestAttempts(db, learnerId, 1);
  return latest?.answeredAt ?? null;
}

/** When each skill last became mastered (from skill events), by skill id. */
export async function masteryDates(db: WayfindDb, learnerId: string): Promise<Map<string, number>> {
  const events = await listSkillEvents(db, learnerId);
  const dates = new Map<string, number>();
  for (const event of events) {
    if (event.toLevel === 'mastered' && event.at > (dates.get(event.skillId) ?? -Infinity)) dates.set(event.skillId, event.at);
  }
  return dates;
}
