import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import { expectedResponse } from '../../content/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { attemptsInSession } from '../../data/attempts.ts';
import { recentSessions } from '../../data/sessions.ts';
import { listSkillStatesForPack } from '../../data/skill-states.ts';
import { listSkillEvents } from '../../data/skill-events.ts';
import { setSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { testCatalogUrl } from './onboarding-test-pack.ts';
import './placement-page.ts';
import type { WfPlacementPage } from './placement-page.ts';

let db: WayfindDb;
let service: HouseholdService;

async function mount(): Promise<WfPlacementPage> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  const page = document.createElement('wf-placement-page');
  page.catalogUrl = testCatalogUrl();
  host.append(page);
  await waitUntil(() => page.phase === 'intro' || page.phase === 'error', 'never loaded', { timeout: 10000 });
  return page;
}

const question = (page: WfPlacementPage) => page.shadowRoot!.querySelector('wf-placement-question')!;

/** Answers the current question through the form, as the learner would. */
async function answer(page: WfPlacementPage, value: string | null) {
  const number = page.step!.number;
  const form = question(page);
  await form.updateComplete;
  if (value === null) {
    [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes("don't know"))!.click();
  } else {
    form.shadowRoot!.querySelector<HTMLInputElement>('#answer')!.value = value;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
  await waitUntil(() => page.phase === 'done' || (page.step !== null && page.step.number > number), 'answer never taken', { timeout: 10000 });
}

describe('<wf-placement-page>', () => {
  beforeEach(async () => {
    db = uniqueTestDb('placement-page');
    service = new HouseholdService(db);
    service.start();
    await service.ready;
  });
  afterEach(async () => {
    service.stop();
    await db.delete();
  });

  it('asks for a profile first when there is none', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: householdContext, initialValue: service });
    const page = document.createElement('wf-placement-page');
    host.append(page);
    await page.updateComplete;
    expect(page.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/welcome');
  });

  it('stores every answer as an attempt of a placement session, then the skill states, and shows the result', async () => {
    const learner = await service.create({ displayName: 'Kim', avatar: 'fox', ageBand: '8-10', language: 'en' });
    await setSetting(db, `packFor:${learner.id}`, 'test-pack');
    const page = await mount();
    await expect(page).to.be.accessible();
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => page.step !== null, 'no first question', { timeout: 10000 });
    await expect(page).to.be.accessible();

    // An unreadable answer is refused with a message and stores nothing.
    const form = question(page);
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLInputElement>('#answer')!.value = 'banana';
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => page.message !== '', 'no message for an unreadable answer', { timeout: 10_000 });
    const [session] = await recentSessions(db, learner.id);
    expect(session).to.include({ kind: 'placement', packId: 'test-pack' });
    expect(await attemptsInSession(db, session!.id)).to.have.length(0);

    // Knows counting and adding, not carrying.
    let asked = 0;
    while (page.phase === 'asking') {
      const item = page.step!.item;
      asked++;
      await answer(page, item.skill === 'carry' ? null : String(expectedResponse(item)));
    }
    expect(page.phase).to.equal('done');
    const attempts = await attemptsInSession(db, session!.id);
    expect(attempts).to.have.length(asked);
    for (const attempt of attempts) expect(attempt.correct).to.equal(attempt.skillId !== 'carry');
    const states = await listSkillStatesForPack(db, learner.id, 'test-pack');
    const levels = Object.fromEntries(states.map((s) => [s.skillId, s.masteryLevel]));
    // Placement claims at most "proficient (from placement)": practice confirms it.
    expect(levels.count).to.equal('proficient');
    expect(levels.add).to.equal('proficient');
    expect(states.find((s) => s.skillId === 'add')!.placed).to.equal(true);
    expect(levels.carry).to.not.equal('proficient');
    const events = await listSkillEvents(db, learner.id);
    expect(events.filter((e) => e.cause === 'placement').map((e) => e.skillId)).to.include.members(['count', 'add']);
    expect(page.shadowRoot!.textContent).to.contain(`Questions asked: ${asked}`);
    // carry was asked and not placed: the result says why it is Practising.
    expect(levels.carry).to.equal('practising');
    expect(page.shadowRoot!.textContent).to.contain('Skills it asked about but is not yet sure of are Practising');
    const map = page.shadowRoot!.querySelector('wf-skill-map')!;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('li[data-skill="add"] wf-mastery-badge')!.getAttribute('level')).to.equal('proficient');
    expect(page.shadowRoot!.activeElement!.id).to.equal('done-heading');
    await expect(page).to.be.accessible();
  });
});
