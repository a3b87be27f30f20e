import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../schema.ts';
import { localDay } from '../day.ts';
import { BackupError } from './format.ts';
import { parseBackup } from './validate.ts';
import { writeBackupText } from './write.ts';
import { HOSTILE_BACKUPS, TEST_ITERATIONS, TEST_PASSPHRASE } from '../testing/hostile-backups.ts';
import { ADA, BEN, SAMPLE_PRIVATE_KEY, SAMPLE_START, expectedFromV2, sampleTables, sampleTablesV1, sampleTablesV2 } from '../testing/sample-household.ts';
import type { EncodedTables } from './format.ts';

const all = { kind: 'all' } as const;

describe('parseBackup accepts good files', () => {
  it('reads a plain backup with its counts per learner and table', async () => {
    const text = await writeBackupText(sampleTables(), { scope: all, createdAt: SAMPLE_START });
    const backup = await parseBackup(text);
    expect(backup.encrypted).toBe(false);
    expect(backup.sourceSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(backup.tables).toEqual(sampleTables());
    const ada = backup.counts.learners.find((learner) => learner.learnerId === ADA)!;
    const ben = backup.counts.learners.find((learner) => learner.learnerId === BEN)!;
    expect(ada.counts.attempts).toBe(6);
    expect(ben.counts.attempts).toBe(4);
    expect(ada.counts.artifacts).toBe(1);
    expect(backup.counts.household).toEqual({ packs: 1, keys: 1, settings: 2, packModels: 1 });
  });

  it('verifies the checksum whatever the key order or whitespace', async () => {
    const text = await writeBackupText(sampleTables(), { scope: all, createdAt: SAMPLE_START });
    const reindented = JSON.stringify(JSON.parse(text), null, 2);
    const backup = await parseBackup(reindented);
    expect(backup.tables.credentials[0]!.signedJson).toBe(sampleTables().credentials[0]!.signedJson);
  });

  it('decrypts with the right passphrase, and each file gets a fresh salt and IV', async () => {
    const options = { scope: all, createdAt: SAMPLE_START, passphrase: TEST_PASSPHRASE, iterations: TEST_ITERATIONS };
    const first = JSON.parse(await writeBackupText(sampleTables(), options));
    const second = JSON.parse(await writeBackupText(sampleTables(), options));
    expect(first.encryption.salt).not.toBe(second.encryption.salt);
    expect(first.encryption.iv).not.toBe(second.encryption.iv);
    expect(JSON.stringify(first)).not.toContain('Fractions by June');
    const backup = await parseBackup(JSON.stringify(first), { passphrase: TEST_PASSPHRASE });
    expect(backup.encrypted).toBe(true);
    expect(backup.tables).toEqual(sampleTables());
  });

  it('accepts the issuer\'s private key inside an encrypted backup (the one place Wayfind writes it)', async () => {
    const tables = sampleTables();
    tables.keys[0]!.privateKeyJwk = { ...SAMPLE_PRIVATE_KEY };
    const text = await writeBackupText(tables, { scope: all, createdAt: SAMPLE_START, passphrase: TEST_PASSPHRASE, iterations: TEST_ITERATIONS });
    const backup = await parseBackup(text, { passphrase: TEST_PASSPHRASE });
    expect(backup.tables.keys[0]!.privateKeyJwk).toEqual(SAMPLE_PRIVATE_KEY);
  });

  it('migrates a schema-1 backup: attempts get their local day, then the schema-3 fields', async () => {
    const text = await writeBackupText(sampleTablesV1() as unknown as EncodedTables, { scope: all, createdAt: SAMPLE_START, schemaVersion: 1 });
    const backup = await parseBackup(text);
    expect(backup.sourceSchemaVersion).toBe(1);
    for (const attempt of backup.tables.attempts) expect(attempt.day).toBe(localDay(attempt.answeredAt as number));
    expect(backup.tables).toEqual(expectedFromV2());
  });

  it('migrates a schema-2 backup: new fields keep their old meaning and modelStates is dropped', async () => {
    const text = await writeBackupText(sampleTablesV2() as unknown as EncodedTables, { scope: all, createdAt: SAMPLE_START, schemaVersion: 2 });
    const backup = await parseBackup(text);
    expect(backup.sourceSchemaVersion).toBe(2);
    expect(backup.tables).not.toHaveProperty('modelStates');
    expect(backup.tables.goals.every((goal) => goal.kind === 'skills' && goal.setBy === 'learner')).toBe(true);
    expect(backup.tables.journal.every((entry) => entry.inPortfolio === false && entry.sharedWithCoach === false)).toBe(true);
    expect(backup.tables).toEqual(expectedFromV2());
  });
});

describe('parseBackup rejects bad files with a specific message', () => {
  it('has at least 30 distinct cases', () => {
    expect(HOSTILE_BACKUPS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_BACKUPS.map((entry) => entry.name)).size).toBe(HOSTILE_BACKUPS.length);
  });

  for (const hostile of HOSTILE_BACKUPS) {
    it(`rejects ${hostile.name}`, async () => {
      const text = await hostile.build();
      const options = { ...(hostile.passphrase ? { passphrase: hostile.passphrase } : {}), ...(hostile.limits ? { limits: hostile.limits } : {}) };
      const error = await parseBackup(text, options).then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe(hostile.code);
      expect((error as BackupError).message).toMatch(hostile.message);
    });
  }
});
