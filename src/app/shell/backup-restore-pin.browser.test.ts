/**
 * Restore and pack import behind the coach PIN, on real IndexedDB: outside coach mode nothing is
 * restored or installed; a restore never sets, changes or clears the device's PIN, except a
 * whole-household replace confirmed with the current PIN; a backup's pack sources pass the full
 * pack check before anything is written.
 */
import { expect } from '@open-wc/testing';
import type { WayfindDb } from '../../data/db.ts';
import { exportBackup } from '../../data/backup/export.ts';
import { BackupError } from '../../data/backup/format.ts';
import { writeBackupText } from '../../data/backup/write.ts';
import { createLearner, listLearners } from '../../data/learners.ts';
import { listInstalledPacks } from '../../data/packs.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { SAMPLE_START, sampleTables } from '../../data/testing/sample-household.ts';
import { previewRestore } from '../../data/backup/restore.ts';
import { CoachApprovalError, CoachPinService, approveHouseholdChange, dbSettingsStore } from '../coach/index.ts';
import { installPack } from '../library/index.ts';
import { RestoreRefusedError, previewBackup, readBackupFile, restoreBackup } from './backup-service.ts';

const databases: WayfindDb[] = [];
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

async function household(name: string, pin: string | null, learners: string[]): Promise<WayfindDb> {
  const db = uniqueTestDb(name);
  databases.push(db);
  for (const displayName of learners) await createLearner(db, { displayName, avatar: 'fox', ageBand: 'adult', language: 'en' });
  if (pin) expect(await new CoachPinService(dbSettingsStore(db)).setFirstPin(pin, pin)).to.deep.equal({ ok: true });
  return db;
}

/** A backup file (as the Settings page reads it) of a household with `pin`. */
async function backupOf(pin: string | null, learners: string[]) {
  const source = await household('restore-source', pin, learners);
  return readBackupFile(new Blob([await exportBackup(source, { scope: { kind: 'all' } })]));
}

const names = async (db: WayfindDb) => (await listLearners(db)).map((learner) => learner.displayName).sort();
const unlocks = async (db: WayfindDb, pin: string) => (await new CoachPinService(dbSettingsStore(db)).unlock(pin)).outcome;
async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('restore behind the coach PIN', () => {
  it('refuses any restore outside coach mode when a PIN is set, and changes nothing', async () => {
    const db = await household('restore-locked', '2468', ['Ada']);
    const backup = await backupOf('9999', ['Mallory']);
    for (const mode of ['merge', 'replace'] as const) {
      const error = await refusal(() => restoreBackup(db, backup, mode, { coachMode: false }));
      expect(error).to.be.instanceOf(RestoreRefusedError);
      expect((error as RestoreRefusedError).message).to.match(/needs the coach: open coach mode first/);
    }
    expect(await names(db)).to.deep.equal(['Ada']);
    expect(await unlocks(db, '2468')).to.equal('unlocked');
  });

  it('keeps the device PIN through a merge and an unconfirmed whole-household replace', async () => {
    const db = await household('restore-keep', '2468', ['Ada']);
    await restoreBackup(db, await backupOf('9999', ['Ben']), 'merge', { coachMode: true });
    expect(await names(db)).to.deep.equal(['Ada', 'Ben']);
    expect(await unlocks(db, '9999')).to.equal('wrong-pin');
    expect(await unlocks(db, '2468')).to.equal('unlocked');
    const cleo = await backupOf('9999', ['Cleo']);
    // The preview says what really happens: the PIN rows are neither replaced nor removed.
    const sum = (c: { added: number; overwritten: number; removed: number }) => c.added + c.overwritten + c.removed;
    const shown = (await previewBackup(db, cleo, 'replace')).household.settings;
    const naive = (await previewRestore(db, cleo, 'replace')).household.settings;
    expect(sum(naive) - sum(shown)).to.equal(2);
    await restoreBackup(db, cleo, 'replace', { coachMode: true });
    expect(await names(db)).to.deep.equal(['Cleo']);
    expect(await unlocks(db, '2468')).to.equal('unlocked');
  });

  it('cannot clear the PIN with a backup that has none', async () => {
    const db = await household('restore-no-clear', '2468', ['Ada']);
    await restoreBackup(db, await backupOf(null, ['Dev']), 'replace', { coachMode: true });
    expect((await new CoachPinService(dbSettingsStore(db)).status()).hasPin).to.equal(true);
    expect(await unlocks(db, '2468')).to.equal('unlocked');
  });

  it('refuses a whole-household replace confirmed with a wrong PIN, changing nothing', async () => {
    const db = await household('restore-wrong-pin', '2468', ['Ada']);
    const backup = await backupOf('9999', ['Eve']);
    const wrong = await refusal(() => restoreBackup(db, backup, 'replace', { coachMode: true, currentPin: '1111' }));
    expect(wrong).to.be.instanceOf(RestoreRefusedError);
    expect((wrong as RestoreRefusedError).reason).to.equal('wrong-pin');
    expect(await names(db)).to.deep.equal(['Ada']);
    expect(await unlocks(db, '2468')).to.equal('unlocked');
  });

  it('takes the backup\'s PIN only in a whole-household replace confirmed with the current PIN', async () => {
    const db = await household('restore-confirmed', '2468', ['Ada']);
    await restoreBackup(db, await backupOf('9999', ['Finn']), 'replace', { coachMode: true, currentPin: '2468' });
    expect(await names(db)).to.deep.equal(['Finn']);
    expect(await unlocks(db, '9999')).to.equal('unlocked');
    expect(await unlocks(db, '2468')).to.equal('wrong-pin');
  });
});

describe('pack sources inside a backup', () => {
  async function withPackSource(source: string, id = 'pack-fractions', version = '1.2.0'): Promise<Blob> {
    const tables = sampleTables();
    tables.packs = [{ id, version, contentHash: 'sha256-abc', installedAt: SAMPLE_START, source }];
    return new Blob([await writeBackupText(tables, { scope: { kind: 'all' }, createdAt: SAMPLE_START })]);
  }

  it('refuses a pack that fails the pack check, naming it, before anything is written', async () => {
    const db = await household('restore-bad-pack', null, ['Ada']);
    const broken = JSON.stringify({ format: 'wayfind-pack/1', id: 'pack-fractions', version: '1.2.0', title: 'x', skills: 'none' });
    for (const [source, reason] of [
      [broken, /The pack "pack-fractions" in the backup does not pass the pack check/],
      ['{"id": "pack-fractions",', /The pack "pack-fractions" in the backup is not valid JSON/],
    ] as const) {
      const error = await refusal(async () => restoreBackup(db, await readBackupFile(await withPackSource(source)), 'merge', { coachMode: false }));
      expect(error).to.be.instanceOf(BackupError);
      expect((error as BackupError).code).to.equal('bad-pack');
      expect((error as BackupError).message).to.match(reason);
    }
    expect(await names(db)).to.deep.equal(['Ada']);
    expect(await listInstalledPacks(db)).to.deep.equal([]);
  });

  it('accepts a real pack, but not one stored under another id than its content says', async () => {
    const text = await (await fetch('/content/packs/fractions-3-6.json')).text();
    const pack = JSON.parse(text) as { id: string; version: string };
    const good = await readBackupFile(await withPackSource(text, pack.id, pack.version));
    expect(good.tables.packs[0]!.id).to.equal(pack.id);
    const error = await refusal(async () => readBackupFile(await withPackSource(text, 'pack-fractions', pack.version)));
    expect((error as BackupError).code).to.equal('bad-pack');
    expect((error as BackupError).message).to.match(/stored under another name or version/);
  });
});

describe('pack import behind the coach PIN', () => {
  it('needs no approval step when no PIN is set', async () => {
    const db = await household('pack-open', null, ['Ada']);
    expect(await approveHouseholdChange(db, false)).to.deep.equal({ approvedBy: 'no-coach-pin' });
  });

  it('refuses to install a pack outside coach mode when a PIN is set', async () => {
    const db = await household('pack-locked', '2468', ['Ada']);
    const text = await (await fetch('/content/packs/fractions-3-6.json')).text();
    const pack = JSON.parse(text);
    const checked = { ok: true as const, pack, text, plan: { action: 'install' as const }, warnings: [] } as unknown as Parameters<typeof installPack>[1];
    const error = await refusal(async () => installPack(db, checked, await approveHouseholdChange(db, false)));
    expect(error).to.be.instanceOf(CoachApprovalError);
    expect((error as Error).message).to.match(/Only the coach can do this in this household/);
    expect(await listInstalledPacks(db)).to.deep.equal([]);
    await installPack(db, checked, await approveHouseholdChange(db, true));
    expect((await listInstalledPacks(db)).map((row) => row.id)).to.deep.equal([pack.id]);
  });
});
