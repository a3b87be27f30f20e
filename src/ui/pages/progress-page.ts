import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { activityOfDays, masteredByDay, shownMinutes, type DayActivity } from '../../app/goals/index.ts';
import { dayTotals } from '../../data/dashboard-queries.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import type { Learner } from '../../data/records.ts';
import { listSkillEvents } from '../../data/skill-events.ts';
import { formatDate, formatMinutes, formatPercent } from '../../i18n/format.ts';
import { HouseholdController, currentLearnerQuery } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/chart/chart.ts';

/** Days the charts cover, today included. */
export const PROGRESS_DAYS = 30;

/** The Progress page's figures for one learner over the last PROGRESS_DAYS days. */
export async function readProgress(db: WayfindDb, learner: Learner, now = Date.now()) {
  const [totals, events] = await Promise.all([dayTotals(db, learner.id, PROGRESS_DAYS, now), listSkillEvents(db, learner.id)]);
  return {
    learnerId: learner.id,
    days: activityOfDays(totals),
    mastered: masteredByDay(events, now, PROGRESS_DAYS),
  };
}
export type ProgressData = Awaited<ReturnType<typeof readProgress>>;

/** Share of correct answers over a run of days, as a whole percentage, or null without answers. */
function accuracyOver(days: readonly DayActivity[]): number | null {
  const attempts = days.reduce((sum, day) => sum + day.attempts, 0);
  return attempts === 0 ? null : Math.round((100 * days.reduce((sum, day) => sum + day.correct, 0)) / attempts);
}

/**
 * `<wf-progress-page>`: the current learner's last 30 days as three charts (skills mastered over
 * time, minutes practised per day, accuracy), each with a one-sentence summary and a data table.
 *
 * @property db - the database (the app's by default; tests pass their own).
 */
export class WfProgressPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        font-weight: 600;
      }
    `,
  ];
  static override properties = { db: { attribute: false } };
  declare db: WayfindDb;

  readonly household = new HouseholdController(this);
  readonly progress = currentLearnerQuery(this, this.household, () => this.db, readProgress);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="none-heading">
        <h2 id="none-heading">${msg('No profile yet')}</h2>
        <p>${msg('Your progress shows here once you have a profile and start practising.')}</p>
        <a href="/welcome">${msg('Create a profile')}</a>
      </section>`;
    }
    const data = this.progress.value;
    if (!data || data.learnerId !== learner.id) return html`<p role="status">${msg('Loading your progress…')}</p>`;
    const categories = data.days.map((entry) => formatDate(entry.day, 'day-short'));
    return html`
      <p>${msg('Your last 30 days. Each chart has a summary, and its numbers are one click away.')}</p>
      <section aria-labelledby="mastered-heading">
        <h2 id="mastered-heading">${msg('Skills mastered')}</h2>
        <wf-chart
          label=${msg('Skills mastered, at the end of each day')}
          summary=${this.#masteredSummary(data)}
          .categories=${categories}
          .series=${[{ label: msg('Skills mastered'), values: data.mastered.map((entry) => entry.mastered) }]}
        ></wf-chart>
      </section>
      <section aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">${msg('Minutes practised')}</h2>
        <wf-chart
          kind="bars"
          label=${msg('Minutes practised per day')}
          summary=${this.#minutesSummary(data.days)}
          .categories=${categories}
          .series=${[{ label: msg('Minutes'), values: data.days.map((entry) => shownMinutes(entry.minutes)) }]}
        ></wf-chart>
      </section>
      <section aria-labelledby="accuracy-heading">
        <h2 id="accuracy-heading">${msg('Accuracy')}</h2>
        <wf-chart
          label=${msg('Share of correct answers per day')}
          summary=${this.#accuracySummary(data.days)}
          y-max="100"
          .categories=${categories}
          .series=${[
            {
              label: msg('Correct answers (%)'),
              values: data.days.map((entry) => (entry.accuracy === null ? null : Math.round(entry.accuracy * 100))),
              format: (value: number) => formatPercent(value / 100),
            },
          ]}
        ></wf-chart>
      </section>
      <p><a href="/goals">${msg('See your goals')}</a></p>
    `;
  }

  #masteredSummary(data: ProgressData): string {
    const now = data.mastered.at(-1)?.mastered ?? 0;
    const gained = now - (data.mastered[0]?.mastered ?? 0);
    if (now === 0) return msg('No skills mastered yet. Mastered skills will show here as a rising line.');
    return msg(str`You have ${now} skills mastered, ${gained} more than 30 days ago.`);
  }

  #minutesSummary(days: readonly DayActivity[]): string {
    const totalMinutes = shownMinutes(days.reduce((sum, day) => sum + day.minutes, 0));
    const active = days.filter((day) => day.attempts > 0).length;
    if (active === 0) return msg('No practice in the last 30 days.');
    // Answers of a few seconds in all (a quick placement check) round to no minutes: naming a
    // "best" day then would name the window's first day, with 0 minutes.
    if (totalMinutes === 0) return msg(str`Under a minute of practice on ${active} of the last 30 days.`);
    const total = formatMinutes(totalMinutes);
    const best = days.reduce((top, day) => (day.minutes > top.minutes ? day : top));
    const bestDay = formatDate(best.day, 'day-short');
    const bestMinutes = formatMinutes(shownMinutes(best.minutes));
    return msg(str`About ${total} of practice on ${active} of the last 30 days; the most was ${bestMinutes} on ${bestDay}.`);
  }

  #accuracySummary(days: readonly DayActivity[]): string {
    const recent = accuracyOver(days.slice(-7));
    const before = accuracyOver(days.slice(-14, -7));
    if (recent === null && before === null) return msg('No answers in the last two weeks, so no accuracy to show yet.');
    // In the learner's number format ("50 %" in Spanish); accuracyOver gives whole percents.
    const percent = (value: number) => formatPercent(value / 100);
    if (recent === null) return msg(str`No answers in the last 7 days; the week before, ${percent(before!)} were correct.`);
    if (before === null) return msg(str`In the last 7 days, ${percent(recent)} of your answers were correct.`);
    return msg(str`In the last 7 days, ${percent(recent)} of your answers were correct, against ${percent(before)} the week before.`);
  }
}

customElements.define('wf-progress-page', WfProgressPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-progress-page': WfProgressPage;
  }
}
