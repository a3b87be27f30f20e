import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { GoalProjection } from '../../../app/goals/index.ts';
import type { LearnerOverview } from '../../../app/coach/index.ts';
import { avatarImage } from '../avatars.ts';
import { visuallyHidden } from '../../styles/visually-hidden.ts';
import { householdOverviewStyles } from './household-overview.styles.ts';
import { formatDate, formatMinutes } from '../../../i18n/format.ts';

/** A goal's state in words (never colour alone). */
export function goalStatusText(projection: GoalProjection): string {
  const percent = Math.round(projection.progress * 100);
  switch (projection.status) {
    case 'done':
      return msg('done');
    case 'on-track':
      return msg(str`${percent}%, on track`);
    case 'behind':
      return msg(str`${percent}%, behind`);
    case 'no-target':
      return msg(str`${percent}%, no target date`);
    case 'early':
      return msg(str`${percent}%, too early to project`);
  }
}

/**
 * `<wf-household-overview>`: one row per learner: practised today (yes/no and minutes), days and
 * minutes in the last seven days, last practice, and each goal's progress in words.
 *
 * @property overview - LearnerOverview[] from the coach report (household order).
 * @property goalTitles - goal id -> title, to name the goals.
 */
export class WfHouseholdOverview extends LitElement {
  static override properties = {
    overview: { attribute: false },
    goalTitles: { attribute: false },
  };
  static override styles = [householdOverviewStyles, visuallyHidden];

  declare overview: readonly LearnerOverview[];
  declare goalTitles: Readonly<Record<string, string>>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.overview = [];
    this.goalTitles = {};
  }

  protected override render() {
    if (this.overview.length === 0) return html`<p>${msg('No learners yet.')}</p>`;
    return html`<div class="wrap"><table>
      <caption class="visually-hidden">${msg('Practice by learner')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Learner')}</th>
          <th scope="col">${msg('Today')}</th>
          <th scope="col">${msg('Last 7 days')}</th>
          <th scope="col">${msg('Last practice')}</th>
          <th scope="col">${msg('Goals')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.overview.map(
          (row) => html`<tr data-learner=${row.learnerId}>
            <th scope="row"><span class="avatar" aria-hidden="true">${avatarImage(row.avatar)}</span>${row.displayName}</th>
            <td class="number">${row.practisedToday ? msg(str`Yes, ${formatMinutes(row.minutesToday, 'short')}`) : msg('Not yet')}</td>
            <td class="number">${msg(str`${row.daysPractisedThisWeek} of 7 days, ${formatMinutes(row.minutesThisWeek, 'short')}`)}</td>
            <td>${row.lastPracticeDay === null ? msg('Never') : formatDate(row.lastPracticeDay)}</td>
            <td>
              ${row.goals.length === 0
                ? msg('No goals')
                : html`<ul>
                    ${row.goals.map(
                      (goal) => html`<li class=${goal.status === 'behind' ? 'behind' : ''}>
                        ${this.goalTitles[goal.goalId] ?? msg('Goal')}: ${goalStatusText(goal)}
                      </li>`,
                    )}
                  </ul>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}

customElements.define('wf-household-overview', WfHouseholdOverview);

declare global {
  interface HTMLElementTagNameMap {
    'wf-household-overview': WfHouseholdOverview;
  }
}
