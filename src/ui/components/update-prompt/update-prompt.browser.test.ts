import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './update-prompt.ts';
import type { WfUpdatePrompt } from './update-prompt.ts';

describe('<wf-update-prompt>', () => {
  it('shows nothing but an empty live region while closed', async () => {
    const prompt = await fixture<WfUpdatePrompt>(html`<wf-update-prompt></wf-update-prompt>`);
    expect(prompt.shadowRoot!.querySelector('[role="status"]')).to.exist;
    expect(prompt.shadowRoot!.querySelectorAll('button')).to.have.length(0);
  });

  it('announces the update without taking focus from what the learner is typing', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="answer" />`);
    input.focus();
    const prompt = await fixture<WfUpdatePrompt>(html`<wf-update-prompt open></wf-update-prompt>`);
    expect(prompt.shadowRoot!.textContent).to.contain('Update available');
    expect(document.activeElement).to.equal(input);
  });

  it('fires wf-update-accept on Reload and wf-update-dismiss on Later', async () => {
    const prompt = await fixture<WfUpdatePrompt>(html`<wf-update-prompt open></wf-update-prompt>`);
    const [reload, later] = prompt.shadowRoot!.querySelectorAll('button');
    setTimeout(() => reload.click());
    const accepted = await oneEvent(prompt, 'wf-update-accept');
    expect(accepted.composed).to.equal(true);
    setTimeout(() => later.click());
    await oneEvent(prompt, 'wf-update-dismiss');
  });

  it('is accessible when open', async () => {
    const prompt = await fixture<WfUpdatePrompt>(html`<wf-update-prompt open></wf-update-prompt>`);
    await expect(prompt).to.be.accessible();
  });
});
