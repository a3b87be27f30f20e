/**
 * The household's issuer identity: an Ed25519 key pair made with WebCrypto, named by a did:key.
 *
 * Storage is the data layer's job: this module only turns keys into JWK (which IndexedDB and an
 * encrypted backup can hold) and back. The private key never needs to leave the device otherwise.
 */
import { didKeyFromPublicKey, verificationMethodIdForDidKey } from './did-key.ts';

const ED25519 = { name: 'Ed25519' } as const;

export interface IssuerKey {
  did: string;
  /** `did:key:z...#z...`: what a proof names as its verificationMethod. */
  verificationMethod: string;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
}

/** Both halves as JWK (OKP / Ed25519). `privateKey` holds the secret `d`: store it only on the device. */
export interface ExportedIssuerKey {
  publicKey: JsonWebKey;
  privateKey: JsonWebKey;
}

async function identify(publicKey: CryptoKey, privateKey: CryptoKey): Promise<IssuerKey> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  const did = didKeyFromPublicKey(raw);
  return { did, verificationMethod: verificationMethodIdForDidKey(did), publicKey, privateKey };
}

/** A fresh key pair. It is extractable so that the data layer can store it as JWK. */
export async function generateIssuerKey(): Promise<IssuerKey> {
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  return identify(pair.publicKey, pair.privateKey);
}

export async function exportIssuerKey(key: IssuerKey): Promise<ExportedIssuerKey> {
  const [publicKey, privateKey] = await Promise.all([
    crypto.subtle.exportKey('jwk', key.publicKey),
    crypto.subtle.exportKey('jwk', key.privateKey),
  ]);
  return { publicKey, privateKey };
}

function assertEd25519Jwk(jwk: JsonWebKey, needsSecret: boolean): void {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new Error('The stored issuer key is not an Ed25519 key.');
  }
  if (needsSecret && typeof jwk.d !== 'string') throw new Error('The stored issuer key has no private part.');
}

/**
 * Restores a stored key pair. The private key comes back non-extractable unless asked otherwise:
 * the stored JWK already exists, so the live key has no reason to be exportable again.
 */
export async function importIssuerKey(stored: ExportedIssuerKey, { extractable = false } = {}): Promise<IssuerKey> {
  assertEd25519Jwk(stored.publicKey, false);
  assertEd25519Jwk(stored.privateKey, true);
  if (stored.publicKey.x !== stored.privateKey.x) throw new Error('The stored issuer key halves do not belong together.');
  const publicJwk: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', x: stored.publicKey.x };
  const [publicKey, privateKey] = await Promise.all([
    crypto.subtle.importKey('jwk', publicJwk, ED25519, true, ['verify']),
    crypto.subtle.importKey('jwk', { ...stored.privateKey, key_ops: ['sign'] }, ED25519, extractable, ['sign']),
  ]);
  return identify(publicKey, privateKey);
}
