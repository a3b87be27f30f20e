import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { WayfindDb } from '../../../data/db.ts';
import type { Learner } from '../../../data/records.ts';
import { commitPortfolioImport, planPortfolioImport, type ImportPlan } from '../../../app/portfolio/index.ts';
import { MAX_ZIP_BYTES } from '../../../app/portfolio/index.ts';
import { controlStyles } from '../../styles/controls.ts';

/**
 * `<wf-portfolio-import>`: brings in a portfolio .zip exported on another device. It checks the
 * whole file first (manifest, every credential's signature, the signed learner record), shows
 * what would be added, and stores it only when the learner confirms. A bad file gets one plain
 * reason and changes nothing.
 *
 * @property db - the database to add to.
 * @property learner - whose portfolio receives the import.
 * @fires wf-portfolio-imported - CustomEvent<{ credentials: number; projects: number }> after storing.
 */
export class WfPortfolioImport extends LitElement {
  static override styles = [controlStyles, css`
    :host { display: grid; gap: 0.75rem; }
    .field { display: grid; gap: 0.25rem; }
    label { font-weight: 600; }
    input[type='file'] { max-width: 100%; min-height: var(--wf-target); }
    h3 { margin: 0; font-size: 1.0625rem; }
    ul { margin: 0; padding-left: 1.25rem; }
    p { margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .problem { color: var(--wf-danger); font-weight: 600; }
    .done { color: var(--wf-success); font-weight: 600; }
  `];
  static override properties = {
    db: { attribute: false },
    learner: { attribute: false },
    plan: { state: true },
    problem: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  declare db: WayfindDb | null;
  declare learner: Learner | null;
  declare plan: ImportPlan | null;
  declare problem: string;
  declare status: string;
  declare busy: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = null;
    this.learner = null;
    this.plan = null;
    this.problem = '';
    this.status = '';
    this.busy = false;
  }

  protected override render() {
    return html`
      <div class="field">
        <label for="portfolio-file">${msg('Portfolio file (.zip)')}</label>
        <input id="portfolio-file" type="file" accept=".zip,application/zip" ?disabled=${this.busy} @change=${this.#choose} />
      </div>
      <div aria-live="polite">
        ${this.busy ? html`<p role="status">${msg('Checking every file and signature…')}</p>` : nothing}
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        ${this.status ? html`<p class="done" role="status">${this.status}</p>` : nothing}
      </div>
      ${this.plan ? this.#preview(this.plan) : nothing}
    `;
  }

  #preview(plan: ImportPlan) {
    const { preview, alreadyHeld, projectsAlreadyHeld } = plan;
    const made = preview.createdAt.slice(0, 10);
    const newCredentials = preview.credentials.filter((c) => !alreadyHeld.has(c.id));
    const newProjects = preview.projects.filter((_p, i) => !projectsAlreadyHeld.has(i));
    const files = newProjects.reduce((sum, p) => sum + p.attachments.length, 0);
    return html`<div>
      <h3>${msg('What will be added')}</h3>
      <p>${msg(str`From the portfolio of ${preview.learnerName}, made on ${made}. Every credential and the signed learner record checked out.`)}</p>
      <ul>
        ${newCredentials.map((c) => html`<li>${msg(str`Credential: ${c.achievementName} (issued by ${c.issuerName})`)}</li>`)}
        ${newProjects.map((p) => html`<li>${msg(str`Project: ${p.title} (files: ${p.attachments.length})`)}</li>`)}
      </ul>
      ${alreadyHeld.size ? html`<p>${msg(str`Credentials you already hold, which will be skipped: ${alreadyHeld.size}.`)}</p>` : nothing}
      ${projectsAlreadyHeld.size ? html`<p>${msg(str`Projects you already have, which will be skipped: ${projectsAlreadyHeld.size}.`)}</p>` : nothing}
      <p>${msg(str`In total: credentials ${newCredentials.length}, projects ${newProjects.length}, files ${files}.`)}</p>
      <div class="actions">
        <button class="primary" type="button" ?disabled=${this.busy} @click=${this.#commit}>${msg('Add to my portfolio')}</button>
        <button type="button" ?disabled=${this.busy} @click=${() => (this.plan = null)}>${msg('Cancel')}</button>
      </div>
    </div>`;
  }

  async #choose(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    this.plan = null;
    this.problem = '';
    this.status = '';
    if (!file || !this.db || !this.learner) return;
    if (file.size > MAX_ZIP_BYTES) {
      this.problem = msg('This file is too large to be a Wayfind portfolio.');
      input.value = '';
      return;
    }
    this.busy = true;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.plan = await planPortfolioImport(this.db, this.learner, bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = msg(str`This portfolio cannot be imported: ${reason}`);
    } finally {
      this.busy = false;
      input.value = '';
    }
  }

  async #commit() {
    if (!this.plan || !this.db || !this.learner) return;
    this.busy = true;
    try {
      const added = await commitPortfolioImport(this.db, this.learner, this.plan);
      this.plan = null;
      this.status = msg(str`Added. Credentials: ${added.credentials}. Projects: ${added.projects}.`);
      this.dispatchEvent(new CustomEvent('wf-portfolio-imported', { detail: added, bubbles: true, composed: true }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.problem = msg(str`Nothing was added: ${reason}`);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('wf-portfolio-import', WfPortfolioImport);

declare global {
  interface HTMLElementTagNameMap {
    'wf-portfolio-import': WfPortfolioImport;
  }
}
