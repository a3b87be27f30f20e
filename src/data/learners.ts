/** Household learner profiles. Deleting a learner lives in privacy.ts (it spans every table). */
import { newId, type WayfindDb } from './db.ts';
import type { Learner } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewLearner = Omit<Learner, 'id' | 'createdAt'>;

export async function createLearner(db: WayfindDb, input: NewLearner, now = Date.now()): Promise<Learner> {
  const learner: Learner = { ...input, id: newId(), createdAt: now };
  await guardQuota('the new learner', () => db.learners.add(learner));
  return learner;
}

export function getLearner(db: WayfindDb, id: string): Promise<Learner | undefined> {
  return db.learners.get(id);
}

/** Every learner, oldest profile first (the order the household created them). */
export function listLearners(db: WayfindDb): Promise<Learner[]> {
  return db.learners.orderBy('createdAt').toArray();
}

export async function updateLearner(
  db: WayfindDb,
  id: string,
  changes: Partial<NewLearner>,
): Promise<boolean> {
  const updated = await guardQuota('the learner profile', () => db.learners.update(id, changes));
  return updated === 1;
}
