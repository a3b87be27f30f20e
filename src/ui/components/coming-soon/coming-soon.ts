import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { cardStyles } from '../../styles/cards.ts';

/**
 * `<wf-coming-soon>`: says plainly what a page will hold once its part of Wayfind is built, so a
 * learner is never left guessing at an empty screen.
 *
 * @property summary - one sentence on what the page is for.
 * @property features - the things that are coming, one per list item.
 * @slot - shown between the summary and the list: what already works on the page.
 */
export class WfComingSoon extends LitElement {
  static override properties = {
    summary: { type: String },
    features: { attribute: false },
  };
  static override styles = [
    cardStyles,
    css`
    :host {
      display: block;
    }
    /* A dashed frame: this card is about what is not there yet. */
    section {
      margin-bottom: 0;
      border-style: dashed;
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
    li + li {
      margin-top: 0.25rem;
    }
  `,
  ];

  declare summary: string;
  declare features: string[];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.summary = '';
    this.features = [];
  }

  protected override render() {
    return html`<p>${this.summary}</p>
      <slot></slot>
      <section aria-labelledby="coming">
        <h2 id="coming">${msg('Coming in the next releases')}</h2>
        <ul>
          ${this.features.map((feature) => html`<li>${feature}</li>`)}
        </ul>
      </section>`;
  }
}

customElements.define('wf-coming-soon', WfComingSoon);

declare global {
  interface HTMLElementTagNameMap {
    'wf-coming-soon': WfComingSoon;
  }
}
