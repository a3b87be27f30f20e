import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LibraryEntry } from '../../../app/library/index.ts';
import './course-chooser.ts';
import type { CourseChoiceEventDetail, WfCourseChooser } from './course-chooser.ts';

const LIBRARY: LibraryEntry[] = [
  { id: 'fractions', version: '1.0.0', title: 'Fractions', origin: 'built-in' },
  { id: 'sheets', version: '2.1.0', title: 'Spreadsheets', origin: 'imported' },
];

const radios = (element: WfCourseChooser) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio][name=pack]')];
const button = (element: WfCourseChooser, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);

describe('<wf-course-chooser>', () => {
  it('says the packs are being read while the library is null', async () => {
    const element = await fixture<WfCourseChooser>(html`<wf-course-chooser></wf-course-chooser>`);
    expect(element.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Reading the packs…');
    expect(radios(element)).to.have.length(0);
  });

  it('lists the courses given as a labelled group of native radio buttons, the first checked when none is current', async () => {
    const element = await fixture<WfCourseChooser>(html`<wf-course-chooser .library=${LIBRARY}></wf-course-chooser>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Choose what to practise');
    expect(root.querySelector('fieldset legend')!.textContent).to.equal('Content packs on this device');
    // Each radio is named by its pack's title (the label wraps it) and is reached with the keyboard.
    expect(radios(element).map((radio) => radio.closest('label')!.textContent!.trim())).to.deep.equal(['Fractions', 'Spreadsheets']);
    expect(radios(element).map((radio) => radio.value)).to.deep.equal(['fractions', 'sheets']);
    expect(radios(element).map((radio) => radio.checked)).to.deep.equal([true, false]);
    radios(element)[1]!.focus();
    expect(root.activeElement).to.equal(radios(element)[1]);
    expect(button(element, 'Practise this pack')!.type).to.equal('submit');
    expect(button(element, 'Cancel')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('fires wf-course-choice with the chosen pack id', async () => {
    const element = await fixture<WfCourseChooser>(html`<wf-course-chooser .library=${LIBRARY}></wf-course-chooser>`);
    radios(element)[1]!.closest('label')!.click();
    expect(radios(element)[1]!.checked).to.equal(true);
    const event = oneEvent(element, 'wf-course-choice');
    button(element, 'Practise this pack')!.click();
    const { detail } = (await event) as CustomEvent<CourseChoiceEventDetail>;
    expect(detail).to.deep.equal({ packId: 'sheets' });
  });

  it('checks the current pack and offers Cancel, which fires wf-course-cancel', async () => {
    const element = await fixture<WfCourseChooser>(html`<wf-course-chooser .library=${LIBRARY} .current=${'sheets'}></wf-course-chooser>`);
    expect(radios(element).map((radio) => radio.checked)).to.deep.equal([false, true]);
    const event = oneEvent(element, 'wf-course-cancel');
    button(element, 'Cancel')!.click();
    await event;
    await expect(element).to.be.accessible();
  });

  it('asks for a choice, and fires nothing, when no pack is checked; shows an error it is given', async () => {
    const element = await fixture<WfCourseChooser>(html`<wf-course-chooser .library=${[]} .error=${'Disk full'}></wf-course-chooser>`);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Disk full');
    let fired = 0;
    element.addEventListener('wf-course-choice', () => (fired += 1));
    button(element, 'Practise this pack')!.click();
    await element.updateComplete;
    expect(fired).to.equal(0);
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Choose a pack first.');
  });
});
