/**
 * How attempts are stored: in blocks of up to BLOCK_SIZE consecutive answers per learner, plus one
 * summary row per learner and local day.
 *
 * Why not one record per attempt: in Chromium every IndexedDB record costs about 135 µs to write
 * on this project's reference machine whatever its size (measured by `npm run bench:data`), so a
 * restore of 100,000 attempts could not commit in under 13 s. Blocks make it a few hundred records.
 * Answers still cost one small read-modify-write of the learner's newest block, and the day rows
 * answer the dashboard's per-day questions without reading any attempt.
 *
 * A block keeps its attempts as canonical JSON text (keys sorted, as backups write them), sorted
 * by (answeredAt, id). Text because IndexedDB reads one string far faster than it rebuilds 128
 * objects, and because a backup then splices the stored text in as it is, without parsing it and
 * writing it again. Blocks of one learner may overlap in time only when answers arrive out of
 * order (two tabs), so range reads sort what they gather. Everything here runs inside the
 * caller's transaction.
 */
import type { WayfindDb } from './db.ts';
import type { Attempt } from './records.ts';
import { addToDay, attemptsOf, blockOf, BLOCK_SIZE, buildBlocks, buildDays, byTime, dayRowId, newDay, type AttemptDay, type DayActivity } from './attempt-rows.ts';

export { attemptsOf, BLOCK_SIZE, buildBlocks, buildDays, dayRowId, type AttemptBlock, type AttemptDay, type DayActivity } from './attempt-rows.ts';

/** Adds one attempt to the learner's newest block (or a new one) and to its day row. */
export async function appendAttempt(db: WayfindDb, attempt: Attempt): Promise<void> {
  const newest = await db.attemptBlocks
    .where('[learnerId+lastAt]')
    .between([attempt.learnerId, -Infinity], [attempt.learnerId, Infinity])
    .last();
  if (newest && newest.count < BLOCK_SIZE) {
    await db.attemptBlocks.put(blockOf(newest.id, newest.learnerId, [...attemptsOf(newest), attempt].sort(byTime)));
  } else {
    await db.attemptBlocks.add(buildBlocks(attempt.learnerId, [attempt])[0]!);
  }
  const id = dayRowId(attempt.learnerId, attempt.day);
  const day = (await db.attemptDays.get(id)) ?? newDay(attempt.learnerId, attempt.day);
  addToDay(day, attempt);
  await db.attemptDays.put(day);
}

/** Adds many attempts of one learner at once (imports, benchmarks): fills the newest block, then new ones. */
export async function appendAttempts(db: WayfindDb, learnerId: string, attempts: readonly Attempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const sorted = [...attempts].sort(byTime);
  const newest = await db.attemptBlocks
    .where('[learnerId+lastAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .last();
  let rest = sorted;
  if (newest && newest.count < BLOCK_SIZE) {
    const filled = [...attemptsOf(newest), ...sorted.slice(0, BLOCK_SIZE - newest.count)].sort(byTime);
    rest = sorted.slice(BLOCK_SIZE - newest.count);
    await db.attemptBlocks.put(blockOf(newest.id, learnerId, filled));
  }
  if (rest.length > 0) await db.attemptBlocks.bulkAdd(buildBlocks(learnerId, rest));
  const added = buildDays(learnerId, sorted);
  const existing = await db.attemptDays.bulkGet(added.map((day) => day.id));
  await db.attemptDays.bulkPut(added.map((day, index) => mergeDays(existing[index], day)));
}

function mergeDays(stored: AttemptDay | undefined, added: AttemptDay): AttemptDay {
  if (!stored) return added;
  const sum = (left: DayActivity, right: DayActivity): DayActivity => ({
    attempts: left.attempts + right.attempts,
    correct: left.correct + right.correct,
    hintsUsed: left.hintsUsed + right.hintsUsed,
    durationMs: left.durationMs + right.durationMs,
  });
  const packs = { ...stored.packs };
  for (const [packId, activity] of Object.entries(added.packs)) packs[packId] = packs[packId] ? sum(packs[packId], activity) : activity;
  return { ...stored, ...sum(stored, added), packs };
}

/** Removes the learner's attempts; returns how many there were. */
export async function deleteLearnerAttempts(db: WayfindDb, learnerId: string): Promise<number> {
  const count = await countLearnerAttempts(db, learnerId);
  await db.attemptBlocks.where('[learnerId+lastAt]').between([learnerId, -Infinity], [learnerId, Infinity], true, true).delete();
  await db.attemptDays.where('[learnerId+day]').between([learnerId, ''], [learnerId, '\uffff'], true, true).delete();
  return count;
}

/** Stores exactly `attempts` as the learner's attempts, replacing any they had. */
export async function replaceLearnerAttempts(db: WayfindDb, learnerId: string, attempts: readonly Attempt[]): Promise<void> {
  await deleteLearnerAttempts(db, learnerId);
  if (attempts.length === 0) return;
  await db.attemptBlocks.bulkAdd(buildBlocks(learnerId, attempts));
  await db.attemptDays.bulkAdd(buildDays(learnerId, attempts));
}

/** Adds or overwrites (by id) the learner's attempts with `incoming`; the rest are kept. */
export async function mergeLearnerAttempts(db: WayfindDb, learnerId: string, incoming: readonly Attempt[]): Promise<void> {
  const merged = new Map((await readAttemptRange(db, learnerId)).map((attempt) => [attempt.id, attempt]));
  for (const attempt of incoming) merged.set(attempt.id, attempt);
  await replaceLearnerAttempts(db, learnerId, [...merged.values()]);
}

/** The learner's attempts answered between two times (inclusive), oldest first. */
export async function readAttemptRange(db: WayfindDb, learnerId: string, fromMs = -Infinity, toMs = Infinity): Promise<Attempt[]> {
  const blocks = await db.attemptBlocks
    .where('[learnerId+lastAt]')
    .between([learnerId, fromMs], [learnerId, Infinity], true, true)
    .filter((block) => block.firstAt <= toMs)
    .toArray();
  const attempts: Attempt[] = [];
  for (const block of blocks) {
    for (const attempt of attemptsOf(block)) if (attempt.answeredAt >= fromMs && attempt.answeredAt <= toMs) attempts.push(attempt);
  }
  return attempts.sort(byTime);
}

/**
 * The learner's newest attempts that pass `keep` (and were answered at or after `sinceMs`), newest
 * first, reading blocks from the newest back only until `limit` are found or the blocks are older.
 */
export async function readNewestAttempts(
  db: WayfindDb,
  learnerId: string,
  limit: number,
  keep: (attempt: Attempt) => boolean = () => true,
  sinceMs = -Infinity,
): Promise<Attempt[]> {
  const found: Attempt[] = [];
  let oldestFound = Infinity;
  await db.attemptBlocks
    .where('[learnerId+lastAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    // Stop once enough are found and the next block is wholly older than all of them.
    .until((block) => block.lastAt < sinceMs || (found.length >= limit && block.lastAt < oldestFound))
    .each((block) => {
      for (const attempt of attemptsOf(block)) if (attempt.answeredAt >= sinceMs && keep(attempt)) found.push(attempt);
      found.sort((left, right) => byTime(right, left));
      found.length = Math.min(found.length, limit);
      oldestFound = found.length >= limit ? found.at(-1)!.answeredAt : -Infinity;
    });
  return found;
}

/**
 * The learner's attempts as the text of one canonical JSON array, block after block (oldest block
 * first), without parsing them: what a backup writes.
 */
export async function learnerAttemptsJson(db: WayfindDb, learnerId: string): Promise<string> {
  const blocks = await db.attemptBlocks.where('[learnerId+lastAt]').between([learnerId, -Infinity], [learnerId, Infinity], true, true).toArray();
  return joinJsonArrays(blocks.map((block) => block.json));
}

/** Canonical JSON arrays joined into one array, as text. */
export function joinJsonArrays(arrays: readonly string[]): string {
  const inner = arrays.map((text) => text.slice(1, -1)).filter((text) => text.length > 0);
  return `[${inner.join(',')}]`;
}

/** How many attempts the learner has (from the day rows: no attempt is read). */
export async function countLearnerAttempts(db: WayfindDb, learnerId: string): Promise<number> {
  let count = 0;
  await db.attemptDays
    .where('[learnerId+day]')
    .between([learnerId, ''], [learnerId, '\uffff'], true, true)
    .each((day) => (count += day.attempts));
  return count;
}

/** The learner's day rows from `fromDay` to `toDay` (YYYY-MM-DD, inclusive), oldest first. */
export function readDays(db: WayfindDb, learnerId: string, fromDay = '', toDay = '\uffff'): Promise<AttemptDay[]> {
  return db.attemptDays.where('[learnerId+day]').between([learnerId, fromDay], [learnerId, toDay], true, true).toArray();
}
