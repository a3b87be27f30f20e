import { expect } from '@open-wc/testing';
import { recordAnswer, type NewAttempt } from './attempts.ts';
import type { WayfindDb } from './db.ts';
import { createLearner } from './learners.ts';
import {
  deletePackModel,
  deleteTrainedPackFiles,
  getPackModel,
  getTrainedPackFiles,
  householdAttemptsForPack,
  listPackModels,
  savePackModel,
  saveTrainedPackFiles,
} from './pack-models.ts';
import { uniqueTestDb } from './testing/seed-database.ts';

const databases: WayfindDb[] = [];
function fresh(): WayfindDb {
  const db = uniqueTestDb('pack-models');
  databases.push(db);
  return db;
}
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

const weights = (...values: number[]): ArrayBuffer => Float32Array.from(values).buffer;

describe('pack models in IndexedDB (src/data/pack-models.ts)', () => {
  it('stores tuned weights per pack and reads them back byte for byte', async () => {
    const db = fresh();
    expect(await getPackModel(db, 'fractions')).to.equal(undefined);
    const fields = { baseModelVersion: 'fractions@1.0.0 2026-11-28', weights: weights(0.5, -1.25, 3), attemptsUsed: 140, heldOutAucShipped: 0.63, heldOutAucTuned: 0.68 };
    await savePackModel(db, 'fractions', fields, 1_000);
    const stored = (await getPackModel(db, 'fractions'))!;
    expect(stored).to.include({ id: 'fractions', packId: 'fractions', baseModelVersion: fields.baseModelVersion, trainedAt: 1_000, attemptsUsed: 140, heldOutAucShipped: 0.63, heldOutAucTuned: 0.68 });
    expect(Array.from(new Float32Array(stored.weights))).to.deep.equal([0.5, -1.25, 3]);

    await savePackModel(db, 'fractions', { ...fields, weights: weights(7), attemptsUsed: 200 }, 2_000);
    const replaced = await listPackModels(db);
    expect(replaced.length).to.equal(1);
    expect(replaced[0]!).to.include({ attemptsUsed: 200, trainedAt: 2_000 });
    expect(Array.from(new Float32Array(replaced[0]!.weights))).to.deep.equal([7]);
  });

  it('refuses weights that are not float32 values, and stores nothing', async () => {
    const db = fresh();
    const fields = { baseModelVersion: 'v', attemptsUsed: 1, heldOutAucShipped: 0.5, heldOutAucTuned: 0.6 };
    let error: unknown;
    try {
      await savePackModel(db, 'sheets', { ...fields, weights: new ArrayBuffer(6) });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.contain('float32');
    expect(await getPackModel(db, 'sheets')).to.equal(undefined);
  });

  it('reset to the shipped model deletes only that pack’s tuned weights', async () => {
    const db = fresh();
    const fields = { baseModelVersion: 'v', weights: weights(1), attemptsUsed: 1, heldOutAucShipped: 0.5, heldOutAucTuned: 0.6 };
    await savePackModel(db, 'a', fields);
    await savePackModel(db, 'b', fields);
    expect(await deletePackModel(db, 'a')).to.equal(true);
    expect(await deletePackModel(db, 'a')).to.equal(false);
    expect((await listPackModels(db)).map((m) => m.id)).to.deep.equal(['b']);
  });

  it('keeps a model trained on the device for an imported pack, which replaces any tuned weights', async () => {
    const db = fresh();
    await savePackModel(db, 'mine', { baseModelVersion: 'old', weights: weights(1), attemptsUsed: 1, heldOutAucShipped: 0.5, heldOutAucTuned: 0.6 });
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    await saveTrainedPackFiles(db, 'mine', { modelJson: { format: 'wayfind-dkt' }, metadata: { packId: 'mine' }, weights: bytes.buffer });
    const files = (await getTrainedPackFiles(db, 'mine'))!;
    expect(files.modelJson).to.deep.equal({ format: 'wayfind-dkt' });
    expect(files.metadata).to.deep.equal({ packId: 'mine' });
    expect(Array.from(new Uint8Array(files.weights))).to.deep.equal(Array.from(bytes));
    expect(await getPackModel(db, 'mine')).to.equal(undefined);
    await deleteTrainedPackFiles(db, 'mine');
    expect(await getTrainedPackFiles(db, 'mine')).to.equal(undefined);
  });

  it('reads every learner’s answers in one pack, oldest first, for fine-tuning', async () => {
    const db = fresh();
    const ada = await createLearner(db, { displayName: 'Ada', avatar: 'owl', ageBand: 'adult', language: 'en' });
    const ben = await createLearner(db, { displayName: 'Ben', avatar: 'fox', ageBand: 'adult', language: 'en' });
    const answer = (learnerId: string, packId: string, skillId: string, correct: boolean, at: number): NewAttempt => ({
      learnerId,
      packId,
      itemId: 'item',
      skillId,
      skillIds: [skillId],
      response: null,
      correct,
      hintsUsed: 0,
      durationMs: 1_000,
      startedAt: at - 1_000,
      answeredAt: at,
      sessionId: null,
    });
    await recordAnswer(db, answer(ada.id, 'fractions', 'halves', false, 3_000), []);
    await recordAnswer(db, answer(ada.id, 'fractions', 'thirds', true, 1_000), []);
    await recordAnswer(db, answer(ada.id, 'sheets', 'sum', true, 2_000), []);
    await recordAnswer(db, answer(ben.id, 'sheets', 'sum', false, 2_500), []);
    const household = await householdAttemptsForPack(db, 'fractions');
    expect(household).to.deep.equal([
      {
        learnerId: ada.id,
        attempts: [
          { skillId: 'thirds', correct: true },
          { skillId: 'halves', correct: false },
        ],
      },
    ]);
    expect((await householdAttemptsForPack(db, 'sheets')).map((l) => l.learnerId).sort()).to.deep.equal([ada.id, ben.id].sort());
  });
});
