/**
 * Mastery-level changes over time (schema 3). recordAnswer and applyPlacement write them in the
 * same transaction as the change itself; dashboards chart skills mastered over time from them and
 * the coach's "sliding" alert reads them.
 */
import type { WayfindDb } from './db.ts';
import type { SkillEvent } from './records.ts';

/** The learner's level changes between two times (inclusive), oldest first. */
export function listSkillEvents(db: WayfindDb, learnerId: string, fromMs = -Infinity, toMs = Infinity): Promise<SkillEvent[]> {
  return db.skillEvents.where('[learnerId+at]').between([learnerId, fromMs], [learnerId, toMs], true, true).toArray();
}
