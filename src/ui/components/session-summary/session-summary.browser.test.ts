import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SessionSummary } from '../../../app/practice/index.ts';
import './session-summary.ts';
import type { WfSessionSummary } from './session-summary.ts';

const SUMMARY: SessionSummary = {
  sessionId: 's1', items: 8, correct: 6, accuracy: 0.75, durationMs: 7 * 60_000 + 5_000, reviewsDone: 2, streakDays: 4,
  movedUp: [{ skillId: 'halves', name: 'Halves', from: 'practising', to: 'proficient' }],
};

describe('<wf-session-summary>', () => {
  it('shows items, accuracy, time, reviews, streak and the skills that moved up', async () => {
    const element = await fixture<WfSessionSummary>(html`<wf-session-summary .summary=${SUMMARY}></wf-session-summary>`);
    const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('6 of 8 (75%)');
    expect(text).to.contain('7 min 5 s');
    expect(text).to.contain('4 days in a row');
    const badges = [...element.shadowRoot!.querySelectorAll('li wf-mastery-badge')].map((b) => b.getAttribute('level'));
    expect(badges).to.deep.equal(['practising', 'proficient']);
    await expect(element).to.be.accessible();
  });

  it('sends a one-line reflection, and refuses an empty one with a message', async () => {
    const element = await fixture<WfSessionSummary>(html`<wf-session-summary .summary=${SUMMARY}></wf-session-summary>`);
    const form = element.shadowRoot!.querySelector('form')!;
    let sent = 0;
    element.addEventListener('wf-reflection', () => (sent += 1));
    form.requestSubmit();
    await element.updateComplete;
    expect(sent).to.equal(0);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('optional');
    element.shadowRoot!.querySelector<HTMLInputElement>('#reflection')!.value = 'Halves made sense';
    const event = oneEvent(element, 'wf-reflection');
    form.requestSubmit();
    expect(((await event) as CustomEvent<{ text: string }>).detail.text).to.equal('Halves made sense');
    element.reflectionSaved = true;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('journal');
  });
});
