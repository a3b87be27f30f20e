import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { fetchBuiltInPack, listLibrary, readCatalog, type CatalogEntry, type LibraryEntry } from '../../../app/library/index.ts';
import type { ModelStatus } from '../../../app/practice/knowledge-model.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { listPackModels, listTrainedPackIds } from '../../../data/pack-models.ts';
import type { PackModel } from '../../../data/records.ts';
import type { TrainProgress } from '../../../ml/bridge.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { LiveQueryController } from '../../controllers/live-query-controller.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';
import { modelPanelStyles } from './model-panel.styles.ts';
import { formatDate } from '../../../i18n/format.ts';

export type TrainPack = (packId: string, options: { onProgress: (progress: TrainProgress) => void; signal: AbortSignal }) => Promise<{ dktAuc: number } | { cancelled: true }>;

interface PanelData {
  library: LibraryEntry[];
  tuned: Map<string, PackModel>;
  trainedHere: Set<string>;
}

type Training = { packId: string; progress: TrainProgress | null; controller: AbortController };

/**
 * `<wf-model-panel>`: the learning model that picks each learner's practice, per content pack:
 * shipped or personalized for this household (when it last learned, on how many answers, and
 * its accuracy on held-out answers before and after), with "Reset to the shipped model"
 * (confirmed first); for an imported pack, "Train a model for this pack" with progress and
 * Cancel. "Check the learning model" loads the models and shows, in view, any pack that falls
 * back to the simpler model and why. Checking and training start the model worker (memory on a
 * Chromebook), so they run only on request; training runs in the worker and never blocks the page.
 *
 * @property catalogUrl - where the build's list of built-in packs is served.
 * @property db - the database to read (the app's by default).
 * @property check - runs the model check (defaults to the app's worker); tests pass their own.
 * @property reset - forgets a pack's tuned weights (defaults to the app's personalization service).
 * @property train - trains a model for an imported pack (defaults to the app's worker).
 */
export class WfModelPanel extends LitElement {
  static override properties = {
    catalogUrl: { attribute: false },
    db: { attribute: false },
    check: { attribute: false },
    reset: { attribute: false },
    train: { attribute: false },
    catalog: { state: true },
    statuses: { state: true },
    checking: { state: true },
    failure: { state: true },
    confirming: { state: true },
    training: { state: true },
    notice: { state: true },
  };
  static override styles = [controlStyles, panelStyles, modelPanelStyles];

  declare catalogUrl: string;
  declare db: WayfindDb;
  declare check: (catalog: CatalogEntry[]) => Promise<ModelStatus[]>;
  declare reset: (packId: string) => Promise<void>;
  declare train: TrainPack;
  declare catalog: CatalogEntry[] | null;
  declare statuses: ModelStatus[] | null;
  declare checking: boolean;
  declare failure: string;
  /** The pack whose reset waits for confirmation. */
  declare confirming: string | null;
  declare training: Training | null;
  declare notice: string;

  readonly #data = new LiveQueryController<PanelData>(this, () => this.#read(), () => [this.db, this.catalog]);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.catalogUrl = '/content/index.json';
    this.db = appDb();
    this.check = async (catalog) => (await import('../../../app/practice/knowledge-model.ts')).checkModels(catalog, fetchBuiltInPack);
    this.reset = async (packId) => (await import('../../../app/practice/personalization.ts')).resetToShippedModel(packId);
    this.train = async (packId, options) => (await import('../../../app/practice/knowledge-model.ts')).trainModelForPack(packId, options);
    this.catalog = null;
    this.statuses = null;
    this.checking = false;
    this.failure = '';
    this.confirming = null;
    this.training = null;
    this.notice = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.catalog === null) {
      readCatalog(this.catalogUrl).then(
        (catalog) => (this.catalog = catalog),
        () => (this.catalog = []),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.training?.controller.abort();
  }

  async #read(): Promise<PanelData> {
    const [library, tuned, trained] = await Promise.all([listLibrary(this.db, this.catalog ?? [], getLocale()), listPackModels(this.db), listTrainedPackIds(this.db)]);
    return { library, tuned: new Map(tuned.map((model) => [model.packId, model])), trainedHere: new Set(trained) };
  }

  protected override render() {
    const data = this.#data.value;
    return html`<section aria-labelledby="model-heading">
      <h2 id="model-heading">${msg('Learning model')}</h2>
      <p>${msg('A small model on this device estimates what each learner knows and chooses what to practise next. After practice it learns from this household’s own answers, and keeps what it learned only if that predicts better. It never sends anything anywhere.')}</p>
      ${data ? html`<ul class="packs">${data.library.map((entry) => this.#renderPack(entry, data))}</ul>` : nothing}
      <div class="row">
        <button type="button" ?disabled=${this.checking} @click=${() => void this.#runCheck()}>${msg('Check the learning model')}</button>
      </div>
      <div role="status">
        ${this.checking ? html`<p>${msg('Loading the models…')}</p>` : nothing}
        ${this.failure ? html`<p class="error">${this.failure}</p>` : nothing}
        ${this.notice ? html`<p>${this.notice}</p>` : nothing}
        ${this.statuses ? html`<ul class="statuses">${this.statuses.map((status) => html`<li>${this.#describe(status)}</li>`)}</ul>` : nothing}
      </div>
    </section>`;
  }

  #renderPack(entry: LibraryEntry, data: PanelData) {
    const tuned = data.tuned.get(entry.id);
    const trainedHere = data.trainedHere.has(entry.id);
    const kind = tuned
      ? msg('Personalized for this household')
      : entry.origin === 'imported' && !trainedHere
        ? msg('No model of its own yet: the simpler model (BKT) estimates progress.')
        : trainedHere
          ? msg('Model trained on this device')
          : msg('Shipped model');
    return html`<li class="pack">
      <h3>${entry.title}</h3>
      <p class="kind">${kind}</p>
      ${tuned ? this.#renderTuned(entry, tuned) : nothing}
      ${entry.origin === 'imported' ? this.#renderTraining(entry, trainedHere) : nothing}
    </li>`;
  }

  #renderTuned(entry: LibraryEntry, tuned: PackModel) {
    const when = formatDate(tuned.trainedAt, 'moment');
    const auc = new Intl.NumberFormat(getLocale(), { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const shipped = auc.format(tuned.heldOutAucShipped);
    const personalized = auc.format(tuned.heldOutAucTuned);
    const confirming = this.confirming === entry.id;
    return html`<dl>
        <dt>${msg('Last learned')}</dt>
        <dd>${when}</dd>
        <dt>${msg('Answers used')}</dt>
        <dd>${tuned.attemptsUsed}</dd>
        <dt>${msg('Accuracy on held-out answers (AUC)')}</dt>
        <dd>${msg(str`shipped ${shipped}, personalized ${personalized}`)}</dd>
      </dl>
      ${confirming
        ? html`<div class="confirm" role="group" aria-label=${msg('Confirm the reset')}>
            <p>${msg(str`Reset ${entry.title} to the shipped model? What it learned from this household is forgotten; it learns again after more practice.`)}</p>
            <div class="row">
              <button type="button" class="danger" @click=${() => void this.#reset(entry)}>${msg('Reset')}</button>
              <button type="button" @click=${() => (this.confirming = null)}>${msg('Keep the personalized model')}</button>
            </div>
          </div>`
        : html`<div class="row">
            <button type="button" @click=${() => (this.confirming = entry.id)}>${msg('Reset to the shipped model')}</button>
          </div>`}`;
  }

  #renderTraining(entry: LibraryEntry, trainedHere: boolean) {
    const running = this.training?.packId === entry.id ? this.training : null;
    if (!running) {
      return html`<div class="row">
        <button type="button" ?disabled=${this.training !== null} @click=${() => void this.#train(entry)}>
          ${trainedHere ? msg('Train the model for this pack again') : msg('Train a model for this pack')}
        </button>
      </div>`;
    }
    const p = running.progress;
    const done = p ? (p.epoch - 1 + (p.batch && p.batches ? p.batch / p.batches : 1)) / p.epochs : 0;
    const label = p ? msg(str`Training: pass ${p.epoch} of ${p.epochs}`) : msg('Preparing the training…');
    return html`<div class="training">
      <label for="progress-${entry.id}">${label}</label>
      <progress id="progress-${entry.id}" max="1" .value=${done}></progress>
      <div class="row"><button type="button" @click=${() => running.controller.abort()}>${msg('Cancel training')}</button></div>
    </div>`;
  }

  #describe(status: ModelStatus) {
    const title = this.#data.value?.library.find((entry) => entry.id === status.packId)?.title ?? status.packId;
    if (status.engine === 'dkt') {
      const which = status.personalized ? msg('personalized') : msg('shipped');
      const ready = msg(str`${title}: the deep knowledge-tracing model is ready (${which}, ${status.backend}, loaded in ${Math.round(status.loadMs)} ms).`);
      // Stored tuned weights that could not serve (made for an earlier model): say why, in English.
      return status.tunedIgnored ? html`${ready} <span lang="en">${status.tunedIgnored}</span>` : ready;
    }
    // The reason comes from the model worker, in English: it is for whoever fixes the model files.
    return html`<strong>${msg(str`${title}: using the simpler model, because the deep model could not load.`)}</strong>
      <span lang="en">${status.reason}</span>`;
  }

  async #runCheck(): Promise<void> {
    this.checking = true;
    this.failure = '';
    try {
      this.catalog = await readCatalog(this.catalogUrl);
      this.statuses = await this.check(this.catalog);
    } catch {
      this.failure = msg('The learning model could not be checked. Reload Wayfind and try again.');
    } finally {
      this.checking = false;
    }
  }

  async #reset(entry: LibraryEntry): Promise<void> {
    this.confirming = null;
    try {
      await this.reset(entry.id);
      this.notice = msg(str`${entry.title} uses the shipped model again.`);
    } catch {
      this.failure = msg(str`${entry.title} could not be reset. Reload Wayfind and try again.`);
    }
  }

  async #train(entry: LibraryEntry): Promise<void> {
    const training: Training = { packId: entry.id, progress: null, controller: new AbortController() };
    this.training = training;
    this.notice = '';
    this.failure = '';
    try {
      const result = await this.train(entry.id, {
        signal: training.controller.signal,
        onProgress: (progress) => (this.training = { ...training, progress }),
      });
      this.notice = 'cancelled' in result ? msg('Training cancelled; nothing was changed.') : msg(str`${entry.title} now has its own model.`);
    } catch {
      this.failure = msg(str`The model for ${entry.title} could not be trained. Reload Wayfind and try again.`);
    } finally {
      this.training = null;
    }
  }
}

customElements.define('wf-model-panel', WfModelPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wf-model-panel': WfModelPanel;
  }
}
