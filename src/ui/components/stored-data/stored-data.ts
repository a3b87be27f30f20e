import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { deleteEverything, deleteLearner, storedCounts, type StoredCounts } from '../../../data/privacy.ts';
import { HOUSEHOLD_TABLES, LEARNER_TABLES } from '../../../data/schema.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from './panel.styles.ts';
import { tableLabel } from './table-labels.ts';

type Pending = { kind: 'learner'; learnerId: string; name: string } | { kind: 'everything' };

export interface DataDeletedDetail {
  /** The deleted learner, or null when everything was deleted. */
  learnerId: string | null;
}

/**
 * `<wf-stored-data>`: "What's stored": how many records of each kind this device keeps for each
 * learner and for the household, with "Delete learner" and "Delete everything". Each delete asks
 * for confirmation first and then happens in one transaction. The counts stay live (other tabs
 * included).
 *
 * @property db - the database to show (defaults to the app's).
 * @fires wf-data-deleted - CustomEvent<DataDeletedDetail> after a learner or everything was deleted.
 */
export class WfStoredData extends LitElement {
  static override properties = {
    db: { attribute: false },
    pending: { state: true },
    status: { state: true },
    failure: { state: true },
  };
  static override styles = [controlStyles, panelStyles];

  declare db: WayfindDb;
  declare pending: Pending | null;
  declare status: string;
  declare failure: string;

  readonly #counts = new LiveQueryController<StoredCounts>(this, () => storedCounts(this.db), () => [this.db]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.pending = null;
    this.status = '';
    this.failure = '';
  }

  protected override render() {
    const counts = this.#counts.value;
    return html`<section aria-labelledby="stored-heading">
      <h2 id="stored-heading">${msg("What's stored")}</h2>
      <p>${msg('Everything below is kept only in this browser on this device. Nothing is sent anywhere.')}</p>
      ${this.#counts.error ? html`<p class="error" role="alert">${msg('The stored data could not be read.')}</p>` : nothing}
      ${counts ? this.#renderCounts(counts) : html`<p>${msg('Counting…')}</p>`}
      ${this.pending ? this.#renderConfirmation(this.pending) : nothing}
      <p role="status">${this.status}</p>
      ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
    </section>`;
  }

  #renderCounts(counts: StoredCounts) {
    return html`<table>
        <caption class="visually-hidden">${msg('Records per learner')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Kind of record')}</th>
            ${counts.learners.map((learner) => html`<th scope="col">${learner.displayName}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${LEARNER_TABLES.map(
            (table) => html`<tr>
              <th scope="row">${tableLabel(table)}</th>
              ${counts.learners.map((learner) => html`<td class="count">${learner.counts[table]}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
      <h3>${msg('Shared by the household')}</h3>
      <ul>
        ${HOUSEHOLD_TABLES.map((table) => html`<li>${tableLabel(table)}: ${counts.household[table]}</li>`)}
      </ul>
      <div class="row">
        ${counts.learners.map(
          (learner) => html`<button type="button" class="danger" @click=${() => this.#ask({ kind: 'learner', learnerId: learner.learnerId, name: learner.displayName })}>
            ${msg(str`Delete ${learner.displayName}…`)}
          </button>`,
        )}
        <button type="button" class="danger" @click=${() => this.#ask({ kind: 'everything' })}>${msg('Delete everything…')}</button>
      </div>`;
  }

  #renderConfirmation(pending: Pending) {
    const question =
      pending.kind === 'learner'
        ? msg(str`Delete ${pending.name} and all of their answers, progress, goals, journal, projects and badges from this device?`)
        : msg('Delete every learner and all Wayfind data from this device, including settings and badge keys?');
    const confirmLabel = pending.kind === 'learner' ? msg(str`Yes, delete ${pending.name}`) : msg('Yes, delete everything');
    return html`<div class="confirm" role="group" aria-labelledby="confirm-question">
      <p id="confirm-question" tabindex="-1"><strong>${question}</strong></p>
      <p>${msg('This cannot be undone. Make a backup first if you might need this data again.')}</p>
      <div class="row">
        <button type="button" class="danger" @click=${() => this.#delete(pending)}>${confirmLabel}</button>
        <button type="button" @click=${this.#cancel}>${msg('Cancel')}</button>
      </div>
    </div>`;
  }

  async #ask(pending: Pending): Promise<void> {
    this.pending = pending;
    this.status = '';
    this.failure = '';
    await this.updateComplete;
    // Move focus to the question so keyboard and screen-reader users meet it next.
    this.renderRoot.querySelector<HTMLElement>('#confirm-question')?.focus();
  }

  readonly #cancel = () => {
    this.pending = null;
  };

  async #delete(pending: Pending): Promise<void> {
    try {
      if (pending.kind === 'learner') {
        await deleteLearner(this.db, pending.learnerId);
        this.status = msg(str`${pending.name} and all of their data were deleted.`);
      } else {
        await deleteEverything(this.db);
        this.status = msg('All Wayfind data was deleted from this device.');
      }
      this.pending = null;
      const detail: DataDeletedDetail = { learnerId: pending.kind === 'learner' ? pending.learnerId : null };
      this.dispatchEvent(new CustomEvent<DataDeletedDetail>('wf-data-deleted', { detail, bubbles: true, composed: true }));
    } catch {
      this.failure = msg('Nothing was deleted: the browser refused the change. Try again, or reload Wayfind.');
    }
  }
}

customElements.define('wf-stored-data', WfStoredData);

declare global {
  interface HTMLElementTagNameMap {
    'wf-stored-data': WfStoredData;
  }
  interface HTMLElementEventMap {
    'wf-data-deleted': CustomEvent<DataDeletedDetail>;
  }
}
