import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { snapshotOf } from '../../../app/goals/index.ts';
import { buildLearningLog } from '../../../app/records/index.ts';
import { buildTermReport, checkTerm, type Term, type TermCourse, type TermProblem, type TermReport } from '../../../app/records/index.ts';
import { listCredentials } from '../../../data/credentials.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { lastDays } from '../../../data/day.ts';
import { listJournalEntries } from '../../../data/journal.ts';
import { attemptsBetween } from '../../../data/attempts.ts';
import { masteryDates } from '../../../data/learner-history.ts';
import { listLogEntries } from '../../../data/log-entries.ts';
import type { Learner } from '../../../data/records.ts';
import { listSkillStates } from '../../../data/skill-states.ts';
import { sessionIdsOfKind } from '../../../data/sessions.ts';
import { masteryLabel } from '../mastery-badge/mastery-level.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { formStyles } from '../coach-lock/coach-lock.styles.ts';
import { activityLabel } from '../learning-log-view/log-labels.ts';
import { recordStyles } from '../learning-log-view/learning-log-view.styles.ts';
import { formatDate, formatMinutes } from '../../../i18n/format.ts';

function termProblemText(problem: TermProblem): string {
  switch (problem) {
    case 'no-label':
      return msg('Give the term a name, such as "Autumn 2026".');
    case 'bad-from-day':
      return msg('Enter the first day of the term.');
    case 'bad-to-day':
      return msg('Enter the last day of the term.');
    case 'ends-before-start':
      return msg('The term ends before it starts.');
  }
}

const ratingText = (rating: number | null) => (rating === null ? '–' : `${rating}/5`);

/**
 * `<wf-term-report-view>`: a learner's printable progress report for a term: skills mastered,
 * learning time by subject, credentials earned, and the journal entries the learner chose to
 * share with their coach (never the others). Each part starts on a clean print block; the term
 * form and buttons do not print.
 *
 * @property db - the database (defaults to the app's).
 * @property learner - whose report; nothing renders without one.
 * @property skillName - skill id -> name (defaults to the id).
 * @property subjectOfPack - pack id -> subject (defaults to the id).
 */
export class WfTermReportView extends LitElement {
  static override properties = {
    db: { attribute: false },
    learner: { attribute: false },
    skillName: { attribute: false },
    subjectOfPack: { attribute: false },
    term: { state: true },
    problems: { state: true },
  };
  static override styles = [
    controlStyles,
    formStyles,
    recordStyles,
    css`
      article.report > header h2 {
        margin-bottom: 0.25rem;
      }
      article.report section {
        margin: 1rem 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content auto;
        gap: 0.25rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      blockquote {
        margin: 0.25rem 0 0.75rem;
        padding-left: 0.75rem;
        border-left: 3px solid var(--wf-border);
        white-space: pre-wrap;
      }
      @media print {
        article.report section {
          break-inside: avoid-page;
        }
        article.report section.journal {
          break-inside: auto;
        }
        article.report > header {
          border-bottom: 2px solid #000;
          margin-bottom: 1rem;
        }
      }
    `,
  ];

  declare db: WayfindDb;
  declare learner: Learner | null;
  declare skillName: (skillId: string) => string;
  declare subjectOfPack: (packId: string) => string;
  declare term: Term;
  declare problems: string[];

  readonly #report = new LiveQueryController<TermReport | null>(
    this,
    async () => {
      const learner = this.learner;
      if (!learner || checkTerm(this.term).length > 0) return null;
      const { fromDay, toDay } = this.term;
      const fromMs = new Date(`${fromDay}T00:00:00`).getTime();
      const toMs = new Date(`${toDay}T23:59:59.999`).getTime();
      const [attempts, entries, states, mastered, credentials, journal, placements] = await Promise.all([
        attemptsBetween(this.db, learner.id, fromMs, toMs),
        listLogEntries(this.db, learner.id, fromDay, toDay),
        listSkillStates(this.db, learner.id),
        masteryDates(this.db, learner.id),
        listCredentials(this.db, learner.id),
        listJournalEntries(this.db, learner.id),
        sessionIdsOfKind(this.db, learner.id, 'placement', fromMs, toMs),
      ]);
      // A skill event dates mastery exactly; without one, the state's last update stands in.
      const skills = states.map((state) => {
        const snapshot = snapshotOf(state);
        return snapshot.masteryLevel === 'mastered' ? { ...snapshot, masteredAt: mastered.get(state.skillId) ?? snapshot.masteredAt } : snapshot;
      });
      return buildTermReport({
        learner,
        term: this.term,
        skills,
        skillStates: states.map((state) => ({ skillId: state.skillId, packId: state.packId, masteryLevel: state.masteryLevel, evidenceAttempts: state.evidence.attempts })),
        answers: attempts.map((attempt) => ({ skillId: attempt.skillId, packId: attempt.packId, answeredAt: attempt.answeredAt, placement: attempt.sessionId !== null && placements.has(attempt.sessionId) })),
        names: { course: this.subjectOfPack, skill: this.skillName },
        log: buildLearningLog({ attempts, manualEntries: entries, subjectOfPack: this.subjectOfPack }),
        credentials,
        journal: journal.map((entry) => ({ ...entry, sharedInReports: entry.sharedWithCoach })),
      });
    },
    () => [this.db, this.learner?.id, this.term],
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.learner = null;
    this.skillName = (id) => id;
    this.subjectOfPack = (id) => id;
    const days = lastDays(Date.now(), 90);
    this.term = { label: msg('This term'), fromDay: days[0], toDay: days[days.length - 1] };
    this.problems = [];
  }

  protected override render() {
    const learner = this.learner;
    if (!learner) return nothing;
    const report = this.#report.value?.learnerId === learner.id ? this.#report.value : null;
    return html`
      <form class="no-print" @submit=${this.#setTerm} novalidate aria-label=${msg('Term')}>
        <label>${msg('Term name')}<input type="text" name="label" maxlength="60" .value=${this.term.label} /></label>
        <div class="row">
          <label>${msg('First day')}<input type="date" name="fromDay" .value=${this.term.fromDay} /></label>
          <label>${msg('Last day')}<input type="date" name="toDay" .value=${this.term.toDay} /></label>
        </div>
        ${this.problems.length > 0 ? html`<div class="error" role="alert"><ul>${this.problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>` : nothing}
        <div class="row">
          <button type="submit">${msg('Show report')}</button>
          <button type="button" class="primary" @click=${() => window.print()}>${msg('Print the report')}</button>
        </div>
      </form>
      ${this.#report.error ? html`<p class="error" role="alert">${msg('The report could not be read.')}</p>` : nothing}
      ${report ? this.#renderReport(report) : html`<p role="status">${msg('Loading…')}</p>`}
    `;
  }

  #renderCourse(course: TermCourse, masteredOn: ReadonlyMap<string, string>) {
    const headingId = `course-${course.packId}`;
    // In a .wrap (records styles) so four columns scroll inside the report on a phone, not the page.
    return html`<h4 id=${headingId}>${this.subjectOfPack(course.packId)}</h4>
      <div class="wrap"><table aria-labelledby=${headingId}>
        <thead><tr><th scope="col">${msg('Skill')}</th><th scope="col">${msg('Level')}</th><th scope="col">${msg('How we know')}</th><th scope="col">${msg('Mastered on')}</th></tr></thead>
        <tbody>${course.skills.map((skill) => {
          const day = masteredOn.get(skill.skillId);
          return html`<tr>
            <td>${this.skillName(skill.skillId)}</td>
            <td>${masteryLabel(skill.level)}</td>
            <td>${skill.source === 'practised' ? msg('Practised') : msg('From placement')}</td>
            <td>${day ? formatDate(day) : '–'}</td>
          </tr>`;
        })}</tbody>
      </table></div>`;
  }

  #renderReport(report: TermReport) {
    const { time } = report;
    const masteredOn = new Map(report.skillsMastered.map((skill) => [skill.skillId, skill.day]));
    return html`<article class="report" aria-labelledby="report-title">
      <header>
        <h2 id="report-title">${msg(str`Progress report: ${report.displayName}`)}</h2>
        <p>${msg(str`${report.term.label}, ${formatDate(report.term.fromDay)} to ${formatDate(report.term.toDay)}`)}</p>
      </header>
      <section class="skills" aria-labelledby="skills-heading">
        <h3 id="skills-heading">${msg('Skills practised or placed')}</h3>
        ${report.courses.length === 0
          ? html`<p>${msg('No skills were practised or placed in this term.')}</p>`
          : report.courses.map((course) => this.#renderCourse(course, masteredOn))}
        <p class="note">${msg('"Practised": the level rests on answers in practice or review. "From placement": set by the placement check, not yet confirmed by practice.')}</p>
      </section>
      <section class="time" aria-labelledby="time-heading">
        <h3 id="time-heading">${msg('Learning time')}</h3>
        <dl>
          <dt>${msg('Total')}</dt><dd>${formatMinutes(time.totalMinutes)}</dd>
          <dt>${msg('Days with learning')}</dt><dd>${time.activeDays}</dd>
          <dt>${activityLabel('practice')}</dt><dd>${formatMinutes(time.practiceMinutes)}</dd>
          <dt>${msg('Off the screen')}</dt><dd>${formatMinutes(time.offScreenMinutes)}</dd>
        </dl>
        ${time.bySubject.length === 0
          ? nothing
          : html`<table><thead><tr><th scope="col">${msg('Subject')}</th><th scope="col" class="number">${msg('Minutes')}</th></tr></thead>
              <tbody>${time.bySubject.map((entry) => html`<tr><td>${entry.subject}</td><td class="number">${entry.minutes}</td></tr>`)}</tbody></table>`}
      </section>
      <section class="credentials" aria-labelledby="credentials-heading">
        <h3 id="credentials-heading">${msg('Credentials earned')}</h3>
        ${report.credentials.length === 0
          ? html`<p>${msg('No credentials were earned in this term.')}</p>`
          : html`<ul>${report.credentials.map((credential) => html`<li>${credential.achievementName} (${formatDate(credential.day)})</li>`)}</ul>`}
      </section>
      <section class="journal" aria-labelledby="journal-heading">
        <h3 id="journal-heading">${msg('Journal entries shared by the learner')}</h3>
        ${report.journal.length === 0
          ? html`<p>${msg('No journal entries were shared for this term.')}</p>`
          : report.journal.map(
              (entry) => html`<div class="entry">
                <p><strong>${formatDate(entry.day)}</strong> · ${msg(str`mood ${ratingText(entry.mood)}, confidence ${ratingText(entry.confidence)}`)}</p>
                <blockquote>${entry.text}</blockquote>
              </div>`,
            )}
      </section>
    </article>`;
  }

  readonly #setTerm = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const term: Term = {
      label: String(data.get('label') ?? '').trim(),
      fromDay: String(data.get('fromDay') ?? ''),
      toDay: String(data.get('toDay') ?? ''),
    };
    const problems = checkTerm(term);
    this.problems = problems.map(termProblemText);
    if (problems.length === 0) this.term = term;
  };
}

customElements.define('wf-term-report-view', WfTermReportView);

declare global {
  interface HTMLElementTagNameMap {
    'wf-term-report-view': WfTermReportView;
  }
}
