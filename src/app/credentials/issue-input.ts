/**
 * Turns a pack credential (or stack) plus the learner's record into the plain input of an Open
 * Badges credential: achievement, alignments, badge image, evidence. Pure, so tests can validate
 * what the app issues against the official schema without a database.
 */
import type { Pack } from '../../content/index.ts';
import type { Artifact, Credential, MasteryLevel, Project, SkillEvent, SkillState } from '../../data/records.ts';
import { meetsLevel } from '../practice/index.ts';
import { badgeImageUri } from './badge-image.ts';
import { achievementIdFor } from './credential-offers.ts';
import type { AlignmentInput, CredentialInput, ProjectEvidenceInput } from './open-badge-credential.ts';

export type IssueInput = Omit<CredentialInput, 'issuer'> & { issuer: Omit<CredentialInput['issuer'], 'did'> };

export interface LearnerRecord {
  /** The learner's urn:uuid (see learnerSubjectId). */
  subjectId: string;
  states: readonly SkillState[];
  /** Level changes, oldest first (for the date each skill reached the bar). */
  events: readonly SkillEvent[];
  /** Credentials already held (a stack lists its components as evidence). */
  held: readonly Credential[];
}

export interface AttachedProject {
  project: Project;
  artifacts: readonly Pick<Artifact, 'name'>[];
}

function projectEvidence({ project, artifacts }: AttachedProject, skillNames: ReadonlyMap<string, string>): ProjectEvidenceInput {
  const dates = [project.startDay, project.endDay].filter(Boolean).join(' – ');
  const lines = [
    dates ? `Dates: ${dates}` : '',
    project.skillIds.length ? `Skills: ${project.skillIds.map((id) => skillNames.get(id) ?? id).join(', ')}` : '',
    artifacts.length ? `Files: ${artifacts.map((a) => a.name).join(', ')}` : '',
  ].filter(Boolean);
  return {
    ...(/^[0-9a-f-]{36}$/i.test(project.id) ? { id: `urn:uuid:${project.id.toLowerCase()}` } : {}),
    title: project.title,
    description: project.description || project.title,
    ...(lines.length ? { narrative: lines.join('\n') } : {}),
  };
}

function alignmentsOf(pack: Pack, key: string): AlignmentInput[] {
  const credential = pack.credentials?.find((c) => c.id === key);
  return (credential?.alignments ?? []).map((a) => ({
    targetName: a.name ?? a.code,
    targetUrl: a.url ?? a.frameworkUrl,
    targetCode: a.code,
    targetFramework: a.framework,
  }));
}

/** When the skill's estimate first reached `threshold` (by its level events), else its last update. */
/** When the skill first reached the credential's level (its skill events), else its state's time. */
function reachedOn(skillId: string, level: MasteryLevel, record: LearnerRecord): number {
  const event = record.events.find((e) => e.skillId === skillId && meetsLevel(e.toLevel, level));
  const state = record.states.find((s) => s.skillId === skillId);
  return event?.at ?? state?.updatedAt ?? Date.now();
}

function practice(skillIds: readonly string[], packId: string, record: LearnerRecord) {
  const ids = new Set(skillIds);
  const states = record.states.filter((s) => s.packId === packId && ids.has(s.skillId));
  const attempts = states.reduce((sum, s) => sum + s.evidence.attempts, 0);
  const correct = states.reduce((sum, s) => sum + s.evidence.correct, 0);
  return { itemCount: attempts, accuracy: attempts ? Math.min(1, correct / attempts) : 0 };
}

export interface IssueContext {
  pack: Pack;
  key: string;
  record: LearnerRecord;
  projects: readonly AttachedProject[];
  issuer: { name: string; selfIssued: boolean };
  validFrom: Date;
  locale?: string;
}

export function buildIssueInput({ pack, key, record, projects, issuer, validFrom, locale = 'en' }: IssueContext): IssueInput {
  const skillNames = new Map(pack.skills.map((s) => [s.id, s.l10n?.[locale]?.name ?? s.name]));
  const credential = pack.credentials?.find((c) => c.id === key);
  const stack = pack.stacks?.find((s) => s.id === key);
  const entry = credential ?? stack;
  if (!entry) throw new Error(`The pack "${pack.title}" has no credential "${key}".`);
  const text = entry.l10n?.[locale];
  const name = text?.name ?? entry.name;
  const skillIds = credential
    ? credential.requires.skills
    : (pack.credentials ?? []).filter((c) => stack!.requires.includes(c.id)).flatMap((c) => c.requires.skills);
  const level: MasteryLevel = credential?.requires.level ?? 'mastered';
  const components = stack
    ? stack.requires.map((component) => {
        const held = record.held.find((h) => h.packId === pack.id && h.credentialKey === component);
        if (!held) throw new Error(`The stack needs the credential "${component}" first.`);
        const id = (JSON.parse(held.signedJson) as { id?: unknown }).id;
        return { id: typeof id === 'string' ? id : `urn:uuid:${held.id}`, name: held.achievementName, issuedOn: new Date(held.issuedAt).toISOString() };
      })
    : [];
  return {
    achievement: {
      id: achievementIdFor(pack.id, key),
      name,
      description: text?.description ?? entry.description,
      criteriaNarrative: text?.criteria ?? entry.criteria,
      alignments: credential ? alignmentsOf(pack, key) : [],
      image: { id: entry.image?.src.startsWith('data:') ? entry.image.src : badgeImageUri(name, { stack: Boolean(stack) }), caption: entry.image?.alt ?? name },
    },
    issuer,
    learnerId: record.subjectId,
    validFrom,
    evidence: {
      skills: credential ? skillIds.map((id) => ({ name: skillNames.get(id) ?? id, masteredOn: new Date(reachedOn(id, level, record)).toISOString() })) : [],
      ...practice(skillIds, pack.id, record),
      projects: projects.map((p) => projectEvidence(p, skillNames)),
      credentials: components,
    },
  };
}
