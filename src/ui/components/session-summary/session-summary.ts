import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { SessionSummary } from '../../../app/practice/index.ts';
import { controlStyles } from '../../styles/controls.ts';
import { visuallyHidden } from '../../styles/visually-hidden.ts';
import '../mastery-badge/mastery-badge.ts';
import { formatDuration, formatPercent } from '../../../i18n/format.ts';

export interface ReflectionEventDetail {
  text: string;
}

/**
 * `<wf-session-summary>`: the end of a practice session: items answered, accuracy, skills that
 * moved up a level, time, reviews done, the streak, and an optional one-line reflection.
 *
 * @property summary - the session's SessionSummary.
 * @property reflectionSaved - the reflection was stored (the form is replaced by a note).
 * @property reflectionError - why the reflection could not be saved, or ''.
 * @fires wf-reflection - CustomEvent<{ text }> when the learner saves a reflection.
 * @fires wf-practice-again - CustomEvent<void> from "Practise again".
 */
export class WfSessionSummary extends LitElement {
  static override properties = {
    summary: { attribute: false },
    reflectionSaved: { type: Boolean },
    reflectionError: { attribute: false },
  };
  static override styles = [
    controlStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.4rem 1.5rem;
        margin: 0 0 1rem;
      }
      dt {
        color: var(--wf-text-muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
      ul {
        padding-left: 1.25rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin-bottom: 0.25rem;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        max-width: 36rem;
      }
      input {
        min-height: var(--wf-target);
        padding: 0 0.75rem;
        border: 1px solid var(--wf-border);
        border-radius: var(--wf-radius);
        background: var(--wf-bg);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .error {
        color: var(--wf-danger);
        font-weight: 600;
      }
      .error:empty {
        display: none;
      }
      .row a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
      }
    `,
  ];

  declare summary: SessionSummary | null;
  declare reflectionSaved: boolean;
  declare reflectionError: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.summary = null;
    this.reflectionSaved = false;
    this.reflectionError = '';
  }

  protected override render() {
    const s = this.summary;
    if (!s) return nothing;
    const percent = s.accuracy === null ? '–' : formatPercent(s.accuracy);
    return html`<dl>
        <dt>${msg('Items answered')}</dt>
        <dd data-figure="items">${s.items}</dd>
        <dt>${msg('Correct')}</dt>
        <dd data-figure="accuracy">${msg(str`${s.correct} of ${s.items} (${percent})`)}</dd>
        <dt>${msg('Time')}</dt>
        <dd>${formatDuration(s.durationMs)}</dd>
        <dt>${msg('Reviews done')}</dt>
        <dd>${s.reviewsDone}</dd>
        <dt>${msg('Streak')}</dt>
        <dd data-figure="streak">${s.streakDays === 1 ? msg('1 day in a row') : msg(str`${s.streakDays} days in a row`)}</dd>
      </dl>
      <h3>${msg('Skills that moved up')}</h3>
      ${s.movedUp.length === 0
        ? html`<p>${msg('None this time. Every answer still counts toward the next level.')}</p>`
        : html`<ul>
            ${s.movedUp.map((move) => html`<li>${move.name}: <wf-mastery-badge level=${move.from}></wf-mastery-badge> <span aria-hidden="true">→</span><span class="visually-hidden">${msg('to')}</span> <wf-mastery-badge level=${move.to}></wf-mastery-badge></li>`)}
          </ul>`}
      <h3>${msg('Reflection')}</h3>
      ${this.reflectionSaved
        ? html`<p role="status">${msg('Saved in your journal. Only you can see it unless you choose to share it.')}</p>`
        : html`<form @submit=${this.#save}>
            <label for="reflection">${msg('One line about today: what did you learn, or what was hard? (optional)')}</label>
            <input id="reflection" name="reflection" type="text" maxlength="500" autocomplete="off" />
            <p class="error" role="alert">${this.reflectionError}</p>
            <div class="row"><button type="submit">${msg('Save to my journal')}</button></div>
          </form>`}
      <p class="row">
        <button type="button" class="primary" @click=${() => this.dispatchEvent(new CustomEvent('wf-practice-again', { bubbles: true, composed: true }))}>
          ${msg('Practise again')}
        </button>
        <a href="/">${msg('Back to Today')}</a>
      </p>`;
  }

  #save(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#reflection');
    const text = input?.value.trim() ?? '';
    if (text === '') {
      this.reflectionError = msg('Write a line first, or just leave it: the reflection is optional.');
      return;
    }
    this.reflectionError = '';
    this.dispatchEvent(new CustomEvent<ReflectionEventDetail>('wf-reflection', { detail: { text }, bubbles: true, composed: true }));
  }
}


if (!customElements.get('wf-session-summary')) customElements.define('wf-session-summary', WfSessionSummary);

declare global {
  interface HTMLElementTagNameMap {
    'wf-session-summary': WfSessionSummary;
  }
}
