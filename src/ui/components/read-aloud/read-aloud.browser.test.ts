import { expect, fixture, html } from '@open-wc/testing';
import './read-aloud.ts';
import type { SpeechSynth, WfReadAloud } from './read-aloud.ts';

/** A stand-in synthesiser: the voices we say, and utterances kept instead of spoken. */
class FakeSynth extends EventTarget implements SpeechSynth {
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  constructor(public voices: Partial<SpeechSynthesisVoice>[]) {
    super();
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    this.cancelled += 1;
  }
}

const voice = (name: string, lang: string, localService: boolean) => ({ name, lang, localService, default: false, voiceURI: name });

async function mount(synth: FakeSynth, lang = 'en') {
  return fixture<WfReadAloud>(html`<wf-read-aloud .synth=${synth} .text=${'Half of ten is five'} voice-lang=${lang}></wf-read-aloud>`);
}

describe('<wf-read-aloud>', () => {
  it('is visible but disabled, saying why and how to add a voice, when the device has no local voice (network voices are never used)', async () => {
    const synth = new FakeSynth([voice('Cloud', 'en-US', false)]);
    const element = await mount(synth);
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.disabled).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Read aloud');
    const note = element.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.contain('none is installed here');
    expect(note.textContent).to.contain('Text-to-Speech');
    button.click();
    expect(synth.spoken).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('waits for the voice list before saying none is installed, and turns on when a local voice arrives', async () => {
    const synth = new FakeSynth([]);
    const element = await mount(synth);
    expect(element.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    expect(element.shadowRoot!.querySelector('.note')).to.equal(null);
    synth.voices = [voice('Local', 'en-GB', true)];
    synth.dispatchEvent(new Event('voiceschanged'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
  });

  it('reads with a local voice in the wanted language and highlights the word being read', async () => {
    const synth = new FakeSynth([voice('Cloud', 'es-ES', false), voice('Local English', 'en-US', true), voice('Local Spanish', 'es-MX', true)]);
    const element = await mount(synth, 'es');
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.contain('Read aloud');
    await expect(element).to.be.accessible();
    button.click();
    await element.updateComplete;
    expect(synth.spoken).to.have.length(1);
    const utterance = synth.spoken[0]!;
    expect(element.voice!.name).to.equal('Local Spanish');
    expect(utterance.lang).to.equal('es-MX');
    expect(utterance.text).to.equal('Half of ten is five');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', { utterance, charIndex: 8, charLength: 3, name: 'word' }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('mark')!.textContent).to.equal('ten');
    utterance.dispatchEvent(new SpeechSynthesisEvent('boundary', { utterance, charIndex: 15, charLength: 0, name: 'word' }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('mark')!.textContent).to.equal('five');
    utterance.dispatchEvent(new SpeechSynthesisEvent('end', { utterance }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('mark')).to.equal(null);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('stops reading when pressed again', async () => {
    const synth = new FakeSynth([voice('Local', 'en-US', true)]);
    const element = await mount(synth);
    const button = element.shadowRoot!.querySelector('button')!;
    button.click();
    await element.updateComplete;
    const before = synth.cancelled;
    button.click();
    await element.updateComplete;
    expect(synth.cancelled).to.be.greaterThan(before);
    expect(element.speaking).to.equal(false);
  });
});
