/**
 * The result of checking a credential: one finding per problem, each with a stable code (for tests
 * and for the UI to pick a translated sentence) and a plain-English message for a learner.
 */

export type FindingArea = 'structure' | 'dates' | 'signature' | 'issuer';

export const findingMessages = {
  'not-json': 'This is not a credential file: it is not valid JSON.',
  'not-an-object': 'This is not a credential: it does not contain a JSON object.',
  'context-invalid': 'It does not declare the standards it follows (Verifiable Credentials 2.0 and Open Badges 3.0) in the required order.',
  'type-invalid': 'It does not say it is an Open Badge credential (its type must include VerifiableCredential and OpenBadgeCredential or AchievementCredential).',
  'id-invalid': 'It has no identifier of its own.',
  'issuer-missing': 'It does not say who issued it.',
  'issuer-invalid': 'The issuer is described incorrectly: it needs an identifier and the type Profile.',
  'subject-missing': 'It does not say who earned it.',
  'subject-type-invalid': 'The part describing the learner has the wrong type (it must be AchievementSubject).',
  'achievement-invalid': 'The achievement is incomplete: it needs an identifier, the type Achievement, a name, a description and criteria.',
  'evidence-type-invalid': 'Some evidence has the wrong type (each piece of evidence must have the type Evidence).',
  'proof-missing': 'It is not signed, so nobody can tell whether it is genuine.',
  'proof-not-array': 'Its signature block is in the wrong form (the standard requires a list of proofs).',
  'valid-from-missing': 'It has no valid start date ("validFrom").',
  'valid-until-invalid': 'Its end date ("validUntil") is not a valid date.',
  'not-yet-valid': 'It is not valid yet: its start date is in the future.',
  'expired': 'It has expired: its end date has passed.',
  'proof-unsupported': 'It is signed with a method this app cannot check (only DataIntegrityProof with eddsa-rdfc-2022 is supported).',
  'proof-purpose-invalid': 'Its signature was not made for issuing credentials (proofPurpose must be assertionMethod).',
  'proof-value-malformed': 'Its signature is damaged: the signature value is not a valid Ed25519 signature.',
  'verification-method-invalid': 'The signing key it names is damaged: it is not a valid did:key.',
  'signature-uncheckable': 'Its signature could not be checked because of an unexpected problem.',
  'verification-method-unresolvable': 'The key that signed it cannot be found without going online, so the signature cannot be checked.',
  'issuer-key-unconfirmed': 'The signature matches the key named in the credential, but that key is published on a website and this app checks credentials without going online, so it cannot confirm the key belongs to the issuer.',
  'context-unknown': 'It relies on a vocabulary (JSON-LD context) that this app does not carry, and the app never downloads one, so its signature cannot be checked.',
  'unknown-terms': 'It contains fields or types that the Open Badges standard does not define, so its signature cannot be checked.',
  'signature-invalid': 'The signature does not match: the credential was changed after it was signed, or it was not signed by this key.',
  'issuer-key-mismatch': 'The issuer named in the credential is not the owner of the signing key. The signature itself is valid; check that you trust the signer.',
  'issuer-spoofed': 'It claims to come from one issuer (a DID) but was signed by the key of another: the issuer is forged.',
  'duplicate-keys': 'It names the same field twice, so different programs could show different contents under one signature.',
  'date-impossible': 'It holds a date that does not exist on the calendar.',
  'proof-from-future': 'Its signature claims to have been made in the future (more than 5 minutes from now).',
} as const;

export type FindingCode = keyof typeof findingMessages;

export interface Finding {
  code: FindingCode;
  area: FindingArea;
  severity: 'error' | 'warning';
  /** Plain-English explanation, with `detail` appended when there is one. */
  message: string;
  /** The offending value or term, when it helps (e.g. the undefined type "InvalidEvidence"). */
  detail?: string;
}

export interface VerificationReport {
  /** True only when there is no error: signature valid, structure valid and dates current. */
  verified: boolean;
  signature: 'valid' | 'invalid' | 'not-checked';
  structure: 'valid' | 'invalid';
  dates: 'current' | 'expired' | 'not-yet-valid' | 'invalid';
  issuer: { id: string | null; name: string | null; selfIssued: boolean; keyId: string | null };
  credential: {
    id: string | null;
    name: string | null;
    achievementName: string | null;
    learnerId: string | null;
    validFrom: string | null;
    validUntil: string | null;
  };
  findings: Finding[];
}

export function finding(code: FindingCode, area: FindingArea, detail?: string, severity: Finding['severity'] = 'error'): Finding {
  const base = findingMessages[code];
  return {
    code, area, severity,
    message: detail ? `${base} (${detail})` : base,
    ...(detail ? { detail } : {}),
  };
}

/**
 * The one-line verdict of `npm run credentials:verify`: "VALID" (with any warning after it), or
 * "INVALID: " and every error's plain-English reason.
 */
export function verdictLine(report: VerificationReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  if (report.verified) return warnings.length ? `VALID (warning: ${warnings.map((f) => f.message).join(' ')})` : 'VALID';
  return `INVALID: ${errors.map((f) => f.message).join(' ')}`;
}
