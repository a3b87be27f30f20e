import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Pack } from '../../../content/schema.ts';
import type { PresentedItem } from '../../../app/practice/index.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { cardStyles } from '../../styles/cards.ts';
import { controlStyles } from '../../styles/controls.ts';
import type { ItemFeedback, ItemHelp, WfItemView } from '../item-view/item-view.ts';
import '../item-view/item-view.ts';
import '../why-this/why-this.ts';
import '../mastery-badge/mastery-badge.ts';

/** A skill's name in the learner's language, where the pack gives one. */
export const skillNameOf = (skill: { name: string; l10n?: Record<string, { name?: string }> | undefined }): string =>
  skill.l10n?.[getLocale()]?.name ?? skill.name;

/**
 * `<wf-practice-item>`: one step of a practice session: the skill's name, level, "Review" and the
 * item's number, a note when the simpler model chooses, the item (`<wf-item-view>`), "Why this?",
 * and the session's buttons. It only reports what the learner does; the page runs the session.
 *
 * @property presented - the PresentedItem on screen (nothing is shown without one).
 * @property pack - the session's pack (assets, language, and skill names for "Why this?").
 * @property engine - the model that chose the item (dkt, bkt, bkt-local); it is on the section as data-engine.
 * @property level - the skill's mastery level now.
 * @property itemNumber - the item's number in this session.
 * @property learnerChoice - the learner chose the skill (a button hands the choice back to Wayfind).
 * @property help - hints (and solution) unlocked so far, for the item.
 * @property feedback - the stored answer's feedback, or null while unanswered.
 * @property message - why the last response could not be read or saved, or ''.
 * @property busy - an answer is being saved (Check and End session are disabled).
 * @fires wf-answer - CustomEvent<{ response }> from the item (AnswerEventDetail), as are the next three.
 * @fires wf-hint - CustomEvent<void> when the learner asks for more help.
 * @fires wf-open-lesson - CustomEvent<void> from "Open the lesson".
 * @fires wf-next - CustomEvent<void> from "Next" after feedback.
 * @fires wf-clear-choice - CustomEvent<void> from "Let Wayfind choose the next items".
 * @fires wf-end-session - CustomEvent<void> from "End session".
 */
export class WfPracticeItem extends LitElement {
  static override properties = {
    presented: { attribute: false },
    pack: { attribute: false },
    engine: { attribute: false },
    level: { attribute: false },
    itemNumber: { attribute: false },
    learnerChoice: { type: Boolean },
    help: { attribute: false },
    feedback: { attribute: false },
    message: { attribute: false },
    busy: { type: Boolean },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .skill-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
      }
      .skill-head h2 {
        margin: 0;
      }
      .tag {
        font-size: 0.9rem;
        color: var(--wf-text-muted);
      }
      .model-note {
        margin: 0.5rem 0 1rem;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid var(--wf-warning);
        background: var(--wf-surface-raised);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-top: 1rem;
      }
    `,
  ];

  declare presented: PresentedItem | null;
  declare pack: Pack | null;
  declare engine: string;
  declare level: string;
  declare itemNumber: number;
  declare learnerChoice: boolean;
  declare help: ItemHelp;
  declare feedback: ItemFeedback | null;
  declare message: string;
  declare busy: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.presented = null;
    this.pack = null;
    this.engine = '';
    this.level = 'not-started';
    this.itemNumber = 1;
    this.learnerChoice = false;
    this.help = { hints: [], solution: null, more: true };
    this.feedback = null;
    this.message = '';
    this.busy = false;
  }

  /** Puts focus on the item's question (once the item is rendered). */
  async focusQuestion(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<WfItemView>('wf-item-view');
    await view?.updateComplete;
    view?.focusQuestion();
  }

  protected override render() {
    const { presented, pack } = this;
    if (!presented || !pack) return nothing;
    const names = new Map(pack.skills.map((skill) => [skill.id, skillNameOf(skill)]));
    const skillName = skillNameOf(presented.skill);
    const itemNumber = this.itemNumber;
    // data-engine names the model that chose the item (dkt, bkt, bkt-local), for tests and support.
    return html`<section aria-labelledby="skill-heading" data-engine=${this.engine}>
      <div class="skill-head">
        <h2 id="skill-heading">${skillName}</h2>
        <wf-mastery-badge level=${this.level}></wf-mastery-badge>
        ${presented.review ? html`<span class="tag">${msg('Review')}</span>` : nothing}
        <span class="tag">${msg(str`Item ${itemNumber}`)}</span>
      </div>
      ${this.engine === 'dkt'
        ? nothing
        : html`<p class="model-note" role="note">
            ${msg('The learning model could not load on this device, so a simpler model (Bayesian knowledge tracing) chooses your practice for now. Your answers are saved as usual; Settings › Learning model says more.')}
          </p>`}
      <wf-item-view
        .item=${presented.item}
        .assets=${pack.assets}
        .packLang=${pack.language}
        .skillName=${skillName}
        .help=${this.help}
        .feedback=${this.feedback}
        .message=${this.message}
        ?busy=${this.busy}
      ></wf-item-view>
      <wf-why-this .why=${presented.why} .skillName=${skillName} .names=${names}></wf-why-this>
      ${presented.why.kind === 'learner-choice' && presented.why.missingPrerequisites.length > 0
        ? html`<div class="needs" role="note">
            <p>${msg(str`${skillName} builds on skills you have not shown yet:`)}</p>
            <ul>
              ${presented.why.missingPrerequisites.map(
                (id) => html`<li><a href=${`/practice?skill=${encodeURIComponent(id)}`}>${msg(str`Practise ${names.get(id) ?? id} first`)}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="bar">
        ${this.learnerChoice
          ? html`<button type="button" @click=${() => this.#fire('wf-clear-choice')}>${msg('Let Wayfind choose the next items')}</button>`
          : nothing}
        <button type="button" ?disabled=${this.busy} @click=${() => this.#fire('wf-end-session')}>${msg('End session')}</button>
      </div>
    </section>`;
  }

  #fire(name: 'wf-clear-choice' | 'wf-end-session'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }
}

if (!customElements.get('wf-practice-item')) customElements.define('wf-practice-item', WfPracticeItem);

declare global {
  interface HTMLElementTagNameMap {
    'wf-practice-item': WfPracticeItem;
  }
}
