/**
 * The answer controls for each item type, as render functions over the view's state. Every
 * control is a native element with a visible label; ordering works with Move up / Move down
 * buttons (no dragging needed).
 */
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str } from '@lit/localize';
import type { FormulaItem, Item, MultipleChoiceItem, NumericItem, OrderingItem } from '../../../content/schema.ts';
import { allowsSeveral } from '../../../content/items/multiple-choice.ts';
import { renderInline } from '../../../content/render/markdown.ts';
import { speakMarkdown } from '../../../content/render/read-aloud.ts';
import type { Assets } from '../../../content/render/markdown.ts';

export interface InputState {
  text: string;
  chosen: readonly string[];
  order: readonly string[];
  locked: boolean;
  assets: Assets;
  /** The item's language, for the spoken names of ordering entries ("3 sobre 4" in Spanish). */
  language?: string;
  onText(value: string): void;
  onChoose(id: string, checked: boolean): void;
  onMove(id: string, direction: -1 | 1): void;
}

export function renderInput(item: Item, state: InputState) {
  switch (item.type) {
    case 'multiple-choice':
      return renderChoices(item, state);
    case 'ordering':
      return renderOrdering(item, state);
    case 'numeric':
      return renderTextInput(state, numericLabel(item), 'decimal');
    case 'fraction':
      return renderTextInput(state, msg('Your answer, as a fraction such as 3/4 or 1 1/2'), 'text');
    case 'short-text':
      return renderTextInput(state, msg('Your answer'), 'text');
    case 'formula':
      return renderTextInput(state, formulaLabel(item), 'text', true);
  }
}

function numericLabel(item: NumericItem): string {
  return item.unit ? msg(str`Your answer (in ${item.unit})`) : msg('Your answer, as a number');
}

function formulaLabel(item: FormulaItem): string {
  return msg(str`Formula for cell ${item.target}, starting with =`);
}

function renderTextInput(state: InputState, label: string, inputMode: 'decimal' | 'text', code = false) {
  return html`<div class="field">
    <label for="answer">${label}</label>
    <input
      id="answer"
      class=${code ? 'code' : ''}
      type="text"
      inputmode=${inputMode}
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .value=${state.text}
      ?readonly=${state.locked}
      @input=${(event: Event) => state.onText((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** Choices in the author's order, or shuffled the same way each time the item is shown. */
export function choiceOrder(item: MultipleChoiceItem): MultipleChoiceItem['choices'] {
  if (!item.shuffle) return item.choices;
  let hash = 2166136261;
  for (const ch of item.id) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  const key = (id: string) => {
    let h = hash;
    for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    return h >>> 0;
  };
  return [...item.choices].sort((a, b) => key(a.id) - key(b.id));
}

function renderChoices(item: MultipleChoiceItem, state: InputState) {
  const several = allowsSeveral(item);
  return html`<fieldset class="choices">
    <legend>${several ? msg('Choose every right answer') : msg('Choose one answer')}</legend>
    ${choiceOrder(item).map(
      (choice) => html`<label class="choice">
        <input
          type=${several ? 'checkbox' : 'radio'}
          name="choice"
          .value=${choice.id}
          .checked=${state.chosen.includes(choice.id)}
          ?disabled=${state.locked}
          @change=${(event: Event) => state.onChoose(choice.id, (event.target as HTMLInputElement).checked)}
        />
        <span class="pack-text">${unsafeHTML(renderInline(choice.text, state.assets))}</span>
      </label>`,
    )}
  </fieldset>`;
}

function renderOrdering(item: OrderingItem, state: InputState) {
  const byId = new Map(item.entries.map((entry) => [entry.id, entry]));
  const count = state.order.length;
  return html`<fieldset class="ordering">
    <legend>${msg('Put these in order, first at the top')}</legend>
    <ol>
      ${state.order.map((id, index) => {
        const entry = byId.get(id);
        if (!entry) return nothing;
        const name = speakMarkdown(entry.text, state.language).replace(/\.$/, '');
        return html`<li data-entry=${id}>
          <span class="pack-text">${unsafeHTML(renderInline(entry.text, state.assets))}</span>
          <span class="moves">
            <button type="button" data-move="up" aria-label=${msg(str`Move ${name} up`)} ?disabled=${state.locked || index === 0}
              @click=${() => state.onMove(id, -1)}>↑</button>
            <button type="button" data-move="down" aria-label=${msg(str`Move ${name} down`)} ?disabled=${state.locked || index === count - 1}
              @click=${() => state.onMove(id, 1)}>↓</button>
          </span>
        </li>`;
      })}
    </ol>
  </fieldset>`;
}
