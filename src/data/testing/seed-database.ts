/** Puts the sample household into a real database (browser tests and the benchmark). */
import { WayfindDb } from '../db.ts';
import { ROW_TABLE_NAMES } from '../schema.ts';
import { replaceLearnerAttempts } from '../attempt-blocks.ts';
import type { Attempt } from '../records.ts';
import { decodeRow } from '../backup/row-codec.ts';
import type { EncodedTables } from '../backup/format.ts';
import { sampleTables } from './sample-household.ts';

let counter = 0;

/** A database with a name no other test uses; delete it with `db.delete()` after the test. */
export function uniqueTestDb(label: string): WayfindDb {
  counter += 1;
  return new WayfindDb(`wayfind-test-${label}-${Date.now()}-${counter}-${crypto.randomUUID()}`);
}

/** Writes every row of `tables` (JSON form) into `db`. */
export async function seedTables(db: WayfindDb, tables: EncodedTables = sampleTables()): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    for (const name of ROW_TABLE_NAMES) {
      const rows = tables[name].map((row) => decodeRow(name, row));
      await (db.tableOf(name) as unknown as { bulkAdd(rows: unknown[]): Promise<unknown> }).bulkAdd(rows);
    }
    const attempts = tables.attempts as unknown as Attempt[];
    for (const learnerId of new Set(attempts.map((attempt) => attempt.learnerId))) {
      await replaceLearnerAttempts(db, learnerId, attempts.filter((attempt) => attempt.learnerId === learnerId));
    }
  });
}
