/**
 * The household changes only the coach may make once a coach PIN is set: restoring a backup,
 * installing or removing a pack (either could undo the coach's setup or change what credentials
 * certify). `approveHouseholdChange` gives the approval the library's installPack asks for.
 */
import type { WayfindDb } from '../../data/db.ts';
import { getSetting } from '../../data/settings.ts';
import type { JsonValue } from '../../data/records.ts';
import type { HouseholdChangeApproval } from '../library/index.ts';
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

/**
 * The approval for a household change.
 * @throws CoachApprovalError when a PIN is set and coach mode is not open.
 */
export async function approveHouseholdChange(db: WayfindDb, coachMode: boolean): Promise<HouseholdChangeApproval> {
  if (coachMode) return { approvedBy: 'coach' };
  if (await hasCoachPin(db)) throw new CoachApprovalError();
  return { approvedBy: 'no-coach-pin' };
}
