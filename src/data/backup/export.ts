/** Writes a backup file from the database: everything, or one learner. */
import { joinJsonArrays, learnerAttemptsJson } from '../attempt-blocks.ts';
import type { WayfindDb } from '../db.ts';
import { LEARNER_TABLES, ROW_TABLE_NAMES, TABLE_NAMES, type TableName } from '../schema.ts';
import type { TableRows } from '../records.ts';
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

/**
 * Every learner's attempts (learners in id order, each block by block) as one canonical JSON
 * array, spliced from the stored block texts without parsing them (attempt-blocks.ts).
 */
async function allAttemptsJson(db: WayfindDb): Promise<string> {
  const learnerIds = new Set<string>();
  await db.attemptBlocks.orderBy('[learnerId+lastAt]').eachKey((key) => void learnerIds.add((key as [string, number])[0]));
  return joinJsonArrays(await Promise.all([...learnerIds].sort().map((learnerId) => learnerAttemptsJson(db, learnerId))));
}

/** The scope's rows, with the attempts as canonical JSON text instead of rows. */
type ExportRows = { rows: AnyRows; attemptsJson: string };

/** Reads the scope's rows in one read transaction, so the backup is a consistent snapshot. */
function readRows(db: WayfindDb, scope: BackupScope): Promise<ExportRows> {
  return db.transaction('r', db.allTables(), async () => {
    const rows = {} as AnyRows;
    rows.attempts = [];
    if (scope.kind === 'all') {
      await Promise.all(ROW_TABLE_NAMES.map(async (name) => ((rows as Record<string, unknown[]>)[name] = await db.tableOf(name).toArray())));
      return { rows, attemptsJson: await allAttemptsJson(db) };
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
      LEARNER_TABLES.filter((name) => name !== 'attempts').map(async (name) => {
        (rows as Record<string, unknown[]>)[name] = await db.rowsOfLearner(name, scope.learnerId).toArray();
      }),
    );
    return { rows, attemptsJson: await learnerAttemptsJson(db, scope.learnerId) };
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
  const { rows, attemptsJson } = await readRows(db, scope);
  // The issuer's private key leaves the device only inside an encrypted backup.
  if (!options.passphrase) rows.keys = rows.keys.map((key) => ({ ...key, privateKeyJwk: null }));
  const tables = await encodeTables(rows);
  return writeBackupText(tables, {
    scope,
    attemptsJson,
    createdAt: options.now ?? Date.now(),
    ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
  });
}
