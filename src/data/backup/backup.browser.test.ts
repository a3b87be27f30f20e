import { expect } from '@open-wc/testing';
import { attemptsBetween, recordAnswer } from '../attempts.ts';
import { countAttempts } from '../attempt-stats.ts';
import { storeCredential } from '../credentials.ts';
import type { WayfindDb } from '../db.ts';
import { addGoal } from '../goals.ts';
import { addJournalEntry } from '../journal.ts';
import { saveIssuerKey } from '../keys.ts';
import { createLearner } from '../learners.ts';
import { recordPackInstall } from '../packs.ts';
import { deleteEverything, storedCounts } from '../privacy.ts';
import { addArtifact, createProject } from '../projects.ts';
import { TABLE_NAMES } from '../schema.ts';
import { startSession } from '../sessions.ts';
import { setSetting } from '../settings.ts';
import { StorageFullError } from '../storage-errors.ts';
import { HOSTILE_BACKUPS, TEST_ITERATIONS, TEST_PASSPHRASE } from '../testing/hostile-backups.ts';
import { ADA, BEN, SAMPLE_START, SIGNED_CREDENTIAL, expectedFromV2, sampleTables, sampleTablesV1, sampleTablesV2 } from '../testing/sample-household.ts';
import type { EncodedTables } from './format.ts';
import { seedTables, uniqueTestDb } from '../testing/seed-database.ts';
import { exportBackup } from './export.ts';
import { BackupError } from './format.ts';
import { commitRestore, previewRestore } from './restore.ts';
import { parseBackup } from './validate.ts';
import { writeBackupText } from './write.ts';

const databases: WayfindDb[] = [];
function testDb(label: string): WayfindDb {
  const db = uniqueTestDb(label);
  databases.push(db);
  return db;
}
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

/** Everything in the database, as the backup's tables (Blobs as base64): a deep-comparable snapshot. */
async function snapshot(db: WayfindDb): Promise<unknown> {
  return JSON.parse(await exportBackup(db, { now: 0 })).payload.tables;
}

/** A household built through the app's own commands, with Blobs and raw bytes. */
async function buildHousehold(db: WayfindDb): Promise<{ ada: string; ben: string }> {
  await recordPackInstall(db, { id: 'pack-1', version: '1.0.0', contentHash: 'sha256-x', installedAt: 1 });
  await saveIssuerKey(db, { algorithm: 'Ed25519', publicKeyJwk: { kty: 'OKP', x: 'pub' }, privateKeyJwk: { kty: 'OKP', d: 'priv' } });
  await setSetting(db, 'theme', { mode: 'dark', contrast: 1.5 });
  const ids = { ada: '', ben: '' };
  for (const name of ['Ada', 'Ben'] as const) {
    const learner = await createLearner(db, { displayName: name, avatar: 'fox', ageBand: '8-10', language: 'en' });
    ids[name === 'Ada' ? 'ada' : 'ben'] = learner.id;
    const session = await startSession(db, { learnerId: learner.id, kind: 'practice', packId: 'pack-1' });
    for (let index = 0; index < 5; index++) {
      const answeredAt = SAMPLE_START + index * 3_600_000;
      await recordAnswer(
        db,
        { learnerId: learner.id, packId: 'pack-1', itemId: `i${index}`, skillId: 's1', skillIds: ['s1', 's2'], response: { choice: index }, correct: index % 2 === 0, hintsUsed: 1, durationMs: 900, startedAt: answeredAt - 900, answeredAt, sessionId: session.id },
        [{ skillId: 's1', packId: 'pack-1', estimate: 0.6, masteryLevel: 'practising', reviewCard: { due: answeredAt + 1 } }],
      );
    }
    await addGoal(db, { learnerId: learner.id, kind: 'skills', title: 'Halves', packId: 'pack-1', credentialKey: null, skillIds: ['s1'], targetLevel: 'proficient', minutesPerDay: null, dueAt: null, setBy: 'learner' });
    await addJournalEntry(db, { learnerId: learner.id, text: `${name} wrote ✓`, mood: 4, confidence: null, sessionId: session.id, prompt: 'What helped?', inPortfolio: true, sharedWithCoach: false });
    const projectInput = { learnerId: learner.id, title: 'Model', description: 'Clay', skillIds: ['s1'], startDay: '2026-01-02', endDay: null };
    const project = await createProject(db, projectInput as Parameters<typeof createProject>[1]);
    await addArtifact(db, { projectId: project.id, name: 'photo.bin', note: '', file: new Blob([Uint8Array.from([0, 1, 2, 250, 255]), name], { type: 'application/octet-stream' }) });
    await storeCredential(db, { learnerId: learner.id, origin: 'issued', signedJson: SIGNED_CREDENTIAL, achievementName: 'Halves', issuedAt: 5, packId: 'pack-1', credentialKey: 'halves' });
    await db.logEntries.add({ id: `log-${name}`, learnerId: learner.id, day: '2026-01-03', minutes: 30, subject: 'Science', kind: 'field-trip', note: 'Museum', createdAt: 7 });
  }
  await db.packModels.put({ id: 'pack-1', packId: 'pack-1', baseModelVersion: 'v1', weights: Float32Array.from([1.5, -2, 3]).buffer, trainedAt: 9, attemptsUsed: 10, heldOutAucShipped: 0.7, heldOutAucTuned: 0.72 });
  return ids;
}

async function restoreText(db: WayfindDb, text: string, mode: 'replace' | 'merge', passphrase?: string): Promise<void> {
  await commitRestore(db, await parseBackup(text, passphrase === undefined ? {} : { passphrase }), mode);
}

describe('backup, wipe, restore', () => {
  it('gives back the original, deep-equal, Blobs and bytes included', async () => {
    const db = testDb('roundtrip');
    const { ada } = await buildHousehold(db);
    const before = await snapshot(db);
    const text = await exportBackup(db);
    await deleteEverything(db);
    expect(await db.attemptBlocks.count()).to.equal(0);
    await restoreText(db, text, 'replace');
    expect(await snapshot(db)).to.deep.equal(before);
    // Check the live objects too, not only their encoding.
    const artifact = (await db.artifacts.where('learnerId').equals(ada).first())!;
    expect(artifact.file).to.be.instanceOf(Blob);
    expect(artifact.file.type).to.equal('application/octet-stream');
    expect([...new Uint8Array(await artifact.file.arrayBuffer())].slice(0, 5)).to.deep.equal([0, 1, 2, 250, 255]);
    const model = (await db.packModels.get('pack-1'))!;
    expect([...new Float32Array(model.weights)]).to.deep.equal([1.5, -2, 3]);
    expect((await db.credentials.where('learnerId').equals(ada).first())!.signedJson).to.equal(SIGNED_CREDENTIAL);
    // The issuer's private key never leaves the device in a file without a passphrase.
    expect(text).not.to.contain('"priv"');
    expect((await db.keys.toArray()).map((key) => key.privateKeyJwk)).to.deep.equal([null]);
  });

  it('round-trips an encrypted backup, and a wrong passphrase changes nothing', async () => {
    const db = testDb('encrypted');
    await buildHousehold(db);
    const before = await snapshot(db);
    const text = await exportBackup(db, { passphrase: TEST_PASSPHRASE, iterations: TEST_ITERATIONS });
    expect(text).not.to.contain('Ada wrote');
    await deleteEverything(db);
    const wipedSnapshot = await snapshot(db);
    const error = await restoreText(db, text, 'replace', 'not the passphrase').catch((rejection: unknown) => rejection);
    expect((error as BackupError).code).to.equal('wrong-passphrase');
    expect(await snapshot(db)).to.deep.equal(wipedSnapshot);
    await restoreText(db, text, 'replace', TEST_PASSPHRASE);
    expect(await snapshot(db)).to.deep.equal(before);
    // Inside an encrypted backup the private key travels, so the restored device can keep issuing.
    expect((await db.keys.toArray()).map((key) => key.privateKeyJwk)).to.deep.equal([{ kty: 'OKP', d: 'priv' }]);
  });

  it('backs up one learner and restores them into another household', async () => {
    const source = testDb('one-source');
    const { ada, ben } = await buildHousehold(source);
    const text = await exportBackup(source, { scope: { kind: 'learner', learnerId: ada } });
    const backup = await parseBackup(text);
    expect(backup.counts.learners.map((learner) => learner.learnerId)).to.deep.equal([ada]);
    expect(backup.tables.keys).to.deep.equal([]);
    const target = testDb('one-target');
    await commitRestore(target, backup, 'merge');
    expect(await target.learners.count()).to.equal(1);
    expect(await attemptsBetween(target, ada)).to.have.length(5);
    expect(await attemptsBetween(target, ben)).to.have.length(0);
  });

  it('replacing one learner leaves the other learners alone', async () => {
    const db = testDb('replace-one');
    const { ada, ben } = await buildHousehold(db);
    const text = await exportBackup(db, { scope: { kind: 'learner', learnerId: ada } });
    const benBefore = await attemptsBetween(db, ben);
    await recordAnswer(db, { learnerId: ada, packId: 'pack-1', itemId: 'late', skillId: 's1', skillIds: ['s1'], response: null, correct: true, hintsUsed: 0, durationMs: 1, startedAt: 1, answeredAt: 2, sessionId: null }, []);
    const preview = await previewRestore(db, await parseBackup(text), 'replace');
    const adaChanges = preview.learners.find((learner) => learner.learnerId === ada)!;
    expect(adaChanges.tables.attempts).to.deep.equal({ added: 0, overwritten: 5, removed: 1 });
    expect(preview.learners.some((learner) => learner.learnerId === ben)).to.equal(false);
    await restoreText(db, text, 'replace');
    expect(await attemptsBetween(db, ada)).to.have.length(5);
    expect(await countAttempts(db, ada)).to.equal(5);
    expect(await attemptsBetween(db, ben)).to.deep.equal(benBefore);
  });
});

describe('a restore that fails part-way', () => {
  it('leaves the database exactly as it was when the disk fills during a replace', async () => {
    const db = testDb('restore-quota');
    await buildHousehold(db);
    const before = await snapshot(db);
    const backup = await parseBackup(await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: 1 }));
    const bulkPut = db.skillEvents.bulkPut.bind(db.skillEvents);
    // Fails after every table was cleared and most were refilled: the transaction must roll all of it back.
    db.skillEvents.bulkPut = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof bulkPut;
    const failure = await commitRestore(db, backup, 'replace').catch((error: unknown) => error);
    db.skillEvents.bulkPut = bulkPut;
    expect(failure).to.be.instanceOf(StorageFullError);
    expect((failure as Error).message).to.match(/^Storage is full, so the restored backup was not saved/);
    expect(await snapshot(db)).to.deep.equal(before);
  });
});

describe('replace everything', () => {
  it('previews and removes learners and household rows that are not in the backup', async () => {
    const db = testDb('replace-all');
    await seedTables(db);
    const carol = await createLearner(db, { displayName: 'Carol', avatar: 'cat', ageBand: 'adult', language: 'en' });
    await addGoal(db, { learnerId: carol.id, kind: 'minutes', title: 'Spanish', packId: null, credentialKey: null, skillIds: [], targetLevel: 'familiar', minutesPerDay: 15, dueAt: null, setBy: 'coach' });
    await setSetting(db, 'only-here', true);
    const backup = await parseBackup(await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: 1 }));
    const preview = await previewRestore(db, backup, 'replace');
    const carolChanges = preview.learners.find((learner) => learner.learnerId === carol.id)!;
    expect(carolChanges.profile).to.equal('removed');
    expect(carolChanges.tables.goals).to.deep.equal({ added: 0, overwritten: 0, removed: 1 });
    expect(preview.household.settings).to.deep.equal({ added: 0, overwritten: 2, removed: 1 });
    await commitRestore(db, backup, 'replace');
    expect(await db.learners.get(carol.id)).to.equal(undefined);
    expect(await db.goals.where('learnerId').equals(carol.id).count()).to.equal(0);
    expect(await db.settings.get('only-here')).to.equal(undefined);
    const reference = testDb('replace-all-reference');
    await seedTables(reference);
    expect(await snapshot(db)).to.deep.equal(await snapshot(reference));
  });
});

describe('merge by stable id', () => {
  it('merging the same backup twice equals merging it once, with no duplicates', async () => {
    const db = testDb('merge');
    await seedTables(db, { ...sampleTables(), learners: sampleTables().learners.slice(0, 1), ...onlyLearner(ADA) });
    const text = await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: SAMPLE_START });
    const backup = await parseBackup(text);
    const preview = await previewRestore(db, backup, 'merge');
    const ben = preview.learners.find((learner) => learner.learnerId === BEN)!;
    expect(ben.profile).to.equal('added');
    expect(ben.tables.attempts).to.deep.equal({ added: 4, overwritten: 0, removed: 0 });
    expect(preview.learners.find((learner) => learner.learnerId === ADA)!.tables.attempts).to.deep.equal({ added: 0, overwritten: 6, removed: 0 });

    await commitRestore(db, backup, 'merge');
    const once = await snapshot(db);
    await commitRestore(db, await parseBackup(text), 'merge');
    expect(await snapshot(db)).to.deep.equal(once);
    const counts = await storedCounts(db);
    const stored = (name: (typeof TABLE_NAMES)[number]) =>
      name in counts.household
        ? counts.household[name as keyof typeof counts.household]
        : name === 'learners'
          ? counts.learners.length
          : counts.learners.reduce((sum, learner) => sum + learner.counts[name as keyof typeof learner.counts], 0);
    for (const name of TABLE_NAMES) expect(stored(name), name).to.equal(sampleTables()[name].length);
  });

  it('keeps rows the backup does not have', async () => {
    const db = testDb('merge-keep');
    await seedTables(db);
    await setSetting(db, 'only-here', 1);
    await restoreText(db, await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: 1 }), 'merge');
    expect((await db.settings.get('only-here'))!.value).to.equal(1);
  });
});

describe('backups from older schema versions', () => {
  for (const [version, tables] of [[1, sampleTablesV1], [2, sampleTablesV2]] as const) {
    it(`restores a schema-${version} backup into the current schema`, async () => {
      const db = testDb(`old-backup-${version}`);
      const text = await writeBackupText(tables() as unknown as EncodedTables, { scope: { kind: 'all' }, createdAt: SAMPLE_START, schemaVersion: version });
      await restoreText(db, text, 'replace');
      const reference = testDb(`old-backup-reference-${version}`);
      await seedTables(reference, expectedFromV2());
      expect(await snapshot(db)).to.deep.equal(await snapshot(reference));
    });
  }
});

describe('hostile backups', () => {
  it(`rejects all ${HOSTILE_BACKUPS.length} damaged or hostile files and leaves the database unchanged`, async function () {
    (this as { timeout(ms: number): void }).timeout(120_000);
    expect(HOSTILE_BACKUPS.length).to.be.at.least(30);
    const db = testDb('hostile');
    await seedTables(db, { ...sampleTables(), learners: sampleTables().learners.slice(0, 1), ...onlyLearner(ADA) });
    const before = await snapshot(db);
    for (const hostile of HOSTILE_BACKUPS) {
      const text = await hostile.build();
      const options = { ...(hostile.passphrase ? { passphrase: hostile.passphrase } : {}), ...(hostile.limits ? { limits: hostile.limits } : {}) };
      for (const mode of ['replace', 'merge'] as const) {
        const error = await parseBackup(text, options)
          .then((backup) => commitRestore(db, backup, mode))
          .then(() => undefined, (rejection: unknown) => rejection);
        expect(error, hostile.name).to.be.instanceOf(BackupError);
        expect((error as BackupError).code, hostile.name).to.equal(hostile.code);
        expect((error as BackupError).message, hostile.name).to.match(hostile.message);
      }
      expect(await snapshot(db), hostile.name).to.deep.equal(before);
    }
  });
});

/** The sample's learner-owned rows for one learner only (household tables untouched). */
function onlyLearner(learnerId: string) {
  const tables = sampleTables();
  const keep = <T extends { learnerId?: unknown }>(rows: T[]) => rows.filter((row) => row.learnerId === learnerId);
  return {
    attempts: keep(tables.attempts),
    skillStates: keep(tables.skillStates),
    sessions: keep(tables.sessions),
    goals: keep(tables.goals),
    journal: keep(tables.journal),
    projects: keep(tables.projects),
    artifacts: keep(tables.artifacts),
    credentials: keep(tables.credentials),
    logEntries: keep(tables.logEntries),
    skillEvents: keep(tables.skillEvents),
  };
}
