/** Row counts per learner per table: the shape shared by "What's stored" and restore previews. */
import { HOUSEHOLD_TABLES, LEARNER_TABLES, type HouseholdTableName, type LearnerTableName } from './schema.ts';

export interface LearnerCounts {
  learnerId: string;
  displayName: string;
  counts: Record<LearnerTableName, number>;
}

export interface StoredCounts {
  learners: LearnerCounts[];
  household: Record<HouseholdTableName, number>;
}

type LooseRow = Record<string, unknown>;

export function emptyLearnerCounts(): Record<LearnerTableName, number> {
  return Object.fromEntries(LEARNER_TABLES.map((table) => [table, 0])) as Record<LearnerTableName, number>;
}

/** Counts rows held in memory (a parsed backup), grouped by learner. */
export function countRows(tables: Record<string, LooseRow[]>): StoredCounts {
  const byLearner = new Map<string, LearnerCounts>();
  for (const learner of tables.learners ?? []) {
    const id = String(learner.id);
    byLearner.set(id, { learnerId: id, displayName: String(learner.displayName), counts: emptyLearnerCounts() });
  }
  for (const table of LEARNER_TABLES) {
    for (const row of tables[table] ?? []) {
      const owner = byLearner.get(String(row.learnerId));
      if (owner) owner.counts[table] += 1;
    }
  }
  const household = Object.fromEntries(HOUSEHOLD_TABLES.map((table) => [table, (tables[table] ?? []).length]));
  return { learners: [...byLearner.values()], household: household as Record<HouseholdTableName, number> };
}

/** Sum of every count, for one-line summaries. */
export function totalRows(counts: StoredCounts): number {
  let total = counts.learners.length;
  for (const learner of counts.learners) for (const value of Object.values(learner.counts)) total += value;
  for (const value of Object.values(counts.household)) total += value;
  return total;
}
