/**
 * Issuing a pack credential or stack to the current learner, on the device.
 *
 * Who may issue: in a household with a coach, only the coach (in coach mode) approves, and the
 * credential names the coach's household as issuer; a solo learner self-issues, and the
 * credential says so. The crypto stack is imported lazily, when the first credential is signed.
 */
import type { Pack } from '../../content/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { listCredentials, storeCredential } from '../../data/credentials.ts';
import { getProject, listArtifacts } from '../../data/projects.ts';
import type { Credential, Learner } from '../../data/records.ts';
import { listSkillEvents } from '../../data/skill-events.ts';
import { listSkillStates } from '../../data/skill-states.ts';
import { credentialStatuses } from './credential-offers.ts';
import { buildIssueInput, type AttachedProject } from './issue-input.ts';
import { ensureIssuerKey, issuerName, learnerSubjectId, setIssuerName } from './issuer-identity.ts';

export interface Approval {
  hasCoach: boolean;
  coachMode: boolean;
}

export interface IssueRequest {
  learner: Learner;
  pack: Pack;
  /** The pack credential's or stack's id. */
  key: string;
  /** The learner's projects to attach as evidence. */
  projectIds?: readonly string[];
  approval: Approval;
  /** The coach's name, needed the first time a coach approves (then remembered). */
  coachName?: string;
  locale?: string;
  now?: Date;
}

export type IssueRefusal = 'needs-coach' | 'needs-issuer-name' | 'not-met' | 'already-held';

export class IssueRefusedError extends Error {
  constructor(readonly reason: IssueRefusal, message: string) {
    super(message);
    this.name = 'IssueRefusedError';
  }
}

/** Who signs: the coach's household when there is a coach, else the learner themselves. */
async function resolveIssuer(db: WayfindDb, request: IssueRequest): Promise<{ name: string; selfIssued: boolean }> {
  if (request.approval.hasCoach) {
    if (!request.approval.coachMode) throw new IssueRefusedError('needs-coach', 'Your coach approves credentials in this household: ask your coach to open coach mode.');
    if (request.coachName?.trim()) await setIssuerName(db, request.coachName);
    const name = await issuerName(db);
    if (!name) throw new IssueRefusedError('needs-issuer-name', 'Enter the coach\'s name as it should appear on credentials.');
    return { name, selfIssued: false };
  }
  // A solo learner is the household's issuer: their own name goes on the profile on first use.
  if (!(await issuerName(db))) await setIssuerName(db, request.learner.displayName);
  return { name: request.learner.displayName, selfIssued: true };
}

async function attachedProjects(db: WayfindDb, learnerId: string, ids: readonly string[]): Promise<AttachedProject[]> {
  const attached: AttachedProject[] = [];
  for (const id of ids) {
    const project = await getProject(db, id);
    if (!project || project.learnerId !== learnerId) throw new Error('One of the attached projects does not belong to this learner.');
    attached.push({ project, artifacts: await listArtifacts(db, id) });
  }
  return attached;
}

export async function issuePackCredential(db: WayfindDb, request: IssueRequest): Promise<Credential> {
  const { learner, pack, key } = request;
  const now = request.now ?? new Date();
  const [states, events, held] = await Promise.all([
    listSkillStates(db, learner.id), listSkillEvents(db, learner.id), listCredentials(db, learner.id),
  ]);
  const status = credentialStatuses([pack], states, held, request.locale).find((s) => s.key === key);
  if (!status) throw new Error(`The pack "${pack.title}" has no credential "${key}".`);
  if (status.held) throw new IssueRefusedError('already-held', 'This credential has already been issued.');
  if (!status.met) throw new IssueRefusedError('not-met', `Not earned yet: ${status.missing.join(', ')}.`);
  const issuer = await resolveIssuer(db, request);
  const input = buildIssueInput({
    pack, key, issuer, validFrom: now, locale: request.locale,
    record: { subjectId: await learnerSubjectId(learner), states, events, held },
    projects: await attachedProjects(db, learner.id, request.projectIds ?? []),
  });
  const signingKey = await ensureIssuerKey(db, now.getTime());
  const { issueCredential } = await import('./credential-crypto.ts');
  const signed = await issueCredential(input, signingKey, { created: now });
  return storeCredential(db, {
    learnerId: learner.id,
    origin: 'issued',
    signedJson: JSON.stringify(signed),
    achievementName: input.achievement.name,
    issuedAt: now.getTime(),
    packId: pack.id,
    credentialKey: key,
  }, now.getTime());
}
