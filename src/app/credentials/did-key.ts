/**
 * did:key for Ed25519 public keys (W3C CCG did:key method).
 *
 * A did:key is the public key itself, so it resolves locally with no network: the multibase
 * string is "z" (base58btc) followed by the multicodec varint for ed25519-pub (0xed 0x01) and the
 * 32 raw key bytes. That is why every Ed25519 did:key starts with "z6Mk".
 */
import { base58 } from '@scure/base';

const ED25519_PUB_MULTICODEC = [0xed, 0x01] as const;
const ED25519_PUBLIC_KEY_LENGTH = 32;
const BASE58BTC_PREFIX = 'z';
const DID_KEY_PREFIX = 'did:key:';

export const DID_CONTEXT_V1 = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT_V1 = 'https://w3id.org/security/multikey/v1';

/** Multibase (base58btc) Multikey encoding of a raw Ed25519 public key: "z6Mk...". */
export function encodeEd25519Multikey(publicKey: Uint8Array): string {
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) {
    throw new Error(`An Ed25519 public key has ${ED25519_PUBLIC_KEY_LENGTH} bytes, not ${publicKey.length}.`);
  }
  const prefixed = new Uint8Array(ED25519_PUB_MULTICODEC.length + publicKey.length);
  prefixed.set(ED25519_PUB_MULTICODEC, 0);
  prefixed.set(publicKey, ED25519_PUB_MULTICODEC.length);
  return BASE58BTC_PREFIX + base58.encode(prefixed);
}

/** Raw Ed25519 public key from its Multikey multibase form; throws on anything else. */
export function decodeEd25519Multikey(multibase: string): Uint8Array<ArrayBuffer> {
  if (!multibase.startsWith(BASE58BTC_PREFIX)) {
    throw new Error('The key is not base58btc multibase (it must start with "z").');
  }
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(multibase.slice(BASE58BTC_PREFIX.length));
  } catch {
    throw new Error('The key is not valid base58btc.');
  }
  if (bytes[0] !== ED25519_PUB_MULTICODEC[0] || bytes[1] !== ED25519_PUB_MULTICODEC[1]) {
    throw new Error('The key is not an Ed25519 public key (wrong multicodec prefix).');
  }
  if (bytes.length !== ED25519_PUB_MULTICODEC.length + ED25519_PUBLIC_KEY_LENGTH) {
    throw new Error('The Ed25519 public key has the wrong length.');
  }
  return new Uint8Array(bytes.slice(ED25519_PUB_MULTICODEC.length));
}

export function didKeyFromPublicKey(publicKey: Uint8Array): string {
  return DID_KEY_PREFIX + encodeEd25519Multikey(publicKey);
}

/** The verification method URL a did:key signs with: `did:key:z...#z...`. */
export function verificationMethodIdForDidKey(didKey: string): string {
  return `${didKey}#${parseDidKey(didKey).multibase}`;
}

export interface ParsedDidKeyUrl {
  /** The DID without any fragment: `did:key:z...`. */
  did: string;
  multibase: string;
  publicKey: Uint8Array<ArrayBuffer>;
  /** The fragment, if the URL had one (for a well-formed verification method it equals `multibase`). */
  fragment: string | null;
}

/** Parses `did:key:z...` or `did:key:z...#z...`; throws a readable error for anything else. */
export function parseDidKey(url: string): ParsedDidKeyUrl {
  if (!url.startsWith(DID_KEY_PREFIX)) throw new Error(`"${url}" is not a did:key.`);
  const hashAt = url.indexOf('#');
  const did = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? null : url.slice(hashAt + 1);
  const multibase = did.slice(DID_KEY_PREFIX.length);
  const publicKey = decodeEd25519Multikey(multibase);
  if (fragment !== null && fragment !== multibase) {
    throw new Error(`The key fragment of "${url}" does not match its did:key.`);
  }
  return { did, multibase, publicKey, fragment };
}

export function isDidKey(url: string): boolean {
  return url.startsWith(DID_KEY_PREFIX);
}

export interface MultikeyVerificationMethod {
  '@context'?: string | string[];
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidKeyDocument {
  '@context': string[];
  id: string;
  verificationMethod: MultikeyVerificationMethod[];
  authentication: string[];
  assertionMethod: string[];
  capabilityDelegation: string[];
  capabilityInvocation: string[];
}

/** The Multikey verification method a did:key (with or without fragment) denotes. */
export function didKeyVerificationMethod(url: string): MultikeyVerificationMethod {
  const { did, multibase } = parseDidKey(url);
  return {
    '@context': MULTIKEY_CONTEXT_V1,
    id: `${did}#${multibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: multibase,
  };
}

/** The DID document of a did:key, built locally (the did:key method needs no registry). */
export function resolveDidKeyDocument(did: string): DidKeyDocument {
  const method = didKeyVerificationMethod(did);
  const { '@context': _context, ...withoutContext } = method;
  return {
    '@context': [DID_CONTEXT_V1, MULTIKEY_CONTEXT_V1],
    id: method.controller,
    verificationMethod: [withoutContext],
    authentication: [method.id],
    assertionMethod: [method.id],
    capabilityDelegation: [method.id],
    capabilityInvocation: [method.id],
  };
}
