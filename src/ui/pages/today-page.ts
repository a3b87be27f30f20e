import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { goalStatusText, goalSuggestionText, nextCredentials, paceSamplesOfDays, projectLearnerGoals, skillsTowardOpenGoals, streakLength, strengthsAndGaps } from '../../app/goals/index.ts';
import { learnerPackIds } from '../../app/library/index.ts';
import { dueReviews } from '../../app/practice/index.ts';
import { listCredentials } from '../../data/credentials.ts';
import { dayTotals, practiceDays } from '../../data/dashboard-queries.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { listGoals } from '../../data/goals.ts';
import type { Learner, SkillState } from '../../data/records.ts';
import { listSkillStates } from '../../data/skill-states.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController, currentLearnerQuery } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { installedPackChoices, skillNames, type PackChoice, type PackSource } from '../components/goal-editor/pack-choices.ts';
import '../components/mastery-badge/mastery-badge.ts';

const PACE_DAYS = 14;

/** Everything the Today page shows about one learner, read in one live query. */
export async function readToday(db: WayfindDb, learner: Learner, now = Date.now()) {
  // Day rows only: the dashboard reads no attempt, so it costs the same at 100 or 100,000 answers.
  const [states, days, totals, goals, credentials] = await Promise.all([
    listSkillStates(db, learner.id),
    practiceDays(db, learner.id),
    dayTotals(db, learner.id, PACE_DAYS, now),
    listGoals(db, learner.id),
    listCredentials(db, learner.id),
  ]);
  const attempts = paceSamplesOfDays(totals);
  return {
    learnerId: learner.id,
    states,
    packIds: await learnerPackIds(db, learner.id, states),
    reviewsDue: dueReviews(states, now).length,
    streak: streakLength(days, now),
    answersToday: totals.at(-1)?.attempts ?? 0,
    goals: projectLearnerGoals({ goals, states, attempts, since: learner.createdAt }, now),
    credentials,
  };
}
export type TodayData = Awaited<ReturnType<typeof readToday>>;

/**
 * `<wf-today-page>`: the current learner's day at a glance: practise now, reviews due, streak,
 * goals in words, strengths and skills to work on (the model's estimates), credentials earned and
 * the next ones to earn. Without a learner it offers to create a profile.
 *
 * @property db - the database (the app's by default; tests pass their own).
 * @property packSource - where pack names and credentials come from (installed packs by default).
 */
export class WfTodayPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .action {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        padding: 0 1.25rem;
        border-radius: var(--wf-radius);
        background: var(--wf-accent);
        color: var(--wf-accent-text);
        font-weight: 600;
        text-decoration: none;
      }
      .figures {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 2rem;
        margin: 0;
      }
      .figures div {
        display: flex;
        flex-direction: column-reverse;
      }
      dd {
        margin: 0;
        font-size: 1.5rem;
        font-weight: 700;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      li {
        margin-bottom: 0.35rem;
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 1rem;
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: 1.05rem;
      }
      .muted {
        color: var(--wf-text-muted);
      }
      nav a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        margin-inline-end: 1.5rem;
        font-weight: 600;
      }
    `,
  ];
  static override properties = { db: { attribute: false }, packSource: { attribute: false }, packs: { state: true } };

  declare db: WayfindDb;
  declare packSource: PackSource;
  declare packs: PackChoice[];

  readonly household = new HouseholdController(this);
  readonly today = currentLearnerQuery(this, this.household, () => this.db, readToday);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.packSource = installedPackChoices;
    this.packs = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.packSource(this.db, getLocale()).then((packs) => (this.packs = packs)).catch(() => (this.packs = []));
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="welcome-heading">
        <h2 id="welcome-heading">${msg('Welcome to Wayfind')}</h2>
        <p>${msg('Make a profile to start: Wayfind keeps your progress on this device, for you alone.')}</p>
        <a class="action" href="/welcome">${msg('Create a profile')}</a>
      </section>`;
    }
    const data = this.today.value;
    // A result for another learner (just switched) is never shown, not even for a frame.
    const ready = data && data.learnerId === learner.id ? data : null;
    return html`
      <section aria-labelledby="greeting-heading">
        <h2 id="greeting-heading">${msg(str`Hello, ${learner.displayName}`)}</h2>
        <p>${msg('Ready for a few minutes of practice? Wayfind picks what helps you most next.')}</p>
        <a class="action" href="/practice">${msg('Practise now')}</a>
      </section>
      ${ready ? this.#dashboard(ready) : html`<p role="status">${msg('Loading your progress…')}</p>`}
      <nav aria-label=${msg('More about your learning')}>
        <a href="/progress">${msg('See your progress')}</a>
        <a href="/journal">${msg('Write in your journal')}</a>
      </nav>
    `;
  }

  #dashboard(data: TodayData) {
    const names = skillNames(this.packs);
    const nameOf = (skillId: string) => names.get(skillId) ?? skillId;
    // "To work on" agrees with practice: while a goal is open, skills on its way.
    const toward = skillsTowardOpenGoals(data.goals.map((entry) => entry.goal), this.packs.map((pack) => ({ packId: pack.id, skills: pack.skills })), data.states);
    const { strengths, toWorkOn } = strengthsAndGaps(data.states, 3, toward);
    // Only the learner's own courses: credentials of a course they never started are not "next".
    const targets = this.packs.filter((pack) => data.packIds.has(pack.id)).flatMap((pack) => pack.credentials);
    const next = nextCredentials(targets, data.states, data.credentials);
    const locale = getLocale();
    const skillItem = (state: SkillState) =>
      html`<li>${nameOf(state.skillId)} <wf-mastery-badge level=${state.masteryLevel} compact></wf-mastery-badge></li>`;
    return html`
      <section aria-labelledby="day-heading">
        <h2 id="day-heading">${msg('Today')}</h2>
        <dl class="figures">
          <div><dt>${msg('Reviews due today')}</dt><dd>${data.reviewsDue}</dd></div>
          <div><dt>${msg('Days in a row with practice')}</dt><dd>${data.streak}</dd></div>
          <div><dt>${msg('Answers today')}</dt><dd>${data.answersToday}</dd></div>
        </dl>
        ${data.reviewsDue > 0 ? html`<p>${msg('Practice starts with your due reviews, so mastered skills stay fresh.')}</p>` : nothing}
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">${msg('Your goals')}</h2>
        ${data.goals.length === 0
          ? html`<p>${msg('No goals yet.')} <a href="/goals">${msg('Set a goal')}</a></p>`
          : html`<ul>
                ${data.goals.map(
                  ({ goal, projection }) => html`<li>
                    <strong>${goal.title}</strong>: ${goalStatusText(projection)}. ${goalSuggestionText(projection, locale)}
                  </li>`,
                )}
              </ul>
              <p><a href="/goals">${msg('Manage your goals')}</a></p>`}
      </section>

      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">${msg('Your skills')}</h2>
        <div class="columns">
          <div>
            <h3>${msg('Strengths')}</h3>
            ${strengths.length ? html`<ul>${strengths.map(skillItem)}</ul>` : html`<p class="muted">${msg('Strengths show here as you practise.')}</p>`}
          </div>
          <div>
            <h3>${msg('Skills to work on')}</h3>
            ${toWorkOn.length ? html`<ul>${toWorkOn.map(skillItem)}</ul>` : html`<p class="muted">${msg('Nothing to catch up on.')}</p>`}
          </div>
        </div>
      </section>

      <section aria-labelledby="credentials-heading">
        <h2 id="credentials-heading">${msg('Credentials')}</h2>
        <div class="columns">
          <div>
            <h3>${msg('Earned')}</h3>
            ${data.credentials.length
              ? html`<ul>${data.credentials.map((credential) => html`<li>${credential.achievementName}</li>`)}</ul>`
              : html`<p class="muted">${msg('None yet.')}</p>`}
          </div>
          <div>
            <h3>${msg('Next to earn')}</h3>
            ${next.length
              ? html`<ul>
                  ${next.map((target) => {
                    const met = target.met;
                    const total = target.skillIds.length;
                    return html`<li>${target.name}: ${msg(str`${met} of ${total} skills ready`)}</li>`;
                  })}
                </ul>`
              : html`<p class="muted">${msg('No more credentials in your courses.')}</p>`}
          </div>
        </div>
      </section>
    `;
  }
}

customElements.define('wf-today-page', WfTodayPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-today-page': WfTodayPage;
  }
}
