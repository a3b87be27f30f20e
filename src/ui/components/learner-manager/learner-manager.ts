import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { HouseholdService } from '../../../app/coach/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { deleteLearner } from '../../../data/privacy.ts';
import { AGE_BANDS, type AgeBand, type Learner } from '../../../data/records.ts';
import { controlStyles } from '../../styles/controls.ts';
import { AVATAR_KEYS, avatarGlyph } from '../avatars.ts';
import { formStyles } from '../coach-lock/coach-lock.styles.ts';

export const MAX_NAME_LENGTH = 40;

export function ageBandLabel(band: AgeBand): string {
  switch (band) {
    case 'under-8':
      return msg('Under 8');
    case '8-10':
      return msg('8 to 10');
    case '11-13':
      return msg('11 to 13');
    case '14-17':
      return msg('14 to 17');
    case 'adult':
      return msg('Adult');
  }
}

/** A spoken name for each built-in avatar (the picker shows only the emoji). */
function avatarLabel(key: string): string {
  const labels: Record<string, string> = {
    fox: msg('Fox'),
    owl: msg('Owl'),
    turtle: msg('Turtle'),
    cat: msg('Cat'),
    dog: msg('Dog'),
    panda: msg('Panda'),
    rocket: msg('Rocket'),
    star: msg('Star'),
    tree: msg('Tree'),
    book: msg('Book'),
    bike: msg('Bike'),
    guitar: msg('Guitar'),
  };
  return labels[key] ?? key;
}

/** Why a display name is unacceptable, or '' when it is fine. */
function nameProblem(name: string): string {
  if (name.trim() === '') return msg('Enter a name.');
  if (name.length > MAX_NAME_LENGTH) return msg(str`A name has at most ${MAX_NAME_LENGTH} characters.`);
  return '';
}

/**
 * `<wf-learner-manager>`: the coach's list of learner profiles. Each can be renamed, given another
 * avatar or age band, or deleted with everything stored for them; deleting asks the coach to type
 * the learner's name first, since it cannot be undone. A form adds a new learner.
 *
 * @property service - the HouseholdService (profiles are read from and written through it).
 * @property db - the database for deletes (defaults to the app's).
 * @fires wf-learner-deleted - CustomEvent<{ learnerId: string }> after a learner was deleted.
 */
export class WfLearnerManager extends LitElement {
  static override properties = {
    service: { attribute: false },
    db: { attribute: false },
    learners: { attribute: false },
    editing: { state: true },
    deleting: { state: true },
    problem: { state: true },
    status: { state: true },
  };
  static override styles = [
    controlStyles,
    formStyles,
    css`
      ul.learners {
        list-style: none;
        padding: 0;
        margin: 0 0 1rem;
        display: grid;
        gap: 0.5rem;
      }
      ul.learners > li {
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--wf-border);
        border-radius: var(--wf-radius);
      }
      .avatar {
        font-size: 1.5rem;
      }
      fieldset {
        border: 1px solid var(--wf-border);
        border-radius: var(--wf-radius);
      }
      .avatars {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .avatars label {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        min-height: var(--wf-target, 44px);
        padding: 0 0.25rem;
        font-weight: 400;
      }
    `,
  ];

  declare service: HouseholdService | undefined;
  declare db: WayfindDb;
  declare learners: readonly Learner[];
  declare editing: string | null;
  declare deleting: string | null;
  declare problem: string;
  declare status: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.service = undefined;
    this.db = appDb();
    this.learners = [];
    this.editing = null;
    this.deleting = null;
    this.problem = '';
    this.status = '';
  }

  protected override render() {
    return html`
      ${this.learners.length === 0
        ? html`<p>${msg('No learners yet.')}</p>`
        : html`<ul class="learners">
            ${this.learners.map((learner) => html`<li data-learner=${learner.id}>${this.#renderLearner(learner)}</li>`)}
          </ul>`}
      <p role="status">${this.status}</p>
      <details>
        <summary>${msg('Add a learner')}</summary>
        ${this.#renderForm(null)}
      </details>
    `;
  }

  #renderLearner(learner: Learner) {
    if (this.editing === learner.id) return this.#renderForm(learner);
    if (this.deleting === learner.id) return this.#renderDelete(learner);
    return html`<div class="row">
      <span class="avatar" aria-hidden="true">${avatarGlyph(learner.avatar)}</span>
      <strong>${learner.displayName}</strong>
      <span>${ageBandLabel(learner.ageBand)}</span>
      <button type="button" @click=${() => this.#open('edit', learner.id)}>${msg(str`Edit ${learner.displayName}`)}</button>
      <button type="button" class="danger" @click=${() => this.#open('delete', learner.id)}>${msg(str`Delete ${learner.displayName}…`)}</button>
    </div>`;
  }

  #renderForm(learner: Learner | null) {
    const prefix = learner ? `edit-${learner.id}` : 'new';
    const avatar = learner?.avatar ?? AVATAR_KEYS[0];
    return html`<form @submit=${(event: SubmitEvent) => this.#save(event, learner)} novalidate>
      <label>${msg('Name')}
        <input name="displayName" type="text" maxlength=${MAX_NAME_LENGTH} autocomplete="off" required .value=${learner?.displayName ?? ''} />
      </label>
      <fieldset>
        <legend>${msg('Avatar')}</legend>
        <div class="avatars">
          ${AVATAR_KEYS.map(
            (key) => html`<label>
              <input type="radio" name="avatar" value=${key} .checked=${key === avatar} aria-label=${avatarLabel(key)} />
              <span aria-hidden="true" class="avatar">${avatarGlyph(key)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <label>${msg('Age band')}
        <select name="ageBand">
          ${AGE_BANDS.map((band) => html`<option value=${band} ?selected=${band === (learner?.ageBand ?? '8-10')}>${ageBandLabel(band)}</option>`)}
        </select>
      </label>
      <label>${msg('Language')}
        <select name="language">
          <option value="en" ?selected=${(learner?.language ?? 'en') === 'en'}>English</option>
          <option value="es" lang="es" ?selected=${learner?.language === 'es'}>Español</option>
        </select>
      </label>
      ${this.problem && (learner ? this.editing === learner.id : this.editing === null)
        ? html`<p class="error" role="alert" id=${`${prefix}-problem`}>${this.problem}</p>`
        : nothing}
      <div class="row">
        <button class="primary" type="submit">${learner ? msg('Save changes') : msg('Add learner')}</button>
        ${learner ? html`<button type="button" @click=${this.#close}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`;
  }

  #renderDelete(learner: Learner) {
    return html`<form @submit=${(event: SubmitEvent) => this.#delete(event, learner)} novalidate>
      <p><strong>${msg(str`Delete ${learner.displayName} and everything stored for them: answers, progress, goals, journal, projects, log and badges?`)}</strong></p>
      <p>${msg('This cannot be undone. Make a backup in Settings first if you might need it.')}</p>
      <label>${msg(str`Type ${learner.displayName} to confirm`)}
        <input name="confirm" type="text" autocomplete="off" />
      </label>
      ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <div class="row">
        <button class="danger" type="submit">${msg(str`Delete ${learner.displayName}`)}</button>
        <button type="button" @click=${this.#close}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }

  async #open(kind: 'edit' | 'delete', learnerId: string): Promise<void> {
    this.editing = kind === 'edit' ? learnerId : null;
    this.deleting = kind === 'delete' ? learnerId : null;
    this.problem = '';
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`li[data-learner="${learnerId}"] input[type=text]`)?.focus();
  }

  readonly #close = () => {
    this.editing = null;
    this.deleting = null;
    this.problem = '';
  };

  async #save(event: SubmitEvent, learner: Learner | null): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const displayName = String(data.get('displayName') ?? '').trim();
    const problem = nameProblem(displayName);
    this.editing = learner?.id ?? null;
    if (problem) {
      this.problem = problem;
      return;
    }
    const avatar = String(data.get('avatar') ?? AVATAR_KEYS[0]);
    const ageBand = (AGE_BANDS as readonly string[]).includes(String(data.get('ageBand'))) ? (String(data.get('ageBand')) as AgeBand) : '8-10';
    const language = data.get('language') === 'es' ? 'es' : 'en';
    if (!this.service) return;
    try {
      if (learner) {
        await this.service.rename(learner.id, { displayName, avatar, ageBand, language });
        this.status = msg(str`Saved ${displayName}.`);
      } else {
        // create() also makes the new learner the current one; the coach stays where they are.
        const current = this.service.current;
        await this.service.create({ displayName, avatar, ageBand, language });
        if (current) await this.service.select(current.id);
        form.reset();
        this.status = msg(str`Added ${displayName}.`);
      }
      this.#close();
    } catch {
      this.problem = msg('The profile could not be saved. Nothing was changed; try again.');
    }
  }

  async #delete(event: SubmitEvent, learner: Learner): Promise<void> {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('confirm') ?? '').trim();
    if (typed !== learner.displayName.trim()) {
      this.problem = msg(str`Type ${learner.displayName} exactly to delete this learner. Nothing was deleted.`);
      return;
    }
    try {
      await deleteLearner(this.db, learner.id);
      this.#close();
      this.status = msg(str`${learner.displayName} and all of their data were deleted.`);
      this.dispatchEvent(new CustomEvent('wf-learner-deleted', { detail: { learnerId: learner.id }, bubbles: true, composed: true }));
    } catch {
      this.problem = msg('Nothing was deleted: the browser refused the change. Try again.');
    }
  }
}

customElements.define('wf-learner-manager', WfLearnerManager);

declare global {
  interface HTMLElementTagNameMap {
    'wf-learner-manager': WfLearnerManager;
  }
  interface HTMLElementEventMap {
    'wf-learner-deleted': CustomEvent<{ learnerId: string }>;
  }
}
