/**
 * Damaged, truncated, wrong-version, wrong-passphrase, oversized and hostile backup files, built
 * from the sample household. Each names the error code and a fragment of the message it must be
 * rejected with. Shared by the Node tests (validation) and the Chromium tests (the database stays
 * unchanged).
 */
import type { BackupErrorCode, BackupLimits, EncodedTables } from '../backup/format.ts';
import { writeBackupText } from '../backup/write.ts';
import { ADA, BEN, SAMPLE_PRIVATE_KEY, SAMPLE_START, sampleTables } from './sample-household.ts';

/** Iterations for test encryption: the minimum the format accepts, to keep tests quick. */
export const TEST_ITERATIONS = 310_000;
export const TEST_PASSPHRASE = 'correct horse battery staple';

export interface HostileBackup {
  name: string;
  build(): Promise<string>;
  passphrase?: string;
  limits?: Partial<BackupLimits>;
  code: BackupErrorCode;
  message: RegExp;
}

type Loose = Record<string, unknown>;

const all = { kind: 'all' } as const;

/** A valid plain backup of the sample, then `edit` applied to its parsed JSON (checksum left as it was). */
async function editedDocument(edit: (document: Loose) => unknown): Promise<string> {
  const document = JSON.parse(await writeBackupText(sampleTables(), { scope: all, createdAt: SAMPLE_START })) as Loose;
  const replaced = edit(document);
  return JSON.stringify(replaced === undefined ? document : replaced);
}

/** A backup re-written (with a correct checksum) after `edit` changed its tables. */
async function rewritten(edit: (tables: Loose) => void, options: { schemaVersion?: number; scope?: unknown } = {}): Promise<string> {
  const tables = sampleTables() as unknown as Loose;
  edit(tables);
  return writeBackupText(tables as unknown as EncodedTables, {
    scope: (options.scope ?? all) as typeof all,
    createdAt: SAMPLE_START,
    ...(options.schemaVersion === undefined ? {} : { schemaVersion: options.schemaVersion }),
  });
}

function rows(tables: Loose, table: string): Loose[] {
  return tables[table] as Loose[];
}

async function encrypted(passphrase = TEST_PASSPHRASE, edit?: (document: Loose) => void): Promise<string> {
  const text = await writeBackupText(sampleTables(), { scope: all, createdAt: SAMPLE_START, passphrase, iterations: TEST_ITERATIONS });
  if (!edit) return text;
  const document = JSON.parse(text) as Loose;
  edit(document);
  return JSON.stringify(document);
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { deeper: value };
  return value;
}

/** Flips one base64 character in the middle of `text`. */
function flipCharacter(text: string): string {
  const index = Math.floor(text.length / 2);
  return text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

const plain = () => writeBackupText(sampleTables(), { scope: all, createdAt: SAMPLE_START });

export const HOSTILE_BACKUPS: HostileBackup[] = [
  { name: 'empty file', build: async () => '', code: 'empty', message: /empty/ },
  { name: 'only whitespace', build: async () => '  \n\t ', code: 'empty', message: /empty/ },
  { name: 'truncated in half', build: async () => (await plain()).slice(0, (await plain()).length / 2), code: 'not-json', message: /truncated/ },
  { name: 'last brace cut off', build: async () => (await plain()).slice(0, -1), code: 'not-json', message: /not valid JSON/ },
  { name: 'plain text', build: async () => 'my homework, not a backup', code: 'not-json', message: /not valid JSON/ },
  { name: 'a JSON array', build: async () => '[1,2,3]', code: 'not-a-backup', message: /not a Wayfind backup/ },
  { name: 'JSON null', build: async () => 'null', code: 'not-a-backup', message: /not a Wayfind backup/ },
  { name: 'another format', build: () => editedDocument((d) => void (d.format = 'other-app')), code: 'not-a-backup', message: /"format"/ },
  { name: 'larger than the size limit', build: plain, limits: { maxFileChars: 1_000 }, code: 'too-large', message: /larger than 1000/ },
  { name: 'format version missing', build: () => editedDocument((d) => void delete d.formatVersion), code: 'format-version', message: /no valid "formatVersion"/ },
  { name: 'format version from the future', build: () => editedDocument((d) => void (d.formatVersion = 99)), code: 'format-version', message: /format 99, made by a newer Wayfind/ },
  { name: 'format version as text', build: () => editedDocument((d) => void (d.formatVersion = '1')), code: 'format-version', message: /formatVersion/ },
  { name: 'checksum missing', build: () => editedDocument((d) => void delete d.checksum), code: 'bad-envelope', message: /checksum/ },
  { name: 'checksum malformed', build: () => editedDocument((d) => void (d.checksum = 'md5:1234')), code: 'bad-envelope', message: /sha256/ },
  {
    name: 'an answer flipped to correct after export',
    build: () => editedDocument((d) => void (rows((d.payload as Loose).tables as Loose, 'attempts')[0]!.correct = true)),
    code: 'checksum-mismatch',
    message: /checksum does not match/,
  },
  {
    name: 'a row removed after export',
    build: () => editedDocument((d) => void rows((d.payload as Loose).tables as Loose, 'journal').pop()),
    code: 'checksum-mismatch',
    message: /changed or damaged/,
  },
  { name: 'unknown envelope field', build: () => editedDocument((d) => void (d.extra = 1)), code: 'bad-envelope', message: /envelope/ },
  { name: 'schema version from the future', build: () => rewritten(() => {}, { schemaVersion: 99 }), code: 'schema-too-new', message: /schema 99, newer/ },
  { name: 'schema version zero', build: () => rewritten(() => {}, { schemaVersion: 0 }), code: 'schema-unknown', message: /never existed/ },
  { name: 'schema version as text', build: () => rewritten(() => {}, { schemaVersion: '2' as unknown as number }), code: 'schema-unknown', message: /no valid schema version/ },
  { name: 'a table missing', build: () => rewritten((t) => void delete t.settings), code: 'bad-tables', message: /missing the table "settings"/ },
  { name: 'an unknown table', build: () => rewritten((t) => void (t.passwords = [])), code: 'bad-tables', message: /unknown table "passwords"/ },
  { name: 'a table that is not a list', build: () => rewritten((t) => void (t.goals = { a: 1 })), code: 'bad-tables', message: /"goals" is not a list/ },
  { name: 'too many rows', build: plain, limits: { maxRowsPerTable: 3 }, code: 'too-many-rows', message: /"attempts" has 10 rows; at most 3/ },
  { name: 'a boolean given as text', build: () => rewritten((t) => void (rows(t, 'attempts')[2]!.correct = 'yes')), code: 'bad-row', message: /Row 3 of "attempts".*"correct"/ },
  { name: 'an unexpected field', build: () => rewritten((t) => void (rows(t, 'learners')[0]!.email = 'a@b.c')), code: 'bad-row', message: /"learners".*"email"/ },
  { name: 'a required field missing', build: () => rewritten((t) => void delete rows(t, 'skillStates')[1]!.masteryLevel), code: 'bad-row', message: /"skillStates".*masteryLevel/ },
  { name: 'a negative count', build: () => rewritten((t) => void (rows(t, 'attempts')[0]!.hintsUsed = -2)), code: 'bad-row', message: /"hintsUsed" must not be negative/ },
  { name: 'a probability above 1', build: () => rewritten((t) => void (rows(t, 'skillStates')[0]!.estimate = 1.5)), code: 'bad-row', message: /"estimate" must be at most 1/ },
  { name: 'a malformed day', build: () => rewritten((t) => void (rows(t, 'attempts')[0]!.day = 'Tuesday')), code: 'bad-row', message: /YYYY-MM-DD/ },
  { name: 'an over-long text', build: plain, limits: { maxTextChars: 20 }, code: 'bad-row', message: /"journal".*"text" is too long/ },
  {
    name: 'a prototype-polluting key in an answer',
    build: async () => (await rewritten(() => {})).replace('"response":"0.75"', '"response":{"__proto__":{"isAdmin":true}}'),
    code: 'hostile-json',
    message: /forbidden key "__proto__"/,
  },
  { name: 'a "constructor" key in a setting', build: () => rewritten((t) => void (rows(t, 'settings')[0]!.value = { constructor: { prototype: 1 } })), code: 'hostile-json', message: /forbidden key "constructor"/ },
  { name: 'an answer nested 200 levels deep', build: () => rewritten((t) => void (rows(t, 'attempts')[0]!.response = nested(200))), code: 'hostile-json', message: /nested deeper than/ },
  { name: 'a file that is not base64', build: () => rewritten((t) => void ((rows(t, 'artifacts')[0]!.file as Loose).base64 = '!!!not base64!!')), code: 'bad-blob', message: /not valid base64/ },
  { name: 'a file whose size lies', build: () => rewritten((t) => void ((rows(t, 'artifacts')[0]!.file as Loose).size = 5)), code: 'bad-blob', message: /size that does not match/ },
  { name: 'a file larger than allowed', build: plain, limits: { maxBlobBytes: 100 }, code: 'bad-blob', message: /more than the 100 bytes/ },
  { name: 'weights that are not base64', build: () => rewritten((t) => void ((rows(t, 'packModels')[0]!.weights as Loose).base64 = 'abc')), code: 'bad-blob', message: /"weights.base64" is not valid base64/ },
  { name: 'two rows with one id', build: () => rewritten((t) => void (rows(t, 'goals')[1]!.id = rows(t, 'goals')[0]!.id)), code: 'duplicate-id', message: /two rows with the id/ },
  { name: 'an attempt of a learner not in the file', build: () => rewritten((t) => void (rows(t, 'attempts')[0]!.learnerId = 'learner-ghost')), code: 'orphan-row', message: /learner "learner-ghost", who is not in the backup/ },
  { name: 'a file attached to a missing project', build: () => rewritten((t) => void (rows(t, 'artifacts')[0]!.projectId = 'project-ghost')), code: 'orphan-row', message: /project "project-ghost"/ },
  { name: 'a one-learner file holding two learners', build: () => rewritten(() => {}, { scope: { kind: 'learner', learnerId: ADA } }), code: 'bad-scope', message: /exactly that learner/ },
  {
    name: 'a one-learner file carrying household keys',
    build: () =>
      rewritten(
        (t) => {
          for (const [name, list] of Object.entries(t)) t[name] = name === 'keys' || name === 'packs' ? list : (list as Loose[]).filter((row) => row.learnerId !== BEN && row.id !== BEN);
          t.settings = [];
        },
        { scope: { kind: 'learner', learnerId: ADA } },
      ),
    code: 'bad-scope',
    message: /household table "keys"/,
  },
  {
    name: 'a plain backup carrying a private signing key',
    build: () => rewritten((t) => void (rows(t, 'keys')[0]!.privateKeyJwk = { ...SAMPLE_PRIVATE_KEY })),
    code: 'private-key-unencrypted',
    message: /not encrypted but carries a private signing key/,
  },
  { name: 'an unknown scope', build: () => rewritten(() => {}, { scope: { kind: 'everyone' } }), code: 'bad-scope', message: /scope is not valid/ },
  { name: 'encrypted, no passphrase given', build: () => encrypted(), code: 'passphrase-required', message: /enter its passphrase/ },
  { name: 'encrypted, wrong passphrase', build: () => encrypted(), passphrase: 'wrong horse', code: 'wrong-passphrase', message: /passphrase is wrong/ },
  {
    name: 'encrypted, ciphertext altered',
    build: () => encrypted(TEST_PASSPHRASE, (d) => void (d.ciphertext = flipCharacter(d.ciphertext as string))),
    passphrase: TEST_PASSPHRASE,
    code: 'damaged-ciphertext',
    message: /changed or damaged/,
  },
  {
    name: 'encrypted with too few iterations',
    build: () => encrypted(TEST_PASSPHRASE, (d) => void ((d.encryption as Loose).iterations = 1_000)),
    passphrase: TEST_PASSPHRASE,
    code: 'bad-encryption',
    message: /iterations" must be at least 310000/,
  },
  {
    name: 'encrypted with absurdly many iterations',
    build: () => encrypted(TEST_PASSPHRASE, (d) => void ((d.encryption as Loose).iterations = 1e12)),
    passphrase: TEST_PASSPHRASE,
    code: 'bad-encryption',
    message: /must be at most/,
  },
  {
    name: 'encrypted with a short salt',
    build: () => encrypted(TEST_PASSPHRASE, (d) => void ((d.encryption as Loose).salt = 'AAAA')),
    passphrase: TEST_PASSPHRASE,
    code: 'bad-encryption',
    message: /"encryption.salt" must be 16 bytes/,
  },
  {
    name: 'encrypted with an unknown cipher',
    build: () => encrypted(TEST_PASSPHRASE, (d) => void ((d.encryption as Loose).cipher = 'ROT13')),
    passphrase: TEST_PASSPHRASE,
    code: 'bad-encryption',
    message: /only AES-GCM/,
  },
];
