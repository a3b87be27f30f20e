/**
 * THE LAZY ENTRY of the credential crypto stack (jsonld, canonicalization, bundled contexts).
 * The UI must reach it only through a dynamic import, so first paint never waits for it:
 *
 *   const { issueCredential, verifyCredentialText } = await import('../../app/credentials/credential-crypto.ts');
 *
 * Everything light (did:key, keys, the unsigned credential, report types) can be imported statically.
 */
import { addDataIntegrityProof } from './data-integrity-proof.ts';
import type { IssuerKey } from './issuer-key.ts';
import { buildClrCredential, type ClrInput } from './clr-credential.ts';
import { buildOpenBadgeCredential, type CredentialInput, type JsonObject } from './open-badge-credential.ts';

export { addDataIntegrityProof, canonize } from './data-integrity-proof.ts';
export { verifyCredential, verifyCredentialText, type VerifyOptions } from './credential-verification.ts';
export { verifyClrCredential, type ClrReport } from './clr-verification.ts';
export { documentLoader } from './document-loader.ts';

/**
 * Builds and signs an OpenBadgeCredential. The issuer in `input` must be this key's did:key, so
 * that every verifier (including those that insist issuer = key controller) accepts it.
 */
export async function issueCredential(
  input: Omit<CredentialInput, 'issuer'> & { issuer: Omit<CredentialInput['issuer'], 'did'> },
  key: IssuerKey,
  { created = new Date() }: { created?: Date } = {},
): Promise<JsonObject> {
  const unsigned = buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, did: key.did } });
  return addDataIntegrityProof(unsigned, { privateKey: key.privateKey, verificationMethod: key.verificationMethod }, { created });
}

/** Builds and signs a CLR 2.0 ClrCredential bundling signed credentials (a portfolio's record). */
export async function issueClrCredential(
  input: Omit<ClrInput, 'issuer'> & { issuer: Omit<ClrInput['issuer'], 'did'> },
  key: IssuerKey,
  { created = new Date() }: { created?: Date } = {},
): Promise<JsonObject> {
  const unsigned = buildClrCredential({ ...input, issuer: { ...input.issuer, did: key.did } });
  return addDataIntegrityProof(unsigned, { privateKey: key.privateKey, verificationMethod: key.verificationMethod }, { created });
}
