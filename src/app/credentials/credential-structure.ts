/**
 * Structural checks of an Open Badges 3.0 credential, hand-written after the official 1EdTech
 * JSON Schema (the app cannot run Ajv: the Content-Security-Policy forbids the code generation it
 * relies on). Tests hold these checks against the real schema.
 */
import { OB_V3_CONTEXT_PATTERN, VC_V2_CONTEXT } from './context-urls.ts';
import { isPossibleDate } from './calendar-dates.ts';
import type { JsonObject, JsonValue } from './open-badge-credential.ts';
import { finding, type Finding } from './verification-report.ts';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The type names a value declares (a lone string counts), for telling the learner what was found. */
export function typesOf(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** JSON-LD would accept a lone string, but the OB 3.0 schema requires `type` to be an array. */
function hasType(value: JsonValue | undefined, name: string): boolean {
  return Array.isArray(value) && value.includes(name);
}

function nonEmptyString(value: JsonValue | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

// RFC 3339 date-time, the schema's "date-time" format: the time zone is required.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseDateTime(value: JsonValue | undefined): Date | null {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || !isPossibleDate(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function checkContext(credential: JsonObject): Finding[] {
  const context = credential['@context'];
  const ok = Array.isArray(context) && context.length >= 2 && context[0] === VC_V2_CONTEXT
    && typeof context[1] === 'string' && OB_V3_CONTEXT_PATTERN.test(context[1]);
  return ok ? [] : [finding('context-invalid', 'structure')];
}

function checkType(credential: JsonObject): Finding[] {
  const types = typesOf(credential.type);
  const ok = hasType(credential.type, 'VerifiableCredential')
    && (hasType(credential.type, 'OpenBadgeCredential') || hasType(credential.type, 'AchievementCredential'));
  return ok ? [] : [finding('type-invalid', 'structure', types.join(', ') || undefined)];
}

function checkIssuer(issuer: JsonValue | undefined): Finding[] {
  if (issuer === undefined) return [finding('issuer-missing', 'structure')];
  if (nonEmptyString(issuer)) return [];
  if (isObject(issuer) && nonEmptyString(issuer.id) && hasType(issuer.type, 'Profile')) return [];
  return [finding('issuer-invalid', 'structure')];
}

function checkAchievement(achievement: JsonValue | undefined): Finding[] {
  const ok = isObject(achievement) && nonEmptyString(achievement.id) && hasType(achievement.type, 'Achievement')
    && nonEmptyString(achievement.name) && typeof achievement.description === 'string' && isObject(achievement.criteria);
  return ok ? [] : [finding('achievement-invalid', 'structure')];
}

function checkSubject(subject: JsonValue | undefined): Finding[] {
  if (!isObject(subject)) return [finding('subject-missing', 'structure')];
  const types = typesOf(subject.type);
  const typeFindings = hasType(subject.type, 'AchievementSubject') ? [] : [finding('subject-type-invalid', 'structure', types.join(', ') || undefined)];
  return [...typeFindings, ...checkAchievement(subject.achievement)];
}

function checkEvidence(evidence: JsonValue | undefined): Finding[] {
  if (evidence === undefined) return [];
  if (!Array.isArray(evidence)) return [finding('evidence-type-invalid', 'structure')];
  const wrong = evidence.filter((item) => !isObject(item) || !hasType(item.type, 'Evidence'));
  if (wrong.length === 0) return [];
  const names = wrong.flatMap((item) => (isObject(item) ? typesOf(item.type).filter((type) => type !== 'Evidence') : []));
  return [finding('evidence-type-invalid', 'structure', names.join(', ') || undefined)];
}

/** The schema allows no proof at all (an unsigned credential); the signature check reports that. */
function checkProofShape(proof: JsonValue | undefined): Finding[] {
  if (proof === undefined) return [];
  if (!Array.isArray(proof) || !proof.every((item) => isObject(item) && typeof item.type === 'string')) {
    return [finding('proof-not-array', 'structure')];
  }
  return [];
}

/** Everything wrong with the credential's shape (dates and signature are checked elsewhere). */
export function checkCredentialStructure(credential: JsonObject): Finding[] {
  return [
    ...checkContext(credential),
    ...checkType(credential),
    ...(nonEmptyString(credential.id) ? [] : [finding('id-invalid', 'structure')]),
    ...checkIssuer(credential.issuer),
    ...checkSubject(credential.credentialSubject),
    ...checkEvidence(credential.evidence),
    ...checkProofShape(credential.proof),
  ];
}

// A credential issued on a device whose clock runs a little fast is not "from the future".
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Validity period against `now`; reports a missing or unreadable validFrom as a date problem. */
export function checkCredentialDates(credential: JsonObject, now: Date): Finding[] {
  const validFrom = parseDateTime(credential.validFrom);
  const findings: Finding[] = [];
  if (!validFrom) findings.push(finding('valid-from-missing', 'dates'));
  else if (validFrom.getTime() > now.getTime() + CLOCK_SKEW_MS) findings.push(finding('not-yet-valid', 'dates', String(credential.validFrom)));
  if (credential.validUntil !== undefined) {
    const validUntil = parseDateTime(credential.validUntil);
    if (!validUntil) findings.push(finding('valid-until-invalid', 'dates'));
    else if (validUntil.getTime() <= now.getTime()) findings.push(finding('expired', 'dates', String(credential.validUntil)));
  }
  return findings;
}
