import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { getLocale } from '../../../i18n/localization.ts';
import {
  fetchBuiltInPack,
  installPack,
  listLibrary,
  readCatalog,
  removeImportedPack,
  type CatalogEntry,
  type LibraryEntry,
  type PackFileCheck,
} from '../../../app/library/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { controlStyles } from '../../styles/controls.ts';
import { panelStyles } from '../stored-data/panel.styles.ts';

// The pack checker (schema, generators, formula engine) is a lazy chunk, loaded when a file is chosen.
const loadChecker = () => import('../../../app/library/pack-file-check.ts');

/**
 * `<wf-content-panel>`: the content packs on this device, and "Import a pack". A chosen file is
 * checked completely first; problems are listed with where they are and how to fix them, and
 * nothing is installed. A valid pack shows what it will do (install, or upgrade keeping progress
 * on the skills that remain) before the learner confirms.
 *
 * @property db - the database (defaults to the app's).
 * @property catalogUrl - where the build's list of built-in packs is served.
 * @fires wf-pack-installed - CustomEvent<{ id: string; version: string }> after an install or upgrade.
 */
export class WfContentPanel extends LitElement {
  static override properties = {
    db: { attribute: false },
    catalogUrl: { attribute: false },
    library: { state: true },
    check: { state: true },
    status: { state: true },
    busy: { state: true },
  };
  static override styles = [controlStyles, panelStyles];

  declare db: WayfindDb;
  declare catalogUrl: string;
  declare library: LibraryEntry[] | null;
  declare check: PackFileCheck | null;
  declare status: string;
  declare busy: boolean;
  #catalog: CatalogEntry[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.catalogUrl = '/content/index.json';
    this.library = null;
    this.check = null;
    this.status = '';
    this.busy = false;
  }

  readonly #onLocaleChange = () => void this.refresh();

  override connectedCallback(): void {
    super.connectedCallback();
    // Pack titles come in the learner's language where the pack provides one.
    window.addEventListener('lit-localize-status', this.#onLocaleChange);
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lit-localize-status', this.#onLocaleChange);
  }

  async refresh(): Promise<void> {
    this.#catalog = await readCatalog(this.catalogUrl).catch(() => []);
    this.library = await listLibrary(this.db, this.#catalog, getLocale());
  }

  protected override render() {
    return html`<section aria-labelledby="content-heading">
      <h2 id="content-heading">${msg('Content packs')}</h2>
      ${this.library === null
        ? html`<p>${msg('Reading the packs…')}</p>`
        : html`<ul>
            ${this.library.map(
              (pack) => html`<li>
                ${pack.title} (${msg(str`version ${pack.version}`)}, ${pack.origin === 'built-in' ? msg('built in') : msg('imported')})
                ${pack.origin === 'imported'
                  ? html`<button type="button" @click=${() => void this.#remove(pack)}>${msg(str`Remove ${pack.title}`)}</button>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
      <h3>${msg('Import a pack')}</h3>
      <label for="pack-file">${msg('Content pack file (.json)')}</label>
      <input id="pack-file" type="file" accept=".json,application/json" @change=${this.#checkFile} />
      ${this.#renderCheck()}
      <p role="status">${this.status}</p>
    </section>`;
  }

  #renderCheck() {
    const check = this.check;
    if (!check) return nothing;
    if (!check.ok) {
      return html`<div class="error" role="alert">
        <p>${msg('This pack cannot be installed, and nothing was changed. Problems found:')}</p>
        <ul>
          ${check.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message} <em>${problem.hint}</em></li>`)}
        </ul>
      </div>`;
    }
    const { pack, plan } = check;
    if (plan.action === 'same' || plan.action === 'older') {
      return html`<p class="error" role="alert">${msg(str`Version ${pack.version} of ${pack.title} is not newer than the one installed, so nothing was changed.`)}</p>`;
    }
    return html`<div class="confirm">
      <p>
        ${plan.action === 'install'
          ? msg(str`${pack.title}, version ${pack.version}: ${pack.skills.length} skills, ready to install.`)
          : msg(str`${pack.title}, version ${pack.version}, replaces the installed version. Progress is kept on ${plan.keptSkills.length} skills; ${plan.addedSkills.length} are new and ${plan.removedSkills.length} are no longer in the pack.`)}
      </p>
      <div class="row">
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.#install(check)}>
          ${plan.action === 'install' ? msg('Install') : msg('Upgrade')}
        </button>
        <button type="button" @click=${() => (this.check = null)}>${msg('Cancel')}</button>
      </div>
    </div>`;
  }

  async #checkFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.status = msg('Checking the pack…');
    const { checkPackFile } = await loadChecker();
    this.check = await checkPackFile(this.db, await file.text(), this.#catalog, fetchBuiltInPack);
    this.status = '';
  }

  async #install(check: Extract<PackFileCheck, { ok: true }>): Promise<void> {
    this.busy = true;
    try {
      await installPack(this.db, check);
      this.status = msg(str`${check.pack.title} is installed.`);
      this.check = null;
      this.dispatchEvent(new CustomEvent('wf-pack-installed', { detail: { id: check.pack.id, version: check.pack.version }, bubbles: true, composed: true }));
      await this.refresh();
    } catch {
      this.status = msg('The pack could not be installed, and nothing was changed. Check that the device has free space, then try again.');
    } finally {
      this.busy = false;
    }
  }

  async #remove(pack: LibraryEntry): Promise<void> {
    await removeImportedPack(this.db, pack.id);
    this.status = msg(str`${pack.title} was removed. Learners' progress on its skills is kept.`);
    await this.refresh();
  }
}

customElements.define('wf-content-panel', WfContentPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wf-content-panel': WfContentPanel;
  }
  interface HTMLElementEventMap {
    'wf-pack-installed': CustomEvent<{ id: string; version: string }>;
  }
}
