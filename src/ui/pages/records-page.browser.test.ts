import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { localDay } from '../../data/day.ts';
import { addJournalEntry } from '../../data/journal.ts';
import { addLogEntry } from '../../data/log-entries.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import './profiles-page.ts';
import './records-page.ts';
import type { WfProfilesPage } from './profiles-page.ts';
import type { WfRecordsPage } from './records-page.ts';
import { formatDate } from '../../i18n/format.ts';

let database: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  // Pages first: their live queries must stop before the database goes.
  for (const page of document.querySelectorAll('wf-records-page, wf-profiles-page')) page.remove();
  service?.stop();
  await database?.delete();
  database = undefined;
  service = undefined;
});

/** The visible text of an element and every shadow root below it. */
function deepText(node: Node): string {
  let text = '';
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent;
    if (current instanceof Element && current.shadowRoot) current.shadowRoot.childNodes.forEach(visit);
    current.childNodes.forEach(visit);
  };
  visit(node);
  return text.replace(/\s+/g, ' ');
}

function deepQuery<T extends Element>(root: Element, selector: string): T | null {
  const found = root.shadowRoot?.querySelector<T>(selector) ?? root.querySelector<T>(selector);
  if (found) return found;
  for (const child of [...(root.shadowRoot?.querySelectorAll('*') ?? []), ...root.querySelectorAll('*')]) {
    const inner = deepQuery<T>(child, selector);
    if (inner) return inner;
  }
  return null;
}

async function household() {
  const db = (database = uniqueTestDb('records-page'));
  service = new HouseholdService(db);
  service.start();
  await service.ready;
  const ada = await service.create({ displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' });
  const ben = await service.create({ displayName: 'Ben', avatar: 'owl', ageBand: '11-13', language: 'en' });
  const today = localDay(Date.now());
  await addLogEntry(db, { learnerId: ada.id, day: today, minutes: 40, subject: 'Astronomy', kind: 'field-trip', note: 'Planetarium' });
  await addLogEntry(db, { learnerId: ben.id, day: today, minutes: 25, subject: 'Woodwork', kind: 'project', note: 'Birdhouse' });
  const journal = (learnerId: string, text: string, sharedWithCoach: boolean) =>
    addJournalEntry(db, { learnerId, text, mood: 4, confidence: 3, sessionId: null, prompt: null, inPortfolio: false, sharedWithCoach });
  await journal(ada.id, 'Ada shared this', true);
  await journal(ada.id, 'Ada kept this private', false);
  await journal(ben.id, 'Ben shared this', true);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  return { db, ada, ben, host };
}

describe('a learner sees only their own records (through the UI)', () => {
  it('the log and the term report follow the current profile and never show a sibling’s rows', async () => {
    const { db, ada, ben, host } = await household();
    await service!.select(ada.id);
    const page = document.createElement('wf-records-page') as WfRecordsPage;
    page.db = db;
    host.append(page);

    await waitUntil(() => deepText(page).includes('Astronomy'), 'Ada’s log', { timeout: 10_000 });
    expect(deepText(page)).to.contain('Learning log: Ada');
    expect(deepText(page)).not.to.contain('Woodwork');

    await service!.select(ben.id);
    await waitUntil(() => deepText(page).includes('Woodwork'), 'Ben’s log', { timeout: 10_000 });
    expect(deepText(page)).not.to.contain('Astronomy');

    const reportButton = [...page.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Term report')!;
    reportButton.click();
    await waitUntil(() => deepText(page).includes('Progress report: Ben'), 'Ben’s report', { timeout: 10_000 });
    await waitUntil(() => deepText(page).includes('Ben shared this'), 'Ben’s shared journal', { timeout: 10_000 });
    expect(deepText(page)).not.to.contain('Ada shared this');
    expect(deepText(page)).to.contain('Woodwork');

    await service!.select(ada.id);
    await waitUntil(() => deepText(page).includes('Ada shared this'), 'Ada’s report', { timeout: 10_000 });
    const text = deepText(page);
    expect(text).to.contain('Progress report: Ada');
    expect(text).not.to.contain('Ada kept this private');
    expect(text).not.to.contain('Ben shared this');
    expect(text).not.to.contain('Woodwork');
    for (const section of ['Skills practised or placed', 'Learning time', 'Credentials earned', 'Journal entries shared by the learner']) {
      expect(text).to.contain(section);
    }
    history.replaceState(null, '', location.href.replace(/[?&]view=report/, ''));
  });

  it('adds an off-screen entry to the current learner only, and refuses bad input', async () => {
    const { db, ada, ben, host } = await household();
    await service!.select(ben.id);
    const page = document.createElement('wf-records-page') as WfRecordsPage;
    page.db = db;
    host.append(page);
    await waitUntil(() => deepQuery(page, 'form.entry'), 'entry form', { timeout: 10_000 });
    const form = deepQuery<HTMLFormElement>(page, 'form.entry')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    field('minutes').value = '0';
    field('subject').value = 'Music';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => deepText(page).includes('Minutes are a whole number from 1 to 1440.'), 'problem shown', { timeout: 10_000 });
    expect((await db.logEntries.toArray()).length).to.equal(2);

    field('minutes').value = '35';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => deepText(page).includes('Music'), 'new entry listed', { timeout: 10_000 });
    const music = (await db.logEntries.toArray()).filter((entry) => entry.subject === 'Music');
    expect(music.map((entry) => [entry.learnerId, entry.minutes, entry.kind])).to.deep.equal([[ben.id, 35, 'book']]);

    await service!.select(ada.id);
    await waitUntil(() => deepText(page).includes('Astronomy'), 'Ada’s log', { timeout: 10_000 });
    expect(deepText(page)).not.to.contain('Music');
  });

  it('edits and deletes an off-screen entry (delete asks first)', async () => {
    const { db, ada, host } = await household();
    await service!.select(ada.id);
    const page = document.createElement('wf-records-page') as WfRecordsPage;
    page.db = db;
    host.append(page);
    await waitUntil(() => deepText(page).includes('Astronomy'), 'Ada’s log', { timeout: 10_000 });
    const view = deepQuery<HTMLElement>(page, 'wf-learning-log-view')!;
    const button = (name: string) => [...view.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === name)!;
    // Buttons name the day as the learner reads it (the shared formatter), not as stored.
    const day = formatDate(localDay(Date.now()));

    button(`Edit Astronomy on ${day}`).click();
    await waitUntil(() => button('Save entry'), 'edit form', { timeout: 10_000 });
    const form = view.shadowRoot!.querySelector<HTMLFormElement>('form.entry')!;
    expect((form.elements.namedItem('subject') as HTMLInputElement).value).to.equal('Astronomy');
    (form.elements.namedItem('minutes') as HTMLInputElement).value = '55';
    button('Save entry').click();
    await waitUntil(async () => (await db.logEntries.toArray()).some((entry) => entry.subject === 'Astronomy' && entry.minutes === 55), 'edited', { timeout: 10_000 });
    await waitUntil(() => button('Add entry'), 'back to a new entry', { timeout: 10_000 });

    button(`Delete Astronomy on ${day}`).click();
    await waitUntil(() => button('Yes, delete'), 'confirmation', { timeout: 10_000 });
    button('Keep').click();
    await waitUntil(() => button(`Delete Astronomy on ${day}`), 'kept', { timeout: 10_000 });
    expect((await db.logEntries.toArray()).length).to.equal(2);
    button(`Delete Astronomy on ${day}`).click();
    await waitUntil(() => button('Yes, delete'), 'confirmation', { timeout: 10_000 });
    button('Yes, delete').click();
    await waitUntil(() => !deepText(page).includes('Astronomy'), 'deleted', { timeout: 10_000 });
    expect((await db.logEntries.toArray()).map((entry) => entry.subject)).to.deep.equal(['Woodwork']);
  });

  it('the profile picker switches the current learner', async () => {
    const { ada, host } = await household();
    const picker = document.createElement('wf-profiles-page') as WfProfilesPage;
    host.append(picker);
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('button.profile').length === 2, 'two profiles', { timeout: 10_000 });
    const adaButton = picker.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-learner="${ada.id}"]`)!;
    expect(adaButton.getAttribute('aria-pressed')).to.equal('false');
    adaButton.click();
    await waitUntil(() => service!.current?.id === ada.id, 'Ada is current', { timeout: 10_000 });
    await picker.updateComplete;
    expect(adaButton.getAttribute('aria-pressed')).to.equal('true');
    expect(picker.shadowRoot!.querySelector('a[href="/welcome"]')!.textContent).to.equal('Add a learner');
  });
});
