import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { dueAtOfDay, goalDraftProblem, type GoalDraft } from '../../../app/goals/index.ts';
import { appDb, type WayfindDb } from '../../../data/db.ts';
import { localDay } from '../../../data/day.ts';
import { addGoal, updateGoal, type NewGoal } from '../../../data/goals.ts';
import type { Goal, GoalKind, MasteryLevel } from '../../../data/records.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { controlStyles } from '../../styles/controls.ts';
import { goalEditorStyles } from './goal-editor.styles.ts';
import { installedPackChoices, type PackChoice, type PackSource } from './pack-choices.ts';

export type GoalSavedEvent = CustomEvent<{ goal: Goal | null; id: string }>;

const SKILL_LEVELS: readonly MasteryLevel[] = ['familiar', 'proficient', 'mastered'];

/**
 * `<wf-goal-editor learner-id=... set-by="learner|coach">`: creates a goal, or edits `.goal`:
 * earn a pack credential, bring chosen skills to a level, or practise minutes a day, each with an
 * optional target date. A draft that does not make sense gets a message and stores nothing.
 *
 * @property learnerId (attribute learner-id) - whose goal it is.
 * @property setBy (attribute set-by) - 'learner' (default) or 'coach' (coach mode).
 * @property goal - the goal to edit; null (default) to create one.
 * @property db - the database (the app's by default; tests pass their own).
 * @property packSource - where credentials and skills to choose from come from.
 * @fires wf-goal-saved - after the goal is stored; detail { id, goal } (goal null after an edit).
 * @fires wf-goal-cancel - when the learner cancels an edit.
 */
export class WfGoalEditor extends LitElement {
  static override styles = [controlStyles, goalEditorStyles];
  static override properties = {
    learnerId: { type: String, attribute: 'learner-id' },
    setBy: { type: String, attribute: 'set-by' },
    goal: { attribute: false },
    db: { attribute: false },
    packSource: { attribute: false },
    packs: { state: true },
    kind: { state: true },
    packId: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  declare learnerId: string;
  declare setBy: 'learner' | 'coach';
  declare goal: Goal | null;
  declare db: WayfindDb;
  declare packSource: PackSource;
  declare packs: PackChoice[];
  declare kind: GoalKind;
  declare packId: string;
  declare problem: string;
  declare busy: boolean;
  #formKey = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.learnerId = '';
    this.setBy = 'learner';
    this.goal = null;
    this.db = appDb();
    this.packSource = installedPackChoices;
    this.packs = [];
    this.kind = 'credential';
    this.packId = '';
    this.problem = '';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.packSource(this.db, getLocale()).then((packs) => {
      this.packs = packs;
      if (!this.packId) this.packId = this.goal?.packId ?? packs[0]?.id ?? '';
    });
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('goal') && this.goal) {
      this.kind = this.goal.kind;
      this.packId = this.goal.packId ?? this.packId;
    }
  }

  protected override render() {
    const goal = this.goal;
    const kinds: Array<[GoalKind, string]> = [
      ['credential', msg('Earn a credential')],
      ['skills', msg('Master skills')],
      ['minutes', msg('Practise minutes a day')],
    ];
    // A new key after each goal is created gives a fresh, empty form.
    return keyed(this.#formKey, html`<form novalidate @submit=${this.#save}>
      <fieldset>
        <legend>${msg('Kind of goal')}</legend>
        <div class="choices">
          ${kinds.map(
            ([kind, label]) => html`<label><input type="radio" name="kind" .value=${kind} .checked=${this.kind === kind}
              @change=${() => (this.kind = kind)} />${label}</label>`,
          )}
        </div>
      </fieldset>
      ${this.kind === 'credential' ? this.#credentialFields(goal) : this.kind === 'skills' ? this.#skillFields(goal) : this.#minuteFields(goal)}
      <div class="field">
        <label for="due">${msg('Target date (optional)')}</label>
        <input id="due" name="due" type="date" min=${localDay(Date.now())} .value=${goal?.dueAt ? localDay(goal.dueAt) : ''} />
      </div>
      <div class="field">
        <label for="title">${msg('Name (optional)')}</label>
        <input id="title" name="title" type="text" maxlength="120" .value=${goal?.title ?? ''} />
        <p class="hint">${msg('Left empty, the goal is named for what it asks.')}</p>
      </div>
      <p class="problem" role="alert">${this.problem}</p>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${goal ? msg('Save changes') : msg('Set goal')}</button>
        ${goal ? html`<button type="button" @click=${this.#cancel}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`);
  }

  #credentialFields(goal: Goal | null) {
    const credentials = this.packs.flatMap((pack) => pack.credentials.map((credential) => ({ pack, credential })));
    if (credentials.length === 0) return html`<p>${msg('No credentials to choose from yet: add a content pack in Settings.')}</p>`;
    const selected = goal?.kind === 'credential' ? `${goal.packId}/${goal.credentialKey}` : '';
    return html`<div class="field">
      <label for="credential">${msg('Credential to earn')}</label>
      <select id="credential" name="credential">
        <option value="" ?selected=${selected === ''}>${msg('Choose a credential')}</option>
        ${this.packs.map(
          (pack) => html`<optgroup label=${pack.title}>
            ${pack.credentials.map((credential) => {
              const value = `${pack.id}/${credential.credentialKey}`;
              return html`<option value=${value} ?selected=${value === selected}>${credential.name}</option>`;
            })}
          </optgroup>`,
        )}
      </select>
    </div>`;
  }

  #skillFields(goal: Goal | null) {
    const pack = this.packs.find((candidate) => candidate.id === this.packId) ?? this.packs[0];
    if (!pack) return html`<p>${msg('No skills to choose from yet: add a content pack in Settings.')}</p>`;
    const chosen = new Set(goal?.kind === 'skills' ? goal.skillIds : []);
    const level = goal?.kind === 'skills' ? goal.targetLevel : 'mastered';
    const levelNames: Record<string, string> = { familiar: msg('Familiar'), proficient: msg('Proficient'), mastered: msg('Mastered') };
    return html`
      ${this.packs.length > 1
        ? html`<div class="field">
            <label for="pack">${msg('Course')}</label>
            <select id="pack" @change=${(event: Event) => (this.packId = (event.target as HTMLSelectElement).value)}>
              ${this.packs.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === pack.id}>${candidate.title}</option>`)}
            </select>
          </div>`
        : nothing}
      <fieldset>
        <legend>${msg('Skills')}</legend>
        <div class="skills">
          ${pack.skills.map(
            (skill) => html`<label><input type="checkbox" name="skill" .value=${skill.id} .checked=${chosen.has(skill.id)} />${skill.name}</label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="level">${msg('Level to reach')}</label>
        <select id="level" name="level">
          ${SKILL_LEVELS.map((value) => html`<option value=${value} ?selected=${value === level}>${levelNames[value]}</option>`)}
        </select>
      </div>
    `;
  }

  #minuteFields(goal: Goal | null) {
    return html`<div class="field">
      <label for="minutes">${msg('Minutes a day')}</label>
      <input id="minutes" name="minutes" type="number" inputmode="numeric" min="1" max="240" step="1"
        .value=${String(goal?.minutesPerDay ?? 15)} />
    </div>`;
  }

  /** The form's state as a draft plus the stored fields it implies. */
  #read(form: HTMLFormElement): { draft: GoalDraft; goal: NewGoal } {
    const data = new FormData(form);
    const dueDay = String(data.get('due') ?? '').trim() || null;
    const typed = String(data.get('title') ?? '').trim();
    const base = { learnerId: this.learnerId, setBy: this.setBy, dueAt: dueDay && /^\d{4}-\d{2}-\d{2}$/.test(dueDay) ? dueAtOfDay(dueDay) : null };
    if (this.kind === 'credential') {
      const [packId, key] = String(data.get('credential') ?? '').split('/');
      const credential = this.packs.find((pack) => pack.id === packId)?.credentials.find((entry) => entry.credentialKey === key);
      const draft: GoalDraft = { kind: 'credential', packId: credential ? packId! : null, credentialKey: credential ? key! : null, skillIds: [...(credential?.skillIds ?? [])], minutesPerDay: null, dueDay };
      const title = typed || (credential ? msg(str`Earn ${credential.name}`) : '');
      return { draft, goal: { ...base, kind: 'credential', title, packId: draft.packId, credentialKey: draft.credentialKey, skillIds: draft.skillIds, targetLevel: credential?.level ?? 'mastered', minutesPerDay: null } };
    }
    if (this.kind === 'skills') {
      const skillIds = data.getAll('skill').map(String);
      const level = (String(data.get('level') ?? 'mastered') as MasteryLevel);
      const packId = (this.packs.find((pack) => pack.id === this.packId) ?? this.packs[0])?.id ?? null;
      const draft: GoalDraft = { kind: 'skills', packId, credentialKey: null, skillIds, minutesPerDay: null, dueDay };
      const count = skillIds.length;
      const only = count === 1 ? this.packs.flatMap((pack) => pack.skills).find((skill) => skill.id === skillIds[0])?.name : undefined;
      const title = typed || (only ? msg(str`Master ${only}`) : msg(str`Master ${count} skills`));
      return { draft, goal: { ...base, kind: 'skills', title, packId, credentialKey: null, skillIds, targetLevel: SKILL_LEVELS.includes(level) ? level : 'mastered', minutesPerDay: null } };
    }
    const raw = String(data.get('minutes') ?? '').trim();
    const minutes = raw === '' ? null : Number(raw);
    const draft: GoalDraft = { kind: 'minutes', packId: null, credentialKey: null, skillIds: [], minutesPerDay: minutes, dueDay };
    const title = typed || msg(str`Practise ${minutes} minutes a day`);
    return { draft, goal: { ...base, kind: 'minutes', title, packId: null, credentialKey: null, skillIds: [], targetLevel: 'mastered', minutesPerDay: minutes } };
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { draft, goal } = this.#read(event.target as HTMLFormElement);
    const problem = !this.learnerId ? msg('Choose a learner first.') : goalDraftProblem(draft, Date.now());
    this.problem = problem ?? '';
    if (problem) return;
    this.busy = true;
    try {
      if (this.goal) {
        await updateGoal(this.db, this.goal.id, goal);
        this.#dispatchSaved(this.goal.id, null);
      } else {
        const stored = await addGoal(this.db, goal);
        this.#formKey += 1;
        this.#dispatchSaved(stored.id, stored);
      }
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  #dispatchSaved(id: string, goal: Goal | null): void {
    this.dispatchEvent(new CustomEvent('wf-goal-saved', { detail: { id, goal }, bubbles: true, composed: true }) as GoalSavedEvent);
  }

  #cancel(): void {
    this.dispatchEvent(new CustomEvent('wf-goal-cancel', { bubbles: true, composed: true }));
  }
}

customElements.define('wf-goal-editor', WfGoalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wf-goal-editor': WfGoalEditor;
  }
  interface HTMLElementEventMap {
    'wf-goal-saved': GoalSavedEvent;
    'wf-goal-cancel': CustomEvent<void>;
  }
}
