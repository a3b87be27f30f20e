import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { addGoal } from '../../data/goals.ts';
import { AGE_BANDS, type AgeBand, type Learner } from '../../data/records.ts';
import { listLibrary, readCatalog, type CatalogEntry, type LibraryEntry } from '../../app/library/index.ts';
import { choosePack, openPack } from '../../app/library/index.ts';
import type { Pack } from '../../content/index.ts';
import { DEFAULT_PLACEMENT_OPTIONS } from '../../app/placement/index.ts';
import { getLocale, isLocale, localeNames, supportedLocales } from '../../i18n/localization.ts';
import { AVATAR_KEYS, avatarGlyph } from '../components/avatars.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { preferencesContext } from '../app/contexts.ts';
import { welcomeStyles } from './welcome-page.styles.ts';

type Step = 'profile' | 'goal' | 'start';

export function ageBandLabel(band: AgeBand): string {
  switch (band) {
    case 'under-8': return msg('Under 8');
    case '8-10': return msg('8 to 10');
    case '11-13': return msg('11 to 13');
    case '14-17': return msg('14 to 17');
    case 'adult': return msg('Adult');
  }
}

/** The avatar's name, read by screen readers (the emoji alone is announced inconsistently). */
export function avatarName(key: string): string {
  const names: Record<string, string> = {
    fox: msg('Fox'), owl: msg('Owl'), turtle: msg('Turtle'), cat: msg('Cat'), dog: msg('Dog'), panda: msg('Panda'),
    rocket: msg('Rocket'), star: msg('Star'), tree: msg('Tree'), book: msg('Book'), bike: msg('Bike'), guitar: msg('Guitar'),
  };
  return names[key] ?? key;
}

/**
 * `<wf-welcome-page>`: onboarding in three steps, each a form with fieldsets and a heading that
 * takes focus when the step opens: (1) a profile with name, avatar, age band and language only;
 * (2) a course and a goal in it (one of its credentials, or skills the learner picks), stored as
 * a goal and the `packFor:<learnerId>` setting; (3) the placement check or the first skill.
 *
 * @property catalogUrl - where the built-in pack catalog is read (tests pass a data: URL).
 * The database is the household's (HouseholdService.db), so tests can provide their own.
 */
export class WfWelcomePage extends LitElement {
  static override properties = {
    catalogUrl: { type: String },
    step: { state: true },
    error: { state: true },
    busy: { state: true },
    library: { state: true },
    pack: { state: true },
    packId: { state: true },
    goalChoice: { state: true },
  };
  static override styles = welcomeStyles;

  declare catalogUrl: string;
  declare step: Step;
  declare error: string;
  declare busy: boolean;
  declare library: LibraryEntry[] | null;
  declare pack: Pack | null;
  declare packId: string;
  declare goalChoice: string;

  readonly household = new HouseholdController(this);
  readonly #preferences = new ContextConsumer(this, { context: preferencesContext });
  #catalog: CatalogEntry[] = [];
  #learner: Learner | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.catalogUrl = '/content/index.json';
    this.step = 'profile';
    this.error = '';
    this.busy = false;
    this.library = null;
    this.pack = null;
    this.packId = '';
    this.goalChoice = '';
  }

  get #db(): WayfindDb {
    return this.household.service?.db ?? appDb();
  }

  protected override render() {
    const stepNumber = ['profile', 'goal', 'start'].indexOf(this.step) + 1;
    return html`<p class="progress">${msg(str`Step ${stepNumber} of 3`)}</p>
      ${this.step === 'profile' ? this.#profileStep() : this.step === 'goal' ? this.#goalStep() : this.#startStep()}`;
  }

  #errorMessage() {
    // Always in the page, so a screen reader announces the text as soon as it appears.
    return html`<p id="error" class="error" role="alert">${this.error || nothing}</p>`;
  }

  #profileStep() {
    const locale = getLocale();
    return html`<form @submit=${this.#submitProfile} novalidate aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('Create your profile')}</h2>
      <p>${msg('Wayfind keeps only these four things about you, on this device.')}</p>
      <div class="field">
        <label for="name">${msg('Your name or nickname')}</label>
        <input id="name" name="name" autocomplete="nickname" maxlength="40" required aria-describedby="error" />
      </div>
      <fieldset>
        <legend>${msg('Choose an avatar')}</legend>
        <div class="avatars">
          ${AVATAR_KEYS.map(
            (key, index) => html`<label class="avatar"
              ><input type="radio" name="avatar" value=${key} ?checked=${index === 0} /><span aria-hidden="true">${avatarGlyph(key)}</span
              ><span class="visually-hidden">${avatarName(key)}</span></label
            >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${msg('Your age')}</legend>
        ${AGE_BANDS.map(
          (band) => html`<label class="choice"><input type="radio" name="ageBand" value=${band} />${ageBandLabel(band)}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${msg('Language')}</legend>
        ${supportedLocales.map(
          (code) => html`<label class="choice" lang=${code}><input type="radio" name="language" value=${code} ?checked=${code === locale} />${localeNames[code]}</label>`,
        )}
      </fieldset>
      ${this.#errorMessage()}
      <button class="primary" type="submit" ?disabled=${this.busy}>${msg('Continue')}</button>
    </form>`;
  }

  async #submitProfile(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    if (!name) return this.#fail(msg('Please enter a name or nickname (it can be made up).'), 'name');
    const service = this.household.service;
    if (!service) return this.#fail(msg('Wayfind is still starting. Please try again in a moment.'));
    const language = String(data.get('language'));
    // Asked, never assumed: a grade 3 learner must not start out as an adult.
    const ageBand = data.get('ageBand');
    if (!ageBand || !(AGE_BANDS as readonly string[]).includes(String(ageBand))) return this.#fail(msg('Please choose your age group.'), 'ageBand');
    this.busy = true;
    try {
      this.#learner = await service.create({
        displayName: name.slice(0, 40),
        avatar: String(data.get('avatar') ?? AVATAR_KEYS[0]),
        ageBand: String(ageBand) as AgeBand,
        language,
      });
      if (isLocale(language) && language !== getLocale()) await this.#preferences.value?.update({ locale: language });
      await this.#loadLibrary();
      this.#goTo('goal');
    } catch (error) {
      this.#fail(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  }

  async #loadLibrary() {
    this.#catalog = await readCatalog(this.catalogUrl).catch(() => []);
    this.library = await listLibrary(this.#db, this.#catalog, getLocale());
    if (this.library.length > 0) await this.#selectPack(this.library[0]!.id);
  }

  async #selectPack(packId: string) {
    this.packId = packId;
    this.pack = null;
    this.goalChoice = '';
    try {
      this.pack = await openPack(this.#db, packId, this.#catalog);
      this.goalChoice = this.pack.credentials?.[0] ? `credential:${this.pack.credentials[0].id}` : 'skills';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  #goalStep() {
    const locale = getLocale();
    const pack = this.pack;
    const nameOf = (item: { name: string; l10n?: Record<string, { name?: string }> }) => item.l10n?.[locale]?.name ?? item.name;
    return html`<form @submit=${this.#submitGoal} novalidate aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('Choose a course and a goal')}</h2>
      <fieldset>
        <legend>${msg('Course')}</legend>
        ${this.library === null
          ? html`<p>${msg('Loading the courses…')}</p>`
          : this.library.length === 0
            ? html`<p>${msg('No course is installed yet. Add one in Settings.')}</p>`
            : this.library.map(
                (entry) => html`<label class="choice"
                  ><input type="radio" name="pack" value=${entry.id} .checked=${entry.id === this.packId}
                    @change=${() => this.#selectPack(entry.id)} />${entry.title}</label
                >`,
              )}
      </fieldset>
      ${pack
        ? html`<fieldset>
            <legend>${msg('Goal')}</legend>
            ${(pack.credentials ?? []).map(
              (credential) => html`<label class="choice"
                ><input type="radio" name="goal" value=${`credential:${credential.id}`} .checked=${this.goalChoice === `credential:${credential.id}`}
                  @change=${() => (this.goalChoice = `credential:${credential.id}`)} />${msg(str`Earn the credential "${nameOf(credential)}"`)}</label
              >`,
            )}
            <label class="choice"
              ><input type="radio" name="goal" value="skills" .checked=${this.goalChoice === 'skills'}
                @change=${() => (this.goalChoice = 'skills')} />${msg('Choose skills myself')}</label
            >
          </fieldset>
          ${this.goalChoice === 'skills'
            ? html`<fieldset class="skills">
                <legend>${msg('Skills to learn')}</legend>
                ${pack.skills.map(
                  (skill) => html`<label class="choice"><input type="checkbox" name="skill" value=${skill.id} />${nameOf(skill)}</label>`,
                )}
              </fieldset>`
            : nothing}`
        : this.packId
          ? html`<p>${msg('Loading the course…')}</p>`
          : nothing}
      ${this.#errorMessage()}
      <button class="primary" type="submit" ?disabled=${this.busy || !pack}>${msg('Continue')}</button>
    </form>`;
  }

  async #submitGoal(event: SubmitEvent) {
    event.preventDefault();
    const learner = this.#learner ?? this.household.current;
    const pack = this.pack;
    if (!learner || !pack) return this.#fail(msg('Please choose a course.'));
    const data = new FormData(event.target as HTMLFormElement);
    const locale = getLocale();
    let goal: { title: string; kind: 'credential' | 'skills'; credentialKey: string | null; skillIds: string[] };
    if (this.goalChoice.startsWith('credential:')) {
      const credential = pack.credentials?.find((c) => `credential:${c.id}` === this.goalChoice);
      if (!credential) return this.#fail(msg('Please choose a goal.'));
      const title = credential.l10n?.[locale]?.name ?? credential.name;
      goal = { title, kind: 'credential', credentialKey: credential.id, skillIds: [...credential.requires.skills] };
    } else {
      const skillIds = data.getAll('skill').map(String);
      if (skillIds.length === 0) return this.#fail(msg('Please choose at least one skill, or a credential as your goal.'), 'skill');
      const title = skillIds.length === 1
        ? (pack.skills.find((s) => s.id === skillIds[0])?.name ?? skillIds[0]!)
        : msg(str`${skillIds.length} skills in ${pack.title}`);
      goal = { title, kind: 'skills', credentialKey: null, skillIds };
    }
    this.busy = true;
    try {
      await addGoal(this.#db, {
        ...goal,
        learnerId: learner.id,
        packId: pack.id,
        targetLevel: 'mastered',
        minutesPerDay: null,
        dueAt: null,
        setBy: 'learner',
      });
      await choosePack(this.#db, learner.id, pack.id);
      this.#goTo('start');
    } catch (error) {
      this.#fail(error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  }

  #startStep() {
    return html`<section aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${msg('Where would you like to start?')}</h2>
      <p>${msg(str`The placement check asks at most ${DEFAULT_PLACEMENT_OPTIONS.maxQuestions} questions to find the skills you already know, so your practice starts where you are instead of at the very beginning. There is no score and no feedback during the check.`)}</p>
      <ul class="start">
        <li><a class="button primary" href="/placement">${msg('Take the placement check')}</a></li>
        <li><a class="button" href="/practice">${msg('Start from the beginning')}</a></li>
      </ul>
    </section>`;
  }

  #fail(message: string, focusName?: string) {
    this.error = message;
    if (focusName) {
      void this.updateComplete.then(() => {
        const field = this.renderRoot.querySelector<HTMLInputElement>(`[name="${focusName}"]`);
        field?.setAttribute('aria-invalid', 'true');
        field?.focus();
      });
    }
  }

  #goTo(step: Step) {
    this.error = '';
    this.step = step;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }
}

customElements.define('wf-welcome-page', WfWelcomePage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-welcome-page': WfWelcomePage;
  }
}
