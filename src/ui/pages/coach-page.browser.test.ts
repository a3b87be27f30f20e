import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { INACTIVE_DAYS_SETTING } from '../../app/coach/index.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { addLogEntry } from '../../data/log-entries.ts';
import { getSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { householdContext } from '../app/contexts.ts';
import './coach-page.ts';
import type { WfCoachPage } from './coach-page.ts';

let database: WayfindDb | undefined;
let service: HouseholdService | undefined;
afterEach(async () => {
  // Pages first: their live queries must stop before the database goes.
  for (const page of document.querySelectorAll('wf-coach-page')) page.remove();
  service?.stop();
  await database?.delete();
  database = undefined;
  service = undefined;
});

/** The first element matching `selector` in `root` or any shadow root below it. */
function deep<T extends Element>(root: Element | ShadowRoot, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot ? deep<T>(element.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

const buttonNamed = (root: Element | ShadowRoot, name: string) =>
  deepAll(root, 'button').find((button) => button.textContent!.trim() === name) as HTMLButtonElement | undefined;

describe('<wf-coach-page>', () => {
  it('opens with a new PIN, shows the household, and manages learners with a typed delete confirmation', async () => {
    const db = (database = uniqueTestDb('coach-page'));
    service = new HouseholdService(db);
    service.start();
    await service.ready;
    const ada = await service.create({ displayName: 'Ada', avatar: 'fox', ageBand: '8-10', language: 'en' });
    const ben = await service.create({ displayName: 'Ben', avatar: 'owl', ageBand: '11-13', language: 'en' });
    await addLogEntry(db, { learnerId: ben.id, day: '2026-01-04', minutes: 10, subject: 'Art', kind: 'project', note: '' });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: householdContext, initialValue: service });
    const page = document.createElement('wf-coach-page') as WfCoachPage;
    page.db = db;
    host.append(page);

    await waitUntil(() => deep(page.shadowRoot!, 'input[name=confirm]'), 'set-PIN form');
    (deep<HTMLInputElement>(page.shadowRoot!, 'input[name=pin]'))!.value = '975310';
    (deep<HTMLInputElement>(page.shadowRoot!, 'input[name=confirm]'))!.value = '975310';
    buttonNamed(page.shadowRoot!, 'Set PIN and open coach mode')!.click();
    await waitUntil(() => service!.snapshot.coachMode, 'coach mode on', { timeout: 10000 });

    // The overview lists both learners; new profiles that never practised are flagged once the threshold passes.
    await waitUntil(() => deepAll(page.shadowRoot!, 'tr[data-learner]').length === 2, 'overview rows');
    const names = deepAll(page.shadowRoot!, 'tr[data-learner] th').map((cell) => cell.textContent!.trim());
    expect(names).to.deep.equal(['🦊Ada', '🦉Ben']);
    expect(deep(page.shadowRoot!, 'wf-risk-alert-list')!.shadowRoot!.textContent).to.contain('No alerts');

    // The inactivity threshold: bad input changes nothing, good input is stored.
    const days = deep<HTMLInputElement>(page.shadowRoot!, 'input[name=inactiveDays]')!;
    expect(days.value).to.equal('3');
    days.value = '0';
    buttonNamed(page.shadowRoot!, 'Save')!.click();
    await waitUntil(() => page.shadowRoot!.textContent!.includes('Enter a whole number of days from 1 to 60'), 'problem');
    expect(await getSetting(db, INACTIVE_DAYS_SETTING, null)).to.equal(null);
    days.value = '7';
    buttonNamed(page.shadowRoot!, 'Save')!.click();
    await waitUntil(async () => (await getSetting(db, INACTIVE_DAYS_SETTING, null)) === 7, 'threshold stored');

    // Rename Ada.
    buttonNamed(page.shadowRoot!, 'Edit Ada')!.click();
    await waitUntil(() => deep(page.shadowRoot!, `li[data-learner="${ada.id}"] input[name=displayName]`), 'edit form');
    deep<HTMLInputElement>(page.shadowRoot!, `li[data-learner="${ada.id}"] input[name=displayName]`)!.value = 'Ada L.';
    buttonNamed(page.shadowRoot!, 'Save changes')!.click();
    await waitUntil(async () => (await db.learners.get(ada.id))?.displayName === 'Ada L.', 'renamed');

    // Delete Ben: a wrong name deletes nothing; the exact name deletes Ben and his rows.
    await waitUntil(() => buttonNamed(page.shadowRoot!, 'Delete Ben…'), 'delete button');
    buttonNamed(page.shadowRoot!, 'Delete Ben…')!.click();
    await waitUntil(() => deep(page.shadowRoot!, `li[data-learner="${ben.id}"] input[name=confirm]`), 'confirmation');
    const confirm = deep<HTMLInputElement>(page.shadowRoot!, `li[data-learner="${ben.id}"] input[name=confirm]`)!;
    confirm.value = 'ben';
    buttonNamed(page.shadowRoot!, 'Delete Ben')!.click();
    await waitUntil(() => deep(page.shadowRoot!, 'wf-learner-manager')!.shadowRoot!.textContent!.includes('Type Ben exactly'), 'refused');
    expect(await db.learners.get(ben.id)).to.not.equal(undefined);
    confirm.value = 'Ben';
    buttonNamed(page.shadowRoot!, 'Delete Ben')!.click();
    await waitUntil(async () => (await db.learners.get(ben.id)) === undefined, 'Ben deleted');
    expect(await db.logEntries.count()).to.equal(0);

    buttonNamed(page.shadowRoot!, 'Leave coach mode')!.click();
    await waitUntil(() => !service!.snapshot.coachMode, 'coach mode off');
    await waitUntil(() => deep(page.shadowRoot!, 'wf-coach-lock'), 'locked again');
  });
});
