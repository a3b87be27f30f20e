/**
 * Checks a credential completely offline: structure, validity dates, the eddsa-rdfc-2022
 * signature (did:key resolved locally) and whether the issuer owns the signing key.
 *
 * Bad input never throws: whatever arrives (a tampered file, random JSON) becomes a report whose
 * findings say what is wrong in plain words.
 */
import { isDidKey, parseDidKey, decodeEd25519Multikey } from './did-key.ts';
import { documentLoader as bundledDocumentLoader, UnknownDocumentError, type DocumentLoader } from './document-loader.ts';
import { CRYPTOSUITE, PROOF_TYPE, decodeProofValue, verifyDataIntegrityProof } from './data-integrity-proof.ts';
import { firstImpossibleDate } from './calendar-dates.ts';
import { CLOCK_SKEW_MS, checkCredentialDates, checkCredentialStructure, isObject, parseDateTime } from './credential-structure.ts';
import { parseStrictJson } from './strict-json.ts';
import type { JsonObject, JsonValue } from './open-badge-credential.ts';
import { SELF_ISSUED_DESCRIPTION } from './open-badge-credential.ts';
import { finding, type Finding, type VerificationReport } from './verification-report.ts';

export interface VerifyOptions {
  /** The moment the dates are judged against (default: now). */
  now?: Date;
  loader?: DocumentLoader;
}

type SignatureState = VerificationReport['signature'];

const UNREADABLE_DATE_CODES: ReadonlySet<string> = new Set(['valid-from-missing', 'valid-until-invalid', 'date-impossible']);

interface SigningKey {
  publicKey: Uint8Array<ArrayBuffer>;
  /** Who owns the key: the DID for a did:key, the URL before "#" otherwise. */
  controller: string;
  /** False when the key was only read from the verification method's own URL (not resolvable offline). */
  confirmed: boolean;
}

/** The key a proof names, or the finding that explains why there is none to check with. */
function resolveSigningKey(verificationMethod: JsonValue | undefined): SigningKey | Finding {
  if (typeof verificationMethod !== 'string') return finding('verification-method-unresolvable', 'signature');
  if (isDidKey(verificationMethod)) {
    try {
      const { did, publicKey } = parseDidKey(verificationMethod);
      return { publicKey, controller: did, confirmed: true };
    } catch (error) {
      return finding('verification-method-invalid', 'signature', (error as Error).message);
    }
  }
  // Many issuers name their key `https://issuer.example/keys#z6Mk...`: the fragment is the public
  // key itself. It lets us catch a broken signature offline, but not prove who owns the key.
  const hashAt = verificationMethod.indexOf('#');
  try {
    if (hashAt === -1) throw new Error('no key in the URL');
    const publicKey = decodeEd25519Multikey(verificationMethod.slice(hashAt + 1));
    return { publicKey, controller: verificationMethod.slice(0, hashAt), confirmed: false };
  } catch {
    return finding('verification-method-unresolvable', 'signature', verificationMethod);
  }
}

interface JsonLdFailure {
  name?: string;
  details?: { url?: string; cause?: unknown; event?: { details?: { property?: string; type?: string } } };
}

/** Turns a canonicalization failure into the reason a learner can act on. */
function canonicalizationFinding(error: unknown): Finding {
  const { name = '', details } = (error ?? {}) as JsonLdFailure;
  const cause = details?.cause;
  if (error instanceof UnknownDocumentError) return finding('context-unknown', 'signature', error.url);
  if (cause instanceof UnknownDocumentError) return finding('context-unknown', 'signature', cause.url);
  if (details?.url) return finding('context-unknown', 'signature', details.url);
  // jsonld names its errors "jsonld.ValidationError", "jsonld.SyntaxError" and so on.
  if (name.startsWith('jsonld.')) {
    return finding('unknown-terms', 'signature', details?.event?.details?.property ?? details?.event?.details?.type);
  }
  return finding('signature-uncheckable', 'signature', error instanceof Error ? error.message : undefined);
}

function issuerIdOf(credential: JsonObject): string | null {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : null;
}

async function checkOneProof(
  credential: JsonObject, proof: JsonObject, loader: DocumentLoader, now: Date,
): Promise<{ state: SignatureState; findings: Finding[] }> {
  const findings: Finding[] = [];
  // A signature "made" in 2099 claims a moment nobody has seen yet; the same skew as validFrom.
  const created = parseDateTime(proof.created);
  if (created && created.getTime() > now.getTime() + CLOCK_SKEW_MS) findings.push(finding('proof-from-future', 'signature', String(proof.created)));
  if (proof.type !== PROOF_TYPE || proof.cryptosuite !== CRYPTOSUITE) {
    return { state: 'not-checked', findings: [...findings, finding('proof-unsupported', 'signature', [proof.type, proof.cryptosuite].filter(Boolean).join(' / '))] };
  }
  if (proof.proofPurpose !== 'assertionMethod') findings.push(finding('proof-purpose-invalid', 'signature'));
  if (!decodeProofValue(proof.proofValue)) return { state: 'invalid', findings: [...findings, finding('proof-value-malformed', 'signature')] };
  const key = resolveSigningKey(proof.verificationMethod);
  if ('code' in key) return { state: key.code === 'verification-method-invalid' ? 'invalid' : 'not-checked', findings: [...findings, key] };
  let holds: boolean;
  try {
    holds = await verifyDataIntegrityProof(credential, proof, key.publicKey, loader);
  } catch (error) {
    return { state: 'not-checked', findings: [...findings, canonicalizationFinding(error)] };
  }
  if (!holds) return { state: 'invalid', findings: [...findings, finding('signature-invalid', 'signature')] };
  if (!key.confirmed) findings.push(finding('issuer-key-unconfirmed', 'signature', key.controller));
  const issuerId = issuerIdOf(credential);
  if (issuerId !== null && issuerId !== key.controller) {
    // A DID issuer can own keys, so a different key's signature is a forgery of that issuer. Any
    // other id (the 1EdTech fixture's urn:uuid) cannot own a key: the signer is only unconfirmed.
    const spoof = issuerId.startsWith('did:');
    findings.push(finding(spoof ? 'issuer-spoofed' : 'issuer-key-mismatch', 'issuer', `${issuerId} ≠ ${key.controller}`, spoof ? 'error' : 'warning'));
  }
  const state: SignatureState = findings.some((f) => f.severity === 'error') ? (key.confirmed ? 'invalid' : 'not-checked') : 'valid';
  return { state, findings };
}

async function checkSignatures(credential: JsonObject, loader: DocumentLoader, now: Date): Promise<{ state: SignatureState; findings: Finding[] }> {
  const { proof } = credential;
  // The structure check reports a missing or non-array proof; a lone proof object is still checked so the report can say more.
  const proofs = (Array.isArray(proof) ? proof : proof === undefined ? [] : [proof]).filter(isObject);
  if (proofs.length === 0) return { state: 'not-checked', findings: [finding('proof-missing', 'signature')] };
  const results = await Promise.all(proofs.map((item) => checkOneProof(credential, item, loader, now)));
  const states = results.map((result) => result.state);
  const state: SignatureState = states.includes('invalid') ? 'invalid' : states.includes('not-checked') ? 'not-checked' : 'valid';
  return { state, findings: results.flatMap((result) => result.findings) };
}

function summarize(credential: JsonObject): Pick<VerificationReport, 'issuer' | 'credential'> {
  const issuer = isObject(credential.issuer) ? credential.issuer : null;
  const subject = isObject(credential.credentialSubject) ? credential.credentialSubject : null;
  const achievement = subject && isObject(subject.achievement) ? subject.achievement : null;
  const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : null);
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
  const firstProof = proofs.find(isObject);
  return {
    issuer: {
      id: issuerIdOf(credential),
      name: text(issuer?.name),
      selfIssued: issuer?.description === SELF_ISSUED_DESCRIPTION,
      keyId: text(firstProof?.verificationMethod),
    },
    credential: {
      id: text(credential.id),
      name: text(credential.name),
      achievementName: text(achievement?.name),
      learnerId: text(subject?.id),
      validFrom: parseDateTime(credential.validFrom) ? text(credential.validFrom) : null,
      validUntil: text(credential.validUntil),
    },
  };
}

function emptyReport(findings: Finding[]): VerificationReport {
  return {
    verified: false, signature: 'not-checked', structure: 'invalid', dates: 'invalid',
    issuer: { id: null, name: null, selfIssued: false, keyId: null },
    credential: { id: null, name: null, achievementName: null, learnerId: null, validFrom: null, validUntil: null },
    findings,
  };
}

export async function verifyCredential(credential: unknown, { now = new Date(), loader = bundledDocumentLoader }: VerifyOptions = {}): Promise<VerificationReport> {
  if (!isObject(credential as JsonValue)) return emptyReport([finding('not-an-object', 'structure')]);
  const document = credential as JsonObject;
  const structureFindings = checkCredentialStructure(document);
  const impossible = firstImpossibleDate(document);
  const dateFindings = [...(impossible === null ? [] : [finding('date-impossible', 'dates', impossible)]), ...checkCredentialDates(document, now)];
  const signature = await checkSignatures(document, loader, now);
  const findings = [...structureFindings, ...dateFindings, ...signature.findings];
  const dateCodes = dateFindings.map((f) => f.code);
  return {
    verified: signature.state === 'valid' && !findings.some((f) => f.severity === 'error'),
    signature: signature.state,
    // An unreadable date breaks the schema too, so it counts against the structure as well as the dates.
    structure: structureFindings.length === 0 && !dateCodes.some((code) => UNREADABLE_DATE_CODES.has(code)) ? 'valid' : 'invalid',
    dates: dateCodes.includes('expired') ? 'expired' : dateCodes.includes('not-yet-valid') ? 'not-yet-valid' : dateCodes.length ? 'invalid' : 'current',
    ...summarize(document),
    findings,
  };
}

/** For a file's text or pasted text: unreadable JSON is a finding, not an exception. */
export async function verifyCredentialText(text: string, options: VerifyOptions = {}): Promise<VerificationReport> {
  const parsed = parseStrictJson(text);
  if (!parsed.ok) return emptyReport([finding(parsed.problem === 'duplicate-key' ? 'duplicate-keys' : 'not-json', 'structure', parsed.key)]);
  return verifyCredential(parsed.value, options);
}
