import { LitElement, css, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { controlStyles } from '../../styles/controls.ts';

/**
 * `<wf-update-prompt>`: tells the learner a new version of Wayfind is ready.
 *
 * It is a polite status message, not a dialog: it never takes focus or blocks the page, so it cannot
 * interrupt an answer being typed. Reloading waits for any answer in progress (see AppUpdater).
 *
 * @property open - whether the prompt is shown.
 * @fires wf-update-accept - the learner chose "Reload".
 * @fires wf-update-dismiss - the learner chose "Later".
 */
export class WfUpdatePrompt extends LitElement {
  static override properties = { open: { type: Boolean, reflect: true } };
  static override styles = [
    controlStyles,
    css`
      :host {
        position: fixed;
        inset-inline-end: 1rem;
        bottom: 1rem;
        z-index: 20;
        max-width: min(26rem, calc(100vw - 2rem));
      }
      .card {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.75rem 1rem;
        border-radius: var(--wf-radius);
        border: 1px solid var(--wf-border);
        background: var(--wf-surface);
        color: var(--wf-text);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
      }
      p {
        margin: 0;
        flex: 1 1 12rem;
      }
      @media (max-width: 47.99rem) {
        :host {
          bottom: 5.5rem;
        }
      }
    `,
  ];

  declare open: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.open = false;
  }

  protected override render() {
    // The live region stays in the DOM so screen readers announce the message when it appears.
    return html`<div role="status" aria-live="polite">
      ${this.open
        ? html`<div class="card">
            <p>${msg('Update available. Reload to get the new version; your work is saved.')}</p>
            <button type="button" class="primary" @click=${() => this.#fire('wf-update-accept')}>${msg('Reload')}</button>
            <button type="button" @click=${() => this.#fire('wf-update-dismiss')}>${msg('Later')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #fire(type: 'wf-update-accept' | 'wf-update-dismiss'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
}

customElements.define('wf-update-prompt', WfUpdatePrompt);

declare global {
  interface HTMLElementTagNameMap {
    'wf-update-prompt': WfUpdatePrompt;
  }
  interface HTMLElementEventMap {
    'wf-update-accept': Event;
    'wf-update-dismiss': Event;
  }
}
