import { expect, fixture, html } from '@open-wc/testing';
import type { WhyThis } from '../../../app/practice/index.ts';
import './why-this.ts';
import { explain, type WfWhyThis } from './why-this.ts';

const names = new Map([['halves', 'Halves'], ['quarters', 'Quarters'], ['eighths', 'Eighths']]);
const score = { skillId: 'quarters', predicted: 0.72, band: 1, goal: 1, variety: 1, unlocks: 0, unlock: 0, gain: null, answers: 0, total: 1 };

describe('<wf-why-this>', () => {
  it('explains a practice choice from the policy numbers, in plain words', () => {
    const why: WhyThis = {
      kind: 'practice', predicted: 0.72, targetBand: [0.6, 0.85], inBand: true, towardGoals: ['eighths'], candidates: 3, score,
      runnerUp: { ...score, skillId: 'halves', predicted: 0.9 },
    };
    const text = explain(why, 'Quarters', names).join(' ');
    expect(text).to.contain('72% chance');
    expect(text).to.contain('sweet spot (60% to 85%)');
    expect(text).to.contain('closer to your goal: Eighths');
    expect(text).to.contain('ready for 3 skills');
    expect(text).to.contain('Next in line: Halves (90% predicted)');
    const many = explain({ ...why, towardGoals: ['a', 'b', 'c', 'd'] }, 'Quarters', names).join(' ');
    expect(many).to.contain('closer to 4 skills of your goal');
    expect(text).not.to.contain('on the way to your goal');
    const opening = explain({ ...why, score: { ...score, unlocks: 3, unlock: 1 } }, 'Quarters', names).join(' ');
    expect(opening).to.contain('3 skills on the way to your goal build on it');
    const one = explain({ ...why, score: { ...score, unlocks: 1, unlock: 1 } }, 'Quarters', names).join(' ');
    expect(one).to.contain('Another skill on the way to your goal builds on it.');
  });

  it('explains a choice by goal gain: the expected rise, and the spread of practice when that decided', () => {
    const gainScore = { ...score, gain: 0.023, answers: 2, total: 0.021 };
    const why: WhyThis = {
      kind: 'practice', predicted: 0.72, targetBand: [0.6, 0.85], inBand: true, towardGoals: ['eighths'], candidates: 3, gainFor: 'goal',
      score: gainScore, runnerUp: { ...gainScore, skillId: 'halves', predicted: 0.9, gain: 0.025, answers: 7, total: 0.018 },
    };
    const text = explain(why, 'Quarters', names).join(' ');
    expect(text).to.contain('rise by 2.3 percentage points');
    expect(text).to.contain('You have answered 2 items on it and 7 on Halves');
    expect(text).to.contain('at least proficient); Quarters comes first');
    expect(text).to.contain('Next in line: Halves (90% predicted)');
    // What did not decide is not claimed: no band, no mixing, no "mastered" prerequisites.
    expect(text).not.to.contain('sweet spot');
    expect(text).not.to.contain('mixes skills up');
    const ahead = explain({ ...why, runnerUp: { ...gainScore, skillId: 'halves', gain: 0.01, answers: 7 } }, 'Quarters', names).join(' ');
    expect(ahead).not.to.contain('You have answered');
    const map = explain({ ...why, towardGoals: [], gainFor: 'map' }, 'Quarters', names).join(' ');
    expect(map).to.contain('the skills you have not mastered yet to rise by 2.3');
    const flat = explain({ ...why, score: { ...gainScore, gain: -0.001 } }, 'Quarters', names).join(' ');
    expect(flat).to.contain('does not expect one answer on it to raise its estimates much');
  });

  it('explains a stretch, a review and the learner’s own choice', () => {
    const stretch = explain({ kind: 'practice', predicted: 0.3, targetBand: [0.6, 0.85], inBand: false, towardGoals: [], candidates: 1, score: { ...score, variety: 0 }, runnerUp: null }, 'Quarters', names);
    expect(stretch.join(' ')).to.contain('stretch');
    expect(stretch.join(' ')).to.contain('the only skill you are ready for');
    const review = explain({ kind: 'review', predicted: 0.8, dueReviewsLeft: 2 }, 'Halves', names).join(' ');
    expect(review).to.contain('review of Halves');
    expect(review).to.contain('2 more reviews are due');
    const choice = explain({ kind: 'learner-choice', predicted: 0.4, prerequisitesMastered: false, missingPrerequisites: ['halves'] }, 'Eighths', names).join(' ');
    expect(choice).to.contain('You chose Eighths yourself');
    expect(choice).to.contain('not mastered yet');
  });

  it('is a keyboard-operable disclosure', async () => {
    const element = await fixture<WfWhyThis>(html`<wf-why-this .why=${{ kind: 'review', predicted: 0.8, dueReviewsLeft: 0 }} .skillName=${'Halves'} .names=${names}></wf-why-this>`);
    const details = element.shadowRoot!.querySelector('details')!;
    const chevron = element.shadowRoot!.querySelector('.chevron')!;
    expect(details.open).to.equal(false);
    const closedTurn = getComputedStyle(chevron).transform;
    element.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('80%');
    // The open state shows: the chevron turns from pointing right to pointing down.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(getComputedStyle(chevron).transform).to.not.equal(closedTurn);
    await expect(element).to.be.accessible();
  });
});
