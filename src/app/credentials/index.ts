/**
 * Credentials: Open Badges 3.0 micro-credentials issued and verified on the device.
 *
 * Owns which credentials a learner can claim (credential-offers.ts), the issuer identity and key
 * (issuer-identity.ts, issuer-key.ts, did-key.ts), building and issuing a credential
 * (open-badge-credential.ts, issuing-service.ts) and verification reports.
 * Offers: credentialStatuses, openOffers, issuePackCredential, summarizeCredential, the fingerprint
 * helpers and the report types.
 * Lazy entries (jsonld and the JSON-LD contexts stay out of the first download):
 *   ./credential-crypto.ts
 */
export { formatFingerprint, sha256Hex } from './credential-fingerprint.ts';
export { credentialStatuses, openOffers, parseAchievementId, stackStatus } from './credential-offers.ts';
export type { CredentialStatus } from './credential-offers.ts';
export { summarizeCredential } from './credential-summary.ts';
export { buildIssueInput } from './issue-input.ts';
export { currentIssuerDid, ensureIssuerKey, issuerName, learnerSubjectId } from './issuer-identity.ts';
export { generateIssuerKey } from './issuer-key.ts';
export type { IssuerKey } from './issuer-key.ts';
export { IssueRefusedError, issuePackCredential } from './issuing-service.ts';
export { SELF_ISSUED_DESCRIPTION, buildOpenBadgeCredential } from './open-badge-credential.ts';
export type { JsonObject } from './open-badge-credential.ts';
export { loadCredentialPacks } from './pack-source.ts';
export { verdictLine } from './verification-report.ts';
export type { Finding, FindingCode, VerificationReport } from './verification-report.ts';
