import { LitElement, css, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { LibraryEntry } from '../../../app/library/index.ts';
import { cardStyles } from '../../styles/cards.ts';
import { controlStyles } from '../../styles/controls.ts';

export interface CourseChoiceEventDetail {
  packId: string;
}

/**
 * `<wf-course-chooser>`: the content packs (courses) on this device as a labelled group of radio
 * buttons, to choose what to practise. It only reports the choice; the page stores it.
 *
 * @property library - the packs on this device (LibraryEntry[]), or null while they are read (a status shows).
 * @property current - the pack practised now (it is checked, and Cancel is offered), or null
 *   when none is chosen yet (the first pack is checked).
 * @property error - why the packs could not be read or the choice not stored (an alert), or ''.
 * @fires wf-course-choice - CustomEvent<{ packId }> from "Practise this pack".
 * @fires wf-course-cancel - CustomEvent<void> from "Cancel" (only offered with a current pack).
 */
export class WfCourseChooser extends LitElement {
  static override properties = {
    library: { attribute: false },
    current: { attribute: false },
    error: { attribute: false },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      legend {
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
      .pack {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        min-height: var(--wf-target);
      }
      .error {
        color: var(--wf-danger);
        font-weight: 600;
      }
    `,
  ];

  declare library: LibraryEntry[] | null;
  declare current: string | null;
  declare error: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.library = null;
    this.current = null;
    this.error = '';
  }

  protected override render() {
    if (this.library === null) return html`<p role="status">${msg('Reading the packs…')}</p>`;
    const current = this.current;
    return html`<section aria-labelledby="pack-heading">
      <h2 id="pack-heading">${msg('Choose what to practise')}</h2>
      <form @submit=${this.#submit}>
        <fieldset>
          <legend>${msg('Content packs on this device')}</legend>
          ${this.library.map(
            (pack, index) => html`<label class="pack">
              <input type="radio" name="pack" .value=${pack.id} ?checked=${current === null ? index === 0 : pack.id === current} />
              ${pack.title}
            </label>`,
          )}
        </fieldset>
        <p class="error" role="alert">${this.error}</p>
        <button type="submit" class="primary">${msg('Practise this pack')}</button>
        ${current !== null ? html`<button type="button" @click=${this.#cancel}>${msg('Cancel')}</button>` : nothing}
      </form>
    </section>`;
  }

  #cancel(): void {
    this.dispatchEvent(new CustomEvent('wf-course-cancel', { bubbles: true, composed: true }));
  }

  #submit(event: Event): void {
    event.preventDefault();
    const packId = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input[name=pack]:checked')?.value;
    if (!packId) {
      this.error = msg('Choose a pack first.');
      return;
    }
    this.error = '';
    this.dispatchEvent(new CustomEvent<CourseChoiceEventDetail>('wf-course-choice', { detail: { packId }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('wf-course-chooser')) customElements.define('wf-course-chooser', WfCourseChooser);

declare global {
  interface HTMLElementTagNameMap {
    'wf-course-chooser': WfCourseChooser;
  }
}
