import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { formatDay, goalPaceText, goalStatusText, goalSuggestionText, paceSamplesOfDays, projectLearnerGoals, type GoalProgress } from '../../app/goals/index.ts';
import { dayTotals } from '../../data/dashboard-queries.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { localDay } from '../../data/day.ts';
import { deleteGoal, listGoals } from '../../data/goals.ts';
import type { Goal, Learner } from '../../data/records.ts';
import { listSkillStates } from '../../data/skill-states.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController, currentLearnerQuery } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { installedPackChoices, type PackSource } from '../components/goal-editor/pack-choices.ts';
import '../components/goal-editor/goal-editor.ts';
import { formatPercent } from '../../i18n/format.ts';

const PACE_DAYS = 14;

/** The learner's goals with their projections, from the last two weeks' pace and the model's estimates. */
export async function readGoals(db: WayfindDb, learner: Learner, now = Date.now()) {
  const [goals, states, totals] = await Promise.all([listGoals(db, learner.id), listSkillStates(db, learner.id), dayTotals(db, learner.id, PACE_DAYS, now)]);
  const attempts = paceSamplesOfDays(totals);
  return { learnerId: learner.id, goals: projectLearnerGoals({ goals, states, attempts, since: learner.createdAt }, now) };
}

/**
 * `<wf-goals-page>`: the current learner's goals, each with its progress, projected date, whether
 * it is on track (in words) and a suggestion; a form to set a new goal; edit and delete (with a
 * confirmation). Goals the coach set are changed only in coach mode.
 *
 * @property db - the database (the app's by default; tests pass their own).
 * @property packSource - passed to the goal editor (tests pass their own packs).
 */
export class WfGoalsPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      ul.goals {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul.goals > li {
        padding: 0.75rem 0;
        border-bottom: 1px solid var(--wf-border);
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1.1rem;
      }
      p {
        margin: 0.25rem 0;
      }
      progress {
        width: min(100%, 20rem);
        height: 1rem;
        accent-color: var(--wf-accent);
      }
      .status {
        font-weight: 700;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      button.danger {
        border-color: var(--wf-danger);
        color: var(--wf-danger);
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    db: { attribute: false },
    packSource: { attribute: false },
    editing: { state: true },
    confirming: { state: true },
  };

  declare db: WayfindDb;
  declare packSource: PackSource;
  declare editing: string | null;
  declare confirming: string | null;

  readonly household = new HouseholdController(this);
  readonly goals = currentLearnerQuery(this, this.household, () => this.db, readGoals);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.packSource = installedPackChoices;
    this.editing = null;
    this.confirming = null;
  }

  protected override render() {
    const { loaded, coachMode } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="none-heading">
        <h2 id="none-heading">${msg('No profile yet')}</h2>
        <p>${msg('Goals belong to a learner. Make a profile first.')}</p>
        <a href="/welcome">${msg('Create a profile')}</a>
      </section>`;
    }
    const data = this.goals.value;
    const ready = data && data.learnerId === learner.id ? data.goals : null;
    return html`
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">${msg('Your goals')}</h2>
        ${ready === null
          ? html`<p role="status">${msg('Loading your goals…')}</p>`
          : ready.length === 0
            ? html`<p>${msg('No goals yet. Set one below: a credential to earn, skills to master, or minutes to practise each day.')}</p>`
            : html`<ul class="goals">${ready.map((entry) => this.#goal(entry, learner, coachMode))}</ul>`}
      </section>
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">${msg('Set a new goal')}</h2>
        ${this.#editor(learner, null, coachMode)}
      </section>
    `;
  }

  #editor(learner: Learner, goal: Goal | null, coachMode: boolean) {
    return html`<wf-goal-editor
      learner-id=${learner.id}
      set-by=${goal?.setBy ?? (coachMode ? 'coach' : 'learner')}
      .goal=${goal}
      .db=${this.db}
      .packSource=${this.packSource}
      @wf-goal-saved=${() => (this.editing = null)}
      @wf-goal-cancel=${() => (this.editing = null)}
    ></wf-goal-editor>`;
  }

  #goal({ goal, projection }: GoalProgress, learner: Learner, coachMode: boolean) {
    const locale = getLocale();
    const percent = Math.round(projection.progress * 100);
    const headingId = `goal-${goal.id}`;
    const locked = goal.setBy === 'coach' && !coachMode;
    if (this.editing === goal.id) {
      return html`<li aria-labelledby=${headingId}>
        <h3 id=${headingId}>${msg(str`Editing: ${goal.title}`)}</h3>
        ${this.#editor(learner, goal, coachMode)}
      </li>`;
    }
    const target = goal.dueAt === null ? null : formatDay(localDay(goal.dueAt), locale);
    return html`<li aria-labelledby=${headingId}>
      <h3 id=${headingId}>${goal.title}</h3>
      <p><span class="status">${goalStatusText(projection)}.</span> ${goalPaceText(projection, locale) ?? nothing} ${goalSuggestionText(projection, locale)}</p>
      <p>
        <label for=${`${headingId}-progress`}>${goal.kind === 'minutes' ? msg('Today’s minutes') : msg('Progress')}</label>
        <progress id=${`${headingId}-progress`} max="100" .value=${percent}></progress> ${formatPercent(percent / 100)}
      </p>
      ${target ? html`<p>${msg(str`Target date: ${target}`)}</p>` : nothing}
      ${goal.setBy === 'coach' ? html`<p>${msg('Set by your coach.')}</p>` : nothing}
      ${locked
        ? nothing
        : this.confirming === goal.id
          ? html`<div class="actions" role="group" aria-label=${msg('Confirm deleting')}>
              <span>${msg('Delete this goal?')}</span>
              <button class="danger" @click=${() => this.#delete(goal.id)}>${msg('Delete')}</button>
              <button @click=${() => (this.confirming = null)}>${msg('Keep it')}</button>
            </div>`
          : html`<div class="actions">
              <button @click=${() => (this.editing = goal.id)} aria-describedby=${headingId}>${msg('Edit')}</button>
              <button @click=${() => (this.confirming = goal.id)} aria-describedby=${headingId}>${msg('Delete…')}</button>
            </div>`}
    </li>`;
  }

  async #delete(id: string): Promise<void> {
    this.confirming = null;
    await deleteGoal(this.db, id);
  }
}

customElements.define('wf-goals-page', WfGoalsPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-goals-page': WfGoalsPage;
  }
}
