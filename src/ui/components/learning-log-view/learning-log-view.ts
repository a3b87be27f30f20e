import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  OFF_SCREEN_KINDS,
  buildLearningLog,
  checkManualEntry,
  learningLogToCsv,
  totalsBySubject,
  type LogActivity,
  type OffScreenKind,
} from '../../../app/records/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { lastDays } from '../../../data/day.ts';
import { attemptsBetween } from '../../../data/attempts.ts';
import type { HistoryAttempt } from '../../../data/learner-history.ts';
import { addLogEntry, deleteLogEntry, listLogEntries, updateLogEntry } from '../../../data/log-entries.ts';
import type { Learner, LogEntry } from '../../../data/records.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { formStyles } from '../coach-lock/coach-lock.styles.ts';
import { recordStyles } from './learning-log-view.styles.ts';
import { activityLabel, csvLabels, problemText } from './log-labels.ts';
import { formatDate, formatMinutes } from '../../../i18n/format.ts';

/** Local midnight at the start of `day`, and the last millisecond of `day`. */
const dayStart = (day: string) => new Date(`${day}T00:00:00`).getTime();
const dayEnd = (day: string) => new Date(`${day}T23:59:59.999`).getTime();

interface LogData {
  learnerId: string;
  attempts: HistoryAttempt[];
  entries: LogEntry[];
}

type DisplayRow = { day: string; subject: string; minutes: number; activity: LogActivity; note: string; entry: LogEntry | null };

/**
 * `<wf-learning-log-view>`: one learner's learning log for a range of days: practice in the app
 * (from their answers) and entries for learning off the screen, by date and subject, with totals
 * per subject. Manual entries can be added, edited and deleted; the log downloads as CSV and
 * prints cleanly (forms and buttons are hidden in print).
 *
 * @property db - the database (defaults to the app's).
 * @property learner - whose log; nothing renders without one.
 * @property subjectOfPack - pack id -> subject name (defaults to the id).
 */
export class WfLearningLogView extends LitElement {
  static override properties = {
    db: { attribute: false },
    learner: { attribute: false },
    subjectOfPack: { attribute: false },
    fromDay: { state: true },
    toDay: { state: true },
    editing: { state: true },
    confirmingDelete: { state: true },
    problems: { state: true },
    status: { state: true },
  };
  static override styles = [controlStyles, formStyles, recordStyles];

  declare db: WayfindDb;
  declare learner: Learner | null;
  declare subjectOfPack: (packId: string) => string;
  declare fromDay: string;
  declare toDay: string;
  /** The entry being edited, or null for a new one. */
  declare editing: LogEntry | null;
  declare confirmingDelete: string | null;
  declare problems: string[];
  declare status: string;
  #formRound = 0;

  readonly #data = new LiveQueryController<LogData | null>(
    this,
    async () => {
      const learner = this.learner;
      if (!learner) return null;
      const [attempts, entries] = await Promise.all([
        attemptsBetween(this.db, learner.id, dayStart(this.fromDay), dayEnd(this.toDay)),
        listLogEntries(this.db, learner.id, this.fromDay, this.toDay),
      ]);
      return { learnerId: learner.id, attempts, entries };
    },
    () => [this.db, this.learner?.id, this.fromDay, this.toDay],
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.learner = null;
    this.subjectOfPack = (packId) => packId;
    const days = lastDays(Date.now(), 30);
    this.fromDay = days[0];
    this.toDay = days[days.length - 1];
    this.editing = null;
    this.confirmingDelete = null;
    this.problems = [];
    this.status = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another learner: nothing typed, confirmed or reported for the previous one carries over.
    const previous = changed.get('learner') as Learner | null | undefined;
    if (changed.has('learner') && previous?.id !== this.learner?.id) {
      this.editing = null;
      this.confirmingDelete = null;
      this.problems = [];
      this.status = '';
      this.#formRound += 1;
    }
  }

  protected override render() {
    const learner = this.learner;
    if (!learner) return nothing;
    // A result for another learner (just switched) is never shown, not even for one frame.
    const data = this.#data.value?.learnerId === learner.id ? this.#data.value : null;
    return html`
      <form class="no-print range" @change=${this.#onRange} @submit=${(event: Event) => event.preventDefault()}>
        <div class="row">
          <label>${msg('From')}<input type="date" name="from" .value=${this.fromDay} /></label>
          <label>${msg('To')}<input type="date" name="to" .value=${this.toDay} /></label>
        </div>
      </form>
      ${this.#data.error ? html`<p class="error" role="alert">${msg('The learning log could not be read.')}</p>` : nothing}
      ${data ? this.#renderLog(learner, data) : html`<p role="status">${msg('Loading…')}</p>`}
      <p role="status" class="no-print">${this.status}</p>
      ${this.#renderForm()}
    `;
  }

  #rows(data: LogData): DisplayRow[] {
    const practice = buildLearningLog({ attempts: data.attempts, manualEntries: [], subjectOfPack: this.subjectOfPack }).map((row) => ({ ...row, entry: null }));
    const manual = data.entries.map((entry) => ({ day: entry.day, subject: entry.subject, minutes: entry.minutes, activity: entry.kind, note: entry.note, entry }));
    const order = (row: DisplayRow) => (row.activity === 'practice' ? 0 : 1);
    return [...practice, ...manual].sort(
      (left, right) =>
        (left.day < right.day ? -1 : left.day > right.day ? 1 : 0) ||
        (left.subject < right.subject ? -1 : left.subject > right.subject ? 1 : 0) ||
        order(left) - order(right) ||
        (left.entry?.createdAt ?? 0) - (right.entry?.createdAt ?? 0),
    );
  }

  #renderLog(learner: Learner, data: LogData) {
    const rows = this.#rows(data);
    const totals = totalsBySubject(rows);
    const total = rows.reduce((sum, row) => sum + row.minutes, 0);
    return html`
      <p>${msg(str`${learner.displayName}: ${formatMinutes(total)} of learning from ${formatDate(this.fromDay)} to ${formatDate(this.toDay)}.`)}</p>
      <div class="row no-print">
        <button type="button" @click=${() => this.#download(learner, data)} ?disabled=${rows.length === 0}>${msg('Download CSV')}</button>
        <button type="button" @click=${() => window.print()}>${msg('Print the log')}</button>
      </div>
      ${rows.length === 0
        ? html`<p>${msg('Nothing logged in these days yet.')}</p>`
        : html`<div class="wrap"><table class="log">
            <caption>${msg('Learning log')}</caption>
            <thead><tr>
              <th scope="col">${msg('Date')}</th><th scope="col">${msg('Subject')}</th><th scope="col" class="number">${msg('Minutes')}</th>
              <th scope="col">${msg('Activity')}</th><th scope="col">${msg('Note')}</th><th scope="col" class="no-print">${msg('Actions')}</th>
            </tr></thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr data-activity=${row.activity}>
                  <td>${formatDate(row.day)}</td><td>${row.subject}</td><td class="number">${row.minutes}</td>
                  <td>${activityLabel(row.activity)}</td><td class="note">${row.note}</td>
                  <td class="no-print">${row.entry ? this.#renderRowActions(row.entry) : nothing}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>
          <div class="wrap"><table class="totals">
            <caption>${msg('Minutes by subject')}</caption>
            <thead><tr><th scope="col">${msg('Subject')}</th><th scope="col" class="number">${msg('Minutes')}</th></tr></thead>
            <tbody>${totals.map((entry) => html`<tr><th scope="row">${entry.subject}</th><td class="number">${entry.minutes}</td></tr>`)}</tbody>
          </table></div>`}
    `;
  }

  #renderRowActions(entry: LogEntry) {
    if (this.confirmingDelete === entry.id) {
      return html`<div class="actions" role="group" aria-label=${msg('Delete this entry?')}>
        <button type="button" class="danger" @click=${() => this.#delete(entry)}>${msg('Yes, delete')}</button>
        <button type="button" @click=${() => (this.confirmingDelete = null)}>${msg('Keep')}</button>
      </div>`;
    }
    return html`<div class="actions">
      <button type="button" @click=${() => this.#edit(entry)}>${msg(str`Edit ${entry.subject} on ${formatDate(entry.day)}`)}</button>
      <button type="button" @click=${() => (this.confirmingDelete = entry.id)}>${msg(str`Delete ${entry.subject} on ${formatDate(entry.day)}`)}</button>
    </div>`;
  }

  #renderForm() {
    const entry = this.editing;
    const today = lastDays(Date.now(), 1)[0];
    // Keyed: a saved entry or a switch between entries starts a fresh form with its defaults.
    return keyed(`${this.#formRound}-${entry?.id ?? 'new'}`, html`<form class="entry" @submit=${this.#save} novalidate aria-labelledby="entry-heading">
      <h3 id="entry-heading">${entry ? msg('Edit an entry') : msg('Add learning off the screen')}</h3>
      <label>${msg('Date')}<input type="date" name="day" required .value=${entry?.day ?? today} /></label>
      <label>${msg('Minutes')}<input type="number" name="minutes" min="1" max="1440" step="1" required .value=${entry ? String(entry.minutes) : ''} /></label>
      <label>${msg('Subject')}<input type="text" name="subject" maxlength="80" required autocomplete="off" .value=${entry?.subject ?? ''} /></label>
      <label>${msg('Kind of learning')}
        <select name="kind">
          ${OFF_SCREEN_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === (entry?.kind ?? 'book')}>${activityLabel(kind)}</option>`)}
        </select>
      </label>
      <label>${msg('Note (optional)')}<textarea name="note" maxlength="2000" .value=${entry?.note ?? ''}></textarea></label>
      ${this.problems.length > 0
        ? html`<div class="error" role="alert"><ul>${this.problems.map((problem) => html`<li>${problem}</li>`)}</ul></div>`
        : nothing}
      <div class="row">
        <button class="primary" type="submit">${entry ? msg('Save entry') : msg('Add entry')}</button>
        ${entry ? html`<button type="button" @click=${this.#cancelEdit}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`);
  }

  readonly #onRange = (event: Event) => {
    const form = event.currentTarget as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (from && to && from <= to) {
      this.fromDay = from;
      this.toDay = to;
    }
  };

  async #edit(entry: LogEntry): Promise<void> {
    this.editing = entry;
    this.problems = [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('form.entry input[name=day]')?.focus();
  }

  readonly #cancelEdit = () => {
    this.editing = null;
    this.problems = [];
  };

  readonly #save = async (event: SubmitEvent) => {
    event.preventDefault();
    const learner = this.learner;
    if (!learner) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const minutesText = String(data.get('minutes') ?? '').trim();
    const fields = {
      day: String(data.get('day') ?? ''),
      minutes: /^\d+$/.test(minutesText) ? Number(minutesText) : Number.NaN,
      subject: String(data.get('subject') ?? '').trim(),
      kind: String(data.get('kind') ?? '') as OffScreenKind,
      note: String(data.get('note') ?? ''),
    };
    const problems = checkManualEntry(fields);
    if (problems.length > 0) {
      this.problems = problems.map(problemText);
      return;
    }
    try {
      if (this.editing) {
        const saved = await updateLogEntry(this.db, learner.id, this.editing.id, fields);
        this.status = saved ? msg('Entry saved.') : msg('That entry no longer exists. Nothing was changed.');
      } else {
        await addLogEntry(this.db, { learnerId: learner.id, ...fields });
        this.status = msg(str`Added ${formatMinutes(fields.minutes)} of ${fields.subject} on ${formatDate(fields.day)}.`);
      }
      this.problems = [];
      this.editing = null;
      // The next render writes the empty (or next) values into the fields ( bindings).
      for (const name of ['minutes', 'subject', 'note']) (form.elements.namedItem(name) as HTMLInputElement).value = '';
    } catch {
      this.problems = [msg('The entry could not be saved. Nothing was changed; try again.')];
    }
  };

  async #delete(entry: LogEntry): Promise<void> {
    const learner = this.learner;
    if (!learner) return;
    this.confirmingDelete = null;
    try {
      const deleted = await deleteLogEntry(this.db, learner.id, entry.id);
      this.status = deleted ? msg('Entry deleted.') : msg('That entry no longer exists.');
      if (this.editing?.id === entry.id) this.editing = null;
    } catch {
      this.status = msg('The entry could not be deleted. Try again.');
    }
  }

  #download(learner: Learner, data: LogData): void {
    const rows = buildLearningLog({ attempts: data.attempts, manualEntries: data.entries, subjectOfPack: this.subjectOfPack });
    // The byte-order mark lets Excel read the accents and emoji in notes as UTF-8.
    const blob = new Blob([learningLogToCsv(rows, { bom: true, labels: csvLabels() })], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    const safeName = learner.displayName.replace(/[^\p{L}\p{N}_-]+/gu, '-');
    link.download = `wayfind-log-${safeName}-${this.fromDay}-to-${this.toDay}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

customElements.define('wf-learning-log-view', WfLearningLogView);

declare global {
  interface HTMLElementTagNameMap {
    'wf-learning-log-view': WfLearningLogView;
  }
}
