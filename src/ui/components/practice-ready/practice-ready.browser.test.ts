import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './practice-ready.ts';
import type { WfPracticeReady } from './practice-ready.ts';

const button = (element: WfPracticeReady, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
const text = (element: WfPracticeReady) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<wf-practice-ready>', () => {
  it('greets the learner, names the pack and the skill picked on the map, and fires its two events', async () => {
    const element = await fixture<WfPracticeReady>(
      html`<wf-practice-ready .name=${'Ana'} .packTitle=${'Tiny pack'} skillChosen></wf-practice-ready>`,
    );
    expect(text(element)).to.contain('Ready when you are, Ana');
    expect(text(element)).to.contain('Pack: Tiny pack');
    expect(text(element)).to.contain('You picked a skill on the map');
    await expect(element).to.be.accessible();
    const start = oneEvent(element, 'wf-practice-start');
    button(element, 'Start practice')!.click();
    await start;
    const change = oneEvent(element, 'wf-change-pack');
    button(element, 'Change pack')!.click();
    await change;
  });

  it('leaves out an unknown pack title, and disables Start while starting; shows the error it is given', async () => {
    const element = await fixture<WfPracticeReady>(html`<wf-practice-ready .name=${'Ana'} starting .error=${'No pack'}></wf-practice-ready>`);
    expect(text(element)).to.not.contain('Pack:');
    expect(text(element)).to.not.contain('You picked a skill on the map');
    expect(button(element, 'Starting…')!.disabled).to.equal(true);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('No pack');
  });
});
