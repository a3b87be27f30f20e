import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { EMPTY_DIRECTORY, loadPackDirectory, type PackDirectory } from '../../app/coach/index.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/learning-log-view/learning-log-view.ts';
import '../components/term-report-view/term-report-view.ts';

type RecordsView = 'log' | 'report';

/**
 * `<wf-records-page>` (/records): the current learner's homeschool records: the learning log
 * (practice in the app and learning off the screen, by date and subject; CSV and print) and a
 * printable progress report for a term. `?view=report` opens the report.
 *
 * @property db - the database (defaults to the app's; tests pass their own).
 */
export class WfRecordsPage extends LitElement {
  static override properties = {
    db: { attribute: false },
    view: { state: true },
    directory: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
      .views button[aria-pressed='true'] {
        background: var(--wf-accent);
        border-color: var(--wf-accent);
        color: var(--wf-accent-text);
        font-weight: 600;
      }
      @media print {
        .views,
        .no-print {
          display: none !important;
        }
        section {
          border: none;
          padding: 0;
          margin: 0;
          background: none;
        }
      }
    `,
  ];

  declare db: WayfindDb;
  declare view: RecordsView;
  declare directory: PackDirectory;
  readonly household = new HouseholdController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.view = new URLSearchParams(location.search).get('view') === 'report' ? 'report' : 'log';
    this.directory = EMPTY_DIRECTORY;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadPackDirectory(this.db, getLocale()).then((directory) => (this.directory = directory));
  }

  protected override render() {
    const { loaded, current } = this.household.snapshot;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!current) {
      return html`<section>
        <h2>${msg('No learner yet')}</h2>
        <p>${msg('Records are kept for each learner.')} <a href="/welcome">${msg('Add a learner')}</a></p>
      </section>`;
    }
    return html`
      <div class="views" role="group" aria-label=${msg('Records')}>
        <button type="button" aria-pressed=${this.view === 'log' ? 'true' : 'false'} @click=${() => this.#show('log')}>${msg('Learning log')}</button>
        <button type="button" aria-pressed=${this.view === 'report' ? 'true' : 'false'} @click=${() => this.#show('report')}>${msg('Term report')}</button>
      </div>
      ${this.view === 'log'
        ? html`<section aria-labelledby="log-heading">
            <h2 id="log-heading">${msg(str`Learning log: ${current.displayName}`)}</h2>
            <wf-learning-log-view .db=${this.db} .learner=${current} .subjectOfPack=${this.directory.subjectOfPack}></wf-learning-log-view>
          </section>`
        : html`<section>
            <wf-term-report-view
              .db=${this.db}
              .learner=${current}
              .skillName=${this.directory.skillName}
              .subjectOfPack=${this.directory.subjectOfPack}
            ></wf-term-report-view>
          </section>`}
    `;
  }

  #show(view: RecordsView): void {
    this.view = view;
    // Keep the choice in the address, so reload and "back" return to it.
    const url = new URL(location.href);
    if (view === 'report') url.searchParams.set('view', 'report');
    else url.searchParams.delete('view');
    history.replaceState(history.state, '', url);
  }
}

customElements.define('wf-records-page', WfRecordsPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-records-page': WfRecordsPage;
  }
}
