import { expect, fixture, html } from '@open-wc/testing';
import { MASTERY_LEVELS } from '../../../data/records.ts';
import './mastery-badge.ts';
import { masteryLabel, type WfMasteryBadge } from './mastery-badge.ts';

describe('<wf-mastery-badge>', () => {
  it('shows every level as a distinct icon shape and a text label', async () => {
    const shapes = new Set<string>();
    for (const level of MASTERY_LEVELS) {
      const badge = await fixture<WfMasteryBadge>(html`<wf-mastery-badge level=${level}></wf-mastery-badge>`);
      const root = badge.shadowRoot!;
      expect(root.querySelector('.label')!.textContent).to.equal(masteryLabel(level));
      const icon = root.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(icon.innerHTML.replace(/<!--[^>]*-->/g, ''));
    }
    expect(shapes.size).to.equal(MASTERY_LEVELS.length);
  });

  it('labels the levels in plain words', () => {
    expect(MASTERY_LEVELS.map(masteryLabel)).to.deep.equal(['Not started', 'Practising', 'Familiar', 'Proficient', 'Mastered']);
  });

  it('shows an unknown level as not started', async () => {
    const badge = await fixture<WfMasteryBadge>(html`<wf-mastery-badge level="wizard"></wf-mastery-badge>`);
    expect(badge.shadowRoot!.textContent).to.contain('Not started');
  });

  it('keeps the text for screen readers when compact', async () => {
    const badge = await fixture<WfMasteryBadge>(html`<wf-mastery-badge level="proficient" compact></wf-mastery-badge>`);
    expect(badge.shadowRoot!.querySelector('.label')!.textContent).to.equal('Proficient');
    expect(badge.shadowRoot!.querySelector('.badge')!.getAttribute('title')).to.equal('Proficient');
    await expect(badge).to.be.accessible();
  });
});
