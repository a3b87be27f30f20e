import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { cardStyles } from '../../styles/cards.ts';
import { controlStyles } from '../../styles/controls.ts';

/**
 * `<wf-practice-ready>`: the card before a practice session: who is practising, which pack, a
 * note when a skill was picked on the map, Start practice and Change pack. It only reports what
 * the learner presses; the page starts the session.
 *
 * @property name - the learner's display name.
 * @property packTitle - the chosen pack's title, or '' while it is not known (the line is left out).
 * @property skillChosen - a skill was picked on the map, so practice starts with it.
 * @property starting - the session is starting (Start practice is disabled and says so).
 * @property error - why practice could not start (an alert), or ''.
 * @fires wf-practice-start - CustomEvent<void> from "Start practice".
 * @fires wf-change-pack - CustomEvent<void> from "Change pack".
 */
export class WfPracticeReady extends LitElement {
  static override properties = {
    name: { attribute: false },
    packTitle: { attribute: false },
    skillChosen: { type: Boolean },
    starting: { type: Boolean },
    error: { attribute: false },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-top: 1rem;
      }
      .error {
        color: var(--wf-danger);
        font-weight: 600;
      }
    `,
  ];

  declare name: string;
  declare packTitle: string;
  declare skillChosen: boolean;
  declare starting: boolean;
  declare error: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.name = '';
    this.packTitle = '';
    this.skillChosen = false;
    this.starting = false;
    this.error = '';
  }

  protected override render() {
    const name = this.name;
    const title = this.packTitle;
    return html`<section aria-labelledby="ready-heading">
      <h2 id="ready-heading">${msg(str`Ready when you are, ${name}`)}</h2>
      ${title ? html`<p>${msg(str`Pack: ${title}`)}</p>` : nothing}
      ${this.skillChosen ? html`<p>${msg('You picked a skill on the map; practice starts with it.')}</p>` : nothing}
      <p class="error" role="alert">${this.error}</p>
      <div class="bar">
        <button type="button" class="primary" ?disabled=${this.starting} @click=${() => this.#fire('wf-practice-start')}>
          ${this.starting ? msg('Starting…') : msg('Start practice')}
        </button>
        <button type="button" @click=${() => this.#fire('wf-change-pack')}>${msg('Change pack')}</button>
      </div>
    </section>`;
  }

  #fire(name: 'wf-practice-start' | 'wf-change-pack'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}

if (!customElements.get('wf-practice-ready')) customElements.define('wf-practice-ready', WfPracticeReady);

declare global {
  interface HTMLElementTagNameMap {
    'wf-practice-ready': WfPracticeReady;
  }
}
