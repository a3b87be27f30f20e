import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { Item } from '../../../content/schema.ts';
import type { LearnerResponse } from '../../../content/items/check.ts';
import { initialOrder, moveEntry } from '../../../content/items/ordering.ts';
import { renderMarkdown, type Assets } from '../../../content/render/markdown.ts';
import { readAloudText } from '../../../content/render/read-aloud.ts';
import { controlStyles } from '../../styles/controls.ts';
import { visuallyHidden } from '../../styles/visually-hidden.ts';
import { renderInput } from './item-inputs.ts';
import { renderFeedback, renderHelp, type ItemFeedback, type ItemHelp } from './item-feedback.ts';
import { renderSheetTable } from './sheet-table.ts';
import { itemViewStyles } from './item-view.styles.ts';
import { packTextStyles } from './pack-text.styles.ts';
import '../read-aloud/read-aloud.ts';

export type { ItemFeedback, ItemHelp } from './item-feedback.ts';

export interface AnswerEventDetail {
  response: LearnerResponse;
}

/**
 * `<wf-item-view>`: one practice item of any type (multiple choice, numeric, fraction, short
 * text, ordering, spreadsheet formula): its question (Markdown + math, and its table), the answer
 * control, Check, hints one at a time then the worked solution, read aloud, and after the answer
 * the feedback. It only reports what the learner does; the page checks and stores answers.
 *
 * @property item - the Item to show (a new item resets the answer).
 * @property assets - the pack's assets, for images named in its Markdown.
 * @property skillName - the skill's name, shown with the level after an answer.
 * @property help - hints (and solution) unlocked so far: { hints, solution, more }.
 * @property feedback - the stored answer's feedback, or null while unanswered (locks the item).
 * @property message - why the last response could not be read (shown as an alert), or ''.
 * @property busy - an answer is being saved (Check is disabled).
 * @property packLang - the pack's language, for read aloud.
 * @fires wf-answer - CustomEvent<{ response }> when the learner presses Check.
 * @fires wf-hint - CustomEvent<void> when the learner asks for more help.
 * @fires wf-open-lesson - CustomEvent<void> from "Open the lesson".
 * @fires wf-next - CustomEvent<void> from "Next" after feedback.
 */
export class WfItemView extends LitElement {
  static override properties = {
    item: { attribute: false },
    assets: { attribute: false },
    skillName: { attribute: false },
    help: { attribute: false },
    feedback: { attribute: false },
    message: { attribute: false },
    busy: { type: Boolean },
    packLang: { attribute: false },
    text: { state: true },
    chosen: { state: true },
    order: { state: true },
  };
  static override styles = [controlStyles, visuallyHidden, packTextStyles, itemViewStyles];

  declare item: Item | null;
  declare assets: Assets;
  declare skillName: string;
  declare help: ItemHelp;
  declare feedback: ItemFeedback | null;
  declare message: string;
  declare busy: boolean;
  declare packLang: string;
  declare text: string;
  declare chosen: string[];
  declare order: string[];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.item = null;
    this.assets = undefined;
    this.skillName = '';
    this.help = { hints: [], solution: null, more: true };
    this.feedback = null;
    this.message = '';
    this.busy = false;
    this.packLang = '';
    this.text = '';
    this.chosen = [];
    this.order = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') && this.item) {
      this.chosen = [];
      this.order = this.item.type === 'ordering' ? initialOrder(this.item) : [];
      this.text = this.item.type === 'formula' ? '=' : '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // After an answer, move focus to the feedback so it is read and Next is one Tab away.
    if (changed.has('feedback') && this.feedback && changed.get('feedback') === null) {
      this.renderRoot.querySelector<HTMLElement>('.after')?.focus();
    }
  }

  /** Puts focus on the question, so a screen reader reads the new item from the top. */
  focusQuestion(): void {
    this.renderRoot.querySelector<HTMLElement>('#question')?.focus();
  }

  /** The learner's current response, as the checker takes it. */
  get response(): LearnerResponse {
    if (!this.item) return '';
    if (this.item.type === 'multiple-choice') return [...this.chosen];
    if (this.item.type === 'ordering') return [...this.order];
    return this.text;
  }

  protected override render() {
    const item = this.item;
    if (!item) return nothing;
    const locked = this.feedback !== null;
    return html`<article aria-labelledby="question">
      <div class="question pack-text" id="question" tabindex="-1">${unsafeHTML(renderMarkdown(item.stem, this.assets))}</div>
      <wf-read-aloud .text=${readAloudText(item, this.packLang || 'en')} voice-lang=${this.packLang}></wf-read-aloud>
      ${item.table || item.type === 'formula'
        ? renderSheetTable(item.type === 'formula' ? item.table : item.table!, item.type === 'formula' ? item.target : undefined, item.type === 'formula' ? this.text : undefined)
        : nothing}
      <form @submit=${this.#submit} novalidate>
        ${renderInput(item, {
          text: this.text,
          chosen: this.chosen,
          order: this.order,
          locked,
          assets: this.assets,
          language: this.packLang || 'en',
          onText: (value) => (this.text = value),
          onChoose: (id, checked) => this.#choose(id, checked),
          onMove: (id, direction) => this.#move(id, direction),
        })}
        <p class="message" role="alert">${this.message}</p>
        <div class="actions">
          ${locked ? nothing : html`<button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Check')}</button>`}
          ${locked || !this.help.more
            ? nothing
            : html`<button type="button" class="hint" @click=${() => this.#fire('wf-hint')}>
                ${this.help.hints.length < item.hints.length ? (this.help.hints.length === 0 ? msg('Get a hint') : msg('Another hint')) : msg('Show the worked solution')}
              </button>`}
          <button type="button" class="lesson" @click=${() => this.#fire('wf-open-lesson')}>${msg('Open the lesson')}</button>
        </div>
      </form>
      ${locked ? nothing : html`<div aria-live="polite">${renderHelp(this.help, this.assets)}</div>`}
      ${this.feedback
        ? html`<section class="after" tabindex="-1" aria-label=${msg('Feedback')}>
            ${renderFeedback(item, this.feedback, this.assets, this.skillName)}
            <button type="button" class="primary next" @click=${() => this.#fire('wf-next')}>${msg('Next item')}</button>
          </section>`
        : nothing}
    </article>`;
  }

  #choose(id: string, checked: boolean): void {
    const item = this.item;
    if (item?.type !== 'multiple-choice') return;
    if (item.correct.length > 1) this.chosen = checked ? [...new Set([...this.chosen, id])] : this.chosen.filter((c) => c !== id);
    else this.chosen = checked ? [id] : [];
  }

  async #move(id: string, direction: -1 | 1): Promise<void> {
    this.order = moveEntry(this.order, id, direction);
    await this.updateComplete;
    // Keep focus on the entry that moved; at either end, on the button that still works.
    const row = this.renderRoot.querySelector(`li[data-entry="${CSS.escape(id)}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`button[data-move="${direction < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`button[data-move="${direction < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }

  #submit(event: Event): void {
    event.preventDefault();
    if (this.busy || this.feedback) return;
    this.dispatchEvent(new CustomEvent<AnswerEventDetail>('wf-answer', { detail: { response: this.response }, bubbles: true, composed: true }));
  }

  #fire(name: 'wf-hint' | 'wf-open-lesson' | 'wf-next'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}

if (!customElements.get('wf-item-view')) customElements.define('wf-item-view', WfItemView);

declare global {
  interface HTMLElementTagNameMap {
    'wf-item-view': WfItemView;
  }
  interface HTMLElementEventMap {
    'wf-answer': CustomEvent<AnswerEventDetail>;
  }
}
