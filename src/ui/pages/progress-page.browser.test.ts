import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HouseholdService } from '../../app/coach/index.ts';
import { recordAnswer } from '../../data/attempts.ts';
import type { WayfindDb } from '../../data/db.ts';
import { createLearner } from '../../data/learners.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import './progress-page.ts';
import type { WfProgressPage } from './progress-page.ts';

class TestHousehold extends HTMLElement {
  provide(service: HouseholdService): void {
    new ContextProvider(this, { context: householdContext, initialValue: service });
  }
}
customElements.define('test-progress-household', TestHousehold);

/** Waits for IndexedDB and live queries on a shared machine: generous, and no assertion on speed. */
const SLOW = { timeout: 15_000 };

let db: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.delete();
  db = undefined;
});

/** The progress page of `learnerId`, with its three charts drawn. */
async function progressPageOf(database: WayfindDb, learnerId: string): Promise<WfProgressPage> {
  service = new HouseholdService(database);
  service.start();
  await service.ready;
  await service.select(learnerId);
  const host = await fixture<HTMLElement & { provide(s: HouseholdService): void }>(html`<test-progress-household></test-progress-household>`);
  host.provide(service);
  const page = document.createElement('wf-progress-page') as WfProgressPage;
  page.db = database;
  host.append(page);
  await waitUntil(() => page.shadowRoot!.querySelectorAll('wf-chart').length === 3, 'three charts', SLOW);
  return page;
}

describe('<wf-progress-page>', () => {
  it('charts the current learner’s minutes, accuracy and mastery, each with a summary and a table', async () => {
    db = uniqueTestDb('progress-page');
    const ana = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const ben = await createLearner(db, { displayName: 'Ben', avatar: 'owl', ageBand: '8-10', language: 'en' });
    const now = Date.now();
    const answer = (learnerId: string, correct: boolean, durationMs: number) =>
      recordAnswer(db!, { learnerId, packId: 'p', itemId: 'i', skillId: 's', skillIds: ['s'], response: '1', correct, hintsUsed: 0, durationMs, startedAt: now - durationMs, answeredAt: now, sessionId: null },
        [{ skillId: 's', packId: 'p', estimate: 0.97, masteryLevel: correct ? 'mastered' : 'practising' }]);
    await answer(ana.id, true, 120_000);
    await answer(ana.id, false, 60_000);
    // Ben practised far more: none of it may show on Ana's page.
    for (let index = 0; index < 5; index++) await answer(ben.id, true, 600_000);

    const page = await progressPageOf(db, ana.id);
    const charts = [...page.shadowRoot!.querySelectorAll('wf-chart')];
    await Promise.all(charts.map((chart) => chart.updateComplete));
    const summaries = charts.map((chart) => chart.shadowRoot!.querySelector('figcaption')!.textContent);
    expect(summaries[1]).to.match(/^About 3 minutes of practice on 1 of the last 30 days; the most was 3 minutes on /);
    expect(summaries[2]).to.equal('In the last 7 days, 50% of your answers were correct.');
    const lastRow = (index: number) => [...charts[index]!.shadowRoot!.querySelectorAll('tbody tr')].at(-1)!.querySelector('td')!.textContent;
    expect(lastRow(1)).to.equal('3');
    expect(lastRow(2)).to.equal('50%');
    expect(charts.every((chart) => chart.plot)).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('says "under a minute" when all the time is a few seconds, instead of naming a day with 0 minutes', async () => {
    db = uniqueTestDb('progress-page-seconds');
    const ana = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const now = Date.now();
    // A placement check tapped through: three answers of half a second each (1.5 s rounds to 0 minutes).
    for (let index = 0; index < 3; index++) {
      await recordAnswer(db, { learnerId: ana.id, packId: 'p', itemId: `i${index}`, skillId: 's', skillIds: ['s'], response: '1', correct: false, hintsUsed: 0, durationMs: 500, startedAt: now - 500, answeredAt: now, sessionId: null },
        [{ skillId: 's', packId: 'p', estimate: 0.6, masteryLevel: 'practising' }]);
    }
    const page = await progressPageOf(db, ana.id);
    const chart = page.shadowRoot!.querySelectorAll('wf-chart')[1]!;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('Under a minute of practice on 1 of the last 30 days.');
  });
});
