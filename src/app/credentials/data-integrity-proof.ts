/**
 * `DataIntegrityProof` with the `eddsa-rdfc-2022` cryptosuite (W3C VC Data Integrity EdDSA
 * Cryptosuites v1.0, section 3.3), written from the specification:
 *
 *   proofConfig      = the proof options (no proofValue) with the document's @context
 *   hashData         = SHA-256(RDFC-1.0(proofConfig)) || SHA-256(RDFC-1.0(document without proof))
 *   proofValue       = "z" + base58btc(Ed25519-sign(hashData))
 *
 * This module pulls in jsonld, so it is only reached through the lazy entry (credential-crypto.ts).
 */
import jsonld from 'jsonld';
import { base58 } from '@scure/base';
import { documentLoader as bundledDocumentLoader, type DocumentLoader } from './document-loader.ts';
import type { JsonObject } from './open-badge-credential.ts';

export const PROOF_TYPE = 'DataIntegrityProof';
export const CRYPTOSUITE = 'eddsa-rdfc-2022';
const ED25519_SIGNATURE_LENGTH = 64;

export interface ProofOptions {
  type: typeof PROOF_TYPE;
  cryptosuite: typeof CRYPTOSUITE;
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
}

interface CanonizeOptions {
  algorithm: 'RDFC-1.0' | 'URDNA2015';
  format: 'application/n-quads';
  documentLoader: DocumentLoader;
  safe: boolean;
  base: null;
}

// @types/jsonld predates the `safe` option; this is the shape jsonld 9 accepts.
const canonizeWithOptions = jsonld.canonize as unknown as (input: object, options: CanonizeOptions) => Promise<string>;

/**
 * RDF Dataset Canonicalization to N-Quads, in safe mode: undefined terms fail instead of being
 * silently dropped (a dropped term would be unsigned, so changing it would go unnoticed).
 * "URDNA2015" is the name jsonld uses for the algorithm W3C standardized as RDFC-1.0.
 */
export function canonize(input: object, loader: DocumentLoader = bundledDocumentLoader): Promise<string> {
  return canonizeWithOptions(input, {
    algorithm: 'URDNA2015', format: 'application/n-quads', documentLoader: loader, safe: true, base: null,
  });
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The 64 bytes that are signed: hash of the canonical proof configuration, then of the document. */
export async function hashForSigning(
  unsecuredDocument: JsonObject, proofOptions: JsonObject, loader: DocumentLoader = bundledDocumentLoader,
): Promise<Uint8Array<ArrayBuffer>> {
  // A proof that carries its own @context keeps it (as jsonld-signatures does); otherwise the document's.
  const proofConfig: JsonObject = { '@context': unsecuredDocument['@context'], ...proofOptions };
  delete proofConfig.proofValue;
  const [configHash, documentHash] = await Promise.all([
    canonize(proofConfig, loader).then(sha256),
    canonize(unsecuredDocument, loader).then(sha256),
  ]);
  const hashData = new Uint8Array(configHash.length + documentHash.length);
  hashData.set(configHash, 0);
  hashData.set(documentHash, configHash.length);
  return hashData;
}

export function withoutProof(document: JsonObject): JsonObject {
  const { proof: _proof, ...unsecured } = document;
  return unsecured;
}

/**
 * Signs `document` (which must not already carry a proof) and returns a copy with `proof` as an
 * array of one proof, as the OB 3.0 schema requires.
 */
export async function addDataIntegrityProof(
  document: JsonObject,
  signer: { privateKey: CryptoKey; verificationMethod: string },
  { created = new Date(), loader = bundledDocumentLoader }: { created?: Date; loader?: DocumentLoader } = {},
): Promise<JsonObject> {
  if ('proof' in document) throw new Error('The credential is already signed.');
  const options: ProofOptions = {
    type: PROOF_TYPE,
    cryptosuite: CRYPTOSUITE,
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: signer.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const hashData = await hashForSigning(document, { ...options }, loader);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, signer.privateKey, hashData));
  return { ...document, proof: [{ ...options, proofValue: `z${base58.encode(signature)}` }] };
}

/** The signature bytes of a proofValue, or null when it is not a base58btc Ed25519 signature. */
export function decodeProofValue(proofValue: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) return null;
  try {
    const bytes = base58.decode(proofValue.slice(1));
    return bytes.length === ED25519_SIGNATURE_LENGTH ? new Uint8Array(bytes) : null;
  } catch {
    return null;
  }
}

/**
 * Checks one proof against the document and a raw Ed25519 public key. Throws when the document
 * cannot be canonicalized (unknown context, undefined term); returns false when the signature fails.
 */
export async function verifyDataIntegrityProof(
  securedDocument: JsonObject, proof: JsonObject, publicKey: Uint8Array<ArrayBuffer>, loader: DocumentLoader = bundledDocumentLoader,
): Promise<boolean> {
  const signature = decodeProofValue(proof.proofValue);
  if (!signature) return false;
  const { proofValue: _value, ...proofOptions } = proof;
  const unsecured = withoutProof(securedDocument);
  const hashData = await hashForSigning(unsecured, proofOptions, loader);
  const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, hashData);
}
