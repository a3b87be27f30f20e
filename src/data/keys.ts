/** The household's issuer keys (JWK), used to sign credentials on the device. */
import { newId, type WayfindDb } from './db.ts';
import type { IssuerKey } from './records.ts';
import { guardQuota } from './storage-errors.ts';

export type NewIssuerKey = Omit<IssuerKey, 'id' | 'createdAt'>;

export async function saveIssuerKey(db: WayfindDb, input: NewIssuerKey, now = Date.now()): Promise<IssuerKey> {
  const key: IssuerKey = { ...input, id: newId(), createdAt: now };
  await guardQuota('the issuer key', () => db.keys.add(key));
  return key;
}

/** The newest key, which signs new credentials; older keys stay for verification. */
export async function currentIssuerKey(db: WayfindDb): Promise<IssuerKey | undefined> {
  const keys = await db.keys.toArray();
  return keys.reduce<IssuerKey | undefined>((newest, key) => (!newest || key.createdAt > newest.createdAt ? key : newest), undefined);
}

export function listIssuerKeys(db: WayfindDb): Promise<IssuerKey[]> {
  return db.keys.toArray();
}
