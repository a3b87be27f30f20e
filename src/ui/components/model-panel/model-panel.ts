import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { fetchBuiltInPack, readCatalog, type CatalogEntry } from '../../../app/content-library.ts';
import type { ModelStatus } from '../../../app/knowledge-model.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';

/**
 * `<wf-model-panel>`: the learning model that picks each learner's practice, per content pack:
 * the on-device deep model, or, when it cannot load, the simpler fallback with the reason in view.
 * The check runs on request, because it starts the model worker (about 230 KB, and memory on a
 * Chromebook) that the Settings page does not otherwise need.
 *
 * @property catalogUrl - where the build's list of built-in packs is served.
 * @property check - runs the model check (defaults to the app's worker); tests pass their own.
 */
export class WfModelPanel extends LitElement {
  static override properties = {
    catalogUrl: { attribute: false },
    check: { attribute: false },
    statuses: { state: true },
    checking: { state: true },
    failure: { state: true },
  };
  static override styles = [controlStyles, panelStyles];

  declare catalogUrl: string;
  declare check: (catalog: CatalogEntry[]) => Promise<ModelStatus[]>;
  declare statuses: ModelStatus[] | null;
  declare checking: boolean;
  declare failure: string;
  #catalog: CatalogEntry[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.catalogUrl = '/content/index.json';
    this.check = async (catalog) => {
      const { checkModels } = await import('../../../app/knowledge-model.ts');
      return checkModels(catalog, fetchBuiltInPack);
    };
    this.statuses = null;
    this.checking = false;
    this.failure = '';
  }

  protected override render() {
    return html`<section aria-labelledby="model-heading">
      <h2 id="model-heading">${msg('Learning model')}</h2>
      <p>${msg('A small model on this device estimates what each learner knows and chooses what to practise next. It never sends anything anywhere.')}</p>
      <div class="row">
        <button type="button" ?disabled=${this.checking} @click=${() => void this.#run()}>${msg('Check the learning model')}</button>
      </div>
      <div role="status">
        ${this.checking ? html`<p>${msg('Loading the models…')}</p>` : nothing}
        ${this.failure ? html`<p class="error">${this.failure}</p>` : nothing}
        ${this.statuses ? html`<ul>${this.statuses.map((status) => html`<li>${this.#describe(status)}</li>`)}</ul>` : nothing}
      </div>
    </section>`;
  }

  #describe(status: ModelStatus) {
    const entry = this.#catalog.find((candidate) => candidate.id === status.packId);
    const title = entry?.titles?.[getLocale()] ?? entry?.title ?? status.packId;
    if (status.engine === 'dkt') {
      return msg(str`${title}: the deep knowledge-tracing model is ready (${status.backend}, loaded in ${Math.round(status.loadMs)} ms).`);
    }
    // The reason comes from the model worker, in English: it is for whoever fixes the model files.
    return html`<strong>${msg(str`${title}: using the simpler model, because the deep model could not load.`)}</strong>
      <span lang="en">${status.reason}</span>`;
  }

  async #run(): Promise<void> {
    this.checking = true;
    this.failure = '';
    try {
      this.#catalog = await readCatalog(this.catalogUrl);
      this.statuses = await this.check(this.#catalog);
    } catch {
      this.failure = msg('The learning model could not be checked. Reload Wayfind and try again.');
    } finally {
      this.checking = false;
    }
  }
}

customElements.define('wf-model-panel', WfModelPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wf-model-panel': WfModelPanel;
  }
}
