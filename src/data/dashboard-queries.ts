/**
 * Reads for the learner's dashboards (Today, Progress, Goals) that the entity files do not already
 * offer. Attempts live in blocks with one summary row per learner and day (attempt-blocks.ts):
 * per-day figures come from the day rows without reading any attempt; only the goal pace reads
 * the attempts of its last two weeks. Every read is a key range on an index that starts with
 * learnerId, so a learner's dashboard never reads another learner's rows.
 */
import { readAttemptRange, readDays } from './attempt-blocks.ts';
import type { WayfindDb } from './db.ts';
import { lastDays } from './day.ts';
import type { Attempt } from './records.ts';

/** The fields of an attempt the dashboards aggregate (pace, minutes, accuracy). */
export type ActivityAttempt = Pick<Attempt, 'answeredAt' | 'durationMs' | 'correct' | 'day'>;

/** The learner's attempts answered from `fromMs` to `toMs`, oldest first, trimmed to the fields the dashboards use. */
export async function activityBetween(db: WayfindDb, learnerId: string, fromMs: number, toMs = Infinity): Promise<ActivityAttempt[]> {
  const rows = await readAttemptRange(db, learnerId, fromMs, toMs);
  return rows.map(({ answeredAt, durationMs, correct, day }) => ({ answeredAt, durationMs, correct, day }));
}

/** Every local day (YYYY-MM-DD) on which the learner answered anything, oldest first (index keys only). */
export async function practiceDays(db: WayfindDb, learnerId: string): Promise<string[]> {
  // Days are 'YYYY-MM-DD' strings, so '' and '\uffff' bound every day of this learner.
  const keys = await db.attemptDays.where('[learnerId+day]').between([learnerId, ''], [learnerId, '\uffff'], true, true).keys();
  return keys.map((key) => String((key as unknown as [string, string])[1]));
}

export interface DayTotals {
  day: string;
  attempts: number;
  correct: number;
  /** The day's answering time as stored (not capped per answer). */
  durationMs: number;
}

/** Answers, correct answers and time on each of the `count` local days ending with `now`'s day, oldest first (zeros included). */
export async function dayTotals(db: WayfindDb, learnerId: string, count: number, now = Date.now()): Promise<DayTotals[]> {
  const days = lastDays(now, count);
  const rows = new Map((await readDays(db, learnerId, days[0], days.at(-1))).map((row) => [row.day, row]));
  return days.map((day) => {
    const row = rows.get(day);
    return { day, attempts: row?.attempts ?? 0, correct: row?.correct ?? 0, durationMs: row?.durationMs ?? 0 };
  });
}
