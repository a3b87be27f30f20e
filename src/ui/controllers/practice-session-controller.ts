import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { msg, str } from '@lit/localize';
import { ContextConsumer } from '@lit/context';
import type { Pack } from '../../content/schema.ts';
import { listLibrary, readCatalog, type CatalogEntry, type LibraryEntry } from '../../app/library/index.ts';
import type { PracticeSession, PresentedItem, SessionSummary } from '../../app/practice/index.ts';
import { afterPractice, choosePack, chosenPackId, readPack, startPractice } from '../../app/practice/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { getLocale } from '../../i18n/localization.ts';
import { answerGuardContext } from '../app/contexts.ts';
import type { AnswerEventDetail, ItemFeedback, ItemHelp } from '../components/item-view/item-view.ts';
import { skillNameOf } from '../components/practice-item/practice-item.ts';
import type { HouseholdController } from './household-controller.ts';
import { LiveQueryController } from './live-query-controller.ts';

/** Where the learner is in practice: the page shows one screen per phase. */
export type PracticePhase = 'ready' | 'starting' | 'lesson' | 'item' | 'empty' | 'summary';

/** Everything the practice screens show. Only the controller changes it, and each change re-renders the host. */
export interface PracticeState {
  phase: PracticePhase;
  /** For the chooser: the packs on this device (null until read); the learner asked to change pack. */
  library: LibraryEntry[] | null;
  changingPack: boolean;
  /** The item on screen, the help unlocked for it, and its stored answer's feedback (null while unanswered). */
  presented: PresentedItem | null;
  help: ItemHelp;
  feedback: ItemFeedback | null;
  /** Why the last answer could not be read or saved, or the session could not be closed; else ''. */
  message: string;
  /** An answer is being stored (a second one is ignored meanwhile). */
  busy: boolean;
  summary: SessionSummary | null;
  reflectionSaved: boolean;
  reflectionError: string;
  /** Why the packs could not be listed or practice could not start; else ''. */
  error: string;
  /** The lesson was opened from an item, so its button goes back to the item. */
  lessonFromItem: boolean;
}

export interface PracticeControllerOptions {
  /** The host's properties, read at each use because a test or the app sets them after construction. */
  db: () => WayfindDb;
  useWorker: () => boolean;
  catalogUrl: () => string;
  /** Puts focus at the top of what was just shown; called once the host has rendered it. */
  focus: (shown: 'lesson' | 'item' | 'summary') => Promise<void> | void;
}

const NO_HELP: ItemHelp = { hints: [], solution: null, more: true };

const INITIAL: PracticeState = {
  phase: 'ready', library: null, changingPack: false, presented: null, help: NO_HELP, feedback: null, message: '',
  busy: false, summary: null, reflectionSaved: false, reflectionError: '', error: '', lessonFromItem: false,
};

/**
 * Runs the current learner's practice for a page: the pack they chose (and the packs to choose
 * from), the PracticeSession from start to reflection, and the state the screens show. The host
 * renders `state` (with `session`, `pack`, `packId`), calls a method for each thing the learner
 * does, and calls the two lifecycle methods from its willUpdate and updated. Every change of state
 * calls host.requestUpdate(); an unfinished session is ended when the host disconnects.
 *
 * ```ts
 * readonly practice = new PracticeSessionController(this, this.household, { db: () => this.db, ... });
 * render() { const { phase } = this.practice.state; ... @wf-next=${() => this.practice.next()} }
 * ```
 */
export class PracticeSessionController implements ReactiveController {
  /** The pack the learner chose, live (a choice made in another tab shows here too); null for none. */
  readonly packId: LiveQueryController<string | null>;

  readonly #host: ReactiveControllerHost;
  readonly #household: HouseholdController;
  readonly #options: PracticeControllerOptions;
  readonly #guard: ContextConsumer<typeof answerGuardContext, ReactiveElement>;
  #state: PracticeState = INITIAL;
  #session: PracticeSession | null = null;
  /** Whose session it is: another learner taking over the device must not answer into it. */
  #sessionLearner: string | undefined;
  #pack: Pack | null = null;
  #catalog: CatalogEntry[] = [];
  #libraryLoading = false;
  /** A skill picked on the map starts practice at once, but only once per page. */
  #autoStarted = false;

  constructor(host: ReactiveControllerHost & ReactiveElement, household: HouseholdController, options: PracticeControllerOptions) {
    this.#host = host;
    this.#household = household;
    this.#options = options;
    this.#guard = new ContextConsumer(host, { context: answerGuardContext, subscribe: true });
    const chosenPack = () => (household.current ? chosenPackId(options.db(), household.current.id) : null);
    this.packId = new LiveQueryController(host, chosenPack, () => [household.current?.id, options.db()]);
    host.addController(this);
  }

  get state(): Readonly<PracticeState> {
    return this.#state;
  }

  /** The running (or just ended) session, for the item's level, number and model. */
  get session(): PracticeSession | null {
    return this.#session;
  }

  /** The last pack read for a session (its title, assets and language). */
  get pack(): Pack | null {
    return this.#pack;
  }

  /** The skill picked on the map (`/practice?skill=ID`), if any. */
  get chosenSkillId(): string | undefined {
    return new URLSearchParams(location.search).get('skill') ?? undefined;
  }

  hostDisconnected(): void {
    void this.#closeSession();
  }

  /** For the host's willUpdate: another learner took over the device, so their practice starts fresh. */
  dropSessionOfOtherLearner(): void {
    if (this.#session && this.#sessionLearner !== this.#household.current?.id) {
      void this.#closeSession();
      this.#set({ phase: 'ready' });
    }
  }

  /** For the host's updated: starts the skill picked on the map as soon as practice can start. */
  startChosenSkillOnce(): void {
    const { phase, changingPack } = this.#state;
    const ready = phase === 'ready' && !changingPack && this.#household.current && this.packId.value;
    if (ready && !this.#autoStarted && this.chosenSkillId) {
      this.#autoStarted = true;
      void this.start();
    }
  }

  /** Reads the packs on this device for the chooser; a read already under way is not repeated. */
  async loadLibrary(): Promise<void> {
    if (this.#libraryLoading) return;
    this.#libraryLoading = true;
    try {
      // Without the catalog the chooser still lists imported packs.
      this.#catalog = await readCatalog(this.#options.catalogUrl()).catch(() => []);
      this.#set({ library: await listLibrary(this.#options.db(), this.#catalog, getLocale()) });
    } catch (error) {
      this.#set({ library: [], error: (error as Error).message });
    } finally {
      this.#libraryLoading = false;
    }
  }

  async choosePack(packId: string): Promise<void> {
    const learner = this.#household.current;
    if (!learner) return;
    this.#set({ error: '' });
    await choosePack(this.#options.db(), learner.id, packId);
    this.#pack = null;
    this.#set({ changingPack: false, phase: 'ready' });
  }

  changePack(): void {
    this.#set({ changingPack: true });
    void this.loadLibrary();
  }

  cancelPackChange(): void {
    this.#set({ changingPack: false });
  }

  /** Starts a session in the chosen pack (ending any open one) and shows its first item or lesson. */
  async start(): Promise<void> {
    const learner = this.#household.current;
    const packId = this.packId.value;
    if (!learner || !packId || this.#state.phase === 'starting') return;
    await this.#closeSession();
    this.#set({ phase: 'starting', error: '', summary: null, reflectionSaved: false, reflectionError: '' });
    try {
      const db = this.#options.db();
      if (this.#pack?.id !== packId) {
        if (this.#catalog.length === 0) this.#catalog = await readCatalog(this.#options.catalogUrl()).catch(() => []);
        this.#pack = await readPack(db, packId, this.#catalog);
      }
      const guard = this.#guard.value;
      const learnerChoice = this.chosenSkillId;
      const setup = { db, learnerId: learner.id, pack: this.#pack, useWorker: this.#options.useWorker() };
      this.#session = await startPractice({ ...setup, ...(guard ? { guard } : {}), ...(learnerChoice ? { learnerChoice } : {}) });
      this.#sessionLearner = learner.id;
      await this.next();
    } catch (error) {
      const reason = (error as Error).message;
      this.#set({ phase: 'ready', error: msg(str`Practice could not start: ${reason}`) });
    }
  }

  /** Shows the session's next item (after its skill's lesson, the first time), or "All caught up". */
  async next(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    const presented = session.next();
    this.#set({ presented, help: NO_HELP, feedback: null, message: '' });
    if (!presented) this.#set({ phase: 'empty' });
    else await this.show(presented.firstOfSkill ? 'lesson' : 'item');
  }

  /** Switches between the lesson (`fromItem`: opened from the item) and the item, then lets the host put focus at its top. */
  async show(phase: 'lesson' | 'item', fromItem = false): Promise<void> {
    this.#set({ lessonFromItem: fromItem, phase });
    await this.#host.updateComplete;
    await this.#options.focus(phase);
  }

  hint(): void {
    if (this.#session) this.#set({ help: this.#session.revealHint() });
  }

  /** Stores the answer, and only then shows its feedback (or why it could not be read or saved). */
  async answer(response: AnswerEventDetail['response']): Promise<void> {
    const session = this.#session;
    if (!session || this.#state.busy) return;
    this.#set({ busy: true, message: '' });
    try {
      const outcome = await session.answer(response);
      if (!outcome.stored) this.#set({ message: outcome.message });
      else this.#set({ feedback: outcome });
    } catch (error) {
      const reason = (error as Error).message;
      this.#set({ message: msg(str`Your answer could not be saved, so nothing changed: ${reason}`) });
    } finally {
      this.#set({ busy: false });
    }
  }

  /** Hands the choice of skill back to Wayfind for the next items. */
  clearLearnerChoice(): void {
    this.#session?.clearLearnerChoice();
    // The address follows: a reload must not bring the choice back.
    const url = new URL(location.href);
    if (url.searchParams.has('skill')) {
      url.searchParams.delete('skill');
      history.replaceState(history.state, '', url);
    }
    this.#host.requestUpdate();
  }

  /** Ends the session and shows its summary (skill names in the learner's language). */
  async end(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    try {
      const ended = await session.end();
      const names = new Map(session.pack.skills.map((skill) => [skill.id, skillNameOf(skill)]));
      const summary = { ...ended, movedUp: ended.movedUp.map((move) => ({ ...move, name: names.get(move.skillId) ?? move.name })) };
      this.#set({ summary, phase: 'summary' });
      if (this.#options.useWorker() && summary.items > 0) afterPractice(session.pack, this.#options.db());
      await this.#host.updateComplete;
      await this.#options.focus('summary');
    } catch (error) {
      const reason = (error as Error).message;
      this.#set({ message: msg(str`The session could not be closed: ${reason}`) });
    }
  }

  /** Saves the learner's one-line reflection on the ended session to their journal. */
  async reflect(text: string): Promise<void> {
    try {
      // The prompt is stored in the learner's language, as they saw it.
      const prompt = msg('One line about today: what did you learn, or what was hard?');
      this.#set({ reflectionSaved: (await this.#session?.saveReflection(text, prompt)) ?? false });
    } catch (error) {
      this.#set({ reflectionError: (error as Error).message });
    }
  }

  async #closeSession(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    this.#set({ presented: null });
    if (session && !session.ended) await session.end().catch(() => undefined);
  }

  /** The one way state changes, so none can forget to re-render the host; as with a Lit property, only a real change does. */
  #set(changes: Partial<PracticeState>): void {
    const previous = this.#state;
    this.#state = { ...previous, ...changes };
    const keys = Object.keys(changes) as (keyof PracticeState)[];
    if (keys.some((key) => !Object.is(previous[key], this.#state[key]))) this.#host.requestUpdate();
  }
}
