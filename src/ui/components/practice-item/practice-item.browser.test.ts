import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PresentedItem } from '../../../app/practice/index.ts';
import type { Pack } from '../../../content/schema.ts';
import { minimalPack } from '../../../content/testing/minimal-pack.ts';
import type { WfItemView } from '../item-view/item-view.ts';
import './practice-item.ts';
import type { WfPracticeItem } from './practice-item.ts';

const PACK = minimalPack() as unknown as Pack;
const PRESENTED: PresentedItem = {
  item: PACK.items![0]!,
  skill: PACK.skills[0]!,
  why: { kind: 'learner-choice', predicted: 0.6, prerequisitesMastered: true, missingPrerequisites: [] },
  review: true,
  firstOfSkill: false,
  level: 'practising',
  predicted: 0.6,
  hintsUsed: 0,
  startedAt: 0,
};

const button = (element: WfPracticeItem, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

describe('<wf-practice-item>', () => {
  it('shows the skill, its level, the item number, the model note, the item and "Why this?"', async () => {
    const element = await fixture<WfPracticeItem>(
      html`<wf-practice-item .presented=${PRESENTED} .pack=${PACK} .engine=${'bkt'} .level=${'practising'} .itemNumber=${3}></wf-practice-item>`,
    );
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Halves');
    expect(root.querySelector('wf-mastery-badge')!.getAttribute('level')).to.equal('practising');
    expect([...root.querySelectorAll('.tag')].map((tag) => tag.textContent)).to.deep.equal(['Review', 'Item 3']);
    expect(root.querySelector('section')!.getAttribute('data-engine')).to.equal('bkt');
    expect(root.querySelector('.model-note')!.textContent).to.contain('a simpler model');
    const view = root.querySelector<WfItemView>('wf-item-view')!;
    await view.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain('Half of 1?');
    expect(root.querySelector('wf-why-this')).to.not.equal(null);
    expect(button(element, 'Let Wayfind choose the next items')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('leaves out the note with the DKT model, and reports the session buttons', async () => {
    const element = await fixture<WfPracticeItem>(
      html`<wf-practice-item .presented=${PRESENTED} .pack=${PACK} .engine=${'dkt'} learnerChoice></wf-practice-item>`,
    );
    expect(element.shadowRoot!.querySelector('.model-note')).to.equal(null);
    const clear = oneEvent(element, 'wf-clear-choice');
    button(element, 'Let Wayfind choose the next items')!.click();
    await clear;
    const end = oneEvent(element, 'wf-end-session');
    button(element, 'End session')!.click();
    await end;
    element.busy = true;
    await element.updateComplete;
    expect(button(element, 'End session')!.disabled).to.equal(true);
  });

  it('lets the item\'s own events through (wf-hint)', async () => {
    const element = await fixture<WfPracticeItem>(html`<wf-practice-item .presented=${PRESENTED} .pack=${PACK} .engine=${'dkt'}></wf-practice-item>`);
    const view = element.shadowRoot!.querySelector<WfItemView>('wf-item-view')!;
    await view.updateComplete;
    const hint = oneEvent(element, 'wf-hint');
    view.shadowRoot!.querySelector<HTMLButtonElement>('button.hint')!.click();
    await hint;
  });
});
