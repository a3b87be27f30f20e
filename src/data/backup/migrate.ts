/**
 * Brings a backup payload from an older schema up to the current one, mirroring the Dexie
 * upgrades in db.ts. Runs after the checksum is verified and before the structure is
 * validated, so each step must tolerate malformed rows (validation reports them next).
 */
import { localDay } from '../day.ts';
import { CURRENT_SCHEMA_VERSION } from '../schema.ts';
import { fillCredentialV3, fillGoalV3, fillJournalV3, fillProjectV3 } from '../schema-3-fields.ts';

type LooseTables = Record<string, unknown>;

/** Step N turns schema N into schema N + 1, in place. */
function eachRow(tables: LooseTables, table: string, fill: (row: Record<string, unknown>) => void): void {
  const rows = tables[table];
  if (!Array.isArray(rows)) return;
  for (const row of rows) if (row && typeof row === 'object' && !Array.isArray(row)) fill(row as Record<string, unknown>);
}

const STEPS: Record<number, (tables: LooseTables) => void> = {
  1: (tables) => {
    // Schema 2 added attempts.day (see db.ts addAttemptDays).
    const attempts = tables.attempts;
    if (!Array.isArray(attempts)) return;
    for (const row of attempts) {
      if (row && typeof row === 'object' && typeof (row as { answeredAt?: unknown }).answeredAt === 'number') {
        (row as { day?: string }).day = localDay((row as { answeredAt: number }).answeredAt);
      }
    }
  },
  2: (tables) => {
    // Schema 3 (db.ts fillSchema3Fields): new fields with their old meaning; modelStates dropped;
    // the new tables start empty.
    eachRow(tables, 'goals', fillGoalV3);
    eachRow(tables, 'journal', fillJournalV3);
    eachRow(tables, 'projects', fillProjectV3);
    eachRow(tables, 'credentials', fillCredentialV3);
    delete tables.modelStates;
    tables.packModels ??= [];
    tables.logEntries ??= [];
    tables.skillEvents ??= [];
  },
};

/** Migrates `tables` (freshly parsed, owned by the caller) from `fromVersion` to the current schema. */
export function migrateTables(tables: LooseTables, fromVersion: number): void {
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from schema ${version}.`);
    step(tables);
  }
}
