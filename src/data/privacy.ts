/**
 * "What's stored" and the delete controls: counts per table per learner, deleting one learner
 * everywhere, deleting everything. Each delete is one transaction, so it happens entirely or
 * not at all.
 */
import { countLearnerAttempts, deleteLearnerAttempts } from './attempt-blocks.ts';
import type { WayfindDb } from './db.ts';
import type { StoredCounts } from './counts.ts';
import { HOUSEHOLD_TABLES, LEARNER_TABLES, type HouseholdTableName, type LearnerTableName } from './schema.ts';

export type { LearnerCounts, StoredCounts } from './counts.ts';

/** Row counts per learner-owned table for each learner, plus the household tables. */
export function storedCounts(db: WayfindDb): Promise<StoredCounts> {
  return db.transaction('r', db.allTables(), async () => {
    const learners = await db.learners.orderBy('createdAt').toArray();
    const perLearner = await Promise.all(
      learners.map(async (learner) => {
        const entries = await Promise.all(
          LEARNER_TABLES.map(async (table) => [table, table === 'attempts' ? await countLearnerAttempts(db, learner.id) : await db.rowsOfLearner(table, learner.id).count()] as const),
        );
        return { learnerId: learner.id, displayName: learner.displayName, counts: Object.fromEntries(entries) as Record<LearnerTableName, number> };
      }),
    );
    const household = await Promise.all(HOUSEHOLD_TABLES.map(async (table) => [table, await db.tableOf(table).count()] as const));
    return { learners: perLearner, household: Object.fromEntries(household) as Record<HouseholdTableName, number> };
  });
}

/** Deletes the learner and every row of theirs in every table. Returns the number of rows deleted. */
export function deleteLearner(db: WayfindDb, learnerId: string): Promise<number> {
  return db.transaction('rw', db.allTables(), async () => {
    let deleted = 0;
    for (const table of LEARNER_TABLES) {
      deleted += table === 'attempts' ? await deleteLearnerAttempts(db, learnerId) : await db.rowsOfLearner(table, learnerId).delete();
    }
    const learner = await db.learners.get(learnerId);
    if (learner) {
      await db.learners.delete(learnerId);
      deleted += 1;
    }
    return deleted;
  });
}

/** Empties every table (the database itself stays, at the current schema). */
export function deleteEverything(db: WayfindDb): Promise<void> {
  return db.transaction('rw', db.allTables(), async () => {
    for (const table of db.allTables()) await table.clear();
  });
}
