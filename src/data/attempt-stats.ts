/**
 * The dashboard's figures over a learner's attempts. They read the per-day summary rows and the
 * skill states, never the attempts themselves, so they stay fast at 100,000 attempts on a slow
 * Chromebook (attempt-blocks.ts).
 */
import { countLearnerAttempts, readDays, type AttemptDay } from './attempt-blocks.ts';
import type { WayfindDb } from './db.ts';
import { lastDays } from './day.ts';

export type { AttemptDay, DayActivity } from './attempt-blocks.ts';

export interface SkillCount {
  skillId: string;
  attempts: number;
}

/** How many answers exercised each of `skillIds` (from the skill states' evidence counts). */
export function countAttemptsPerSkill(db: WayfindDb, learnerId: string, skillIds: readonly string[]): Promise<SkillCount[]> {
  return db.transaction('r', db.skillStates, async () => {
    const states = await db.rowsOfLearner('skillStates', learnerId).toArray();
    const bySkill = new Map(states.map((state) => [state.skillId, state.evidence.attempts]));
    return skillIds.map((skillId) => ({ skillId, attempts: bySkill.get(skillId) ?? 0 }));
  });
}

export interface DayTotal {
  day: string;
  attempts: number;
}

/** Attempts per local day over the `days` days ending today (oldest first, zeros included). */
export async function dailyTotals(db: WayfindDb, learnerId: string, days = 90, now = Date.now()): Promise<DayTotal[]> {
  const window = lastDays(now, days);
  const rows = await dailyActivity(db, learnerId, window[0], window.at(-1));
  const byDay = new Map(rows.map((row) => [row.day, row.attempts]));
  return window.map((day) => ({ day, attempts: byDay.get(day) ?? 0 }));
}

/**
 * Answers, correct answers, hints and time per local day (and per pack), for days with any
 * practice between `fromDay` and `toDay` (YYYY-MM-DD, inclusive; default: all), oldest first.
 */
export function dailyActivity(db: WayfindDb, learnerId: string, fromDay?: string, toDay?: string): Promise<AttemptDay[]> {
  return db.transaction('r', db.attemptDays, () => readDays(db, learnerId, fromDay, toDay));
}

/** All the learner's attempts. */
export function countAttempts(db: WayfindDb, learnerId: string): Promise<number> {
  return db.transaction('r', db.attemptDays, () => countLearnerAttempts(db, learnerId));
}
