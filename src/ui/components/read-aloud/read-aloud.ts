import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { controlStyles } from '../../styles/controls.ts';
import { readAloudStyles } from './read-aloud.styles.ts';

/** The part of the Web Speech API this element uses (tests pass a stand-in). */
export type SpeechSynth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>;

/**
 * `<wf-read-aloud>`: a "Read aloud" button that speaks `text` with the Web Speech API, using
 * voices that run ON THIS DEVICE only (`voice.localService`), so no text leaves the device. While
 * it reads, the text is shown with the word being spoken highlighted (from the utterance's word
 * boundary events). When the device has no local voice the button stays visible but disabled,
 * with a note saying why and how to add a voice (a learner who looks for it should not find
 * nothing). Browsers list their voices a moment after the page loads, so the note waits until the
 * list has come (or a second and a half has passed).
 *
 * @property text - what to read (plain words; see content/render/read-aloud.ts).
 * @property voiceLang - (attribute voice-lang) preferred language (BCP 47, e.g. "en", "es"); a local voice in that language
 *   is used when there is one, otherwise the first local voice.
 * @property synth - the speech synthesiser; `window.speechSynthesis` by default.
 * @fires wf-read-aloud-end - CustomEvent<void> when reading finishes or is stopped.
 */
export class WfReadAloud extends LitElement {
  static override properties = {
    text: { type: String },
    voiceLang: { type: String, attribute: 'voice-lang' },
    synth: { attribute: false },
    voices: { state: true },
    voicesKnown: { state: true },
    speaking: { state: true },
    wordStart: { state: true },
    wordEnd: { state: true },
  };
  static override styles = [controlStyles, readAloudStyles];

  declare text: string;
  declare voiceLang: string;
  declare synth: SpeechSynth | undefined;
  declare voices: SpeechSynthesisVoice[];
  /** True once the browser has listed its voices (or stayed silent long enough to assume it has none). */
  declare voicesKnown: boolean;
  declare speaking: boolean;
  declare wordStart: number;
  declare wordEnd: number;
  #utterance: SpeechSynthesisUtterance | null = null;
  #waitForVoices: ReturnType<typeof setTimeout> | undefined;
  readonly #onVoices = () => {
    this.voicesKnown = true;
    this.#readVoices();
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.text = '';
    this.voiceLang = '';
    this.synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
    this.voices = [];
    this.voicesKnown = false;
    this.speaking = false;
    this.wordStart = -1;
    this.wordEnd = -1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.synth?.addEventListener('voiceschanged', this.#onVoices);
    this.#readVoices();
    this.#waitForVoices = setTimeout(() => (this.voicesKnown = true), 1500);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#waitForVoices);
    this.synth?.removeEventListener('voiceschanged', this.#onVoices);
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('synth') && changed.get('synth') !== undefined) {
      changed.get('synth')?.removeEventListener('voiceschanged', this.#onVoices);
      this.synth?.addEventListener('voiceschanged', this.#onVoices);
      this.#readVoices();
    }
    // New text while reading: stop, rather than read the old words against the new ones.
    if (changed.has('text') && this.speaking) this.stop();
  }

  /** The local voice this element would use, or undefined when there is none. */
  get voice(): SpeechSynthesisVoice | undefined {
    const wanted = (this.voiceLang || document.documentElement.lang || 'en').toLowerCase().split('-')[0];
    return this.voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === wanted) ?? this.voices.find((voice) => voice.default) ?? this.voices[0];
  }

  read(): void {
    const voice = this.voice;
    if (!this.synth || !voice || !this.text) return;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(this.text);
    // The browser accepts only its own voice objects (a test's stand-in voice sets the language only).
    if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('boundary', (event) => {
      if (this.#utterance !== utterance || event.name !== 'word') return;
      this.wordStart = event.charIndex;
      const length = event.charLength || (/^\S+/.exec(this.text.slice(event.charIndex))?.[0].length ?? 0);
      this.wordEnd = event.charIndex + length;
    });
    const finish = () => {
      if (this.#utterance !== utterance) return;
      this.#finish();
    };
    utterance.addEventListener('end', finish);
    utterance.addEventListener('error', finish);
    this.#utterance = utterance;
    this.speaking = true;
    this.wordStart = -1;
    this.wordEnd = -1;
    this.synth.speak(utterance);
  }

  stop(): void {
    if (!this.#utterance) return;
    this.synth?.cancel();
    this.#finish();
  }

  protected override render() {
    if (!this.text) return nothing;
    const voice = this.voice;
    if (!voice) {
      const why = !this.synth ? msg('This browser cannot read aloud.') : msg('Read aloud needs a voice installed on this device, and none is installed here.');
      return html`<div class="read-aloud">
        <button type="button" disabled aria-describedby="no-voice">${speakerIcon} ${msg('Read aloud')}</button>
        ${this.voicesKnown || !this.synth
          ? html`<p id="no-voice" class="note">
              ${why}
              ${msg('To add one: on a Chromebook, open Settings, then Accessibility, then Text-to-Speech; on Windows, open Settings, then Time & language, then Speech; on Linux, install speech-dispatcher with a voice such as espeak-ng. Then reload Wayfind.')}
            </p>`
          : nothing}
      </div>`;
    }
    return html`<div class="read-aloud">
      <button type="button" aria-pressed=${this.speaking ? 'true' : 'false'} @click=${() => (this.speaking ? this.stop() : this.read())}>
        ${speakerIcon} ${this.speaking ? msg('Stop reading') : msg('Read aloud')}
      </button>
      ${this.speaking ? this.#renderTranscript() : nothing}
    </div>`;
  }

  // The spoken words, with the current one marked; hidden from screen readers, which hear it.
  #renderTranscript() {
    const { text, wordStart, wordEnd } = this;
    if (wordStart < 0) return html`<p class="transcript" aria-hidden="true">${text}</p>`;
    return html`<p class="transcript" aria-hidden="true">${text.slice(0, wordStart)}<mark>${text.slice(wordStart, wordEnd)}</mark>${text.slice(wordEnd)}</p>`;
  }

  #finish(): void {
    this.#utterance = null;
    this.speaking = false;
    this.wordStart = -1;
    this.wordEnd = -1;
    this.dispatchEvent(new CustomEvent('wf-read-aloud-end', { bubbles: true, composed: true }));
  }

  #readVoices(): void {
    // Only voices that run on this device: a network voice would send the text to a server.
    const all = this.synth?.getVoices() ?? [];
    if (all.length > 0) this.voicesKnown = true;
    this.voices = all.filter((voice) => voice.localService);
  }
}

const speakerIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z"></path></svg>`;

if (!customElements.get('wf-read-aloud')) customElements.define('wf-read-aloud', WfReadAloud);

declare global {
  interface HTMLElementTagNameMap {
    'wf-read-aloud': WfReadAloud;
  }
}
