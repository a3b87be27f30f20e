/**
 * Open Badges credentials, issued here or imported. The signed JSON is stored as the exact
 * string that was signed: parsing and re-serialising could reorder keys and break the proof.
 */
import { newId, type WayfindDb } from './db.ts';
import type { Credential } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewCredential = Omit<Credential, 'id' | 'storedAt'>;

export async function storeCredential(db: WayfindDb, input: NewCredential, now = Date.now()): Promise<Credential> {
  const credential: Credential = { ...input, id: newId(), storedAt: now };
  await guardQuota('the credential', () => db.credentials.add(credential));
  return credential;
}

export function getCredential(db: WayfindDb, id: string): Promise<Credential | undefined> {
  return db.credentials.get(id);
}

/** The learner's credentials, most recently issued first. */
export function listCredentials(db: WayfindDb, learnerId: string): Promise<Credential[]> {
  return db.credentials
    .where('[learnerId+issuedAt]')
    .between([learnerId, -Infinity], [learnerId, Infinity])
    .reverse()
    .toArray();
}

export function deleteCredential(db: WayfindDb, id: string): Promise<void> {
  return db.credentials.delete(id);
}
