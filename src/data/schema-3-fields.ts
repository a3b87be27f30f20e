/**
 * The values schema 3 gives to rows written before it, shared by the Dexie upgrade (db.ts) and the
 * backup migration (backup/migrate.ts) so an upgraded database and a restored old backup agree.
 * Each function tolerates malformed rows (backup validation reports them afterwards).
 */
type Loose = Record<string, unknown>;

function setMissing(row: Loose, field: string, value: unknown): void {
  if (!(field in row)) row[field] = value;
}

/** Before schema 3 every goal was a set of skills, set by the learner. */
export function fillGoalV3(row: Loose): void {
  setMissing(row, 'kind', 'skills');
  setMissing(row, 'packId', null);
  setMissing(row, 'credentialKey', null);
  setMissing(row, 'minutesPerDay', null);
  setMissing(row, 'setBy', 'learner');
}

/** Older entries stay private: nobody chose to share them. */
export function fillJournalV3(row: Loose): void {
  setMissing(row, 'prompt', null);
  setMissing(row, 'inPortfolio', false);
  setMissing(row, 'sharedWithCoach', false);
}

export function fillProjectV3(row: Loose): void {
  setMissing(row, 'skillIds', []);
  setMissing(row, 'startDay', null);
  setMissing(row, 'endDay', null);
}

export function fillCredentialV3(row: Loose): void {
  setMissing(row, 'packId', null);
  setMissing(row, 'credentialKey', null);
}
