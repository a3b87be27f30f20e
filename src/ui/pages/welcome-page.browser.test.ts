import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { listGoals } from '../../data/goals.ts';
import { listLearners } from '../../data/learners.ts';
import { getSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { testCatalogUrl } from './onboarding-test-pack.ts';
import './welcome-page.ts';
import type { WfWelcomePage } from './welcome-page.ts';

let db: WayfindDb;
let service: HouseholdService;

async function mount(): Promise<WfWelcomePage> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  const page = document.createElement('wf-welcome-page');
  page.catalogUrl = testCatalogUrl();
  host.append(page);
  await page.updateComplete;
  return page;
}

const $ = <T extends Element>(page: WfWelcomePage, selector: string) => page.shadowRoot!.querySelector<T>(selector)!;
const radio = (page: WfWelcomePage, name: string, value: string) => $<HTMLInputElement>(page, `input[name="${name}"][value="${value}"]`);
const submit = (page: WfWelcomePage) => $<HTMLButtonElement>(page, 'button[type="submit"]').click();
const heading = (page: WfWelcomePage) => $<HTMLElement>(page, '#step-heading');

async function completeProfile(page: WfWelcomePage, name = 'Robin') {
  $<HTMLInputElement>(page, '#name').value = name;
  radio(page, 'avatar', 'owl').click();
  radio(page, 'ageBand', '8-10').click();
  radio(page, 'language', 'en').click();
  submit(page);
  await waitUntil(() => heading(page)?.textContent === 'Choose a course and a goal', 'goal step never opened', { timeout: 10000 });
  await waitUntil(() => page.pack !== null, 'pack never loaded', { timeout: 10000 });
  await page.updateComplete;
}

describe('<wf-welcome-page>', () => {
  beforeEach(() => {
    db = uniqueTestDb('welcome');
    service = new HouseholdService(db);
    service.start();
  });
  afterEach(async () => {
    service.stop();
    await db.delete();
  });

  it('refuses an empty name with an announced error and creates nothing', async () => {
    const page = await mount();
    await service.ready;
    submit(page);
    await page.updateComplete;
    expect($(page, '[role="alert"]').textContent).to.contain('Please enter a name');
    await page.updateComplete;
    expect(page.shadowRoot!.activeElement).to.equal($(page, '#name'));
    expect(await listLearners(db)).to.have.length(0);
  });

  it('asks for the age group instead of assuming one, and creates nothing until it is chosen', async () => {
    const page = await mount();
    await service.ready;
    expect([...page.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="ageBand"]')].some((input) => input.checked)).to.equal(false);
    $<HTMLInputElement>(page, '#name').value = 'Robin';
    submit(page);
    await page.updateComplete;
    expect($(page, '[role="alert"]').textContent).to.contain('Please choose your age group');
    await page.updateComplete;
    expect(page.shadowRoot!.activeElement?.getAttribute('name')).to.equal('ageBand');
    expect(await listLearners(db)).to.have.length(0);
  });

  it('creates the learner, then a skills goal and the chosen pack, moving focus to each step', async () => {
    const page = await mount();
    await service.ready;
    expect([...page.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal(['Choose an avatar', 'Your age', 'Language']);
    await expect(page).to.be.accessible();
    await completeProfile(page);
    const [learner] = await listLearners(db);
    expect(learner).to.include({ displayName: 'Robin', avatar: 'owl', ageBand: '8-10', language: 'en' });
    expect(Object.keys(learner!).sort()).to.deep.equal(['ageBand', 'avatar', 'createdAt', 'displayName', 'id', 'language']);
    expect(service.current?.id).to.equal(learner!.id);
    expect(page.shadowRoot!.activeElement).to.equal(heading(page));
    await expect(page).to.be.accessible();

    radio(page, 'goal', 'skills').click();
    await page.updateComplete;
    submit(page);
    await page.updateComplete;
    expect($(page, '[role="alert"]').textContent).to.contain('at least one skill');
    expect(await listGoals(db, learner!.id)).to.have.length(0);

    radio(page, 'skill', 'add').click();
    radio(page, 'skill', 'carry').click();
    submit(page);
    await waitUntil(() => heading(page)?.textContent === 'Where would you like to start?', 'start step never opened', { timeout: 10000 });
    const [goal] = await listGoals(db, learner!.id);
    expect(goal).to.include({ kind: 'skills', packId: 'test-pack', setBy: 'learner', credentialKey: null, targetLevel: 'mastered' });
    expect(goal!.skillIds).to.deep.equal(['add', 'carry']);
    expect(await getSetting(db, `packFor:${learner!.id}`, null)).to.equal('test-pack');
    expect(page.shadowRoot!.activeElement).to.equal(heading(page));
    const links = [...page.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['/placement', '/practice']);
    await expect(page).to.be.accessible();
  });

  it('stores a credential goal with the credential\'s skills', async () => {
    const page = await mount();
    await service.ready;
    await completeProfile(page, 'Sam');
    expect(radio(page, 'goal', 'credential:adder').checked).to.equal(true);
    submit(page);
    await waitUntil(() => heading(page)?.textContent === 'Where would you like to start?', 'start step never opened', { timeout: 10000 });
    const [learner] = await listLearners(db);
    const [goal] = await listGoals(db, learner!.id);
    expect(goal).to.include({ kind: 'credential', credentialKey: 'adder', title: 'Adder', setBy: 'learner' });
    expect(goal!.skillIds).to.deep.equal(['count', 'add']);
  });
});
