import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../../i18n/localization.ts';
import {
  EMPTY_DIRECTORY,
  MAX_INACTIVE_DAYS,
  MIN_INACTIVE_DAYS,
  dbSettingsStore,
  loadCoachReport,
  loadPackDirectory,
  saveInactiveDays,
  type CoachReport,
  type PackDirectory,
} from '../../app/coach/index.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import type { Learner } from '../../data/records.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { LiveQueryController } from '../controllers/live-query-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { formStyles } from '../components/coach-lock/coach-lock.styles.ts';
import '../components/coach-lock/coach-lock.ts';
import '../components/goal-editor/goal-editor.ts';
import '../components/household-overview/household-overview.ts';
import '../components/learner-manager/learner-manager.ts';
import '../components/risk-alert-list/risk-alert-list.ts';
import type { ActForLearnerDetail } from '../components/risk-alert-list/risk-alert-list.ts';

/**
 * `<wf-coach-page>` (/coach): behind the coach PIN (wf-coach-lock), the coach's household view:
 * who practised today and this week and how their goals stand, at-risk alerts with what to do,
 * the inactivity threshold, managing learners, and setting goals for a learner.
 *
 * Coach mode lives in HouseholdService (memory only): leaving it, reloading or closing the tab
 * locks it again.
 *
 * @property db - the database (defaults to the app's; tests pass their own).
 */
export class WfCoachPage extends LitElement {
  static override properties = {
    db: { attribute: false },
    directory: { state: true },
    goalLearnerId: { state: true },
    settingsMessage: { state: true },
    goalMessage: { state: true },
    settingsProblem: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    formStyles,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
      }
      form.inline {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        max-width: none;
      }
      input[type='number'] {
        width: 6rem;
      }
    `,
  ];

  declare db: WayfindDb;
  declare directory: PackDirectory;
  declare goalLearnerId: string;
  declare settingsMessage: string;
  declare goalMessage: string;
  declare settingsProblem: string;

  readonly household = new HouseholdController(this);
  readonly #report = new LiveQueryController<(CoachReport & { inactiveDays: number }) | null>(
    this,
    () => (this.#inCoachMode() ? loadCoachReport(this.db, this.household.snapshot.learners, Date.now(), this.directory) : null),
    () => [this.db, this.household.snapshot.learners, this.household.snapshot.coachMode, this.directory],
  );

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.directory = EMPTY_DIRECTORY;
    this.goalLearnerId = '';
    this.settingsMessage = '';
    this.settingsProblem = '';
    this.goalMessage = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Skill names make alerts readable; ids stand in until (or unless) the packs load.
    void loadPackDirectory(this.db, getLocale()).then((directory) => (this.directory = directory));
  }

  #inCoachMode(): boolean {
    return this.household.snapshot.coachMode;
  }

  protected override render() {
    const { loaded, coachMode } = this.household.snapshot;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!coachMode) {
      return html`<section><wf-coach-lock .db=${this.db} @wf-coach-unlocked=${this.#onUnlocked}></wf-coach-lock></section>`;
    }
    return html`
      <section class="bar" aria-labelledby="coach-on">
        <h2 id="coach-on">${msg('Coach mode is on')}</h2>
        <button type="button" @click=${this.#leave}>${msg('Leave coach mode')}</button>
      </section>
      ${this.#renderReport()}
      <section aria-labelledby="learners-heading">
        <h2 id="learners-heading">${msg('Learners')}</h2>
        <wf-learner-manager .service=${this.household.service} .db=${this.db} .learners=${this.household.snapshot.learners}></wf-learner-manager>
      </section>
      ${this.#renderGoals(this.household.snapshot.learners)}
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">${msg('Records')}</h2>
        <p>${msg('The learning log and term reports are kept per learner.')} <a href="/records">${msg('Open records for the current learner')}</a></p>
      </section>
    `;
  }

  #renderReport() {
    const report = this.#report.value;
    if (this.#report.error) return html`<section><p class="error" role="alert">${msg('The household overview could not be read.')}</p></section>`;
    if (!report) return html`<section><p role="status">${msg('Loading…')}</p></section>`;
    return html`
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">${msg('Household overview')}</h2>
        <wf-household-overview .overview=${report.overview} .goalTitles=${report.goalTitles}></wf-household-overview>
      </section>
      <section aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">${msg('Needs a hand')}</h2>
        <wf-risk-alert-list .alerts=${report.alerts} .skillName=${this.directory.skillName} @wf-act-for-learner=${this.#actForLearner}></wf-risk-alert-list>
        <form class="inline" @submit=${this.#saveThreshold} novalidate>
          <label>${msg('Alert when a learner has not practised for this many days')}
            <input name="inactiveDays" type="number" min=${MIN_INACTIVE_DAYS} max=${MAX_INACTIVE_DAYS} step="1" .value=${String(report.inactiveDays)} />
          </label>
          <button type="submit">${msg('Save')}</button>
        </form>
        <p role="status">${this.settingsMessage}</p>
        ${this.settingsProblem ? html`<p class="error" role="alert">${this.settingsProblem}</p>` : nothing}
      </section>
    `;
  }

  #renderGoals(learners: readonly Learner[]) {
    if (learners.length === 0) return nothing;
    const chosen = learners.find((learner) => learner.id === this.goalLearnerId) ?? learners[0];
    return html`<section aria-labelledby="goals-heading">
      <h2 id="goals-heading">${msg('Set goals for a learner')}</h2>
      <label>${msg('Learner')}
        <select
          @change=${(event: Event) => {
            this.goalLearnerId = (event.target as HTMLSelectElement).value;
            this.goalMessage = '';
          }}
        >
          ${learners.map((learner) => html`<option value=${learner.id} ?selected=${learner.id === chosen.id}>${learner.displayName}</option>`)}
        </select>
      </label>
      <wf-goal-editor .db=${this.db} learner-id=${chosen.id} set-by="coach" @wf-goal-saved=${() => (this.goalMessage = msg(str`Goal saved for ${chosen.displayName}.`))}></wf-goal-editor>
      <p role="status">${this.goalMessage}</p>
      <p>
        <a href="/goals" @click=${(event: MouseEvent) => this.#goAs(event, chosen.id, '/goals')}>${msg(str`Open ${chosen.displayName}'s goals`)}</a>
      </p>
    </section>`;
  }

  readonly #onUnlocked = () => {
    this.household.service?.enterCoachMode();
  };

  readonly #leave = () => {
    this.household.service?.leaveCoachMode();
  };

  readonly #actForLearner = (event: CustomEvent<ActForLearnerDetail>) => {
    void this.#switchAndGo(event.detail.learnerId, event.detail.href);
  };

  #goAs(event: MouseEvent, learnerId: string, href: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void this.#switchAndGo(learnerId, href);
  }

  /** Every page shows the current learner, so switch to the learner first, then go. */
  async #switchAndGo(learnerId: string, href: string): Promise<void> {
    await this.household.service?.select(learnerId);
    history.pushState({}, '', href);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }

  readonly #saveThreshold = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('inactiveDays') as HTMLInputElement;
    const days = Number(input.value);
    this.settingsMessage = '';
    this.settingsProblem = '';
    try {
      if (await saveInactiveDays(dbSettingsStore(this.db), days)) {
        this.settingsMessage = msg(str`Saved: an alert after ${days} days without practice.`);
      } else {
        this.settingsProblem = msg(str`Enter a whole number of days from ${MIN_INACTIVE_DAYS} to ${MAX_INACTIVE_DAYS}. Nothing was changed.`);
      }
    } catch {
      this.settingsProblem = msg('The setting could not be saved. Try again.');
    }
  };
}

customElements.define('wf-coach-page', WfCoachPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-coach-page': WfCoachPage;
  }
}
