import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { keyed } from 'lit/directives/keyed.js';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { addJournalEntry, deleteJournalEntry, listJournalEntries, updateJournalEntry, type JournalChanges } from '../../data/journal.ts';
import type { JournalEntry, Rating } from '../../data/records.ts';
import { HouseholdController, currentLearnerQuery } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { formatDate } from '../../i18n/format.ts';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];
const MAX_TEXT = 5000;

/** The prompts, stored in English as the entry's `prompt` and shown in the learner's language. */
const PROMPTS = ['What was hard today? What helped?', 'What did you learn today?', 'What are you proud of?', 'What will you try next time?'] as const;
const promptText = (prompt: string): string =>
  ({
    'What was hard today? What helped?': msg('What was hard today? What helped?'),
    'What did you learn today?': msg('What did you learn today?'),
    'What are you proud of?': msg('What are you proud of?'),
    'What will you try next time?': msg('What will you try next time?'),
  })[prompt] ?? prompt;

const moodWords = (): Record<Rating, string> => ({ 1: msg('Very low'), 2: msg('Low'), 3: msg('Okay'), 4: msg('Good'), 5: msg('Great') });
const confidenceWords = (): Record<Rating, string> => ({ 1: msg('Not sure at all'), 2: msg('A little unsure'), 3: msg('Somewhat sure'), 4: msg('Sure'), 5: msg('Very sure') });

/**
 * `<wf-journal-page>`: the current learner writes reflections to prompts, with mood and confidence
 * on a 1 to 5 scale (each a radio group with words), and chooses per entry whether it shows in
 * their portfolio and whether their coach sees it. Entries can be edited, or deleted after a
 * confirmation. Opened as /journal?session=ID after a session, the entry is linked to it.
 *
 * @property db - the database (the app's by default; tests pass their own).
 */
export class WfJournalPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host { display: block; }
      form { display: grid; gap: 0.75rem; }
      .field { display: grid; gap: 0.25rem; }
      .field label, legend { font-weight: 600; }
      textarea { min-height: 6rem; padding: 0.5rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); background: var(--wf-surface); }
      fieldset { margin: 0; padding: 0.25rem 0.75rem 0.5rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); }
      .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
      label.choice { display: inline-flex; align-items: center; gap: 0.4rem; min-height: var(--wf-target); }
      .problem { color: var(--wf-danger); font-weight: 600; margin: 0; }
      .problem:empty { display: none; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries > li { padding: 0.75rem 0; border-bottom: 1px solid var(--wf-border); }
      h3 { margin: 0 0 0.25rem; font-size: 1rem; }
      .text { white-space: pre-wrap; margin: 0.25rem 0; }
      .meta { color: var(--wf-text-muted); margin: 0.25rem 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      button.danger { border-color: var(--wf-danger); color: var(--wf-danger); }
      a { display: inline-flex; align-items: center; min-height: var(--wf-target); font-weight: 600; }
    `,
  ];
  static override properties = { db: { attribute: false }, problem: { state: true }, editing: { state: true }, confirming: { state: true } };

  declare db: WayfindDb;
  declare problem: string;
  declare editing: string | null;
  declare confirming: string | null;
  #formKey = 0;

  readonly household = new HouseholdController(this);
  readonly entries = currentLearnerQuery(this, this.household, () => this.db, async (db, learner) => ({ learnerId: learner.id, entries: await listJournalEntries(db, learner.id) }));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.problem = '';
    this.editing = null;
    this.confirming = null;
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="none-heading">
        <h2 id="none-heading">${msg('No profile yet')}</h2>
        <p>${msg('Your journal belongs to your profile. Make one first.')}</p>
        <a href="/welcome">${msg('Create a profile')}</a>
      </section>`;
    }
    const data = this.entries.value;
    const entries = data && data.learnerId === learner.id ? data.entries : null;
    const session = new URLSearchParams(location.search).get('session');
    return html`
      <section aria-labelledby="write-heading">
        <h2 id="write-heading">${msg('Write a reflection')}</h2>
        ${keyed(this.#formKey, this.#form('new', session ? { prompt: PROMPTS[0] } : {}, (event) => this.#add(event, learner.id, session)))}
        <p class="problem" role="alert">${this.problem}</p>
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">${msg('Your entries')}</h2>
        ${entries === null
          ? html`<p role="status">${msg('Loading your journal…')}</p>`
          : entries.length === 0
            ? html`<p>${msg('No entries yet.')}</p>`
            : html`<ul class="entries">${entries.map((entry) => this.#entry(entry))}</ul>`}
      </section>
    `;
  }

  /** The writing form: prompt, text, mood and confidence (and sharing choices for a new entry). */
  #form(id: string, entry: Partial<JournalEntry>, onSubmit: (event: SubmitEvent) => void) {
    const isNew = id === 'new';
    const scale = (name: 'mood' | 'confidence', legend: string, words: Record<Rating, string>) => html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">
        ${RATINGS.map((value) => html`<label class="choice"><input type="radio" name=${name} .value=${String(value)} .checked=${entry[name] === value} />${value}: ${words[value]}</label>`)}
      </div>
    </fieldset>`;
    return html`<form novalidate @submit=${onSubmit}>
      <div class="field">
        <label for=${`${id}-prompt`}>${msg('Prompt')}</label>
        <select id=${`${id}-prompt`} name="prompt">
          <option value="" ?selected=${!entry.prompt}>${msg('No prompt: free writing')}</option>
          ${PROMPTS.map((prompt) => html`<option value=${prompt} ?selected=${entry.prompt === prompt}>${promptText(prompt)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${`${id}-text`}>${msg('Your reflection')}</label>
        <textarea id=${`${id}-text`} name="text" maxlength=${MAX_TEXT} .value=${entry.text ?? ''}></textarea>
      </div>
      ${scale('mood', msg('How do you feel? (optional)'), moodWords())}
      ${scale('confidence', msg('How sure do you feel about what you practised? (optional)'), confidenceWords())}
      ${isNew
        ? html`<div class="choices">
            <label class="choice"><input type="checkbox" name="inPortfolio" />${msg('Show in my portfolio')}</label>
            <label class="choice"><input type="checkbox" name="sharedWithCoach" />${msg('Share with my coach')}</label>
          </div>`
        : nothing}
      <div class="actions">
        <button class="primary" type="submit">${isNew ? msg('Save entry') : msg('Save changes')}</button>
        ${isNew ? nothing : html`<button type="button" @click=${() => (this.editing = null)}>${msg('Cancel')}</button>`}
      </div>
    </form>`;
  }

  #entry(entry: JournalEntry) {
    const headingId = `entry-${entry.id}`;
    const when = formatDate(entry.createdAt, 'moment');
    if (this.editing === entry.id) {
      return html`<li aria-labelledby=${headingId}>
        <h3 id=${headingId}>${msg(str`Editing the entry of ${when}`)}</h3>
        ${this.#form(entry.id, entry, (event) => this.#edit(event, entry.id))}
      </li>`;
    }
    const mood = entry.mood === null ? null : moodWords()[entry.mood];
    const confidence = entry.confidence === null ? null : confidenceWords()[entry.confidence];
    const toggle = (field: 'inPortfolio' | 'sharedWithCoach', label: string) => html`<label class="choice">
      <input type="checkbox" .checked=${entry[field]} aria-describedby=${headingId}
        @change=${(event: Event) => void updateJournalEntry(this.db, entry.id, { [field]: (event.target as HTMLInputElement).checked })} />${label}
    </label>`;
    return html`<li aria-labelledby=${headingId}>
      <h3 id=${headingId}>${when}</h3>
      ${entry.prompt ? html`<p class="meta">${promptText(entry.prompt)}</p>` : nothing}
      <p class="text">${entry.text}</p>
      ${mood || confidence
        ? html`<p class="meta">${mood ? msg(str`Mood: ${mood}.`) : nothing} ${confidence ? msg(str`Confidence: ${confidence}.`) : nothing}</p>`
        : nothing}
      <div class="actions">
        ${toggle('inPortfolio', msg('Show in my portfolio'))} ${toggle('sharedWithCoach', msg('Share with my coach'))}
      </div>
      ${this.confirming === entry.id
        ? html`<div class="actions" role="group" aria-label=${msg('Confirm deleting')}>
            <span>${msg('Delete this entry? This cannot be undone.')}</span>
            <button class="danger" @click=${() => this.#delete(entry.id)}>${msg('Delete')}</button>
            <button @click=${() => (this.confirming = null)}>${msg('Keep it')}</button>
          </div>`
        : html`<div class="actions">
            <button @click=${() => (this.editing = entry.id)} aria-describedby=${headingId}>${msg('Edit')}</button>
            <button @click=${() => (this.confirming = entry.id)} aria-describedby=${headingId}>${msg('Delete…')}</button>
          </div>`}
    </li>`;
  }

  /** The form's fields as entry changes, or a message when there is nothing to save. */
  #read(form: HTMLFormElement): JournalChanges | string {
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    if (text === '') return msg('Write something first: the entry is empty.');
    if (text.length > MAX_TEXT) return msg(str`An entry holds at most ${MAX_TEXT} characters.`);
    const rating = (name: string): Rating | null => {
      const value = Number(data.get(name));
      return RATINGS.includes(value as Rating) ? (value as Rating) : null;
    };
    const prompt = String(data.get('prompt') ?? '');
    return { text, prompt: (PROMPTS as readonly string[]).includes(prompt) ? prompt : null, mood: rating('mood'), confidence: rating('confidence') };
  }

  async #add(event: SubmitEvent, learnerId: string, sessionId: string | null): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const changes = this.#read(form);
    this.problem = typeof changes === 'string' ? changes : '';
    if (typeof changes === 'string') return;
    const data = new FormData(form);
    try {
      await addJournalEntry(this.db, {
        learnerId,
        text: changes.text!,
        prompt: changes.prompt ?? null,
        mood: changes.mood ?? null,
        confidence: changes.confidence ?? null,
        sessionId,
        inPortfolio: data.get('inPortfolio') !== null,
        sharedWithCoach: data.get('sharedWithCoach') !== null,
      });
      this.#formKey += 1;
      this.requestUpdate();
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  async #edit(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const changes = this.#read(event.target as HTMLFormElement);
    this.problem = typeof changes === 'string' ? changes : '';
    if (typeof changes === 'string') return;
    await updateJournalEntry(this.db, id, changes);
    this.editing = null;
  }

  async #delete(id: string): Promise<void> {
    this.confirming = null;
    await deleteJournalEntry(this.db, id);
  }
}

customElements.define('wf-journal-page', WfJournalPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-journal-page': WfJournalPage;
  }
}
