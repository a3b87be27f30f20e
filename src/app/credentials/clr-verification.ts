/**
 * Checks a Comprehensive Learner Record bundle offline: its shape, its own eddsa-rdfc-2022
 * signature (issuer = signing did:key) and every credential inside it. Never throws.
 * Reached only through the lazy entry (credential-crypto.ts).
 */
import { CLR_V2_CONTEXT, VC_V2_CONTEXT } from './context-urls.ts';
import { CLOCK_SKEW_MS, isObject, parseDateTime } from './credential-structure.ts';
import { verifyCredential, type VerifyOptions } from './credential-verification.ts';
import { verifyDataIntegrityProof } from './data-integrity-proof.ts';
import { isDidKey, parseDidKey } from './did-key.ts';
import { documentLoader as bundledDocumentLoader } from './document-loader.ts';
import type { JsonObject } from './open-badge-credential.ts';
import type { VerificationReport } from './verification-report.ts';

export interface ClrReport {
  verified: boolean;
  /** Plain-English problems with the bundle itself (not with the credentials inside). */
  problems: string[];
  credentials: VerificationReport[];
}

function shapeProblems(clr: JsonObject): string[] {
  const problems: string[] = [];
  const context = clr['@context'];
  if (!Array.isArray(context) || context[0] !== VC_V2_CONTEXT || context[1] !== CLR_V2_CONTEXT) {
    problems.push('The learner record does not declare the Verifiable Credentials 2.0 and CLR 2.0 vocabularies.');
  }
  if (!Array.isArray(clr.type) || !clr.type.includes('ClrCredential')) problems.push('The learner record does not say it is a ClrCredential.');
  const subject = clr.credentialSubject;
  if (!isObject(subject) || !Array.isArray(subject.type) || !subject.type.includes('ClrSubject') || !Array.isArray(subject.verifiableCredential)) {
    problems.push('The learner record does not list the credentials it bundles.');
  }
  return problems;
}

async function signatureProblems(clr: JsonObject, now: Date): Promise<string[]> {
  const proofs = Array.isArray(clr.proof) ? clr.proof.filter(isObject) : [];
  if (proofs.length !== 1) return ['The learner record is not signed (it needs exactly one proof).'];
  const [proof] = proofs;
  const created = parseDateTime(proof.created);
  if (created && created.getTime() > now.getTime() + CLOCK_SKEW_MS) return ['The learner record\'s signature claims to have been made in the future.'];
  if (typeof proof.verificationMethod !== 'string' || !isDidKey(proof.verificationMethod)) return ['The learner record names no did:key that signed it.'];
  try {
    const { did, publicKey } = parseDidKey(proof.verificationMethod);
    const issuer = isObject(clr.issuer) ? clr.issuer.id : clr.issuer;
    if (issuer !== did) return ['The learner record\'s issuer is not the key that signed it.'];
    const holds = await verifyDataIntegrityProof(clr, proof, publicKey, bundledDocumentLoader);
    return holds ? [] : ['The learner record\'s signature does not match: it was changed after it was signed.'];
  } catch (error) {
    return [`The learner record's signature could not be checked (${(error as Error).message}).`];
  }
}

export async function verifyClrCredential(clr: unknown, options: VerifyOptions = {}): Promise<ClrReport> {
  if (!isObject(clr)) return { verified: false, problems: ['The learner record is not a JSON object.'], credentials: [] };
  const problems = shapeProblems(clr);
  if (problems.length) return { verified: false, problems, credentials: [] };
  problems.push(...await signatureProblems(clr, options.now ?? new Date()));
  const inner = (clr.credentialSubject as JsonObject).verifiableCredential as unknown[];
  const credentials = await Promise.all(inner.map((credential) => verifyCredential(credential, options)));
  return { verified: problems.length === 0 && credentials.every((report) => report.verified), problems, credentials };
}
