/**
 * The one Dexie subclass: every table, every schema version and every upgrade.
 *
 * Rules for changing the schema: never edit an earlier version; add a new version with the new
 * stores and, when existing rows need a new field, an upgrade function that fills it. Add the
 * same migration for backup payloads in backup/migrate.ts and a fixture test for the path from
 * each earlier version in db.browser.test.ts.
 */
import Dexie, { type EntityTable, type Transaction } from './dexie.ts';
import type { Attempt, TableRows } from './records.ts';
import { LEARNER_INDEX, STORES_V1, STORES_V2, STORES_V3, type LearnerTableName, type RowTableName, type StoredTableName } from './schema.ts';
import { buildBlocks, buildDays, type AttemptBlock, type AttemptDay } from './attempt-rows.ts';
import { localDay } from './day.ts';
import { fillCredentialV3, fillGoalV3, fillJournalV3, fillProjectV3 } from './schema-3-fields.ts';

export const DEFAULT_DB_NAME = 'wayfind';

type StoredRows = Omit<TableRows, 'attempts'> & { attemptBlocks: AttemptBlock; attemptDays: AttemptDay };
type Tables = { [Name in StoredTableName]: EntityTable<StoredRows[Name], 'id'> };

/** Schema 1 -> 2: every attempt gets the local day it was answered on. */
async function addAttemptDays(tx: Transaction): Promise<void> {
  await tx
    .table('attempts')
    .toCollection()
    .modify((attempt: { answeredAt: number; day?: string }) => {
      attempt.day = localDay(attempt.answeredAt);
    });
}

/**
 * Schema 2 -> 3: fill the new fields of existing rows with what they meant before (every goal was
 * a set of skills set by the learner; journal entries stay private; projects and credentials had
 * no skills, dates or pack). The per-learner modelStates table is dropped: the app never wrote it.
 */
async function upgradeToSchema3(tx: Transaction): Promise<void> {
  const attempts = (await tx.table('attempts').toArray()) as Attempt[];
  const byLearner = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const list = byLearner.get(attempt.learnerId);
    if (list) list.push(attempt);
    else byLearner.set(attempt.learnerId, [attempt]);
  }
  for (const [learnerId, list] of byLearner) {
    await tx.table('attemptBlocks').bulkAdd(buildBlocks(learnerId, list));
    await tx.table('attemptDays').bulkAdd(buildDays(learnerId, list));
  }
  await tx.table('goals').toCollection().modify(fillGoalV3);
  await tx.table('journal').toCollection().modify(fillJournalV3);
  await tx.table('projects').toCollection().modify(fillProjectV3);
  await tx.table('credentials').toCollection().modify(fillCredentialV3);
}

export class WayfindDb extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie defines in version().
  declare learners: Tables['learners'];
  declare packs: Tables['packs'];
  declare attemptBlocks: Tables['attemptBlocks'];
  declare attemptDays: Tables['attemptDays'];
  declare skillStates: Tables['skillStates'];
  declare sessions: Tables['sessions'];
  declare goals: Tables['goals'];
  declare journal: Tables['journal'];
  declare projects: Tables['projects'];
  declare artifacts: Tables['artifacts'];
  declare credentials: Tables['credentials'];
  declare keys: Tables['keys'];
  declare packModels: Tables['packModels'];
  declare settings: Tables['settings'];
  declare logEntries: Tables['logEntries'];
  declare skillEvents: Tables['skillEvents'];

  /** Tests pass a unique name so that each runs against its own database. */
  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(addAttemptDays);
    this.version(3).stores({ ...STORES_V3, attempts: null, modelStates: null }).upgrade(upgradeToSchema3);
  }

  /** The table called `name`, typed by its row (attempts have no table of their own: see attempt-blocks.ts). */
  tableOf<Name extends RowTableName>(name: Name): Tables[Name] {
    return this[name] as Tables[Name];
  }

  /** One learner's rows in a learner-owned table (a key range on its learnerId index). */
  rowsOfLearner<Name extends Exclude<LearnerTableName, 'attempts'>>(name: Name, learnerId: string) {
    return this.tableOf(name).where(LEARNER_INDEX[name]).between([learnerId, Dexie.minKey], [learnerId, Dexie.maxKey], true, true);
  }

  /** Every stored table, for transactions that span them all. */
  allTables(): Tables[StoredTableName][] {
    return (Object.keys(STORES_V3) as StoredTableName[]).map((name) => this[name] as Tables[StoredTableName]);
  }
}

let shared: WayfindDb | undefined;

/** The app's database, opened on first use. */
export function appDb(): WayfindDb {
  shared ??= new WayfindDb();
  return shared;
}

export { newId } from './ids.ts';
