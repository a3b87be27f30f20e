import { expect, fixture, html } from '@open-wc/testing';
import './pack-language-note.ts';
import type { WfPackLanguageNote } from './pack-language-note.ts';

const shown = (coverage: number) => ({ shownIn: { locale: 'es', from: 'en', coverage } });
const text = (element: WfPackLanguageNote) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<wf-pack-language-note>', () => {
  it('says nothing when the pack is all in the learner\'s language, or was opened without a locale', async () => {
    expect(text(await fixture<WfPackLanguageNote>(html`<wf-pack-language-note .pack=${shown(1)}></wf-pack-language-note>`))).to.equal('');
    expect(text(await fixture<WfPackLanguageNote>(html`<wf-pack-language-note .pack=${{}}></wf-pack-language-note>`))).to.equal('');
  });

  it('says when a pack is shown wholly or partly in its own language, naming that language', async () => {
    const none = await fixture<WfPackLanguageNote>(html`<wf-pack-language-note .pack=${shown(0)}></wf-pack-language-note>`);
    expect(text(none)).to.equal('This course has no translation into your language: it is shown in English.');
    const part = await fixture<WfPackLanguageNote>(html`<wf-pack-language-note .pack=${shown(0.4)}></wf-pack-language-note>`);
    expect(text(part)).to.equal('Part of this course is not translated into your language: that part is shown in English.');
    expect(part.shadowRoot!.querySelector('[role=note]')).to.exist;
    await expect(part).to.be.accessible();
  });
});
