/**
 * What a stored credential says, read from its signed JSON for display (wallet, certificate).
 * Light and tolerant: a missing field becomes an empty string, never an exception. Whether the
 * credential is genuine is the verifier's question (credential-crypto.ts), not this one's.
 */
import type { Credential } from '../../data/records.ts';
import { isObject } from './credential-structure.ts';
import { SELF_ISSUED_DESCRIPTION, type JsonObject, type JsonValue } from './open-badge-credential.ts';

export interface CredentialSummary {
  id: string;
  achievementName: string;
  description: string;
  criteria: string;
  issuerName: string;
  issuerId: string;
  selfIssued: boolean;
  learnerId: string;
  validFrom: string;
  /** The language the achievement is written in (its `inLanguage`), '' when it does not say. */
  language: string;
  /** A data: image URI, when the credential carries one. */
  image: string | null;
  evidence: { name: string; description: string; genre: string }[];
  alignments: { code: string; name: string; url: string }[];
}

const text = (value: JsonValue | undefined): string => (typeof value === 'string' ? value : '');

export function summarizeCredential(stored: Pick<Credential, 'signedJson' | 'achievementName'>): CredentialSummary {
  let parsed: JsonObject = {};
  try {
    const value = JSON.parse(stored.signedJson) as JsonValue;
    if (isObject(value)) parsed = value;
  } catch {
    // Shown with what the row itself records.
  }
  const issuer = isObject(parsed.issuer) ? parsed.issuer : {};
  const subject = isObject(parsed.credentialSubject) ? parsed.credentialSubject : {};
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  const image = isObject(achievement.image) ? text(achievement.image.id) : text(achievement.image);
  const list = (value: JsonValue | undefined): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);
  return {
    id: text(parsed.id),
    achievementName: text(achievement.name) || text(parsed.name) || stored.achievementName,
    description: text(achievement.description),
    criteria: isObject(achievement.criteria) ? text(achievement.criteria.narrative) : '',
    issuerName: text(issuer.name) || text(issuer.id) || text(parsed.issuer),
    issuerId: text(issuer.id) || text(parsed.issuer),
    selfIssued: issuer.description === SELF_ISSUED_DESCRIPTION,
    learnerId: text(subject.id),
    validFrom: text(parsed.validFrom),
    language: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text(achievement.inLanguage)) ? text(achievement.inLanguage) : '',
    image: /^data:image\/(svg\+xml|png|jpeg|gif|webp)[;,]/.test(image) ? image : null,
    evidence: list(parsed.evidence).map((e) => ({ name: text(e.name), description: text(e.description), genre: text(e.genre) })),
    alignments: list(achievement.alignment).map((a) => ({ code: text(a.targetCode), name: text(a.targetName), url: text(a.targetUrl) })),
  };
}

/**
 * True when a stored credential was awarded to someone other than `ownSubjectId` (the learner's
 * `urn:uuid:` from learnerSubjectId): it is shown as held, never as earned by this learner.
 */
export function isAwardedToSomeoneElse(stored: Pick<Credential, 'signedJson' | 'achievementName'>, ownSubjectId: string): boolean {
  return summarizeCredential(stored).learnerId !== ownSubjectId;
}
