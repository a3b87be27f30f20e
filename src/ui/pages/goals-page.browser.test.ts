import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { addGoal, listGoals } from '../../data/goals.ts';
import { createLearner } from '../../data/learners.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import './goals-page.ts';

class TestHousehold extends HTMLElement {
  provide(service: HouseholdService): void {
    new ContextProvider(this, { context: householdContext, initialValue: service });
  }
}
customElements.define('test-goals-household', TestHousehold);

/** Waits for IndexedDB and live queries on a shared machine: generous, and no assertion on speed. */
const SLOW = { timeout: 15_000 };

let db: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.delete();
  db = undefined;
});

const minutesGoal = (learnerId: string, title: string, setBy: 'learner' | 'coach') => ({
  learnerId, kind: 'minutes' as const, title, packId: null, credentialKey: null, skillIds: [], targetLevel: 'mastered' as const, minutesPerDay: 20, dueAt: null, setBy,
});

describe('<wf-goals-page>', () => {
  it('shows each goal in words, keeps coach goals for coach mode, and deletes only after confirming', async () => {
    db = uniqueTestDb('goals-page');
    const ana = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const ben = await createLearner(db, { displayName: 'Ben', avatar: 'owl', ageBand: '8-10', language: 'en' });
    await addGoal(db, minutesGoal(ana.id, 'Ana’s own goal', 'learner'));
    await addGoal(db, minutesGoal(ana.id, 'Coach’s goal for Ana', 'coach'));
    await addGoal(db, minutesGoal(ben.id, 'Ben’s goal', 'learner'));
    service = new HouseholdService(db);
    service.start();
    await service.ready;
    await service.select(ana.id);
    const host = await fixture<TestHousehold>(html`<test-goals-household></test-goals-household>`);
    host.provide(service);
    const page = document.createElement('wf-goals-page');
    page.db = db;
    page.packSource = async () => [];
    host.append(page);
    const items = () => [...page.shadowRoot!.querySelectorAll('ul.goals > li')];
    await waitUntil(() => items().length === 2, 'Ana’s two goals', SLOW);
    const text = page.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).not.to.contain('Ben’s goal');
    // No practice yet: behind on 20 minutes a day, in words, with the minutes that would help.
    expect(text).to.contain('Behind. 20 more minutes a day keeps you on track.');
    const coachItem = items().find((item) => item.textContent!.includes('Coach’s goal for Ana'))!;
    expect(coachItem.textContent).to.contain('Set by your coach.');
    expect(coachItem.querySelector('button')).to.equal(null);
    await expect(page).to.be.accessible();

    const own = () => items().find((item) => item.textContent!.includes('Ana’s own goal'))!;
    const button = (label: string) => [...own().querySelectorAll('button')].find((candidate) => candidate.textContent === label)!;
    button('Delete…').click();
    await page.updateComplete;
    expect(own().textContent).to.contain('Delete this goal?');
    button('Keep it').click();
    await page.updateComplete;
    expect((await listGoals(db, ana.id)).length).to.equal(2);
    button('Delete…').click();
    await page.updateComplete;
    button('Delete').click();
    await waitUntil(() => items().length === 1, 'goal removed from the list', SLOW);
    expect((await listGoals(db, ana.id)).map((goal) => goal.title)).to.deep.equal(['Coach’s goal for Ana']);

    service.enterCoachMode();
    await page.updateComplete;
    expect(items()[0]!.querySelector('button')).to.exist;
  });
});
