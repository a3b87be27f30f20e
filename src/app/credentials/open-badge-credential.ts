/**
 * Builds an unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0) from plain inputs.
 *
 * Pure and synchronous: no keys, no JSON-LD processing. Every property used here is defined by the
 * VC 2.0 or OB 3.0 context, because signing canonicalizes in safe mode and fails on unknown terms;
 * the evidence numbers therefore travel as readable text in the standard Evidence fields.
 */
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './context-urls.ts';
import { evidencePhrases } from './evidence-phrases.ts';

export interface AlignmentInput {
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetDescription?: string;
}

export interface AchievementInput {
  /** A URI: `urn:uuid:...` or the pack's credential IRI. */
  id: string;
  /** Defaults to MicroCredential (a pack credential); a stack may say so with another OB 3.0 type. */
  achievementType?: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  alignments?: AlignmentInput[];
  /** An image URI (a `data:` URI keeps the credential self-contained). */
  image?: { id: string; caption?: string };
  /** The BCP 47 language the name, description and criteria are written in (OB 3.0 `inLanguage`). */
  inLanguage?: string;
}

export interface IssuerInput {
  /** The issuer's did:key: the same DID that signs. */
  did: string;
  name: string;
  /** A solo learner issuing to themselves: the credential says so in plain words. */
  selfIssued: boolean;
}

export interface MasteredSkillInput {
  name: string;
  /** ISO 8601 date or date-time of mastery. */
  masteredOn: string;
}

export interface ProjectEvidenceInput {
  /** A URI for the project, when it has one. */
  id?: string;
  title: string;
  description: string;
  narrative?: string;
}

export interface EvidenceInput {
  skills: MasteredSkillInput[];
  itemCount: number;
  /** Fraction of answers correct, 0..1. */
  accuracy: number;
  project?: ProjectEvidenceInput;
  /** Further projects the learner attached (listed after `project`). */
  projects?: ProjectEvidenceInput[];
  /** For a stack: the credentials it combines. */
  credentials?: { id: string; name: string; issuedOn: string }[];
}

export interface CredentialInput {
  /** `urn:uuid:...`; a new one is made when absent. */
  id?: string;
  achievement: AchievementInput;
  issuer: IssuerInput;
  /** The learner: a `urn:uuid:` or `did:key:`, never an email address. */
  learnerId: string;
  validFrom: Date | string;
  validUntil?: Date | string;
  evidence: EvidenceInput;
}

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export const SELF_ISSUED_DESCRIPTION =
  'Self-issued: the learner issued this credential to themselves with the Wayfind app, without a coach or school.';

/** Dates in credentials are whole-second UTC ("2026-05-01T09:30:00Z"), the form every validator accepts. */
export function toCredentialDateTime(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(value)}" is not a date.`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function assertLearnerId(id: string): void {
  if (!/^(urn:uuid:[0-9a-f-]{36}|did:key:z[1-9A-HJ-NP-Za-km-z]+)$/i.test(id)) {
    throw new Error('A learner is identified by a urn:uuid: or did:key: identifier, never by an email address or name.');
  }
}

function alignment(input: AlignmentInput): JsonObject {
  return {
    type: ['Alignment'],
    targetName: input.targetName,
    targetUrl: input.targetUrl,
    ...(input.targetCode ? { targetCode: input.targetCode } : {}),
    ...(input.targetFramework ? { targetFramework: input.targetFramework } : {}),
    ...(input.targetDescription ? { targetDescription: input.targetDescription } : {}),
  };
}

function achievement(input: AchievementInput): JsonObject {
  return {
    id: input.id,
    type: ['Achievement'],
    achievementType: input.achievementType ?? 'MicroCredential',
    name: input.name,
    description: input.description,
    criteria: { narrative: input.criteriaNarrative },
    ...(input.alignments?.length ? { alignment: input.alignments.map(alignment) } : {}),
    ...(input.image ? { image: { id: input.image.id, type: 'Image', ...(input.image.caption ? { caption: input.image.caption } : {}) } } : {}),
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
  };
}

function issuerProfile(input: IssuerInput): JsonObject {
  if (!input.did.startsWith('did:key:')) throw new Error('The issuer id must be the did:key that signs the credential.');
  return {
    id: input.did,
    type: ['Profile'],
    name: input.name,
    ...(input.selfIssued ? { description: SELF_ISSUED_DESCRIPTION } : {}),
  };
}

function evidence(input: EvidenceInput, language?: string): JsonObject[] {
  const say = evidencePhrases(language);
  if (!Number.isInteger(input.itemCount) || input.itemCount < 0) throw new Error('The item count must be a whole number.');
  if (!(input.accuracy >= 0 && input.accuracy <= 1)) throw new Error('Accuracy must be between 0 and 1.');
  const percent = Math.round(input.accuracy * 100);
  const skills = input.skills.map((skill): JsonObject => ({
    type: ['Evidence'],
    name: skill.name,
    description: say.skillMastered(toCredentialDateTime(skill.masteredOn).slice(0, 10)),
    genre: 'Skill mastery',
  }));
  const practice: JsonObject = {
    type: ['Evidence'],
    name: say.practiceName,
    description: say.practiceDescription(input.itemCount, percent),
    narrative: say.practiceNarrative(input.itemCount, percent),
    genre: 'Practice record',
  };
  const projects = [...(input.project ? [input.project] : []), ...(input.projects ?? [])].map((project): JsonObject => ({
    ...(project.id ? { id: project.id } : {}),
    type: ['Evidence'],
    name: project.title,
    description: project.description,
    ...(project.narrative ? { narrative: project.narrative } : {}),
    genre: 'Project',
  }));
  const credentials = (input.credentials ?? []).map((held): JsonObject => ({
    id: held.id,
    type: ['Evidence'],
    name: held.name,
    description: say.credentialHeld(toCredentialDateTime(held.issuedOn).slice(0, 10)),
    genre: 'Credential',
  }));
  return [...skills, practice, ...credentials, ...projects];
}

/** The unsigned credential; sign it with `signCredential` (the lazily loaded crypto module). */
export function buildOpenBadgeCredential(input: CredentialInput): JsonObject {
  assertLearnerId(input.learnerId);
  const validFrom = toCredentialDateTime(input.validFrom);
  const validUntil = input.validUntil === undefined ? undefined : toCredentialDateTime(input.validUntil);
  if (validUntil !== undefined && validUntil <= validFrom) throw new Error('validUntil must come after validFrom.');
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievement.name,
    ...(input.issuer.selfIssued ? { description: SELF_ISSUED_DESCRIPTION } : {}),
    issuer: issuerProfile(input.issuer),
    validFrom,
    ...(validUntil !== undefined ? { validUntil } : {}),
    credentialSubject: {
      id: input.learnerId,
      type: ['AchievementSubject'],
      achievement: achievement(input.achievement),
    },
    evidence: evidence(input.evidence, input.achievement.inLanguage),
  };
}
