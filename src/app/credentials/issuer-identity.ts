/**
 * The household's issuer identity: one Ed25519 key (made on first use, stored as JWK in the keys
 * table, never exported except inside an encrypted backup) and the issuer's display name (the
 * coach's name, or a solo learner's own).
 */
import type { WayfindDb } from '../../data/db.ts';
import { currentIssuerKey, saveIssuerKey } from '../../data/keys.ts';
import type { JsonObject, Learner } from '../../data/records.ts';
import { getSetting, setSetting } from '../../data/settings.ts';
import { didKeyFromPublicKey } from './did-key.ts';
import { exportIssuerKey, generateIssuerKey, importIssuerKey, type IssuerKey } from './issuer-key.ts';

export const ISSUER_NAME_SETTING = 'issuerName';

/** The stored key, or a new one saved now. */
export async function ensureIssuerKey(db: WayfindDb, now = Date.now()): Promise<IssuerKey> {
  const stored = await currentIssuerKey(db);
  if (stored?.privateKeyJwk) {
    return importIssuerKey({ publicKey: stored.publicKeyJwk as JsonWebKey, privateKey: stored.privateKeyJwk as JsonWebKey });
  }
  const key = await generateIssuerKey();
  const jwk = await exportIssuerKey(key);
  await saveIssuerKey(db, {
    algorithm: 'Ed25519',
    publicKeyJwk: jwk.publicKey as unknown as JsonObject,
    privateKeyJwk: jwk.privateKey as unknown as JsonObject,
  }, now);
  return importIssuerKey(jwk);
}

/** The household issuer's name, once set (null before first use). */
export async function issuerName(db: WayfindDb): Promise<string | null> {
  const name = await getSetting<string | null>(db, ISSUER_NAME_SETTING, null);
  return typeof name === 'string' && name.trim() ? name : null;
}

export async function setIssuerName(db: WayfindDb, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('The issuer needs a name.');
  if (trimmed.length > 120) throw new Error('The issuer name is at most 120 characters.');
  await setSetting(db, ISSUER_NAME_SETTING, trimmed);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How a credential names the learner: `urn:uuid:` + the learner's stable record id (a random
 * UUID), never a name or email. A non-UUID id (old test data) is hashed into UUID form, still stable.
 */
export async function learnerSubjectId(learner: Pick<Learner, 'id'>): Promise<string> {
  if (UUID.test(learner.id)) return `urn:uuid:${learner.id.toLowerCase()}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`wayfind-learner:${learner.id}`)));
  const hex = Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The household issuer's did:key, from the stored public key (null before the first credential). */
export async function currentIssuerDid(db: WayfindDb): Promise<string | null> {
  const stored = await currentIssuerKey(db);
  const x = stored?.publicKeyJwk.x;
  if (typeof x !== 'string') return null;
  try {
    const binary = atob(x.replace(/-/g, '+').replace(/_/g, '/'));
    return didKeyFromPublicKey(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
