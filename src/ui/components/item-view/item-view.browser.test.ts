import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Item } from '../../../content/schema.ts';
import { checkAnswer } from '../../../content/items/check.ts';
import './item-view.ts';
import type { WfItemView } from './item-view.ts';

const base = { skill: 's', hints: ['Nudge.', 'Nearly there.'], solution: 'Worked **solution**.' };
const ITEMS: Item[] = [
  { ...base, id: 'mc', type: 'multiple-choice', stem: 'Which is $\\tfrac{1}{2}$?', choices: [{ id: 'a', text: 'One half' }, { id: 'b', text: 'Two' }], correct: ['a'] },
  { ...base, id: 'mc2', type: 'multiple-choice', stem: 'Pick the even ones', choices: [{ id: 'a', text: '2' }, { id: 'b', text: '3' }, { id: 'c', text: '4' }], correct: ['a', 'c'] },
  { ...base, id: 'num', type: 'numeric', stem: 'How long?', answer: 12.5, unit: 'cm' },
  { ...base, id: 'fr', type: 'fraction', stem: 'Half of 1?', answer: '1/2' },
  { ...base, id: 'st', type: 'short-text', stem: 'Bottom number?', answers: ['denominator'] },
  { ...base, id: 'ord', type: 'ordering', stem: 'Smallest first', entries: [{ id: 'x', text: 'Three' }, { id: 'y', text: 'One' }, { id: 'z', text: 'Two' }], correctOrder: ['y', 'z', 'x'] },
  { ...base, id: 'fx', type: 'formula', stem: 'Total in B4', table: { header: true, rows: [['Item', 'Qty'], ['Pens', 2], ['Ink', 3]] }, target: 'B4', answer: '=SUM(B2:B3)' },
];

async function mount(item: Item) {
  return fixture<WfItemView>(html`<wf-item-view .item=${item}></wf-item-view>`);
}

async function submit(view: WfItemView) {
  const event = oneEvent(view, 'wf-answer');
  view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  return ((await event) as CustomEvent<{ response: string | string[] }>).detail.response;
}

async function typeAnswer(view: WfItemView, value: string) {
  const input = view.shadowRoot!.querySelector<HTMLInputElement>('#answer')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await view.updateComplete;
}

describe('<wf-item-view>', () => {
  for (const item of ITEMS) {
    it(`renders a ${item.type} item (${item.id}) accessibly`, async () => {
      const view = await mount(item);
      expect(view.shadowRoot!.querySelector('#question')!.textContent).to.contain(item.stem.replace(/\$.*\$/, '').trim().slice(0, 5));
      await expect(view).to.be.accessible();
    });
  }

  it('shows math as MathML', async () => {
    const view = await mount(ITEMS[0]!);
    expect(view.shadowRoot!.querySelector('#question math')).to.not.equal(null);
  });

  it('reports the chosen choice of a single-answer item, which the checker accepts', async () => {
    const view = await mount(ITEMS[0]!);
    const radios = view.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(radios).to.have.length(2);
    radios[0]!.click();
    await view.updateComplete;
    const response = await submit(view);
    expect(response).to.deep.equal(['a']);
    expect(checkAnswer(ITEMS[0]!, response).correct).to.equal(true);
  });

  it('uses checkboxes when several answers are right', async () => {
    const view = await mount(ITEMS[1]!);
    const boxes = view.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes[0]!.click();
    boxes[2]!.click();
    await view.updateComplete;
    expect(await submit(view)).to.deep.equal(['a', 'c']);
  });

  it('labels numeric answers with their unit and submits typed text on Enter', async () => {
    const view = await mount(ITEMS[2]!);
    expect(view.shadowRoot!.querySelector('label[for=answer]')!.textContent).to.contain('cm');
    await typeAnswer(view, '12.5 cm');
    const event = oneEvent(view, 'wf-answer');
    view.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(((await event) as CustomEvent).detail.response).to.equal('12.5 cm');
  });

  it('orders entries with Move up / Move down buttons and keeps focus on the moved entry', async () => {
    const view = await mount(ITEMS[5]!);
    const order = () => [...view.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset.entry);
    expect(order()).to.deep.equal(['x', 'y', 'z']);
    const up = (id: string) => view.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-entry=${id}] button[data-move=up]`)!;
    expect(up('y').getAttribute('aria-label')).to.equal('Move One up');
    up('y').click();
    await view.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(order()).to.deep.equal(['y', 'x', 'z']);
    expect(view.shadowRoot!.activeElement?.closest('li')?.dataset.entry).to.equal('y');
    up('z').click();
    await view.updateComplete;
    expect(await submit(view)).to.deep.equal(['y', 'z', 'x']);
  });

  it('shows the spreadsheet with its target cell and fills it as the formula is typed', async () => {
    const view = await mount(ITEMS[6]!);
    const target = () => view.shadowRoot!.querySelector('td.target')!.textContent!;
    expect(view.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
    await typeAnswer(view, '=SUM(B2:B3)');
    expect(target()).to.contain('=SUM(B2:B3)');
    expect(await submit(view)).to.equal('=SUM(B2:B3)');
  });

  it('keeps a spreadsheet wider than a phone inside its own scroller, screen-reader text included', async () => {
    // Six columns in a 300px box: the table scrolls sideways in .sheet-wrap. The target cell's
    // hidden label is absolutely positioned; it must not stretch the page past the box.
    const wide: Item = { ...ITEMS[6]!, id: 'wide', table: { header: true, rows: [['Item', 'Qty', 'Price', 'Tax', 'Region', 'Total'], ['Pens', 2, 1.5, 0.2, 'North', null]] }, target: 'F2' } as Item;
    const box = await fixture<HTMLDivElement>(html`<div style="position: relative; width: 300px; overflow: auto"><wf-item-view .item=${wide}></wf-item-view></div>`);
    const view = box.querySelector('wf-item-view')!;
    await view.updateComplete;
    const wrap = view.shadowRoot!.querySelector('.sheet-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
  });

  it('asks for hints one at a time and shows what it is given', async () => {
    const view = await mount(ITEMS[3]!);
    const hintButton = () => view.shadowRoot!.querySelector<HTMLButtonElement>('button.hint');
    expect(hintButton()!.textContent!.trim()).to.equal('Get a hint');
    const asked = oneEvent(view, 'wf-hint');
    hintButton()!.click();
    await asked;
    view.help = { hints: ['Nudge.', 'Nearly there.'], solution: null, more: true };
    await view.updateComplete;
    expect(hintButton()!.textContent!.trim()).to.equal('Show the worked solution');
    view.help = { hints: ['Nudge.', 'Nearly there.'], solution: 'Worked **solution**.', more: false };
    await view.updateComplete;
    expect(hintButton()).to.equal(null);
    expect(view.shadowRoot!.querySelector('.help')!.textContent).to.contain('Worked solution');
  });

  it('shows an unreadable-answer message as an alert', async () => {
    const view = await mount(ITEMS[3]!);
    view.message = 'The denominator cannot be 0.';
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('cannot be 0');
  });

  it('after the answer, locks the item and shows the feedback with the misconception, level and Next', async () => {
    const view = await mount(ITEMS[0]!);
    view.skillName = 'Halves';
    view.feedback = { correct: false, feedback: 'That is a whole number.', misconception: true, expected: ['a'], solution: 'It is one half.', previousLevel: 'familiar', level: 'practising' };
    await view.updateComplete;
    const after = view.shadowRoot!.querySelector<HTMLElement>('.after')!;
    expect(after.textContent).to.contain('Not quite.');
    expect(after.querySelector('.misconception')!.textContent).to.contain('whole number');
    expect(after.textContent).to.contain('One half');
    expect(after.querySelector('wf-mastery-badge')!.getAttribute('level')).to.equal('practising');
    expect(view.shadowRoot!.activeElement).to.equal(after);
    expect(view.shadowRoot!.querySelector('button[type=submit]')).to.equal(null);
    expect(view.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.disabled).to.equal(true);
    const next = oneEvent(view, 'wf-next');
    after.querySelector<HTMLButtonElement>('button.next')!.click();
    await next;
    await expect(view).to.be.accessible();
  });

  it('after a correct answer that left the level, says what the next level still needs', async () => {
    const view = await mount(ITEMS[0]!);
    view.skillName = 'Halves';
    const answered = { correct: true, feedback: null, misconception: false, expected: null, solution: 'One half.', previousLevel: 'proficient', level: 'proficient', change: 'none' } as const;
    view.feedback = { ...answered, needs: { kind: 'another-session' } };
    await view.updateComplete;
    const level = () => view.shadowRoot!.querySelector<HTMLElement>('.after .level')!.textContent!.replace(/\s+/g, ' ');
    expect(level()).to.contain('Mastered needs a right answer in another session)');
    view.feedback = { ...answered, needs: { kind: 'estimate', estimate: 0.72, line: 0.85, streak: 4, runWithoutEstimate: 14 } };
    await view.updateComplete;
    expect(level()).to.contain('72%');
    expect(level()).to.contain('85%');
    expect(level()).to.contain('a few more right answers');
    // A long run with the estimate still short says the run counts, not "a few more" again.
    view.feedback = { ...answered, needs: { kind: 'estimate', estimate: 0.79, line: 0.84, streak: 9, runWithoutEstimate: 14 } };
    await view.updateComplete;
    expect(level()).to.contain('9 right answers in a row');
    expect(level()).to.contain('slower to be sure on this skill');
    // ... and that a longer run would do instead of the estimate.
    expect(level()).to.contain('Mastered needs 84%, or 14 right answers in a row)');
    expect(level()).not.to.contain('a few more');
    view.feedback = { ...answered, needs: { kind: 'right-in-a-row', count: 2, level: 'mastered' } };
    await view.updateComplete;
    expect(level()).to.contain('Mastered needs 2 more right answers in a row');
  });
});
