import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { WayfindDb } from '../../../data/db.ts';
import { ADA, BEN } from '../../../data/testing/sample-household.ts';
import { seedTables, uniqueTestDb } from '../../../data/testing/seed-database.ts';
import './stored-data.ts';
import type { WfStoredData } from './stored-data.ts';

let database: WayfindDb | undefined;
afterEach(async () => {
  await database?.delete();
  database = undefined;
});

function buttons(element: WfStoredData): HTMLButtonElement[] {
  return [...element.shadowRoot!.querySelectorAll('button')];
}

function button(element: WfStoredData, text: string): HTMLButtonElement {
  const found = buttons(element).find((candidate) => candidate.textContent!.trim() === text);
  if (!found) throw new Error(`No button "${text}" among ${buttons(element).map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

describe('<wf-stored-data>', () => {
  it('shows counts per learner and deletes one learner only after confirmation', async () => {
    database = uniqueTestDb('stored-data-ui');
    await seedTables(database);
    const element = await fixture<WfStoredData>(html`<wf-stored-data .db=${database}></wf-stored-data>`);
    await waitUntil(() => element.shadowRoot!.querySelector('table'), 'counts table', { timeout: 10_000 });
    const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['Kind of record', 'Ada', 'Ben']);
    const answers = [...element.shadowRoot!.querySelectorAll('tbody tr')].find((row) => row.querySelector('th')!.textContent === 'Answers')!;
    expect([...answers.querySelectorAll('td')].map((cell) => cell.textContent)).to.deep.equal(['6', '4']);

    button(element, 'Delete Ada…').click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('confirm-question');
    expect(await database.learners.count()).to.equal(2);
    button(element, 'Cancel').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.confirm')).to.equal(null);

    button(element, 'Delete Ada…').click();
    await element.updateComplete;
    const deleted = oneEvent(element, 'wf-data-deleted');
    button(element, 'Yes, delete Ada').click();
    expect((await deleted).detail.learnerId).to.equal(ADA);
    expect(await database.learners.toCollection().primaryKeys()).to.deep.equal([BEN]);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('thead th').length === 2, 'Ada disappears from the table', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Ada and all of their data were deleted.');
  });

  it('deletes everything after confirmation, and its controls are labelled buttons', async () => {
    database = uniqueTestDb('stored-data-ui-all');
    await seedTables(database);
    const element = await fixture<WfStoredData>(html`<wf-stored-data .db=${database}></wf-stored-data>`);
    await waitUntil(() => element.shadowRoot!.querySelector('table'), 'counts table', { timeout: 10_000 });
    for (const candidate of buttons(element)) {
      expect(candidate.textContent!.trim()).not.to.equal('');
      expect(candidate.getBoundingClientRect().height).to.be.at.least(24);
    }
    button(element, 'Delete everything…').click();
    await element.updateComplete;
    button(element, 'Yes, delete everything').click();
    await waitUntil(async () => (await database!.settings.count()) === 0 && (await database!.attemptBlocks.count()) === 0, 'all tables empty', { timeout: 10_000 });
    expect(await database.learners.count()).to.equal(0);
  });
});
