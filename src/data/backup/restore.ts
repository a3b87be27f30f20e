/**
 * Restores a validated backup (see validate.ts): a preview of what would change, then one
 * transaction that either replaces the scope's data or merges rows by their stable ids.
 * Merging puts each row by id, so merging the same backup twice equals merging it once.
 */
import { deleteLearnerAttempts, mergeLearnerAttempts, readAttemptRange, replaceLearnerAttempts } from '../attempt-blocks.ts';
import type { WayfindDb } from '../db.ts';
import { HOUSEHOLD_TABLES, LEARNER_TABLES, ROW_TABLE_NAMES, TABLE_NAMES, type HouseholdTableName, type LearnerTableName, type TableName } from '../schema.ts';
import type { Attempt, TableRows } from '../records.ts';
import { guardQuota } from '../storage-errors.ts';
import { decodeRow } from './row-codec.ts';
import type { ValidBackup } from './validate.ts';

/** replace: the scope's current data is removed first; merge: rows are added or overwritten by id. */
export type RestoreMode = 'replace' | 'merge';

export interface ChangeCounts {
  /** Rows in the backup that the database does not have. */
  added: number;
  /** Rows in the backup whose id the database already has (they are overwritten). */
  overwritten: number;
  /** Rows the database has that the restore removes (replace mode only). */
  removed: number;
}

export interface LearnerChanges {
  learnerId: string;
  displayName: string;
  /** Whether the learner's profile itself is added, overwritten or removed. */
  profile: 'added' | 'overwritten' | 'removed' | 'kept';
  tables: Record<LearnerTableName, ChangeCounts>;
}

export interface RestorePreview {
  mode: RestoreMode;
  learners: LearnerChanges[];
  household: Record<HouseholdTableName, ChangeCounts>;
}

const noChange = (): ChangeCounts => ({ added: 0, overwritten: 0, removed: 0 });

/** What committing `backup` in `mode` would do, computed from ids without writing. */
export function previewRestore(db: WayfindDb, backup: ValidBackup, mode: RestoreMode, { keepSettings = [] }: CommitOptions = {}): Promise<RestorePreview> {
  const kept = new Set(keepSettings);
  return db.transaction('r', db.allTables(), async () => {
    const fileLearners = new Map(backup.tables.learners.map((row) => [row.id as string, row.displayName as string]));
    const dbLearners = new Map((await db.learners.toArray()).map((learner) => [learner.id, learner.displayName]));
    // Learners whose data a replace wipes: every stored learner, or just the one in a one-learner file.
    const replaced = new Set(mode === 'replace' ? (backup.scope.kind === 'all' ? dbLearners.keys() : [backup.scope.learnerId]) : []);
    const affected = new Set([...fileLearners.keys(), ...replaced]);
    const learners: LearnerChanges[] = [...affected].map((learnerId) => ({
      learnerId,
      displayName: fileLearners.get(learnerId) ?? dbLearners.get(learnerId) ?? learnerId,
      profile: fileLearners.has(learnerId) ? (dbLearners.has(learnerId) ? 'overwritten' : 'added') : replaced.has(learnerId) ? 'removed' : 'kept',
      tables: Object.fromEntries(LEARNER_TABLES.map((table) => [table, noChange()])) as Record<LearnerTableName, ChangeCounts>,
    }));
    const byId = new Map(learners.map((changes) => [changes.learnerId, changes]));
    // Attempts are stored in blocks per learner, so only the affected learners' ids are read.
    const storedAttemptIds = async () => {
      const ids = await Promise.all([...affected].map(async (learnerId) => (await readAttemptRange(db, learnerId)).map((attempt) => attempt.id)));
      return ids.flat();
    };
    for (const table of LEARNER_TABLES) {
      const storedIds = new Set(table === 'attempts' ? await storedAttemptIds() : ((await db.tableOf(table).toCollection().primaryKeys()) as string[]));
      const fileIds = new Set<string>();
      for (const row of backup.tables[table]) {
        fileIds.add(row.id as string);
        const counts = byId.get(row.learnerId as string)!.tables[table];
        if (storedIds.has(row.id as string)) counts.overwritten += 1;
        else counts.added += 1;
      }
      for (const learnerId of replaced) {
        const ids =
          table === 'attempts'
            ? (await readAttemptRange(db, learnerId)).map((attempt) => attempt.id)
            : ((await db.rowsOfLearner(table, learnerId).primaryKeys()) as string[]);
        byId.get(learnerId)!.tables[table].removed += ids.filter((id) => !fileIds.has(id)).length;
      }
    }
    const household = {} as Record<HouseholdTableName, ChangeCounts>;
    for (const table of HOUSEHOLD_TABLES) {
      // Settings the device keeps (the coach PIN) are neither added nor removed by the restore.
      const untouched = (id: string) => table === 'settings' && kept.has(id);
      const storedIds = new Set(((await db.tableOf(table).toCollection().primaryKeys()) as string[]).filter((id) => !untouched(id)));
      const fileIds = new Set(backup.tables[table].map((row) => row.id as string).filter((id) => !untouched(id)));
      const counts = noChange();
      for (const id of fileIds) if (storedIds.has(id)) counts.overwritten += 1; else counts.added += 1;
      // Only a whole-household replace removes household rows.
      if (mode === 'replace' && backup.scope.kind === 'all') counts.removed = [...storedIds].filter((id) => !fileIds.has(id)).length;
      household[table] = counts;
    }
    return { mode, learners, household };
  });
}

type DecodedTables = { [Name in TableName]: TableRows[Name][] };

function decodeTables(backup: ValidBackup): DecodedTables {
  const decoded = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) decoded[name] = backup.tables[name].map((row) => decodeRow(name, row));
  return decoded as DecodedTables;
}

/**
 * Writes the backup in one transaction: if anything fails (a full disk included) nothing changes.
 * @throws StorageFullError when the disk is full.
 */
export interface CommitOptions {
  /**
   * Settings this device keeps whatever the file says (the coach PIN and its lockout): the file's
   * rows for them are ignored and the stored rows survive even a whole-household replace.
   */
  keepSettings?: readonly string[];
}

export async function commitRestore(db: WayfindDb, backup: ValidBackup, mode: RestoreMode, { keepSettings = [] }: CommitOptions = {}): Promise<void> {
  // Decode (base64 -> Blob) before the transaction: a transaction must not wait on non-database work.
  const rows = decodeTables(backup);
  const kept = new Set(keepSettings);
  rows.settings = rows.settings.filter((setting) => !kept.has(setting.id));
  await guardQuota('the restored backup', () =>
    db.transaction('rw', db.allTables(), async () => {
      const keptRows = (await db.settings.bulkGet([...kept])).filter((row) => row !== undefined);
      if (mode === 'replace') {
        if (backup.scope.kind === 'all') {
          for (const table of db.allTables()) await table.clear();
        } else {
          const learnerId = backup.scope.learnerId;
          for (const name of LEARNER_TABLES) {
            if (name === 'attempts') await deleteLearnerAttempts(db, learnerId);
            else await db.rowsOfLearner(name, learnerId).delete();
          }
          await db.learners.delete(learnerId);
        }
      }
      for (const name of ROW_TABLE_NAMES) {
        if (rows[name].length > 0) await (db.tableOf(name) as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(rows[name]);
      }
      for (const [learnerId, attempts] of groupByLearner(rows.attempts)) {
        if (mode === 'replace') await replaceLearnerAttempts(db, learnerId, attempts);
        else await mergeLearnerAttempts(db, learnerId, attempts);
      }
      if (keptRows.length > 0) await db.settings.bulkPut(keptRows);
    }),
  );
}

function groupByLearner(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const group = groups.get(attempt.learnerId);
    if (group) group.push(attempt);
    else groups.set(attempt.learnerId, [attempt]);
  }
  return groups;
}

/** Counts of the learner-owned rows a preview adds, for one-line summaries. */
export function previewTotals(preview: RestorePreview): ChangeCounts {
  const total = noChange();
  const add = (counts: ChangeCounts) => {
    total.added += counts.added;
    total.overwritten += counts.overwritten;
    total.removed += counts.removed;
  };
  for (const learner of preview.learners) Object.values(learner.tables).forEach(add);
  Object.values(preview.household).forEach(add);
  return total;
}
