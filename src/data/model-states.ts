/** Personalised model weights, one record per learner and content pack. */
import { newId, type WayfindDb } from './db.ts';
import type { ModelState } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export function getModelState(db: WayfindDb, learnerId: string, packId: string): Promise<ModelState | undefined> {
  return db.modelStates.where('[learnerId+packId]').equals([learnerId, packId]).first();
}

export type ModelStateFields = Pick<ModelState, 'learnerId' | 'packId' | 'modelVersion' | 'weights'>;

/** Saves new weights, replacing the previous ones for the same learner and pack. */
export async function saveModelState(db: WayfindDb, fields: ModelStateFields, now = Date.now()): Promise<ModelState> {
  return guardQuota('the personalised model', () =>
    db.transaction('rw', db.modelStates, async () => {
      const existing = await getModelState(db, fields.learnerId, fields.packId);
      const state: ModelState = { ...fields, id: existing?.id ?? newId(), updatedAt: now };
      await db.modelStates.put(state);
      return state;
    }),
  );
}

export function deleteModelState(db: WayfindDb, learnerId: string, packId: string): Promise<number> {
  return db.modelStates.where('[learnerId+packId]').equals([learnerId, packId]).delete();
}
