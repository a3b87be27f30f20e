import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { COACH_PIN_SETTING, HouseholdService } from '../../app/coach/index.ts';
import type { Pack } from '../../content/index.ts';
import { listCredentials } from '../../data/credentials.ts';
import type { WayfindDb } from '../../data/db.ts';
import { createProject } from '../../data/projects.ts';
import { setSetting } from '../../data/settings.ts';
import { saveSkillState } from '../../data/skill-states.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import './portfolio-page.ts';
import type { WfPortfolioPage } from './portfolio-page.ts';

const databases: WayfindDb[] = [];
const services: HouseholdService[] = [];
afterEach(async () => {
  while (services.length) services.pop()!.stop();
  while (databases.length) await databases.pop()!.delete();
});

async function setUp({ coach = false }: { coach?: boolean } = {}) {
  const db = uniqueTestDb('portfolio-page');
  databases.push(db);
  const pack = (await (await fetch('/content/packs/fractions-3-6.json')).json()) as Pack;
  if (coach) await setSetting(db, COACH_PIN_SETTING, 'hash');
  const service = new HouseholdService(db);
  services.push(service);
  service.start();
  await service.ready;
  const learner = await service.create({ displayName: 'Rosa', avatar: 'owl', ageBand: 'adult', language: 'en' });
  const credential = pack.credentials![0];
  for (const skillId of credential.requires.skills) {
    await saveSkillState(db, { learnerId: learner.id, skillId, packId: pack.id, estimate: 0.95, masteryLevel: 'mastered', evidence: { attempts: 6, correct: 6 }, reviewCard: null });
  }
  const project = await createProject(db, { learnerId: learner.id, title: 'Fraction wall', description: 'A paper fraction wall.' });
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  const page = document.createElement('wf-portfolio-page') as WfPortfolioPage;
  page.db = db;
  page.packs = [pack];
  host.append(page);
  const root = page.shadowRoot!;
  await waitUntil(() => root.querySelector('ul.offers'), 'no offer shown', { timeout: 10000 });
  return { db, page, root, learner, pack, credential, project, service };
}

const buttonNamed = (root: ShadowRoot, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

describe('<wf-portfolio-page>', () => {
  it('lets a solo learner self-issue a met credential with a project attached, then shows it in the wallet', async () => {
    const { db, root, learner, credential, project } = await setUp();
    expect(root.querySelector('ul.offers h3')!.textContent).to.equal(credential.name);
    root.querySelector<HTMLInputElement>(`input[name="project"][value="${project.id}"]`)!.click();
    buttonNamed(root, 'Issue to myself')!.click();
    await waitUntil(async () => (await listCredentials(db, learner.id)).length === 1, 'not issued', { timeout: 15000 });
    const [stored] = await listCredentials(db, learner.id);
    const signed = JSON.parse(stored.signedJson);
    expect(signed.evidence.some((e: { name: string; genre: string }) => e.genre === 'Project' && e.name === 'Fraction wall')).to.equal(true);
    expect(signed.credentialSubject.id).to.equal(`urn:uuid:${learner.id}`);
    await waitUntil(() => root.querySelector('wf-wallet')!.shadowRoot!.querySelector('wf-credential-card'), 'wallet empty', { timeout: 10000 });
    const wallet = root.querySelector('wf-wallet')!.shadowRoot!;
    expect(wallet.textContent).to.contain('1 of 4 credentials');
    // The household's issuer identity, made on first use: the learner's own name for a solo learner.
    await waitUntil(() => root.textContent!.includes(`signs credentials as Rosa, with the key ${signed.issuer.id}`), 'issuer identity not shown', { timeout: 10000 });
    expect(signed.issuer.id).to.match(/^did:key:z6Mk/);
  });

  it('asks for the coach in a household with one, and offers approval in coach mode', async () => {
    const { root, service, page } = await setUp({ coach: true });
    expect(buttonNamed(root, 'Issue to myself')).to.equal(undefined);
    expect(root.querySelector('.ask a')!.getAttribute('href')).to.equal('/coach');
    service.enterCoachMode();
    await page.updateComplete;
    expect(buttonNamed(root, 'Approve and issue')).to.not.equal(undefined);
    expect(root.querySelector('input[name="coachName"]')).to.not.equal(null);
  });

  it('passes axe', async () => {
    const { page } = await setUp();
    await expect(page).to.be.accessible();
  });
});
