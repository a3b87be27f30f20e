/**
 * What Wayfind believes about each learner's skills. Answers update these inside
 * recordAnswer (attempts.ts); this file serves reads and the writes that are not answers
 * (placement results, review-card rescheduling).
 */
import { newId, type WayfindDb } from './db.ts';
import type { JsonObject, SkillState } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export function getSkillState(db: WayfindDb, learnerId: string, skillId: string): Promise<SkillState | undefined> {
  return db.skillStates.where('[learnerId+skillId]').equals([learnerId, skillId]).first();
}

export function listSkillStates(db: WayfindDb, learnerId: string): Promise<SkillState[]> {
  return db.rowsOfLearner('skillStates', learnerId).toArray();
}

export function listSkillStatesForPack(db: WayfindDb, learnerId: string, packId: string): Promise<SkillState[]> {
  return db.skillStates.where('[learnerId+packId]').equals([learnerId, packId]).toArray();
}

export type SkillStateFields = Omit<SkillState, 'id' | 'updatedAt'>;

/** Creates or replaces the state of one skill (e.g. after placement), keeping its stable id. */
export async function saveSkillState(db: WayfindDb, fields: SkillStateFields, now = Date.now()): Promise<SkillState> {
  return guardQuota('the skill state', () =>
    db.transaction('rw', db.skillStates, async () => {
      const existing = await getSkillState(db, fields.learnerId, fields.skillId);
      const state: SkillState = { ...fields, id: existing?.id ?? newId(), updatedAt: now };
      await db.skillStates.put(state);
      return state;
    }),
  );
}

/** Stores a rescheduled review card; false when the skill has no state yet. */
export async function saveReviewCard(
  db: WayfindDb,
  learnerId: string,
  skillId: string,
  reviewCard: JsonObject | null,
  now = Date.now(),
): Promise<boolean> {
  return guardQuota('the review schedule', () =>
    db.transaction('rw', db.skillStates, async () => {
      const existing = await getSkillState(db, learnerId, skillId);
      if (!existing) return false;
      await db.skillStates.update(existing.id, { reviewCard, updatedAt: now });
      return true;
    }),
  );
}
