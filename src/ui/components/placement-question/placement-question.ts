import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { allowsSeveral, initialOrder, moveEntry, type Item, type LearnerResponse, type Table } from '../../../content/index.ts';
import { renderInline, renderMarkdown } from '../../../content/render/index.ts';
import { placementQuestionStyles } from './placement-question.styles.ts';

export interface PlacementAnswerDetail {
  /** The learner's response, or null for "I don't know yet". */
  response: LearnerResponse | null;
}

/**
 * `<wf-placement-question>`: one item of the placement check, asked plainly: the stem (rendered
 * Markdown and math, sanitized), its table if it has one, and an answer control for its type.
 * No hints and no feedback: the placement measures what the learner knows already.
 *
 * @property item - the Item to ask.
 * @property assets - the pack's assets, for images in the stem.
 * @property number - the question's number, shown in its heading.
 * @property message - a message about the last response (e.g. unreadable), announced.
 * @property busy - disables the buttons while the answer is stored.
 * @fires wf-placement-answer - detail PlacementAnswerDetail, on "Answer" or "I don't know yet".
 */
export class WfPlacementQuestion extends LitElement {
  static override properties = {
    item: { attribute: false },
    assets: { attribute: false },
    number: { type: Number },
    message: { type: String },
    busy: { type: Boolean },
    order: { state: true },
  };
  static override styles = placementQuestionStyles;

  declare item: Item | null;
  declare assets: Record<string, string> | undefined;
  declare number: number;
  declare message: string;
  declare busy: boolean;
  declare order: string[];
  #orderFor: Item | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.item = null;
    this.assets = undefined;
    this.number = 1;
    this.message = '';
    this.busy = false;
    this.order = [];
  }

  /** Puts focus on the question's heading, so a screen reader reads the new question. */
  async focusQuestion(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  protected override willUpdate() {
    if (this.item && this.item !== this.#orderFor) {
      this.#orderFor = this.item;
      this.order = this.item.type === 'ordering' ? initialOrder(this.item) : [];
    }
  }

  protected override render() {
    const item = this.item;
    if (!item) return nothing;
    return html`<form @submit=${this.#submit} aria-labelledby="question-heading">
      <h3 id="question-heading" tabindex="-1">${msg(str`Question ${this.number}`)}</h3>
      <div class="stem pack-text" id="stem">${unsafeHTML(renderMarkdown(item.stem, this.assets))}</div>
      ${item.table ? this.#table(item.table) : nothing}
      ${this.#control(item)}
      <p class="message" role="status">${this.message || nothing}</p>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${msg('Answer')}</button>
        <button type="button" ?disabled=${this.busy} @click=${this.#dontKnow}>${msg("I don't know yet")}</button>
      </div>
    </form>`;
  }

  #control(item: Item) {
    switch (item.type) {
      case 'multiple-choice': {
        const several = allowsSeveral(item);
        return html`<fieldset>
          <legend>${several ? msg('Choose every answer that is right') : msg('Choose one answer')}</legend>
          ${item.choices.map(
            (choice) => html`<label class="choice"
              ><input type=${several ? 'checkbox' : 'radio'} name="choice" value=${choice.id} /><span class="pack-text">${unsafeHTML(renderInline(choice.text, this.assets))}</span></label
            >`,
          )}
        </fieldset>`;
      }
      case 'ordering':
        return html`<fieldset>
          <legend>${msg('Put these in order, first at the top')}</legend>
          <ol class="ordering">
            ${this.order.map((id, index) => {
              const entry = item.entries.find((e) => e.id === id)!;
              const text = entry.text;
              return html`<li>
                <span class="pack-text">${unsafeHTML(renderInline(text, this.assets))}</span>
                <button type="button" ?disabled=${index === 0} aria-label=${msg(str`Move up: ${text}`)} @click=${() => this.#move(id, -1)}>↑</button>
                <button type="button" ?disabled=${index === this.order.length - 1} aria-label=${msg(str`Move down: ${text}`)} @click=${() => this.#move(id, 1)}>↓</button>
              </li>`;
            })}
          </ol>
        </fieldset>`;
      case 'formula':
        return this.#textInput(msg(str`Formula for cell ${item.target}`), 'off');
      case 'numeric':
        return this.#textInput(item.unit ? msg(str`Your answer (in ${item.unit})`) : msg('Your answer'), 'off');
      default:
        return this.#textInput(msg('Your answer'), 'off');
    }
  }

  #textInput(label: string, autocomplete: string) {
    return html`<div class="field">
      <label for="answer">${label}</label>
      <input id="answer" name="answer" autocomplete=${autocomplete} spellcheck="false" aria-describedby="stem" />
    </div>`;
  }

  #table(table: Table) {
    const column = (i: number) => String.fromCharCode(65 + i);
    const show = (cell: Table['rows'][number][number]) =>
      cell === null ? '' : typeof cell === 'object' ? cell.date : String(cell);
    const width = Math.max(...table.rows.map((row) => row.length));
    return html`<div class="table-wrap">
      <table>
        <thead><tr><td></td>${Array.from({ length: width }, (_, i) => html`<th scope="col">${column(i)}</th>`)}</tr></thead>
        <tbody>
          ${table.rows.map(
            (row, r) => html`<tr class=${table.header && r === 0 ? 'header' : ''}>
              <th scope="row">${r + 1}</th>
              ${Array.from({ length: width }, (_, c) => html`<td>${show(row[c] ?? null)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #move(id: string, direction: -1 | 1) {
    this.order = moveEntry(this.order, id, direction);
  }

  #submit(event: SubmitEvent) {
    event.preventDefault();
    const item = this.item;
    if (!item || this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    let response: LearnerResponse;
    if (item.type === 'multiple-choice') response = data.getAll('choice').map(String);
    else if (item.type === 'ordering') response = [...this.order];
    else response = String(data.get('answer') ?? '').trim();
    if (response.length === 0) {
      this.message = msg('Please give an answer, or choose "I don\'t know yet".');
      return;
    }
    this.#emit(response);
  }

  #dontKnow() {
    if (!this.busy) this.#emit(null);
  }

  #emit(response: LearnerResponse | null) {
    this.dispatchEvent(
      new CustomEvent<PlacementAnswerDetail>('wf-placement-answer', { detail: { response }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('wf-placement-question')) customElements.define('wf-placement-question', WfPlacementQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'wf-placement-question': WfPlacementQuestion;
  }
  interface HTMLElementEventMap {
    'wf-placement-answer': CustomEvent<PlacementAnswerDetail>;
  }
}
