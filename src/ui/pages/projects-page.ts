import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { addArtifact, createProject, deleteArtifact, deleteProject, listProjectsWithArtifacts, updateProject } from '../../data/projects.ts';
import type { Artifact, Project } from '../../data/records.ts';
import { loadCredentialPacks } from '../../app/credentials/index.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController, currentLearnerQuery } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/project-editor/project-editor.ts';
import type { LinkableSkill, ProjectDraft, WfProjectEditor } from '../components/project-editor/project-editor.ts';

/**
 * `<wf-projects-page>`: the current learner's projects (title, description, dates, linked skills,
 * files and photos kept on the device as Blobs). Projects can be attached as evidence when a
 * credential is issued (Portfolio page) and go into the exported portfolio.
 *
 * @property db - the database (the app's by default; tests pass their own).
 * @property skills - linkable skills (loaded from the installed packs unless set).
 */
export class WfProjectsPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host { display: block; }
      ul.projects { list-style: none; margin: 0; padding: 0; }
      ul.projects > li { padding: 0.75rem 0; border-bottom: 1px solid var(--wf-border); }
      h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
      .meta { color: var(--wf-text-muted); margin: 0.25rem 0; }
      .text { white-space: pre-wrap; margin: 0.25rem 0; }
      ul.files { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.75rem; }
      ul.files li { display: grid; gap: 0.25rem; justify-items: start; max-width: 12rem; overflow-wrap: anywhere; }
      ul.files img { max-width: 10rem; max-height: 8rem; border-radius: var(--wf-radius); border: 1px solid var(--wf-border); }
      .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      button.danger { border-color: var(--wf-danger); color: var(--wf-danger); }
      .problem { color: var(--wf-danger); font-weight: 600; }
      .problem:empty { display: none; }
      a { display: inline-flex; align-items: center; min-height: var(--wf-target); font-weight: 600; }
    `,
  ];
  static override properties = {
    db: { attribute: false },
    skills: { attribute: false },
    editing: { state: true },
    confirming: { state: true },
    busy: { state: true },
    problem: { state: true },
  };

  declare db: WayfindDb;
  declare skills: LinkableSkill[] | null;
  declare editing: string | null;
  declare confirming: string | null;
  declare busy: boolean;
  declare problem: string;
  readonly #urls = new Map<string, string>();

  readonly household = new HouseholdController(this);
  readonly projects = currentLearnerQuery(this, this.household, () => this.db, async (db, learner) => ({ learnerId: learner.id, projects: await listProjectsWithArtifacts(db, learner.id) }));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.skills = null;
    this.editing = null;
    this.confirming = null;
    this.busy = false;
    this.problem = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.skills === null) void this.#loadSkills();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
  }

  async #loadSkills() {
    try {
      const locale = getLocale();
      const packs = await loadCredentialPacks(this.db);
      this.skills = packs.flatMap((pack) => pack.skills.map((skill) => ({ id: skill.id, name: skill.l10n?.[locale]?.name ?? skill.name, packTitle: pack.l10n?.[locale]?.title ?? pack.title })));
    } catch {
      this.skills = [];
    }
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section aria-labelledby="none-heading">
        <h2 id="none-heading">${msg('No profile yet')}</h2>
        <p>${msg('Projects belong to a learner profile. Make one first.')}</p>
        <a href="/welcome">${msg('Create a profile')}</a>
      </section>`;
    }
    const data = this.projects.value;
    const projects = data && data.learnerId === learner.id ? data.projects : null;
    return html`
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">${msg('Add a project')}</h2>
        <p>${msg('Record something you made or did: a model, an experiment, a recipe, a spreadsheet. Attach photos or files, and link the skills it shows.')}</p>
        <wf-project-editor id="new-project" .skills=${this.skills ?? []} ?busy=${this.busy}
          @wf-project-save=${(event: CustomEvent<ProjectDraft>) => this.#create(event, learner.id)}></wf-project-editor>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">${msg('Your projects')}</h2>
        <p class="problem" role="alert">${this.problem}</p>
        ${projects === null
          ? html`<p role="status">${msg('Loading your projects…')}</p>`
          : projects.length === 0
            ? html`<p>${msg('No projects yet.')}</p>`
            : html`<ul class="projects">${projects.map(({ project, artifacts }) => this.#project(project, artifacts))}</ul>`}
      </section>
    `;
  }

  #project(project: Project, artifacts: Artifact[]) {
    if (this.editing === project.id) {
      return html`<li><h3>${msg(str`Editing "${project.title}"`)}</h3>
        <wf-project-editor .project=${project} .skills=${this.skills ?? []} ?busy=${this.busy}
          @wf-project-save=${(event: CustomEvent<ProjectDraft>) => this.#save(event, project.id)}
          @wf-project-cancel=${() => (this.editing = null)}></wf-project-editor></li>`;
    }
    const names = new Map((this.skills ?? []).map((s) => [s.id, s.name]));
    const dates = [project.startDay, project.endDay].filter(Boolean).join(' – ');
    return html`<li>
      <h3>${project.title}</h3>
      ${dates ? html`<p class="meta">${dates}</p>` : nothing}
      ${project.description ? html`<p class="text">${project.description}</p>` : nothing}
      ${project.skillIds.length ? html`<p class="meta">${msg('Skills:')} ${project.skillIds.map((id) => names.get(id) ?? id).join(', ')}</p>` : nothing}
      ${artifacts.length ? html`<ul class="files" aria-label=${msg('Files')}>${artifacts.map((artifact) => this.#artifact(artifact))}</ul>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => (this.editing = project.id)}>${msg('Edit')}</button>
        ${this.confirming === project.id
          ? html`<span>${msg('Delete this project and its files?')}</span>
              <button class="danger" type="button" @click=${() => this.#delete(project.id)}>${msg('Yes, delete')}</button>
              <button type="button" @click=${() => (this.confirming = null)}>${msg('Keep it')}</button>`
          : html`<button class="danger" type="button" @click=${() => (this.confirming = project.id)}>${msg('Delete')}</button>`}
      </div>
    </li>`;
  }

  #urlOf(artifact: Artifact): string {
    let url = this.#urls.get(artifact.id);
    if (!url) {
      url = URL.createObjectURL(artifact.file);
      this.#urls.set(artifact.id, url);
    }
    return url;
  }

  #artifact(artifact: Artifact) {
    const url = this.#urlOf(artifact);
    return html`<li>
      ${artifact.file.type.startsWith('image/') ? html`<img src=${url} alt=${artifact.note || artifact.name} />` : nothing}
      <a href=${url} download=${artifact.name}>${artifact.name}</a>
      <button type="button" aria-label=${msg(str`Remove ${artifact.name}`)} @click=${() => this.#run(() => deleteArtifact(this.db, artifact.id))}>${msg('Remove')}</button>
    </li>`;
  }

  async #run(action: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.problem = '';
    try {
      await action();
      return true;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : msg('The change could not be saved.');
      return false;
    } finally {
      this.busy = false;
    }
  }

  async #attach(projectId: string, files: File[]) {
    for (const file of files) await addArtifact(this.db, { projectId, name: file.name, note: '', file });
  }

  async #create(event: CustomEvent<ProjectDraft>, learnerId: string) {
    const { files, ...fields } = event.detail;
    const saved = await this.#run(async () => {
      const project = await createProject(this.db, { learnerId, ...fields });
      await this.#attach(project.id, files);
    });
    if (saved) this.renderRoot.querySelector<WfProjectEditor>('#new-project')?.reset();
  }

  async #save(event: CustomEvent<ProjectDraft>, projectId: string) {
    const { files, ...fields } = event.detail;
    const saved = await this.#run(async () => {
      await updateProject(this.db, projectId, fields);
      await this.#attach(projectId, files);
    });
    if (saved) this.editing = null;
  }

  async #delete(projectId: string) {
    this.confirming = null;
    await this.#run(() => deleteProject(this.db, projectId));
  }
}

customElements.define('wf-projects-page', WfProjectsPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-projects-page': WfProjectsPage;
  }
}
