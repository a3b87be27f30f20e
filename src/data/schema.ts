/**
 * Every schema version of the Wayfind database, as data. db.ts applies them; tests open raw
 * Dexie databases at an earlier version to build upgrade fixtures; the backup code reads the
 * table lists. No Dexie import here, so Node tools can use it.
 */
import type { TableRows } from './records.ts';

export type TableName = keyof TableRows;

/** The schema the current code writes. Backups record it; older ones are migrated on restore. */
export const CURRENT_SCHEMA_VERSION = 3;

/** Schema 1: the first release. */
export const STORES_V1 = {
  learners: 'id, createdAt',
  packs: 'id',
  attempts: 'id, [learnerId+answeredAt], [learnerId+skillId+answeredAt], sessionId',
  skillStates: 'id, [learnerId+skillId], [learnerId+packId]',
  sessions: 'id, [learnerId+startedAt]',
  goals: 'id, [learnerId+createdAt]',
  journal: 'id, [learnerId+createdAt]',
  projects: 'id, [learnerId+updatedAt]',
  artifacts: 'id, projectId, [learnerId+createdAt]',
  credentials: 'id, [learnerId+issuedAt]',
  keys: 'id',
  modelStates: 'id, [learnerId+packId]',
  settings: 'id',
} as const;

/**
 * Schema 2: attempts gain `day` (local calendar day) and a [learnerId+day] index, so the
 * dashboard's per-day totals are index counts instead of a scan of every attempt.
 */
export const STORES_V2 = {
  ...STORES_V1,
  attempts: 'id, [learnerId+answeredAt], [learnerId+skillId+answeredAt], [learnerId+day], sessionId',
};

/**
 * Schema 3: attempts move into blocks of consecutive answers with a summary row per day
 * (attempt-blocks.ts says why); goals gain a kind, journal entries sharing choices, projects skills
 * and dates, credentials their pack; new tables for the manual learning log and mastery-level
 * changes; the never-used per-learner modelStates table gives way to one tuned model per pack.
 *
 * These are the stored (IndexedDB) tables. Backups keep listing attempts one row each, in the
 * logical `attempts` table (TABLE_NAMES), so the file format did not change with the storage.
 */
export const STORES_V3 = {
  learners: STORES_V1.learners,
  packs: STORES_V1.packs,
  attemptBlocks: 'id, [learnerId+lastAt]',
  attemptDays: 'id, [learnerId+day]',
  skillStates: STORES_V1.skillStates,
  sessions: STORES_V1.sessions,
  goals: STORES_V1.goals,
  journal: STORES_V1.journal,
  projects: STORES_V1.projects,
  artifacts: STORES_V1.artifacts,
  credentials: STORES_V1.credentials,
  keys: STORES_V1.keys,
  packModels: 'id',
  settings: STORES_V1.settings,
  logEntries: 'id, [learnerId+day]',
  skillEvents: 'id, [learnerId+at]',
} as const;

/** The logical tables: what a backup holds and what "What's stored" counts. */
export const TABLE_NAMES: readonly TableName[] = [
  'learners',
  'packs',
  'attempts',
  'skillStates',
  'sessions',
  'goals',
  'journal',
  'projects',
  'artifacts',
  'credentials',
  'keys',
  'packModels',
  'settings',
  'logEntries',
  'skillEvents',
];

/** Logical tables stored one record per row (attempts are stored in blocks instead). */
export type RowTableName = Exclude<TableName, 'attempts'>;
export const ROW_TABLE_NAMES = TABLE_NAMES.filter((name): name is RowTableName => name !== 'attempts');

/** Every IndexedDB table of the current schema. */
export type StoredTableName = keyof typeof STORES_V3;

/** The tables each schema version had: a backup must hold exactly its own version's tables. */
export const TABLES_BY_SCHEMA: Readonly<Record<number, readonly string[]>> = {
  1: Object.keys(STORES_V1),
  2: Object.keys(STORES_V2),
  3: TABLE_NAMES,
};

/** Tables whose rows belong to one learner (they carry learnerId). */
export const LEARNER_TABLES = [
  'attempts',
  'skillStates',
  'sessions',
  'goals',
  'journal',
  'projects',
  'artifacts',
  'credentials',
  'logEntries',
  'skillEvents',
] as const satisfies readonly TableName[];
export type LearnerTableName = (typeof LEARNER_TABLES)[number];

/**
 * For each learner-owned table, a compound index that starts with learnerId. A plain key range
 * on it ([learnerId, min] to [learnerId, max]) selects one learner's rows; in a quick check in
 * Chromium it read 20,000 attempts faster than Dexie's "virtual" where('learnerId').
 */
export const LEARNER_INDEX: Record<Exclude<LearnerTableName, 'attempts'>, string> = {
  skillStates: '[learnerId+skillId]',
  sessions: '[learnerId+startedAt]',
  goals: '[learnerId+createdAt]',
  journal: '[learnerId+createdAt]',
  projects: '[learnerId+updatedAt]',
  artifacts: '[learnerId+createdAt]',
  credentials: '[learnerId+issuedAt]',
  logEntries: '[learnerId+day]',
  skillEvents: '[learnerId+at]',
};

/** Tables shared by the whole household (device). */
export const HOUSEHOLD_TABLES = ['packs', 'keys', 'settings', 'packModels'] as const satisfies readonly TableName[];
export type HouseholdTableName = (typeof HOUSEHOLD_TABLES)[number];
