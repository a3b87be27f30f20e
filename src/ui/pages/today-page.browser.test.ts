import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HouseholdService } from '../../app/coach/index.ts';
import { storeCredential } from '../../data/credentials.ts';
import type { WayfindDb } from '../../data/db.ts';
import { addGoal } from '../../data/goals.ts';
import { createLearner } from '../../data/learners.ts';
import { saveSkillState } from '../../data/skill-states.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import type { PackChoice } from '../components/goal-editor/pack-choices.ts';
import './today-page.ts';
import type { WfTodayPage } from './today-page.ts';

/** Provides a household to the page under test, as <wf-app> does. */
class TestHousehold extends HTMLElement {
  provide(service: HouseholdService): void {
    new ContextProvider(this, { context: householdContext, initialValue: service });
  }
}
customElements.define('test-today-household', TestHousehold);

const PACKS: PackChoice[] = [
  {
    id: 'p',
    title: 'Pack',
    skills: [{ id: 'halves', name: 'Halves' }, { id: 'thirds', name: 'Thirds', prerequisites: ['halves'] }, { id: 'simplest', name: 'Simplest form', prerequisites: ['halves'] }],
    credentials: [{ packId: 'p', credentialKey: 'c1', name: 'Fraction Starter', skillIds: ['halves', 'thirds'], level: 'mastered' }],
  },
  // A course on the device that neither learner studies: its credentials are never "next to earn".
  {
    id: 'q',
    title: 'Spreadsheets',
    skills: [{ id: 'sum', name: 'SUM' }],
    credentials: [{ packId: 'q', credentialKey: 's1', name: 'Spreadsheet Basics', skillIds: ['sum'], level: 'mastered' }],
  },
];

/** Waits for IndexedDB and live queries on a shared machine: generous, and no assertion on speed. */
const SLOW = { timeout: 15_000 };

let db: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.delete();
  db = undefined;
});

async function mount(database: WayfindDb, household: HouseholdService) {
  household.start();
  await household.ready;
  const host = await fixture<TestHousehold>(html`<test-today-household></test-today-household>`);
  host.provide(household);
  const page = document.createElement('wf-today-page');
  page.db = database;
  page.packSource = async () => PACKS;
  host.append(page);
  await page.updateComplete;
  return page;
}

const text = (page: WfTodayPage) => page.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<wf-today-page>', () => {
  it('offers to create a profile when there is no learner', async () => {
    db = uniqueTestDb('today-empty');
    service = new HouseholdService(db);
    const page = await mount(db, service);
    await page.updateComplete;
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/welcome"]')!;
    expect(link.textContent).to.equal('Create a profile');
    expect(page.shadowRoot!.querySelector('a[href="/practice"]')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('shows only the current learner’s data, with two learners on the device', async () => {
    db = uniqueTestDb('today-two');
    const ana = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const ben = await createLearner(db, { displayName: 'Ben', avatar: 'owl', ageBand: '8-10', language: 'en' });
    const goal = { kind: 'minutes' as const, packId: null, credentialKey: null, skillIds: [], targetLevel: 'mastered' as const, minutesPerDay: 10, dueAt: null, setBy: 'learner' as const };
    await addGoal(db, { ...goal, learnerId: ana.id, title: 'Ana practises daily' });
    await addGoal(db, { ...goal, learnerId: ben.id, title: 'Ben practises daily' });
    await saveSkillState(db, { learnerId: ana.id, skillId: 'halves', packId: 'p', estimate: 0.9, masteryLevel: 'mastered', evidence: { attempts: 4, correct: 4 }, reviewCard: null });
    await saveSkillState(db, { learnerId: ben.id, skillId: 'thirds', packId: 'p', estimate: 0.9, masteryLevel: 'mastered', evidence: { attempts: 4, correct: 4 }, reviewCard: null });
    await storeCredential(db, { learnerId: ben.id, origin: 'issued', signedJson: '{}', achievementName: 'Ben’s Badge', issuedAt: 1, packId: 'p', credentialKey: 'c9' });

    service = new HouseholdService(db);
    const page = await mount(db, service);
    await service.select(ana.id);
    await waitUntil(() => text(page).includes('Ana practises daily'), 'Ana’s goals', SLOW);
    const anaView = text(page);
    expect(anaView).to.contain('Hello, Ana');
    expect(anaView).to.contain('Halves');
    expect(anaView).to.contain('Fraction Starter: 1 of 2 skills ready');
    expect(anaView).not.to.contain('Spreadsheet Basics');
    expect(anaView).not.to.contain('Ben');
    expect(anaView).not.to.contain('Thirds');
    await expect(page).to.be.accessible();

    await service.select(ben.id);
    await waitUntil(() => text(page).includes('Ben practises daily'), 'Ben’s goals', SLOW);
    const benView = text(page);
    expect(benView).to.contain('Ben’s Badge');
    expect(benView).not.to.contain('Ana');
    expect(benView).not.to.contain('Halves');
  });

  it('lists as skills to work on those on the way to an open goal, as practice gives them', async () => {
    db = uniqueTestDb('today-toward');
    const ana = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
    await addGoal(db, { learnerId: ana.id, title: 'Thirds', kind: 'skills', packId: 'p', credentialKey: null, skillIds: ['thirds'], targetLevel: 'mastered', minutesPerDay: null, dueAt: null, setBy: 'learner' });
    const started = (skillId: string, estimate: number) =>
      saveSkillState(db!, { learnerId: ana.id, skillId, packId: 'p', estimate, masteryLevel: 'practising', evidence: { attempts: 1, correct: 0 }, reviewCard: null });
    // "I don't know yet" to Simplest form in placement: the lowest estimate, but off the goal's way.
    await started('simplest', 0.1);
    await started('halves', 0.4);
    await started('thirds', 0.3);
    service = new HouseholdService(db);
    const page = await mount(db, service);
    await service.select(ana.id);
    await waitUntil(() => text(page).includes('Skills to work on') && text(page).includes('Halves'), 'skills to work on', SLOW);
    const items = [...page.shadowRoot!.querySelectorAll('#skills-heading ~ .columns > div:last-child li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Thirds', 'Halves']);
  });
});
