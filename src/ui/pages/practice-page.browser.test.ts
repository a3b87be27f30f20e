import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { AnswerGuard } from '../../app/shell/index.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import { packForSetting } from '../../app/practice/index.ts';
import { minimalPack } from '../../content/testing/minimal-pack.ts';
import { recentAttempts } from '../../data/attempts.ts';
import type { WayfindDb } from '../../data/db.ts';
import { listJournalEntries } from '../../data/journal.ts';
import { createLearner } from '../../data/learners.ts';
import { recordPackInstall } from '../../data/packs.ts';
import { recentSessions } from '../../data/sessions.ts';
import { getSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { answerGuardContext, householdContext } from '../app/contexts.ts';
import type { WfItemView } from '../components/item-view/item-view.ts';
import './practice-page.ts';
import type { WfPracticePage } from './practice-page.ts';

/** Provides the household and the answer guard to the page, as <wf-app> does. */
class TestShell extends HTMLElement {
  provide(household: HouseholdService, guard: AnswerGuard): void {
    new ContextProvider(this, { context: householdContext, initialValue: household });
    new ContextProvider(this, { context: answerGuardContext, initialValue: guard });
  }
}
customElements.define('test-practice-shell', TestShell);

let db: WayfindDb | undefined;
let household: HouseholdService | undefined;
afterEach(async () => {
  document.querySelectorAll('test-practice-shell').forEach((el) => el.remove());
  household?.stop();
  await db?.delete();
  db = undefined;
});

async function mount(database: WayfindDb, guard = new AnswerGuard()) {
  household = new HouseholdService(database);
  household.start();
  await household.ready;
  const shell = await fixture<TestShell>(html`<test-practice-shell></test-practice-shell>`);
  shell.provide(household, guard);
  const page = document.createElement('wf-practice-page');
  page.db = database;
  page.useWorker = false;
  page.catalogUrl = '/no-catalog-in-tests.json';
  shell.append(page);
  await page.updateComplete;
  return page;
}

const root = (page: WfPracticePage) => page.shadowRoot!;
/** The page's own shadow root and those of the parts it is built from (chooser, ready card, item step). */
const PARTS = ['wf-course-chooser', 'wf-practice-ready', 'wf-practice-item'] as const;
const roots = (page: WfPracticePage): ShadowRoot[] => [
  root(page),
  ...PARTS.flatMap((tag) => [...root(page).querySelectorAll(tag)].map((part) => part.shadowRoot!)),
];
const chooser = (page: WfPracticePage) => root(page).querySelector('wf-course-chooser')?.shadowRoot ?? null;
const step = (page: WfPracticePage) => root(page).querySelector('wf-practice-item')?.shadowRoot ?? null;
const text = (page: WfPracticePage) => roots(page).map((r) => r.textContent!).join(' ').replace(/\s+/g, ' ');
const button = (page: WfPracticePage, label: string) =>
  roots(page)
    .flatMap((r) => [...r.querySelectorAll<HTMLButtonElement>('button')])
    .find((b) => b.textContent!.trim() === label);

async function learnerWithPack(label: string) {
  db = uniqueTestDb(label);
  const pack = minimalPack();
  await recordPackInstall(db, { id: 'tiny', version: '1.0.0', contentHash: 'sha256:test', installedAt: 1, source: JSON.stringify(pack) });
  const learner = await createLearner(db, { displayName: 'Ana', avatar: 'fox', ageBand: '8-10', language: 'en' });
  return { db, learner };
}

describe('<wf-practice-page>', () => {
  it('links to /welcome when there is no learner yet', async () => {
    db = uniqueTestDb('practice-empty');
    const page = await mount(db);
    await waitUntil(() => root(page).querySelector('a[href="/welcome"]'));
    await expect(page).to.be.accessible();
  });

  it('runs a session: pack choice, lesson, item, stored answer, feedback, summary and reflection', async () => {
    const { learner } = await learnerWithPack('practice-flow');
    const guard = new AnswerGuard();
    const page = await mount(db!, guard);

    // No pack yet: the learner chooses one, and the choice is remembered for them.
    await waitUntil(() => chooser(page)?.querySelector('input[name=pack]'), 'pack chooser', { timeout: 10_000 });
    expect(text(page)).to.contain('Tiny pack');
    await expect(page).to.be.accessible();
    button(page, 'Practise this pack')!.click();
    await waitUntil(async () => (await getSetting(db!, packForSetting(learner.id), null)) === 'tiny');
    await waitUntil(() => button(page, 'Start practice'), 'ready screen', { timeout: 10_000 });

    // The first skill's lesson comes first.
    button(page, 'Start practice')!.click();
    await waitUntil(() => root(page).querySelector('wf-lesson-view'), 'lesson', { timeout: 10_000 });
    const lesson = root(page).querySelector('wf-lesson-view')!;
    await lesson.updateComplete;
    expect(lesson.shadowRoot!.textContent).to.contain('Lesson: Halves');
    lesson.shadowRoot!.querySelector<HTMLButtonElement>('button.done')!.click();
    await waitUntil(() => step(page)?.querySelector('wf-item-view'), 'item', { timeout: 10_000 });
    const view = step(page)!.querySelector<WfItemView>('wf-item-view')!;
    await view.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain('Half of 1?');
    expect(guard.busy).to.equal(true);
    // Without the worker's model the simpler one chooses, and the page says so.
    expect(step(page)!.querySelector('[data-engine]')!.getAttribute('data-engine')).to.not.equal('dkt');
    expect(step(page)!.querySelector('.model-note')!.textContent).to.contain('a simpler model');
    await expect(page).to.be.accessible();

    // An unreadable answer is explained and changes nothing.
    const answerWith = async (value: string) => {
      const input = view.shadowRoot!.querySelector<HTMLInputElement>('#answer')!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await view.updateComplete;
      view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    };
    await answerWith('3/0');
    await waitUntil(() => view.message !== '', 'unreadable message', { timeout: 10_000 });
    expect(await recentAttempts(db!, learner.id)).to.have.length(0);

    // A real answer: by the time the feedback shows, it is stored.
    await answerWith('1/2');
    await waitUntil(() => view.shadowRoot!.querySelector('.after'), 'feedback', { timeout: 10_000 });
    const stored = await recentAttempts(db!, learner.id);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ itemId: 'h1', skillId: 'halves', correct: true, hintsUsed: 0, packId: 'tiny' });
    expect(view.shadowRoot!.querySelector('.after')!.textContent).to.contain('Correct!');
    expect(guard.busy).to.equal(false);

    // "Why this?" explains the choice.
    const why = step(page)!.querySelector('wf-why-this')!;
    expect(why.shadowRoot!.textContent).to.contain('Why this?');
    expect(why.shadowRoot!.textContent).to.contain('chance that you answer it correctly');

    // End the session: the summary, and a reflection for the journal.
    button(page, 'End session')!.click();
    await waitUntil(() => root(page).querySelector('wf-session-summary'), 'summary', { timeout: 10_000 });
    const summary = root(page).querySelector('wf-session-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[data-figure=items]')!.textContent).to.equal('1');
    expect(summary.shadowRoot!.querySelector('[data-figure=streak]')!.textContent).to.contain('1 day');
    const [session] = await recentSessions(db!, learner.id);
    expect(session).to.include({ attemptCount: 1, packId: 'tiny', kind: 'practice' });
    expect(session!.endedAt).to.be.a('number');
    await expect(page).to.be.accessible();
    const reflection = summary.shadowRoot!.querySelector<HTMLInputElement>('#reflection')!;
    reflection.value = 'Halves are two equal parts';
    summary.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(async () => (await listJournalEntries(db!, learner.id)).length === 1, 'journal entry', { timeout: 10_000 });
    const [entry] = await listJournalEntries(db!, learner.id);
    expect(entry).to.include({ text: 'Halves are two equal parts', inPortfolio: false, sharedWithCoach: false, sessionId: session!.id });
    expect(entry!.prompt).to.be.a('string');
  });

  it('shows hints one at a time, then the worked solution, and records their use', async () => {
    const { learner } = await learnerWithPack('practice-hints');
    await (await import('../../data/settings.ts')).setSetting(db!, packForSetting(learner.id), 'tiny');
    const page = await mount(db!);
    await waitUntil(() => button(page, 'Start practice'), 'ready screen', { timeout: 10_000 });
    button(page, 'Start practice')!.click();
    await waitUntil(() => root(page).querySelector('wf-lesson-view'));
    root(page).querySelector('wf-lesson-view')!.shadowRoot!.querySelector<HTMLButtonElement>('button.done')!.click();
    await waitUntil(() => step(page)?.querySelector('wf-item-view'));
    const view = step(page)!.querySelector<WfItemView>('wf-item-view')!;
    await view.updateComplete;
    const hint = () => view.shadowRoot!.querySelector<HTMLButtonElement>('button.hint');
    hint()!.click();
    await waitUntil(() => view.shadowRoot!.querySelectorAll('.hints li').length === 1);
    hint()!.click();
    hint()!.click();
    await waitUntil(() => view.help.solution !== null);
    await view.updateComplete;
    expect(hint()).to.equal(null);
    view.shadowRoot!.querySelector<HTMLButtonElement>('button.lesson')!.click();
    await waitUntil(() => root(page).querySelector('wf-lesson-view'));
    root(page).querySelector('wf-lesson-view')!.shadowRoot!.querySelector<HTMLButtonElement>('button.done')!.click();
    await waitUntil(() => step(page)?.querySelector('wf-item-view'));
    const again = step(page)!.querySelector<WfItemView>('wf-item-view')!;
    await again.updateComplete;
    const input = again.shadowRoot!.querySelector<HTMLInputElement>('#answer')!;
    input.value = '1/2';
    input.dispatchEvent(new Event('input'));
    await again.updateComplete;
    again.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(async () => (await recentAttempts(db!, learner.id)).length === 1);
    expect((await recentAttempts(db!, learner.id))[0]!.hintsUsed).to.equal(3);
  });

  it('starts fresh when another learner takes over the device, ending the first learner\'s session', async () => {
    const { learner } = await learnerWithPack('practice-takeover');
    const { setSetting } = await import('../../data/settings.ts');
    await setSetting(db!, packForSetting(learner.id), 'tiny');
    const other = await createLearner(db!, { displayName: 'Bo', avatar: 'fox', ageBand: '8-10', language: 'en' });
    await setSetting(db!, packForSetting(other.id), 'tiny');
    const page = await mount(db!);
    await waitUntil(() => button(page, 'Start practice'), 'ready screen', { timeout: 10_000 });
    button(page, 'Start practice')!.click();
    await waitUntil(() => root(page).querySelector('wf-lesson-view'), 'lesson', { timeout: 10_000 });

    await household!.select(other.id);
    await waitUntil(() => text(page).includes('Ready when you are, Bo'), 'ready screen for Bo', { timeout: 10_000 });
    expect(root(page).querySelector('wf-lesson-view')).to.equal(null);
    await waitUntil(async () => typeof (await recentSessions(db!, learner.id))[0]?.endedAt === 'number', 'session ended', { timeout: 10_000 });
    expect(await recentSessions(db!, other.id)).to.have.length(0);
  });

  it('starts at once with the skill picked on the map (/practice?skill=ID), whatever its prerequisites', async () => {
    const { learner } = await learnerWithPack('practice-choice');
    await (await import('../../data/settings.ts')).setSetting(db!, packForSetting(learner.id), 'tiny');
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?skill=quarters`);
    try {
      const page = await mount(db!);
      await waitUntil(() => root(page).querySelector('wf-lesson-view'), 'lesson of the chosen skill', { timeout: 10_000 });
      const lesson = root(page).querySelector('wf-lesson-view')!;
      await lesson.updateComplete;
      expect(lesson.shadowRoot!.textContent).to.contain('Lesson: Quarters');
      lesson.shadowRoot!.querySelector<HTMLButtonElement>('button.done')!.click();
      await waitUntil(() => step(page)?.querySelector('wf-why-this'));
      const why = step(page)!.querySelector('wf-why-this')!;
      await why.updateComplete;
      expect(why.shadowRoot!.textContent).to.contain('You chose Quarters yourself');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
