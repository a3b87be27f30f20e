import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { WayfindDb } from '../../../data/db.ts';
import { addGoal, listGoals } from '../../../data/goals.ts';
import { uniqueTestDb } from '../../../data/testing/seed-database.ts';
import './goal-editor.ts';
import type { WfGoalEditor } from './goal-editor.ts';
import type { PackChoice } from './pack-choices.ts';

const PACKS: PackChoice[] = [
  {
    id: 'fractions',
    title: 'Fractions',
    skills: [{ id: 'halves', name: 'Halves' }, { id: 'thirds', name: 'Thirds' }, { id: 'fourths', name: 'Fourths' }],
    credentials: [{ packId: 'fractions', credentialKey: 'starter', name: 'Fraction Starter', skillIds: ['halves', 'thirds'], level: 'mastered' }],
  },
];

let db: WayfindDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function editor(setBy = 'learner'): Promise<WfGoalEditor> {
  db = uniqueTestDb('goal-editor');
  const element = await fixture<WfGoalEditor>(html`<wf-goal-editor learner-id="ana" set-by=${setBy} .db=${db} .packSource=${async () => PACKS}></wf-goal-editor>`);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

const $ = <T extends Element>(element: WfGoalEditor, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;

async function chooseKind(element: WfGoalEditor, kind: string): Promise<void> {
  $<HTMLInputElement>(element, `input[name="kind"][value="${kind}"]`).click();
  await element.updateComplete;
}

async function submit(element: WfGoalEditor): Promise<void> {
  $<HTMLButtonElement>(element, 'button[type="submit"]').click();
  await element.updateComplete;
}

describe('<wf-goal-editor>', () => {
  it('sets a minutes-a-day goal with a target date', async () => {
    const element = await editor();
    await chooseKind(element, 'minutes');
    $<HTMLInputElement>(element, '#minutes').value = '20';
    $<HTMLInputElement>(element, '#due').value = '2099-05-03';
    const saved = oneEvent(element, 'wf-goal-saved');
    await submit(element);
    const event = await saved;
    const [goal] = await listGoals(db!, 'ana');
    expect(event.detail.id).to.equal(goal!.id);
    expect(goal).to.include({ kind: 'minutes', minutesPerDay: 20, setBy: 'learner', title: 'Practise 20 minutes a day', packId: null });
    expect(new Date(goal!.dueAt!).getDate()).to.equal(3);
  });

  it('explains bad input and stores nothing', async () => {
    const element = await editor();
    await chooseKind(element, 'minutes');
    $<HTMLInputElement>(element, '#minutes').value = '0';
    await submit(element);
    expect($(element, '[role="alert"]').textContent).to.equal('Enter whole minutes a day, from 1 to 240.');
    await chooseKind(element, 'skills');
    await submit(element);
    expect($(element, '[role="alert"]').textContent).to.equal('Choose at least one skill.');
    await chooseKind(element, 'credential');
    await submit(element);
    expect($(element, '[role="alert"]').textContent).to.equal('Choose the credential to earn.');
    expect(await listGoals(db!, 'ana')).to.deep.equal([]);
  });

  it('sets a credential goal for the coach, with the credential’s skills and level', async () => {
    const element = await editor('coach');
    $<HTMLSelectElement>(element, '#credential').value = 'fractions/starter';
    await submit(element);
    await oneEvent(element, 'wf-goal-saved');
    const [goal] = await listGoals(db!, 'ana');
    expect(goal).to.include({ kind: 'credential', setBy: 'coach', packId: 'fractions', credentialKey: 'starter', targetLevel: 'proficient', title: 'Earn Fraction Starter' });
    expect(goal!.skillIds).to.deep.equal(['halves', 'thirds']);
  });

  it('sets a skills goal from the chosen skills and level', async () => {
    const element = await editor();
    await chooseKind(element, 'skills');
    for (const id of ['halves', 'fourths']) $<HTMLInputElement>(element, `input[name="skill"][value="${id}"]`).click();
    $<HTMLSelectElement>(element, '#level').value = 'familiar';
    $<HTMLInputElement>(element, '#title').value = 'Warm up';
    await submit(element);
    await oneEvent(element, 'wf-goal-saved');
    const [goal] = await listGoals(db!, 'ana');
    expect(goal).to.include({ kind: 'skills', title: 'Warm up', targetLevel: 'familiar', packId: 'fractions', dueAt: null });
    expect(goal!.skillIds).to.deep.equal(['halves', 'fourths']);
  });

  it('edits an existing goal in place', async () => {
    const element = await editor();
    const stored = await addGoal(db!, { learnerId: 'ana', kind: 'minutes', title: 'Daily', packId: null, credentialKey: null, skillIds: [], targetLevel: 'mastered', minutesPerDay: 10, dueAt: null, setBy: 'learner' });
    element.goal = stored;
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#minutes').value).to.equal('10');
    $<HTMLInputElement>(element, '#minutes').value = '25';
    await submit(element);
    await oneEvent(element, 'wf-goal-saved');
    const goals = await listGoals(db!, 'ana');
    expect(goals.length).to.equal(1);
    expect(goals[0]).to.include({ id: stored.id, minutesPerDay: 25, title: 'Daily' });
  });

  it('is accessible', async () => {
    const element = await editor();
    await expect(element).to.be.accessible();
    await chooseKind(element, 'skills');
    await expect(element).to.be.accessible();
  });
});
