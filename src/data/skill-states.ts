/**
 * What Wayfind believes about each learner's skills. Answers update these inside
 * recordAnswer (attempts.ts); this file serves reads and the writes that are not answers
 * (placement results, review-card rescheduling).
 */
import { newId, type WayfindDb } from './db.ts';
import type { JsonObject, MasteryLevel, SkillEvent, SkillState } from './records.ts';
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

/** What the placement check concluded about one skill. */
export interface PlacementOutcome {
  skillId: string;
  estimate: number;
  masteryLevel: MasteryLevel;
  /** The level rests on placement alone (SkillState.placed). */
  placed?: boolean;
}

/**
 * Stores a placement check's conclusions: each skill's state (evidence counts and review cards
 * kept, since placement answers are attempts of their own) and a 'placement' event for every level
 * that moved, all in one transaction.
 */
export async function applyPlacement(
  db: WayfindDb,
  learnerId: string,
  packId: string,
  results: readonly PlacementOutcome[],
  now = Date.now(),
): Promise<SkillEvent[]> {
  return guardQuota('the placement results', () =>
    db.transaction('rw', db.skillStates, db.skillEvents, async () => {
      const events: SkillEvent[] = [];
      for (const result of results) {
        const existing = await getSkillState(db, learnerId, result.skillId);
        const fromLevel = existing?.masteryLevel ?? 'not-started';
        await db.skillStates.put({
          id: existing?.id ?? newId(),
          learnerId,
          skillId: result.skillId,
          packId,
          estimate: result.estimate,
          masteryLevel: result.masteryLevel,
          evidence: existing?.evidence ?? { attempts: 0, correct: 0 },
          reviewCard: existing?.reviewCard ?? null,
          ...(result.placed ? { placed: true } : {}),
          updatedAt: now,
        });
        if (fromLevel !== result.masteryLevel) {
          events.push({ id: newId(), learnerId, packId, skillId: result.skillId, at: now, fromLevel, toLevel: result.masteryLevel, estimate: result.estimate, cause: 'placement' });
        }
      }
      if (events.length > 0) await db.skillEvents.bulkAdd(events);
      return events;
    }),
  );
}
