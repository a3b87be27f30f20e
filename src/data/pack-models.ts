/**
 * What the on-device knowledge-tracing models keep per content pack: the household's fine-tuned
 * weights (packModels table, one record per pack), the model a household trained in the browser
 * for a pack it imported (no model ships with such a pack), and the household's answers the
 * fine-tuning learns from.
 */
import { attemptsBetween } from './attempts.ts';
import type { WayfindDb } from './db.ts';
import { listLearners } from './learners.ts';
import type { JsonObject, PackModel } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export function getPackModel(db: WayfindDb, packId: string): Promise<PackModel | undefined> {
  return db.packModels.get(packId);
}

/** Every pack's tuned model, by pack id (for the Settings panel). */
export async function listPackModels(db: WayfindDb): Promise<PackModel[]> {
  return db.packModels.toArray();
}

export type PackModelFields = Omit<PackModel, 'id' | 'packId' | 'trainedAt'>;

/** Stores the household's tuned weights for a pack, replacing the previous ones. */
export async function savePackModel(db: WayfindDb, packId: string, fields: PackModelFields, now = Date.now()): Promise<PackModel> {
  if (!(fields.weights instanceof ArrayBuffer) || fields.weights.byteLength === 0 || fields.weights.byteLength % 4 !== 0) {
    throw new Error('tuned weights must be a non-empty buffer of float32 values');
  }
  const record: PackModel = { ...fields, id: packId, packId, trainedAt: now };
  await guardQuota('the personalized model', () => db.packModels.put(record));
  return record;
}

/** Back to the shipped model: forgets the tuned weights. Resolves true when there were some. */
export async function deletePackModel(db: WayfindDb, packId: string): Promise<boolean> {
  return db.transaction('rw', db.packModels, async () => {
    const existed = (await db.packModels.get(packId)) !== undefined;
    await db.packModels.delete(packId);
    return existed;
  });
}

/**
 * A model trained on this device for an imported pack: its model.json and metadata (JSON) and
 * its weights. Kept as a household setting, because packModels holds only tuned weights on top
 * of a base model and an imported pack has no base model anywhere else.
 */
export interface TrainedPackFiles {
  readonly modelJson: JsonObject;
  readonly metadata: JsonObject;
  readonly weights: ArrayBuffer;
}

const trainedSetting = (packId: string): string => `trainedPackModel:${packId}`;

export async function getTrainedPackFiles(db: WayfindDb, packId: string): Promise<TrainedPackFiles | undefined> {
  const value = (await db.settings.get(trainedSetting(packId)))?.value as { modelJson?: JsonObject; metadata?: JsonObject; weightsBase64?: string } | undefined;
  if (!value?.modelJson || !value.metadata || typeof value.weightsBase64 !== 'string') return undefined;
  const binary = atob(value.weightsBase64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return { modelJson: value.modelJson, metadata: value.metadata, weights: bytes.buffer };
}

/** Stores a browser-trained model; any tuned weights of the pack belonged to the old model and go. */
export async function saveTrainedPackFiles(db: WayfindDb, packId: string, files: TrainedPackFiles): Promise<void> {
  const bytes = new Uint8Array(files.weights);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await guardQuota('the trained model', () =>
    db.transaction('rw', db.settings, db.packModels, async () => {
      await db.settings.put({ id: trainedSetting(packId), value: { modelJson: files.modelJson, metadata: files.metadata, weightsBase64: btoa(binary) } });
      await db.packModels.delete(packId);
    }),
  );
}

/** Ids of the packs that have a model trained on this device. */
export async function listTrainedPackIds(db: WayfindDb): Promise<string[]> {
  const keys = await db.settings.where('id').startsWith(trainedSetting('')).primaryKeys();
  return keys.map((key) => String(key).slice(trainedSetting('').length));
}

export async function deleteTrainedPackFiles(db: WayfindDb, packId: string): Promise<void> {
  await db.transaction('rw', db.settings, db.packModels, async () => {
    await db.settings.delete(trainedSetting(packId));
    await db.packModels.delete(packId);
  });
}

/** One learner's answers in a pack, oldest first: what fine-tuning learns from. */
export interface LearnerPackAttempts {
  readonly learnerId: string;
  readonly attempts: readonly { readonly skillId: string; readonly correct: boolean }[];
}

/** Every learner's answers in one pack (learners with none are left out), oldest first. */
export async function householdAttemptsForPack(db: WayfindDb, packId: string): Promise<LearnerPackAttempts[]> {
  const result: LearnerPackAttempts[] = [];
  for (const learner of await listLearners(db)) {
    const rows = (await attemptsBetween(db, learner.id)).filter((attempt) => attempt.packId === packId);
    if (rows.length > 0) result.push({ learnerId: learner.id, attempts: rows.map((a) => ({ skillId: a.skillId, correct: a.correct })) });
  }
  return result;
}
