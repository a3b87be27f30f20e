import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { getJournalEntry, listJournalEntries } from '../../data/journal.ts';
import { createLearner } from '../../data/learners.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import './journal-page.ts';
import type { WfJournalPage } from './journal-page.ts';

class TestHousehold extends HTMLElement {
  provide(service: HouseholdService): void {
    new ContextProvider(this, { context: householdContext, initialValue: service });
  }
}
customElements.define('test-journal-household', TestHousehold);

/** Waits for IndexedDB and live queries on a shared machine: generous, and no assertion on speed. */
const SLOW = { timeout: 15_000 };

let db: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  service?.stop();
  await db?.delete();
  db = undefined;
});

async function mount(): Promise<{ page: WfJournalPage; learnerId: string }> {
  db = uniqueTestDb('journal');
  const learner = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '11-13', language: 'en' });
  service = new HouseholdService(db);
  service.start();
  await service.ready;
  const host = await fixture<TestHousehold>(html`<test-journal-household></test-journal-household>`);
  host.provide(service);
  const page = document.createElement('wf-journal-page');
  page.db = db;
  host.append(page);
  await waitUntil(() => page.shadowRoot?.querySelector('ul.entries, section p:not([role])'), 'journal loaded', SLOW);
  return { page, learnerId: learner.id };
}

const $ = <T extends Element>(page: WfJournalPage, selector: string) => page.shadowRoot!.querySelector<T>(selector)!;

describe('<wf-journal-page>', () => {
  it('saves a reflection with prompt, mood, confidence and sharing choices', async () => {
    const { page, learnerId } = await mount();
    $<HTMLSelectElement>(page, '#new-prompt').value = 'What was hard today? What helped?';
    $<HTMLTextAreaElement>(page, '#new-text').value = 'Thirds were hard. Drawing helped.';
    $<HTMLInputElement>(page, 'form input[name="mood"][value="4"]').click();
    $<HTMLInputElement>(page, 'form input[name="confidence"][value="2"]').click();
    $<HTMLInputElement>(page, 'form input[name="sharedWithCoach"]').click();
    $<HTMLButtonElement>(page, 'form button[type="submit"]').click();
    await waitUntil(() => page.shadowRoot!.querySelectorAll('ul.entries > li').length === 1, 'entry listed', SLOW);
    const [entry] = await listJournalEntries(db!, learnerId);
    expect(entry).to.include({ text: 'Thirds were hard. Drawing helped.', prompt: 'What was hard today? What helped?', mood: 4, confidence: 2, inPortfolio: false, sharedWithCoach: true, sessionId: null });
    expect($(page, 'ul.entries').textContent).to.contain('Mood: Good.');
    // The form is empty again for the next entry.
    expect($<HTMLTextAreaElement>(page, '#new-text').value).to.equal('');
    await expect(page).to.be.accessible();
  });

  it('refuses an empty entry with a message and stores nothing', async () => {
    const { page, learnerId } = await mount();
    $<HTMLTextAreaElement>(page, '#new-text').value = '   ';
    $<HTMLButtonElement>(page, 'form button[type="submit"]').click();
    await page.updateComplete;
    expect($(page, '[role="alert"]').textContent).to.equal('Write something first: the entry is empty.');
    expect(await listJournalEntries(db!, learnerId)).to.deep.equal([]);
  });

  it('keeps the portfolio and coach toggles, and edits and deletes after confirming', async () => {
    const { page, learnerId } = await mount();
    $<HTMLTextAreaElement>(page, '#new-text').value = 'First try';
    $<HTMLButtonElement>(page, 'form button[type="submit"]').click();
    await waitUntil(() => page.shadowRoot!.querySelector('ul.entries > li'), 'entry listed', SLOW);
    const [entry] = await listJournalEntries(db!, learnerId);
    const toggles = () => [...page.shadowRoot!.querySelectorAll<HTMLInputElement>('ul.entries input[type="checkbox"]')];
    toggles()[0]!.click();
    await waitUntil(async () => (await getJournalEntry(db!, entry!.id))?.inPortfolio === true, 'portfolio choice stored', SLOW);
    toggles()[1]!.click();
    await waitUntil(async () => (await getJournalEntry(db!, entry!.id))?.sharedWithCoach === true, 'coach choice stored', SLOW);
    toggles()[0]!.click();
    await waitUntil(async () => (await getJournalEntry(db!, entry!.id))?.inPortfolio === false, 'portfolio choice undone', SLOW);
    await waitUntil(() => toggles()[0]!.checked === false && toggles()[1]!.checked === true, 'toggles show the stored choices', SLOW);

    const buttons = () => [...page.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.entries button')];
    buttons().find((button) => button.textContent === 'Edit')!.click();
    await page.updateComplete;
    $<HTMLTextAreaElement>(page, `#${CSS.escape(entry!.id)}-text`).value = 'Second try';
    buttons().find((button) => button.textContent === 'Save changes')!.click();
    await waitUntil(async () => (await getJournalEntry(db!, entry!.id))?.text === 'Second try', 'edit stored', SLOW);
    expect((await getJournalEntry(db!, entry!.id))!.sharedWithCoach).to.equal(true);

    await waitUntil(() => buttons().some((button) => button.textContent === 'Delete…'), 'list shown again', SLOW);
    buttons().find((button) => button.textContent === 'Delete…')!.click();
    await page.updateComplete;
    expect(await getJournalEntry(db!, entry!.id)).to.exist;
    buttons().find((button) => button.textContent === 'Keep it')!.click();
    await page.updateComplete;
    buttons().find((button) => button.textContent === 'Delete…')!.click();
    await page.updateComplete;
    buttons().find((button) => button.textContent === 'Delete')!.click();
    await waitUntil(async () => (await getJournalEntry(db!, entry!.id)) === undefined, 'entry deleted', SLOW);
  });
});
