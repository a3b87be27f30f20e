/**
 * The household changes only the coach may make once a coach PIN is set: restoring a backup and
 * installing a pack (either could undo the coach's setup or change what credentials certify).
 * Kept apart from coach-service.ts so that the content library can use it without an import circle.
 */
import type { WayfindDb } from '../data/db.ts';
import { getSetting } from '../data/settings.ts';
import type { JsonValue } from '../data/records.ts';
import { parsePinRecord } from './coach-pin.ts';
import { COACH_PIN_SETTING } from './household.ts';

/** Thrown when such a change is tried outside coach mode. */
export class CoachApprovalError extends Error {
  override readonly name = 'CoachApprovalError';
  constructor() {
    super('Only the coach can do this in this household: open coach mode first.');
  }
}

export async function hasCoachPin(db: WayfindDb): Promise<boolean> {
  return parsePinRecord(await getSetting<JsonValue>(db, COACH_PIN_SETTING, null)) !== null;
}

/** @throws CoachApprovalError when a PIN is set and coach mode is not open. */
export async function requireCoachWhenPinSet(db: WayfindDb, coachMode: boolean): Promise<void> {
  if (!coachMode && await hasCoachPin(db)) throw new CoachApprovalError();
}
