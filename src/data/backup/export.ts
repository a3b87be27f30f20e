/** Writes a backup file from the database: everything, or one learner. */
import { readAttemptRange } from '../attempt-blocks.ts';
import type { WayfindDb } from '../db.ts';
import { LEARNER_TABLES, ROW_TABLE_NAMES, TABLE_NAMES, type TableName } from '../schema.ts';
import type { Attempt, TableRows } from '../records.ts';
import type { BackupScope, EncodedTables } from './format.ts';
import { encodeRow } from './row-codec.ts';
import { writeBackupText } from './write.ts';

export interface ExportOptions {
  scope?: BackupScope;
  /** When set, the file is encrypted with a key derived from it. */
  passphrase?: string;
  iterations?: number;
  now?: number;
}

type AnyRows = { [Name in TableName]: TableRows[Name][] };

/** Every learner's attempts, learner by learner (profile order), each oldest first. */
async function allAttempts(db: WayfindDb): Promise<Attempt[]> {
  const learnerIds = new Set<string>();
  await db.attemptBlocks.orderBy('[learnerId+lastAt]').eachKey((key) => void learnerIds.add((key as [string, number])[0]));
  const perLearner = await Promise.all([...learnerIds].sort().map((learnerId) => readAttemptRange(db, learnerId)));
  return perLearner.flat();
}

/** Reads the scope's rows in one read transaction, so the backup is a consistent snapshot. */
function readRows(db: WayfindDb, scope: BackupScope): Promise<AnyRows> {
  return db.transaction('r', db.allTables(), async () => {
    const rows = {} as AnyRows;
    if (scope.kind === 'all') {
      await Promise.all(ROW_TABLE_NAMES.map(async (name) => ((rows as Record<string, unknown[]>)[name] = await db.tableOf(name).toArray())));
      rows.attempts = await allAttempts(db);
      return rows;
    }
    const learner = await db.learners.get(scope.learnerId);
    if (!learner) throw new Error(`There is no learner with the id ${scope.learnerId} to back up.`);
    rows.learners = [learner];
    rows.packs = await db.packs.toArray();
    // Household rows stay behind: the signing key, the settings and the model tuned on everyone's answers.
    rows.keys = [];
    rows.settings = [];
    rows.packModels = [];
    await Promise.all(
      LEARNER_TABLES.map(async (name) => {
        (rows as Record<string, unknown[]>)[name] =
          name === 'attempts' ? await readAttemptRange(db, scope.learnerId) : await db.rowsOfLearner(name, scope.learnerId).toArray();
      }),
    );
    return rows;
  });
}

/** Encodes rows read from the database (Blobs and ArrayBuffers to base64). */
export async function encodeTables(rows: AnyRows): Promise<EncodedTables> {
  const tables = {} as EncodedTables;
  for (const name of TABLE_NAMES) {
    const source = rows[name] as TableRows[TableName][];
    const needsEncoding = name === 'artifacts' || name === 'packModels';
    tables[name] = needsEncoding
      ? await Promise.all(source.map((row) => encodeRow<TableName>(name, row)))
      : (source as unknown as Record<string, unknown>[]);
  }
  return tables;
}

/** The text of a backup file for `scope` (default: everything). */
export async function exportBackup(db: WayfindDb, options: ExportOptions = {}): Promise<string> {
  const scope = options.scope ?? { kind: 'all' };
  const rows = await readRows(db, scope);
  // The issuer's private key leaves the device only inside an encrypted backup.
  if (!options.passphrase) rows.keys = rows.keys.map((key) => ({ ...key, privateKeyJwk: null }));
  const tables = await encodeTables(rows);
  return writeBackupText(tables, {
    scope,
    createdAt: options.now ?? Date.now(),
    ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
  });
}
