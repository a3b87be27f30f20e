/**
 * The records attempts are stored in: blocks of consecutive answers and one summary row per learner
 * and local day (why blocks: see attempt-blocks.ts). Pure builders with no database access, so the
 * database schema (db.ts) can use them without importing the code that reads and writes blocks.
 */
import { canonicalJson } from './backup/canonical-json.ts';
import { newId } from './ids.ts';
import type { Attempt } from './records.ts';

/**
 * Attempts per block. Chromium moves an IndexedDB value over 64 KB out into a separate blob file,
 * which made reading 250-attempt blocks (about 87 KB each) several times slower; 128 attempts
 * stay near 45 KB.
 */
export const BLOCK_SIZE = 128;

export interface AttemptBlock {
  id: string;
  learnerId: string;
  firstAt: number;
  lastAt: number;
  count: number;
  /** The block's attempts: a canonical JSON array, oldest first. */
  json: string;
}

/** A block's attempts as objects. */
export function attemptsOf(block: AttemptBlock): Attempt[] {
  return JSON.parse(block.json) as Attempt[];
}

export function blockOf(id: string, learnerId: string, sorted: readonly Attempt[]): AttemptBlock {
  return { id, learnerId, firstAt: sorted[0]!.answeredAt, lastAt: sorted.at(-1)!.answeredAt, count: sorted.length, json: canonicalJson(sorted) };
}

export interface DayActivity {
  attempts: number;
  correct: number;
  hintsUsed: number;
  durationMs: number;
}

/** One learner's answers on one local day, in total and per pack. */
export interface AttemptDay extends DayActivity {
  /** `${learnerId}|${day}`, so the row for a day is found (and merged) without a query. */
  id: string;
  learnerId: string;
  day: string;
  packs: Record<string, DayActivity>;
}

export function byTime(left: Attempt, right: Attempt): number {
  return left.answeredAt - right.answeredAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

export function dayRowId(learnerId: string, day: string): string {
  return `${learnerId}|${day}`;
}

export function emptyActivity(): DayActivity {
  return { attempts: 0, correct: 0, hintsUsed: 0, durationMs: 0 };
}

export function addTo(activity: DayActivity, attempt: Attempt): void {
  activity.attempts += 1;
  activity.correct += attempt.correct ? 1 : 0;
  activity.hintsUsed += attempt.hintsUsed;
  activity.durationMs += attempt.durationMs;
}

export function addToDay(row: AttemptDay, attempt: Attempt): void {
  addTo(row, attempt);
  addTo((row.packs[attempt.packId] ??= emptyActivity()), attempt);
}

export function newDay(learnerId: string, day: string): AttemptDay {
  return { id: dayRowId(learnerId, day), learnerId, day, ...emptyActivity(), packs: {} };
}

/** Blocks for one learner's attempts (any order in, sorted blocks out). */
export function buildBlocks(learnerId: string, attempts: readonly Attempt[]): AttemptBlock[] {
  const sorted = [...attempts].sort(byTime);
  const blocks: AttemptBlock[] = [];
  for (let start = 0; start < sorted.length; start += BLOCK_SIZE) blocks.push(blockOf(newId(), learnerId, sorted.slice(start, start + BLOCK_SIZE)));
  return blocks;
}

/** The day rows for one learner's attempts. */
export function buildDays(learnerId: string, attempts: readonly Attempt[]): AttemptDay[] {
  const days = new Map<string, AttemptDay>();
  for (const attempt of attempts) {
    let row = days.get(attempt.day);
    if (!row) days.set(attempt.day, (row = newDay(learnerId, attempt.day)));
    addToDay(row, attempt);
  }
  return [...days.values()];
}
