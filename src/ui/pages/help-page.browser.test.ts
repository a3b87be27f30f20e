import { expect, fixture, html } from '@open-wc/testing';
import { MASTERY_RULE } from '../../app/practice/index.ts';
import './help-page.ts';
import { masteryRuleText, type WfHelpPage } from './help-page.ts';

describe('<wf-help-page>', () => {
  it('states the mastery rule from its numbers', async () => {
    const page = await fixture<WfHelpPage>(html`<wf-help-page></wf-help-page>`);
    const text = page.shadowRoot!.textContent!;
    expect(text).to.contain(`at least ${Math.round(MASTERY_RULE.mastered.targetEstimate * 100)}%`);
    expect(text).to.contain(`at least ${MASTERY_RULE.mastered.minCorrect} correct answers on at least ${MASTERY_RULE.mastered.minDistinctItems} different items, in at least ${MASTERY_RULE.mastered.minSessions} practice sessions`);
    expect(text).to.contain(`Instead of the estimate, ${MASTERY_RULE.mastered.runWithoutEstimate} correct answers in a row on the skill also do`);
    expect(text).to.contain('never marks a skill mastered');
    expect(text).to.contain('90% chance');
    expect(page.shadowRoot!.querySelectorAll('wf-mastery-badge')).to.have.length(5);
    await expect(page).to.be.accessible();
  });

  it('follows a changed rule', () => {
    const rule = { ...MASTERY_RULE, familiar: { minCorrect: 4 } };
    expect(masteryRuleText(rule)[2]!.text).to.contain('at least 4 correct answers');
    expect(masteryRuleText()[2]!.text).to.contain(`at least ${MASTERY_RULE.familiar.minCorrect === 1 ? 'one correct answer' : `${MASTERY_RULE.familiar.minCorrect} correct answers`}.`);
  });
});
