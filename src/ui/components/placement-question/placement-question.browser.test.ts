import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Item } from '../../../content/index.ts';
import './placement-question.ts';
import type { WfPlacementQuestion } from './placement-question.ts';

const choice: Item = {
  id: 'mc', skill: 's', type: 'multiple-choice', stem: 'Which is **half**? $\\frac{1}{2}$',
  choices: [{ id: 'a', text: 'One of two equal parts' }, { id: 'b', text: 'One of three parts' }],
  correct: ['a'], hints: ['h1', 'h2'], solution: 'a',
};
const ordering: Item = {
  id: 'ord', skill: 's', type: 'ordering', stem: 'Smallest first',
  entries: [{ id: 'x', text: '1/2' }, { id: 'y', text: '1/4' }], correctOrder: ['y', 'x'], hints: ['h1', 'h2'], solution: 'y, x',
};

async function mount(item: Item): Promise<WfPlacementQuestion> {
  return fixture<WfPlacementQuestion>(html`<wf-placement-question .item=${item} number="2"></wf-placement-question>`);
}

describe('<wf-placement-question>', () => {
  it('asks a choice item with a labelled group and sends the chosen ids', async () => {
    const question = await mount(choice);
    const root = question.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Question 2');
    expect(root.querySelector('.stem strong')!.textContent).to.equal('half');
    expect(root.querySelector('.stem math')).to.exist;
    expect(root.querySelector('legend')!.textContent).to.equal('Choose one answer');
    root.querySelector<HTMLInputElement>('input[value="a"]')!.click();
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const event = await oneEvent(question, 'wf-placement-answer');
    expect(event.detail.response).to.deep.equal(['a']);
    await expect(question).to.be.accessible();
  });

  it('says what is missing instead of sending an empty answer', async () => {
    const question = await mount(choice);
    let sent = false;
    question.addEventListener('wf-placement-answer', () => (sent = true));
    question.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await question.updateComplete;
    expect(sent).to.equal(false);
    expect(question.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Please give an answer');
  });

  it('reorders with labelled buttons and sends "I don\'t know yet" as null', async () => {
    const question = await mount(ordering);
    const root = question.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[aria-label="Move up: 1/4"]')!.click();
    await question.updateComplete;
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    expect((await oneEvent(question, 'wf-placement-answer')).detail.response).to.deep.equal(['y', 'x']);
    const dontKnow = [...root.querySelectorAll('button')].find((b) => b.textContent === "I don't know yet")!;
    setTimeout(() => dontKnow.click());
    expect((await oneEvent(question, 'wf-placement-answer')).detail.response).to.equal(null);
    await expect(question).to.be.accessible();
  });
});
