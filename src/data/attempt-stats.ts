/**
 * The dashboard's figures over a learner's attempts. Each is a handful of index counts, which
 * IndexedDB answers without reading (deserialising) the attempts themselves: this keeps them
 * fast at 100,000 attempts on a slow Chromebook.
 */
import type { WayfindDb } from './db.ts';
import { lastDays } from './day.ts';

export interface SkillCount {
  skillId: string;
  attempts: number;
}

/** How many attempts the learner made on each of `skillIds` (the skills of a pack, say). */
export function countAttemptsPerSkill(db: WayfindDb, learnerId: string, skillIds: readonly string[]): Promise<SkillCount[]> {
  return db.transaction('r', db.attempts, () =>
    Promise.all(
      skillIds.map(async (skillId) => ({
        skillId,
        attempts: await db.attempts
          .where('[learnerId+skillId+answeredAt]')
          .between([learnerId, skillId, -Infinity], [learnerId, skillId, Infinity])
          .count(),
      })),
    ),
  );
}

export interface DayTotal {
  day: string;
  attempts: number;
}

/** Attempts per local day over the `days` days ending today (oldest first, zeros included). */
export function dailyTotals(db: WayfindDb, learnerId: string, days = 90, now = Date.now()): Promise<DayTotal[]> {
  return db.transaction('r', db.attempts, () =>
    Promise.all(
      lastDays(now, days).map(async (day) => ({
        day,
        attempts: await db.attempts.where('[learnerId+day]').equals([learnerId, day]).count(),
      })),
    ),
  );
}

/** All the learner's attempts (index count). */
export function countAttempts(db: WayfindDb, learnerId: string): Promise<number> {
  return db.attempts.where('[learnerId+answeredAt]').between([learnerId, -Infinity], [learnerId, Infinity]).count();
}
