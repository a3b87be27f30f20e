import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Skill } from '../../../content/schema.ts';
import './lesson-view.ts';
import type { WfLessonView } from './lesson-view.ts';

const SKILL: Skill = {
  id: 'halves', name: 'Halves', description: 'Halves.', prerequisites: [],
  lesson: {
    explanation: 'A half is **one of two** equal parts: $\\tfrac{1}{2}$.',
    workedExample: 'Half of 6 is 3.',
    resources: [{ title: 'More on halves', url: 'https://example.org/halves' }],
  },
};

describe('<wf-lesson-view>', () => {
  it('shows the explanation with math, the worked example and the resources, and closes on request', async () => {
    const element = await fixture<WfLessonView>(html`<wf-lesson-view .skill=${SKILL}></wf-lesson-view>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Lesson: Halves');
    expect(root.querySelector('strong')!.textContent).to.equal('one of two');
    expect(root.querySelector('math')).to.not.equal(null);
    expect(root.querySelector('.example')!.textContent).to.contain('Half of 6 is 3.');
    expect(root.querySelector<HTMLAnchorElement>('a[href="https://example.org/halves"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
    element.focusTitle();
    expect(root.activeElement).to.equal(root.querySelector('h3'));
    const done = oneEvent(element, 'wf-lesson-done');
    root.querySelector<HTMLButtonElement>('button.done')!.click();
    await done;
  });
});
