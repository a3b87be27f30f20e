/**
 * Reads a backup file and checks ALL of it before anything is written: size, JSON, envelope,
 * decryption, checksum, schema version, every row's structure, ids and references. The result
 * is a payload at the current schema, or a BackupError that says exactly what is wrong.
 * No Dexie here: the command-line checker runs this in Node.
 */
import * as v from 'valibot';
import { countRows, type StoredCounts } from '../counts.ts';
import { CURRENT_SCHEMA_VERSION, HOUSEHOLD_TABLES, LEARNER_TABLES, TABLE_NAMES, TABLES_BY_SCHEMA, type TableName } from '../schema.ts';
import { base64ByteLength } from './base64.ts';
import { payloadChecksum } from './checksum.ts';
import { decryptText } from './crypto.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  DEFAULT_LIMITS,
  OLDEST_RESTORABLE_SCHEMA,
  type BackupLimits,
  type BackupScope,
  type EncodedTables,
} from './format.ts';
import { forbiddenKeyIn } from './json-safety.ts';
import { migrateTables } from './migrate.ts';
import { attemptRowCheck } from './attempt-row-check.ts';
import { rowSchemas } from './row-schemas.ts';

export interface ParseOptions {
  passphrase?: string;
  limits?: Partial<BackupLimits>;
}

/** A backup that passed every check, migrated to the current schema. */
export interface ValidBackup {
  formatVersion: number;
  /** The schema the file was written with (it may be older than the current one). */
  sourceSchemaVersion: number;
  encrypted: boolean;
  createdAt: number;
  scope: BackupScope;
  tables: EncodedTables;
  counts: StoredCounts;
}

type Loose = Record<string, unknown>;

function isPlainObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: BackupError['code'], message: string): never {
  throw new BackupError(code, message);
}

function parseJson(text: string, limits: BackupLimits): Loose {
  // Size first: even trimming a hostile, huge text would cost memory.
  if (text.length > limits.maxFileChars) {
    fail('too-large', `The file is ${text.length} characters long; backups larger than ${limits.maxFileChars} are refused.`);
  }
  // A search for any non-space character, not trim(): trim would copy a large file's whole text.
  if (!/\S/.test(text)) fail('empty', 'The file is empty.');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail('not-json', `The file is not valid JSON, so it may be truncated or damaged (${reason}).`);
  }
  if (!isPlainObject(document) || document.format !== BACKUP_FORMAT) {
    fail('not-a-backup', 'The file is JSON but not a Wayfind backup (its "format" is not "wayfind-backup").');
  }
  const forbidden = forbiddenKeyIn(document, limits.maxJsonDepth + 8);
  if (forbidden) fail('hostile-json', `The file contains ${forbidden}, which a Wayfind backup never has.`);
  const version = document.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('format-version', 'The file has no valid "formatVersion".');
  }
  if (version > BACKUP_FORMAT_VERSION) {
    fail('format-version', `The file uses backup format ${version}, made by a newer Wayfind; this one reads format ${BACKUP_FORMAT_VERSION}. Update Wayfind, then restore.`);
  }
  return document;
}

function encryptedEnvelopeSchema(limits: BackupLimits) {
  const bytes = (length: number) =>
    v.pipe(v.string(), v.check((text) => base64ByteLength(text) === length, `must be ${length} bytes of base64`));
  const base64 = v.pipe(v.string(), v.check((text) => base64ByteLength(text) !== null, 'must be base64'));
  return v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    formatVersion: v.number(),
    encryption: v.strictObject({
      cipher: v.literal('AES-GCM', 'only AES-GCM is supported'),
      kdf: v.literal('PBKDF2', 'only PBKDF2 is supported'),
      hash: v.literal('SHA-256', 'only SHA-256 is supported'),
      iterations: v.pipe(
        v.number(),
        v.safeInteger(),
        v.minValue(limits.minIterations, `must be at least ${limits.minIterations}`),
        v.maxValue(limits.maxIterations, `must be at most ${limits.maxIterations}`),
      ),
      salt: bytes(16),
      iv: bytes(12),
      verifier: v.strictObject({ iv: bytes(12), data: base64 }),
    }),
    ciphertext: base64,
  });
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  return path ? `field "${path}" ${issue.message}` : issue.message;
}

async function decryptEnvelope(document: Loose, options: ParseOptions, limits: BackupLimits): Promise<string> {
  const parsed = v.safeParse(encryptedEnvelopeSchema(limits), document, { abortEarly: true });
  if (!parsed.success) fail('bad-encryption', `The encryption header is not valid: ${describeIssues(parsed.issues)}.`);
  if (options.passphrase === undefined || options.passphrase === '') {
    fail('passphrase-required', 'This backup is encrypted: enter its passphrase to restore it.');
  }
  return decryptText(parsed.output, options.passphrase);
}

const plainEnvelopeSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.number(),
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits')),
  payload: v.strictObject({
    schemaVersion: v.unknown(),
    createdAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
    scope: v.unknown(),
    tables: v.unknown(),
  }),
});

const scopeSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('all') }),
  v.strictObject({ kind: v.literal('learner'), learnerId: v.pipe(v.string(), v.minLength(1)) }),
]);

function checkSchemaVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isInteger(version)) fail('schema-unknown', 'The backup has no valid schema version.');
  if (version > CURRENT_SCHEMA_VERSION) {
    fail('schema-too-new', `The backup was made with database schema ${version}, newer than this Wayfind's ${CURRENT_SCHEMA_VERSION}. Update Wayfind, then restore.`);
  }
  if (version < OLDEST_RESTORABLE_SCHEMA) fail('schema-unknown', `Schema version ${version} never existed; the file is not a real backup.`);
  return version;
}

function checkTableSet(tables: unknown, limits: BackupLimits, schemaVersion: number): asserts tables is Record<TableName, unknown[]> {
  if (!isPlainObject(tables)) fail('bad-tables', 'The backup has no tables.');
  const expected = TABLES_BY_SCHEMA[schemaVersion] ?? TABLE_NAMES;
  for (const name of Object.keys(tables)) {
    if (!expected.includes(name)) fail('bad-tables', `The backup has an unknown table "${name}".`);
  }
  for (const name of expected) {
    const rows = tables[name];
    if (rows === undefined) fail('bad-tables', `The backup is missing the table "${name}".`);
    if (!Array.isArray(rows)) fail('bad-tables', `The table "${name}" is not a list of rows.`);
    if (rows.length > limits.maxRowsPerTable) {
      fail('too-many-rows', `The table "${name}" has ${rows.length} rows; at most ${limits.maxRowsPerTable} are accepted.`);
    }
  }
}

function checkRows(tables: Record<TableName, unknown[]>, limits: BackupLimits): void {
  const schemas = rowSchemas(limits);
  const certainlyValidAttempt = attemptRowCheck(limits);
  for (const name of TABLE_NAMES) {
    const schema = schemas[name];
    const seen = new Set<string>();
    tables[name].forEach((row, index) => {
      // Attempts are most of a file: most pass the quick check; any other row gets the schema's verdict.
      const certainlyValid = name === 'attempts' && certainlyValidAttempt(row);
      const parsed = certainlyValid ? { success: true as const } : v.safeParse(schema, row, { abortEarly: true });
      if (!parsed.success) {
        const issue = parsed.issues[0]!;
        const code = /blob|base64|bytes allowed|size that/.test(issue.message) ? 'bad-blob' : /safe JSON/.test(issue.message) ? 'hostile-json' : 'bad-row';
        fail(code, `Row ${index + 1} of "${name}" is not valid: ${describeIssues(parsed.issues)}.`);
      }
      const id = (row as Loose).id as string;
      if (seen.has(id)) fail('duplicate-id', `The table "${name}" has two rows with the id "${id}".`);
      seen.add(id);
    });
  }
}

function checkReferences(tables: EncodedTables, scope: BackupScope): void {
  const learnerIds = new Set(tables.learners.map((learner) => learner.id as string));
  if (scope.kind === 'learner') {
    if (learnerIds.size !== 1 || !learnerIds.has(scope.learnerId)) {
      fail('bad-scope', 'The backup says it holds one learner, but its learners table does not hold exactly that learner.');
    }
    for (const name of HOUSEHOLD_TABLES) {
      if (name !== 'packs' && tables[name].length > 0) fail('bad-scope', `A one-learner backup cannot carry the household table "${name}".`);
    }
  }
  for (const name of LEARNER_TABLES) {
    tables[name].forEach((row, index) => {
      if (!learnerIds.has(row.learnerId as string)) {
        fail('orphan-row', `Row ${index + 1} of "${name}" belongs to learner "${String(row.learnerId)}", who is not in the backup.`);
      }
    });
  }
  const projectOwners = new Map(tables.projects.map((project) => [project.id as string, project.learnerId as string]));
  tables.artifacts.forEach((artifact, index) => {
    if (projectOwners.get(artifact.projectId as string) !== artifact.learnerId) {
      fail('orphan-row', `Row ${index + 1} of "artifacts" belongs to project "${String(artifact.projectId)}", which is not in the backup for that learner.`);
    }
  });
}

/**
 * Validates a whole backup file's text.
 * @throws BackupError with a specific code and message when anything is wrong.
 */
export async function parseBackup(text: string, options: ParseOptions = {}): Promise<ValidBackup> {
  const limits: BackupLimits = { ...DEFAULT_LIMITS, ...options.limits };
  let document = parseJson(text, limits);
  const encrypted = 'encryption' in document || 'ciphertext' in document;
  if (encrypted) {
    document = parseJson(await decryptEnvelope(document, options, limits), limits);
    if ('encryption' in document || 'ciphertext' in document) fail('bad-envelope', 'The decrypted backup is itself encrypted; Wayfind never writes that.');
  }
  const envelope = v.safeParse(plainEnvelopeSchema, document, { abortEarly: true });
  if (!envelope.success) fail('bad-envelope', `The backup's envelope is not valid: ${describeIssues(envelope.issues)}.`);
  const { payload, checksum, formatVersion } = envelope.output;
  const sourceSchemaVersion = checkSchemaVersion(payload.schemaVersion);
  if ((await payloadChecksum(payload)) !== checksum) {
    fail('checksum-mismatch', 'The checksum does not match the contents: the file was changed or damaged after it was made.');
  }
  const scope = v.safeParse(scopeSchema, payload.scope);
  if (!scope.success) fail('bad-scope', `The backup's scope is not valid: ${describeIssues(scope.issues)}.`);
  checkTableSet(payload.tables, limits, sourceSchemaVersion);
  migrateTables(payload.tables, sourceSchemaVersion);
  checkRows(payload.tables, limits);
  const tables = payload.tables as EncodedTables;
  checkReferences(tables, scope.output);
  // Wayfind writes the issuer's private key only into an encrypted file. A plain file carrying one
  // would install a signing key that whoever made the file knows, so credentials could be forged.
  if (!encrypted && tables.keys.some((key) => key.privateKeyJwk !== null && key.privateKeyJwk !== undefined)) {
    fail('private-key-unencrypted', 'The file is not encrypted but carries a private signing key; Wayfind only ever puts that key in an encrypted backup, so this file was made or changed by someone else.');
  }
  return {
    formatVersion,
    sourceSchemaVersion,
    encrypted,
    createdAt: payload.createdAt,
    scope: scope.output,
    tables,
    counts: countRows(tables),
  };
}
