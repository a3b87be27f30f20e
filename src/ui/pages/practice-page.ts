import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import type { Pack } from '../../content/schema.ts';
import { listLibrary, readCatalog, type CatalogEntry, type LibraryEntry } from '../../app/content-library.ts';
import type { PracticeSession, PresentedItem, SessionSummary } from '../../app/practice-session.ts';
import { afterPractice, choosePack, chosenPackId, readPack, startPractice } from '../../app/practice/practice-setup.ts';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { getLocale } from '../../i18n/localization.ts';
import { answerGuardContext } from '../app/contexts.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { LiveQueryController } from '../controllers/live-query-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { practicePageStyles } from './practice-page.styles.ts';
import type { AnswerEventDetail, ItemFeedback, ItemHelp, WfItemView } from '../components/item-view/item-view.ts';
import type { WfLessonView } from '../components/lesson-view/lesson-view.ts';
import type { ReflectionEventDetail } from '../components/session-summary/session-summary.ts';
import '../components/item-view/item-view.ts';
import '../components/lesson-view/lesson-view.ts';
import '../components/why-this/why-this.ts';
import '../components/session-summary/session-summary.ts';
import '../components/mastery-badge/mastery-badge.ts';

/** A skill's name in the learner's language, where the pack gives one. */
const nameOf = (skill: { name: string; l10n?: Record<string, { name?: string }> | undefined }): string => skill.l10n?.[getLocale()]?.name ?? skill.name;

type Phase = 'ready' | 'starting' | 'lesson' | 'item' | 'empty' | 'summary';
const NO_HELP: ItemHelp = { hints: [], solution: null, more: true };

/**
 * `<wf-practice-page>`: the learner's practice loop. Without a learner it links to /welcome;
 * without a chosen pack it offers the packs on this device. Then: Start, a lesson before a
 * skill's first item, the item (any type) with hints, feedback and "Why this?", Next, and End
 * session with a summary and an optional one-line reflection for the journal.
 * `/practice?skill=ID` practises the skill the learner picked on the map.
 *
 * @property db - the database (defaults to the app's).
 * @property useWorker - run the model in its worker (default); tests turn it off.
 * @property catalogUrl - where the built-in pack catalog is served.
 */
export class WfPracticePage extends LitElement {
  static override properties = {
    db: { attribute: false },
    useWorker: { attribute: false },
    catalogUrl: { attribute: false },
    phase: { state: true },
    library: { state: true },
    changingPack: { state: true },
    presented: { state: true },
    help: { state: true },
    feedback: { state: true },
    message: { state: true },
    busy: { state: true },
    summary: { state: true },
    reflectionSaved: { state: true },
    reflectionError: { state: true },
    error: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    practicePageStyles,
  ];

  declare db: WayfindDb;
  declare useWorker: boolean;
  declare catalogUrl: string;
  declare phase: Phase;
  declare library: LibraryEntry[] | null;
  declare changingPack: boolean;
  declare presented: PresentedItem | null;
  declare help: ItemHelp;
  declare feedback: ItemFeedback | null;
  declare message: string;
  declare busy: boolean;
  declare summary: SessionSummary | null;
  declare reflectionSaved: boolean;
  declare reflectionError: string;
  declare error: string;

  readonly household = new HouseholdController(this);
  readonly #guard = new ContextConsumer(this, { context: answerGuardContext, subscribe: true });
  readonly packId = new LiveQueryController(
    this,
    () => (this.household.current ? chosenPackId(this.db, this.household.current.id) : null),
    () => [this.household.current?.id, this.db],
  );
  #session: PracticeSession | null = null;
  #pack: Pack | null = null;
  #catalog: CatalogEntry[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.useWorker = true;
    this.catalogUrl = '/content/index.json';
    this.phase = 'ready';
    this.library = null;
    this.changingPack = false;
    this.presented = null;
    this.help = NO_HELP;
    this.feedback = null;
    this.message = '';
    this.busy = false;
    this.summary = null;
    this.reflectionSaved = false;
    this.reflectionError = '';
    this.error = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#closeSession();
  }

  protected override willUpdate(): void {
    // Another learner took over the device: their practice starts fresh.
    const learnerId = this.household.current?.id;
    if (this.#session && this.#sessionLearner !== learnerId) {
      void this.#closeSession();
      this.phase = 'ready';
    }
  }

  #sessionLearner: string | undefined;
  /** A skill picked on the map starts practice at once (once per page). */
  #autoStarted = false;

  protected override updated(): void {
    const ready = this.phase === 'ready' && !this.changingPack && this.household.current && this.packId.value;
    if (ready && !this.#autoStarted && this.#chosenSkillId()) {
      this.#autoStarted = true;
      void this.#start();
    }
  }
  /** The lesson was opened from an item (its button then goes back to the item). */
  #lessonFromItem = false;

  protected override render() {
    const { loaded, current } = this.household.snapshot;
    if (!loaded || (current && this.packId.loading)) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!current) {
      return html`<section aria-labelledby="no-learner">
        <h2 id="no-learner">${msg('Who is practising?')}</h2>
        <p>${msg('Practice needs a learner profile, so your progress is kept for you.')}</p>
        <a class="button" href="/welcome">${msg('Create a learner profile')}</a>
      </section>`;
    }
    const packId = this.packId.value ?? null;
    if (packId === null || this.changingPack) return this.#renderPackChooser(packId);
    switch (this.phase) {
      case 'ready':
      case 'starting':
        return this.#renderReady(current.displayName);
      case 'lesson':
        return this.#renderLesson();
      case 'item':
        return this.#renderItem();
      case 'empty':
        return html`<section aria-labelledby="empty-heading">
          <h2 id="empty-heading">${msg('All caught up')}</h2>
          <p>${msg('There is nothing more to practise in this pack right now: every skill you are ready for is mastered, and no review is due.')}</p>
          <button type="button" class="primary" @click=${() => void this.#end()}>${msg('End session')}</button>
        </section>`;
      case 'summary':
        return html`<section aria-labelledby="summary-heading">
          <h2 id="summary-heading" tabindex="-1">${msg('Session summary')}</h2>
          <wf-session-summary
            .summary=${this.summary}
            ?reflectionSaved=${this.reflectionSaved}
            .reflectionError=${this.reflectionError}
            @wf-reflection=${(e: CustomEvent<ReflectionEventDetail>) => void this.#reflect(e.detail.text)}
            @wf-practice-again=${() => void this.#start()}
          ></wf-session-summary>
        </section>`;
    }
  }

  #renderPackChooser(current: string | null) {
    if (this.library === null) {
      void this.#loadLibrary();
      return html`<p role="status">${msg('Reading the packs…')}</p>`;
    }
    return html`<section aria-labelledby="pack-heading">
      <h2 id="pack-heading">${msg('Choose what to practise')}</h2>
      <form @submit=${this.#submitPack}>
        <fieldset>
          <legend>${msg('Content packs on this device')}</legend>
          ${this.library.map(
            (pack, index) => html`<label class="pack">
              <input type="radio" name="pack" .value=${pack.id} ?checked=${current === null ? index === 0 : pack.id === current} />
              ${pack.title}
            </label>`,
          )}
        </fieldset>
        <p class="error" role="alert">${this.error}</p>
        <button type="submit" class="primary">${msg('Practise this pack')}</button>
        ${current !== null ? html`<button type="button" @click=${() => (this.changingPack = false)}>${msg('Cancel')}</button>` : nothing}
      </form>
    </section>`;
  }

  #renderReady(name: string) {
    if (this.library === null) void this.#loadLibrary();
    const chosen = this.#chosenSkillId();
    const title = this.library?.find((entry) => entry.id === this.packId.value)?.title ?? this.#pack?.title ?? '';
    return html`<section aria-labelledby="ready-heading">
      <h2 id="ready-heading">${msg(str`Ready when you are, ${name}`)}</h2>
      ${title ? html`<p>${msg(str`Pack: ${title}`)}</p>` : nothing}
      ${chosen ? html`<p>${msg('You picked a skill on the map; practice starts with it.')}</p>` : nothing}
      <p class="error" role="alert">${this.error}</p>
      <div class="bar">
        <button type="button" class="primary" ?disabled=${this.phase === 'starting'} @click=${() => void this.#start()}>
          ${this.phase === 'starting' ? msg('Starting…') : msg('Start practice')}
        </button>
        <button type="button" @click=${this.#changePack}>${msg('Change pack')}</button>
      </div>
    </section>`;
  }

  #renderLesson() {
    const presented = this.presented;
    if (!presented) return nothing;
    return html`<section>
      <wf-lesson-view
        .skill=${presented.skill}
        .assets=${this.#pack?.assets}
        .packLang=${this.#pack?.language ?? ''}
        .doneLabel=${this.#lessonFromItem ? msg('Back to the item') : msg('Start practising')}
        @wf-lesson-done=${() => void this.#show('item')}
      ></wf-lesson-view>
    </section>`;
  }

  #renderItem() {
    const presented = this.presented;
    const session = this.#session;
    if (!presented || !session) return nothing;
    const names = new Map(session.pack.skills.map((skill) => [skill.id, nameOf(skill)]));
    const skillName = nameOf(presented.skill);
    const itemNumber = session.answered + (this.feedback ? 0 : 1);
    // data-engine names the model that chose the item (dkt, bkt, bkt-local), for tests and support.
    return html`<section aria-labelledby="skill-heading" data-engine=${session.engine}>
      <div class="skill-head">
        <h2 id="skill-heading">${skillName}</h2>
        <wf-mastery-badge level=${session.levelOf(presented.skill.id)}></wf-mastery-badge>
        ${presented.review ? html`<span class="tag">${msg('Review')}</span>` : nothing}
        <span class="tag">${msg(str`Item ${itemNumber}`)}</span>
      </div>
      ${session.engine === 'dkt'
        ? nothing
        : html`<p class="model-note" role="note">
            ${msg('The learning model could not load on this device, so a simpler model (Bayesian knowledge tracing) chooses your practice for now. Your answers are saved as usual; Settings › Learning model says more.')}
          </p>`}
      <wf-item-view
        .item=${presented.item}
        .assets=${session.pack.assets}
        .packLang=${session.pack.language}
        .skillName=${skillName}
        .help=${this.help}
        .feedback=${this.feedback}
        .message=${this.message}
        ?busy=${this.busy}
        @wf-answer=${(e: CustomEvent<AnswerEventDetail>) => void this.#answer(e.detail.response)}
        @wf-hint=${this.#hint}
        @wf-open-lesson=${() => void this.#show('lesson', true)}
        @wf-next=${() => void this.#advance()}
      ></wf-item-view>
      <wf-why-this .why=${presented.why} .skillName=${skillName} .names=${names}></wf-why-this>
      <div class="bar">
        ${session.learnerChoice
          ? html`<button type="button" @click=${() => {
                session.clearLearnerChoice();
                this.requestUpdate();
              }}>${msg('Let Wayfind choose the next items')}</button>`
          : nothing}
        <button type="button" ?disabled=${this.busy} @click=${() => void this.#end()}>${msg('End session')}</button>
      </div>
    </section>`;
  }

  #libraryLoading = false;

  async #loadLibrary(): Promise<void> {
    if (this.#libraryLoading) return;
    this.#libraryLoading = true;
    try {
      this.#catalog = await readCatalog(this.catalogUrl).catch(() => []);
      this.library = await listLibrary(this.db, this.#catalog, getLocale());
    } catch (error) {
      this.library = [];
      this.error = (error as Error).message;
    } finally {
      this.#libraryLoading = false;
    }
  }

  async #submitPack(event: Event): Promise<void> {
    event.preventDefault();
    const learner = this.household.current;
    const chosen = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input[name=pack]:checked')?.value;
    if (!learner) return;
    if (!chosen) {
      this.error = msg('Choose a pack first.');
      return;
    }
    this.error = '';
    await choosePack(this.db, learner.id, chosen);
    this.#pack = null;
    this.changingPack = false;
    this.phase = 'ready';
  }

  #changePack(): void {
    this.changingPack = true;
    void this.#loadLibrary();
  }

  #chosenSkillId(): string | undefined {
    return new URLSearchParams(location.search).get('skill') ?? undefined;
  }

  async #start(): Promise<void> {
    const learner = this.household.current;
    const packId = this.packId.value;
    if (!learner || !packId || this.phase === 'starting') return;
    await this.#closeSession();
    this.phase = 'starting';
    this.error = '';
    this.summary = null;
    this.reflectionSaved = false;
    this.reflectionError = '';
    try {
      if (this.#pack?.id !== packId) {
        if (this.#catalog.length === 0) this.#catalog = await readCatalog(this.catalogUrl).catch(() => []);
        this.#pack = await readPack(this.db, packId, this.#catalog);
      }
      const guard = this.#guard.value;
      const learnerChoice = this.#chosenSkillId();
      this.#session = await startPractice({
        db: this.db,
        learnerId: learner.id,
        pack: this.#pack,
        useWorker: this.useWorker,
        ...(guard ? { guard } : {}),
        ...(learnerChoice ? { learnerChoice } : {}),
      });
      this.#sessionLearner = learner.id;
      await this.#advance();
    } catch (error) {
      this.phase = 'ready';
      const reason = (error as Error).message;
      this.error = msg(str`Practice could not start: ${reason}`);
    }
  }

  async #advance(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.presented = session.next();
    this.help = NO_HELP;
    this.feedback = null;
    this.message = '';
    if (!this.presented) {
      this.phase = 'empty';
      return;
    }
    await this.#show(this.presented.firstOfSkill ? 'lesson' : 'item');
  }

  /** Switches between the lesson and the item, and puts focus at the top of what is shown. */
  async #show(phase: 'lesson' | 'item', fromItem = false): Promise<void> {
    this.#lessonFromItem = fromItem;
    this.phase = phase;
    await this.updateComplete;
    if (phase === 'lesson') {
      const lesson = this.renderRoot.querySelector<WfLessonView>('wf-lesson-view');
      await lesson?.updateComplete;
      lesson?.focusTitle();
    } else {
      const view = this.renderRoot.querySelector<WfItemView>('wf-item-view');
      await view?.updateComplete;
      if (!this.feedback) view?.focusQuestion();
    }
  }

  #hint(): void {
    if (this.#session) this.help = this.#session.revealHint();
  }

  async #answer(response: AnswerEventDetail['response']): Promise<void> {
    const session = this.#session;
    if (!session || this.busy) return;
    this.busy = true;
    this.message = '';
    try {
      const outcome = await session.answer(response);
      if (!outcome.stored) this.message = outcome.message;
      else this.feedback = outcome;
    } catch (error) {
      const reason = (error as Error).message;
      this.message = msg(str`Your answer could not be saved, so nothing changed: ${reason}`);
    } finally {
      this.busy = false;
    }
  }

  async #end(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      const summary = await session.end();
      const names = new Map(session.pack.skills.map((skill) => [skill.id, nameOf(skill)]));
      this.summary = { ...summary, movedUp: summary.movedUp.map((move) => ({ ...move, name: names.get(move.skillId) ?? move.name })) };
      this.phase = 'summary';
      if (this.useWorker && this.summary.items > 0) afterPractice(session.pack, this.db);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
    } catch (error) {
      const reason = (error as Error).message;
      this.message = msg(str`The session could not be closed: ${reason}`);
    }
  }

  async #reflect(text: string): Promise<void> {
    try {
      // The prompt is stored in the learner's language, as they saw it.
      const prompt = msg('One line about today: what did you learn, or what was hard?');
      this.reflectionSaved = (await this.#session?.saveReflection(text, prompt)) ?? false;
    } catch (error) {
      this.reflectionError = (error as Error).message;
    }
  }

  async #closeSession(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    this.presented = null;
    if (session && !session.ended) await session.end().catch(() => undefined);
  }
}

customElements.define('wf-practice-page', WfPracticePage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-practice-page': WfPracticePage;
  }
}
