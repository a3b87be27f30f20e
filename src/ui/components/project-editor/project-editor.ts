import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Project } from '../../../data/records.ts';
import { controlStyles } from '../../styles/controls.ts';
import { projectEditorStyles } from './project-editor.styles.ts';
import { filePicker, filePickerStyles } from '../file-picker/file-picker.ts';

/** A skill the learner can link, grouped by its pack. */
export interface LinkableSkill {
  id: string;
  name: string;
  packTitle: string;
}

export interface ProjectDraft {
  title: string;
  description: string;
  startDay: string | null;
  endDay: string | null;
  skillIds: string[];
  /** New files to attach (photos, documents). */
  files: File[];
}

/** Each file is stored on the device; a very large video would fill the learner's storage. */
export const MAX_PROJECT_FILE_BYTES = 25 * 1024 * 1024;
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 5000;

/**
 * `<wf-project-editor>`: the form for a new project or changes to one: title, description, start
 * and end dates, linked skills (grouped by pack) and files to attach. It checks the input and
 * reports problems in words; saving is the page's job.
 *
 * @property project - the project being edited, or null for a new one.
 * @property skills - the skills that can be linked.
 * @property busy - disables the form while the page saves.
 * @fires wf-project-save - CustomEvent<ProjectDraft> with valid input.
 * @fires wf-project-cancel - the learner closed the form without saving.
 */
export class WfProjectEditor extends LitElement {
  static override styles = [controlStyles, filePickerStyles, projectEditorStyles];
  static override properties = {
    project: { attribute: false },
    skills: { attribute: false },
    busy: { type: Boolean },
    problem: { state: true },
  };

  declare project: Project | null;
  declare skills: LinkableSkill[];
  declare busy: boolean;
  declare problem: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.project = null;
    this.skills = [];
    this.busy = false;
    this.problem = '';
  }

  protected override render() {
    const p = this.project;
    const id = p?.id ?? 'new';
    const linked = new Set(p?.skillIds ?? []);
    const packs = [...new Set(this.skills.map((s) => s.packTitle))];
    return html`<form novalidate @submit=${this.#submit}>
      <div class="field">
        <label for=${`${id}-title`}>${msg('Title')}</label>
        <input id=${`${id}-title`} name="title" type="text" maxlength=${MAX_TITLE} required .value=${p?.title ?? ''} />
      </div>
      <div class="field">
        <label for=${`${id}-description`}>${msg('What you did')}</label>
        <textarea id=${`${id}-description`} name="description" maxlength=${MAX_DESCRIPTION} .value=${p?.description ?? ''}></textarea>
      </div>
      <div class="dates">
        <div class="field">
          <label for=${`${id}-start`}>${msg('Started')}</label>
          <input id=${`${id}-start`} name="startDay" type="date" .value=${p?.startDay ?? ''} />
        </div>
        <div class="field">
          <label for=${`${id}-end`}>${msg('Finished')}</label>
          <input id=${`${id}-end`} name="endDay" type="date" .value=${p?.endDay ?? ''} />
        </div>
      </div>
      <fieldset>
        <legend>${msg('Skills this project shows')}</legend>
        ${this.skills.length === 0
          ? html`<p class="hint">${msg('No skills to link yet: install a content pack first.')}</p>`
          : packs.map((pack) => html`<details ?open=${this.skills.some((s) => s.packTitle === pack && linked.has(s.id))}>
              <summary>${pack}</summary>
              <ul class="skills">
                ${this.skills.filter((s) => s.packTitle === pack).map((skill) => html`<li><label class="choice">
                  <input type="checkbox" name="skill" .value=${skill.id} .checked=${linked.has(skill.id)} />${skill.name}
                </label></li>`)}
              </ul>
            </details>`)}
      </fieldset>
      <div class="field">
        <label for=${`${id}-files`}>${msg('Add files or photos')}</label>
        ${filePicker({ id: `${id}-files`, name: 'files', multiple: true })}
        <p class="hint">${msg('Files stay on this device and go into your exported portfolio.')}</p>
      </div>
      <p class="problem" role="alert">${this.problem}</p>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${p ? msg('Save changes') : msg('Add project')}</button>
        ${p ? html`<button type="button" ?disabled=${this.busy} @click=${this.#cancel}>${msg('Cancel')}</button>` : ''}
      </div>
    </form>`;
  }

  /** Clears the form after the page saved a new project. */
  reset(): void {
    this.renderRoot.querySelector('form')?.reset();
    this.problem = '';
  }

  #cancel() {
    this.dispatchEvent(new CustomEvent('wf-project-cancel', { bubbles: true, composed: true }));
  }

  #submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim();
    const startDay = String(data.get('startDay') ?? '') || null;
    const endDay = String(data.get('endDay') ?? '') || null;
    const files = (form.querySelector<HTMLInputElement>('input[type=file]')?.files ?? null);
    const chosen = files ? [...files] : [];
    if (!title) {
      this.problem = msg('Give the project a title.');
      return;
    }
    if (startDay && endDay && endDay < startDay) {
      this.problem = msg('The project cannot finish before it started.');
      return;
    }
    const tooLarge = chosen.find((file) => file.size > MAX_PROJECT_FILE_BYTES);
    if (tooLarge) {
      this.problem = msg(str`"${tooLarge.name}" is larger than 25 MB. Choose a smaller file.`);
      return;
    }
    this.problem = '';
    const draft: ProjectDraft = {
      title, description: String(data.get('description') ?? '').trim(), startDay, endDay,
      skillIds: data.getAll('skill').map(String), files: chosen,
    };
    this.dispatchEvent(new CustomEvent<ProjectDraft>('wf-project-save', { detail: draft, bubbles: true, composed: true }));
  }
}

customElements.define('wf-project-editor', WfProjectEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wf-project-editor': WfProjectEditor;
  }
  interface HTMLElementEventMap {
    'wf-project-save': CustomEvent<ProjectDraft>;
  }
}
