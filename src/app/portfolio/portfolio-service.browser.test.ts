/**
 * Portfolio round trip on real IndexedDB: a credential issued through the app's own path, a
 * project with a photo, exported, then imported into a clean profile on a "new device" (another
 * database); and every malformed portfolio rejected with its reason, storing nothing.
 */
import { expect } from '@open-wc/testing';
import type { Pack } from '../../content/index.ts';
import { listCredentials } from '../../data/credentials.ts';
import type { WayfindDb } from '../../data/db.ts';
import { createLearner } from '../../data/learners.ts';
import { addArtifact, createProject, listArtifacts, listProjects } from '../../data/projects.ts';
import { saveSkillState } from '../../data/skill-states.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import type { Learner } from '../../data/records.ts';
import { IssueRefusedError, issuePackCredential } from '../credentials/index.ts';
import { FIXTURE_NOW, MALFORMED_PORTFOLIOS, samplePortfolioZip } from './portfolio-fixtures.testing.ts';
import { commitPortfolioImport, exportPortfolio, planPortfolioImport } from './portfolio-service.ts';

const databases: WayfindDb[] = [];
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

async function fractionsPack(): Promise<Pack> {
  const response = await fetch('/content/packs/fractions-3-6.json');
  return (await response.json()) as Pack;
}

async function newLearner(db: WayfindDb, displayName: string): Promise<Learner> {
  return createLearner(db, { displayName, avatar: 'fox', ageBand: 'adult', language: 'en' });
}

async function counts(db: WayfindDb, learner: Learner) {
  const projects = await listProjects(db, learner.id);
  const artifacts = (await Promise.all(projects.map((p) => listArtifacts(db, p.id)))).flat();
  return { credentials: (await listCredentials(db, learner.id)).length, projects: projects.length, artifacts: artifacts.length };
}

describe('portfolio export and import (IndexedDB)', () => {
  it('round-trips an issued credential and a project with a photo into a clean profile', async () => {
    const source = uniqueTestDb('portfolio-source');
    const target = uniqueTestDb('portfolio-target');
    databases.push(source, target);
    const pack = await fractionsPack();
    const credential = pack.credentials![0];
    const maya = await newLearner(source, 'Maya');
    for (const skillId of credential.requires.skills) {
      await saveSkillState(source, { learnerId: maya.id, skillId, packId: pack.id, estimate: 0.96, masteryLevel: 'mastered', evidence: { attempts: 12, correct: 11 }, reviewCard: null });
    }
    const project = await createProject(source, { learnerId: maya.id, title: 'Pizza fractions', description: 'Equal slices.', skillIds: [credential.requires.skills[0]], startDay: '2026-05-01', endDay: '2026-05-02' });
    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]);
    await addArtifact(source, { projectId: project.id, name: 'pizza.png', note: 'Eighths', file: new Blob([photo], { type: 'image/png' }) });

    const issued = await issuePackCredential(source, { learner: maya, pack, key: credential.id, projectIds: [project.id], approval: { hasCoach: false, coachMode: false }, now: FIXTURE_NOW });
    expect(issued.packId).to.equal(pack.id);
    expect(JSON.parse(issued.signedJson).issuer.description).to.match(/Self-issued/);

    const { bytes, fileName } = await exportPortfolio(source, maya, { now: FIXTURE_NOW });
    expect(fileName).to.equal('portfolio-Maya-2026-06-01.zip');

    const other = await newLearner(target, 'Maya on the new laptop');
    const plan = await planPortfolioImport(target, other, bytes, FIXTURE_NOW);
    expect(plan.preview.credentials.map((c) => c.achievementName)).to.deep.equal([credential.name]);
    expect(plan.preview.projects.map((p) => p.title)).to.deep.equal(['Pizza fractions']);
    expect(await counts(target, other)).to.deep.equal({ credentials: 0, projects: 0, artifacts: 0 });

    expect(await commitPortfolioImport(target, other, plan)).to.deep.equal({ credentials: 1, projects: 1 });
    const [stored] = await listCredentials(target, other.id);
    expect(stored.signedJson).to.equal(issued.signedJson);
    expect(stored).to.include({ origin: 'imported', packId: pack.id, credentialKey: credential.id });
    const [importedProject] = await listProjects(target, other.id);
    expect(importedProject).to.include({ title: 'Pizza fractions', startDay: '2026-05-01', endDay: '2026-05-02' });
    const [artifact] = await listArtifacts(target, importedProject.id);
    expect(new Uint8Array(await artifact.file.arrayBuffer())).to.deep.equal(photo);
    expect(artifact.file.type).to.equal('image/png');

    // Importing the same file again adds no second copy of the credential.
    const again = await planPortfolioImport(target, other, bytes, FIXTURE_NOW);
    expect([...again.alreadyHeld]).to.have.length(1);
    expect([...again.projectsAlreadyHeld]).to.deep.equal([0]);
    expect(await commitPortfolioImport(target, other, again)).to.deep.equal({ credentials: 0, projects: 0 });
    expect(await counts(target, other)).to.deep.equal({ credentials: 1, projects: 1, artifacts: 1 });
  });

  it('asks for the coach when a household has one, and does not issue twice', async () => {
    const db = uniqueTestDb('portfolio-coach');
    databases.push(db);
    const pack = await fractionsPack();
    const credential = pack.credentials![0];
    const learner = await newLearner(db, 'Ivo');
    for (const skillId of credential.requires.skills) {
      await saveSkillState(db, { learnerId: learner.id, skillId, packId: pack.id, estimate: 0.9, masteryLevel: 'proficient', evidence: { attempts: 5, correct: 5 }, reviewCard: null });
    }
    const request = { learner, pack, key: credential.id, now: FIXTURE_NOW };
    let refusal: unknown;
    try { await issuePackCredential(db, { ...request, approval: { hasCoach: true, coachMode: false } }); } catch (error) { refusal = error; }
    expect(refusal).to.be.instanceOf(IssueRefusedError);
    expect((refusal as IssueRefusedError).reason).to.equal('needs-coach');
    const issued = await issuePackCredential(db, { ...request, approval: { hasCoach: true, coachMode: true }, coachName: 'Sam Hollis' });
    const signed = JSON.parse(issued.signedJson);
    expect(signed.issuer.name).to.equal('Sam Hollis');
    expect(signed.issuer).not.to.have.property('description');
    try { await issuePackCredential(db, { ...request, approval: { hasCoach: true, coachMode: true } }); refusal = null; } catch (error) { refusal = error; }
    expect((refusal as IssueRefusedError).reason).to.equal('already-held');
  });

  it(`rejects ${MALFORMED_PORTFOLIOS.length} malformed portfolios with a clear reason and stores nothing`, async () => {
    const db = uniqueTestDb('portfolio-malformed');
    databases.push(db);
    const learner = await newLearner(db, 'Kai');
    const valid = await samplePortfolioZip();
    expect(MALFORMED_PORTFOLIOS.length).to.be.at.least(20);
    for (const bad of MALFORMED_PORTFOLIOS) {
      let message = '';
      try {
        const plan = await planPortfolioImport(db, learner, await bad.make(valid), FIXTURE_NOW);
        await commitPortfolioImport(db, learner, plan);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, bad.name).to.match(bad.reason);
      expect(await counts(db, learner), bad.name).to.deep.equal({ credentials: 0, projects: 0, artifacts: 0 });
    }
  });
});
