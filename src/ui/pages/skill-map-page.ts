import { skillReadiness } from '../../app/practice/index.ts';
import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { listSkillStatesForPack } from '../../data/skill-states.ts';
import { listLibrary, readCatalog, type CatalogEntry, type LibraryEntry } from '../../app/library/index.ts';
import { choosePack, chosenPackId, openPack } from '../../app/library/index.ts';
import type { Pack } from '../../content/index.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { LiveQueryController } from '../controllers/live-query-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/skill-map/skill-map.ts';
import { mapSkillsOf } from '../components/skill-map/map-skills.ts';
import type { MapSkill, SkillMapView, SkillStanding } from '../components/skill-map/skill-map.ts';


/**
 * `<wf-skill-map-page>` (/map): the current learner's skill map for their course, with a switch
 * between the drawn map and the list view, and the course to show when there are several.
 * Levels follow the learner's skill states live.
 *
 * @property catalogUrl - where the built-in pack catalog is read (tests pass a data: URL).
 */
export class WfSkillMapPage extends LitElement {
  static override properties = {
    catalogUrl: { type: String },
    view: { state: true },
    library: { state: true },
    pack: { state: true },
    loadError: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 2rem;
        align-items: end;
        margin-bottom: 1rem;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        gap: 1rem;
        align-items: center;
      }
      legend {
        font-weight: 600;
        float: left;
        margin-inline-end: 0.5rem;
      }
      label {
        display: inline-flex;
        gap: 0.4rem;
        align-items: center;
        min-height: var(--wf-target);
      }
      .course {
        display: grid;
        gap: 0.25rem;
      }
      .summary {
        color: var(--wf-text-muted);
      }
    `,
  ];

  declare catalogUrl: string;
  declare view: SkillMapView;
  declare library: LibraryEntry[] | null;
  declare pack: Pack | null;
  declare loadError: string;

  readonly household = new HouseholdController(this);
  readonly #states = new LiveQueryController(
    this,
    async () => {
      const learner = this.household.current;
      if (!learner || !this.pack) return new Map<string, SkillStanding>();
      const states = await listSkillStatesForPack(this.#db, learner.id, this.pack.id);
      // Levels through the practice feature's readiness, as every other page reads them.
      return new Map(states.map((state) => {
        const readiness = skillReadiness(states, state.skillId, state.packId);
        return [state.skillId, { level: readiness.level, estimate: readiness.estimate ?? 0, placed: readiness.placed }];
      }));
    },
    () => [this.household.current?.id, this.pack],
  );
  #catalog: CatalogEntry[] = [];
  #loadedFor: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.catalogUrl = '/content/index.json';
    this.view = 'map';
    this.library = null;
    this.pack = null;
    this.loadError = '';
  }

  get #db(): WayfindDb {
    return this.household.service?.db ?? appDb();
  }

  protected override willUpdate() {
    const learnerId = this.household.current?.id ?? null;
    if (learnerId && learnerId !== this.#loadedFor) {
      this.#loadedFor = learnerId;
      void this.#load(learnerId);
    }
  }

  async #load(learnerId: string, packId?: string) {
    try {
      if (this.library === null) {
        this.#catalog = await readCatalog(this.catalogUrl).catch(() => []);
        this.library = await listLibrary(this.#db, this.#catalog, getLocale());
      }
      const id = packId ?? (await chosenPackId(this.#db, learnerId, this.library));
      if (!id) throw new Error(msg('No course is installed. Add one in Settings.'));
      this.pack = await openPack(this.#db, id, this.#catalog);
      this.loadError = '';
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p>${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section><h2>${msg('No profile yet')}</h2><p><a href="/welcome">${msg('Create a profile to see your skill map')}</a></p></section>`;
    }
    if (this.loadError) return html`<p role="alert">${msg(str`The course could not be opened: ${this.loadError}`)}</p>`;
    if (!this.pack || this.library === null) return html`<p>${msg('Loading the skill map…')}</p>`;
    const standings = this.#states.value ?? new Map<string, SkillStanding>();
    const skills = this.#skillsOf(this.pack);
    const mastered = skills.filter((skill) => standings.get(skill.id)?.level === 'mastered').length;
    return html`<h2>${msg(str`${learner.displayName}'s skills`)}</h2>
      <div class="toolbar">
        <fieldset>
          <legend>${msg('Show as')}</legend>
          <label><input type="radio" name="view" value="list" .checked=${this.view === 'list'} @change=${() => (this.view = 'list')} />${msg('List (best with a screen reader)')}</label>
          <label><input type="radio" name="view" value="map" .checked=${this.view === 'map'} @change=${() => (this.view = 'map')} />${msg('Map')}</label>
        </fieldset>
        ${this.library.length > 1
          ? html`<div class="course">
              <label for="course">${msg('Course')}</label>
              <select id="course" @change=${this.#changePack}>
                ${this.library.map((entry) => html`<option value=${entry.id} ?selected=${entry.id === this.pack?.id}>${entry.title}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <p class="summary">${msg(str`${mastered} of ${skills.length} skills mastered.`)}</p>
      <wf-skill-map .skills=${skills} .standings=${standings} view=${this.view}></wf-skill-map>`;
  }

  #skills: { pack: Pack; locale: string; skills: MapSkill[] } | null = null;

  /** The same array while pack and language stay, so the map keeps its layout between renders. */
  #skillsOf(pack: Pack): MapSkill[] {
    const locale = getLocale();
    if (this.#skills?.pack !== pack || this.#skills.locale !== locale) this.#skills = { pack, locale, skills: mapSkillsOf(pack, locale) };
    return this.#skills.skills;
  }

  async #changePack(event: Event) {
    const learner = this.household.current;
    const packId = (event.target as HTMLSelectElement).value;
    if (!learner) return;
    await choosePack(this.#db, learner.id, packId);
    await this.#load(learner.id, packId);
  }
}

customElements.define('wf-skill-map-page', WfSkillMapPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-skill-map-page': WfSkillMapPage;
  }
}
