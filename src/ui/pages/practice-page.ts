import { LitElement, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { PracticeSessionController } from '../controllers/practice-session-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import { practicePageStyles } from './practice-page.styles.ts';
import type { CourseChoiceEventDetail } from '../components/course-chooser/course-chooser.ts';
import type { AnswerEventDetail } from '../components/item-view/item-view.ts';
import type { WfLessonView } from '../components/lesson-view/lesson-view.ts';
import type { WfPracticeItem } from '../components/practice-item/practice-item.ts';
import type { ReflectionEventDetail } from '../components/session-summary/session-summary.ts';
import '../components/course-chooser/course-chooser.ts';
import '../components/lesson-view/lesson-view.ts';
import '../components/practice-item/practice-item.ts';
import '../components/practice-ready/practice-ready.ts';
import '../components/session-summary/session-summary.ts';

/**
 * `<wf-practice-page>`: the learner's practice loop. Without a learner it links to /welcome;
 * without a chosen pack it offers the packs on this device (`<wf-course-chooser>`). Then: Start
 * (`<wf-practice-ready>`), a lesson before a skill's first item, the item (any type) with hints,
 * feedback and "Why this?" (`<wf-practice-item>`), Next, and End session with a summary and an
 * optional one-line reflection for the journal. The page renders and puts focus; the session and
 * the choices it stores run in its PracticeSessionController, and its components only show them
 * and report what the learner does.
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
  };
  static override styles = [
    controlStyles,
    cardStyles,
    practicePageStyles,
  ];

  declare db: WayfindDb;
  declare useWorker: boolean;
  declare catalogUrl: string;

  readonly household = new HouseholdController(this);
  readonly practice = new PracticeSessionController(this, this.household, {
    db: () => this.db,
    useWorker: () => this.useWorker,
    catalogUrl: () => this.catalogUrl,
    focus: (shown) => this.#focusTopOf(shown),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.db = appDb();
    this.useWorker = true;
    this.catalogUrl = '/content/index.json';
  }

  protected override willUpdate(): void {
    this.practice.dropSessionOfOtherLearner();
  }

  protected override updated(): void {
    this.practice.startChosenSkillOnce();
  }

  protected override render() {
    const { loaded, current } = this.household.snapshot;
    const { packId } = this.practice;
    if (!loaded || (current && packId.loading)) return html`<p role="status">${msg('Loading…')}</p>`;
    if (!current) {
      return html`<section aria-labelledby="no-learner">
        <h2 id="no-learner">${msg('Who is practising?')}</h2>
        <p>${msg('Practice needs a learner profile, so your progress is kept for you.')}</p>
        <a class="button" href="/welcome">${msg('Create a learner profile')}</a>
      </section>`;
    }
    const state = this.practice.state;
    const chosenPack = packId.value ?? null;
    if (chosenPack === null || state.changingPack) {
      if (state.library === null) void this.practice.loadLibrary();
      return html`<wf-course-chooser
        .library=${state.library}
        .current=${chosenPack}
        .error=${state.error}
        @wf-course-choice=${(e: CustomEvent<CourseChoiceEventDetail>) => void this.practice.choosePack(e.detail.packId)}
        @wf-course-cancel=${() => this.practice.cancelPackChange()}
      ></wf-course-chooser>`;
    }
    switch (state.phase) {
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
          <p>${msg('Every skill of your goal is mastered and no review is due. Set a new goal, or choose a skill on the skill map to keep practising.')}</p>
          <button type="button" class="primary" @click=${() => void this.practice.end()}>${msg('End session')}</button>
        </section>`;
      case 'summary':
        return html`<section aria-labelledby="summary-heading">
          <h2 id="summary-heading" tabindex="-1">${msg('Session summary')}</h2>
          <wf-session-summary
            .summary=${state.summary}
            ?reflectionSaved=${state.reflectionSaved}
            .reflectionError=${state.reflectionError}
            @wf-reflection=${(e: CustomEvent<ReflectionEventDetail>) => void this.practice.reflect(e.detail.text)}
            @wf-practice-again=${() => void this.practice.start()}
          ></wf-session-summary>
        </section>`;
    }
  }

  #renderReady(name: string) {
    const { practice } = this;
    const { library, phase, error } = practice.state;
    if (library === null) void practice.loadLibrary();
    const title = library?.find((entry) => entry.id === practice.packId.value)?.title ?? practice.pack?.title ?? '';
    return html`<wf-practice-ready
      .name=${name}
      .packTitle=${title}
      ?skillChosen=${Boolean(practice.chosenSkillId)}
      ?starting=${phase === 'starting'}
      .error=${error}
      @wf-practice-start=${() => void practice.start()}
      @wf-change-pack=${() => practice.changePack()}
    ></wf-practice-ready>`;
  }

  #renderLesson() {
    const { presented, lessonFromItem } = this.practice.state;
    if (!presented) return nothing;
    const pack = this.practice.pack;
    return html`<section>
      <wf-lesson-view
        .skill=${presented.skill}
        .assets=${pack?.assets}
        .packLang=${pack?.language ?? ''}
        .doneLabel=${lessonFromItem ? msg('Back to the item') : msg('Start practising')}
        @wf-lesson-done=${() => void this.practice.show('item')}
      ></wf-lesson-view>
    </section>`;
  }

  #renderItem() {
    const { practice } = this;
    const { presented, help, feedback, message, busy } = practice.state;
    const session = practice.session;
    if (!presented || !session) return nothing;
    return html`<wf-practice-item
      .presented=${presented}
      .pack=${session.pack}
      .engine=${session.engine}
      .level=${session.levelOf(presented.skill.id)}
      .itemNumber=${session.answered + (feedback ? 0 : 1)}
      ?learnerChoice=${Boolean(session.learnerChoice)}
      .help=${help}
      .feedback=${feedback}
      .message=${message}
      ?busy=${busy}
      @wf-answer=${(e: CustomEvent<AnswerEventDetail>) => void practice.answer(e.detail.response)}
      @wf-hint=${() => practice.hint()}
      @wf-open-lesson=${() => void practice.show('lesson', true)}
      @wf-next=${() => void practice.next()}
      @wf-clear-choice=${() => practice.clearLearnerChoice()}
      @wf-end-session=${() => void practice.end()}
    ></wf-practice-item>`;
  }

  /** Focus goes to the top of what was just shown, so keyboard and screen-reader users start there. */
  async #focusTopOf(shown: 'lesson' | 'item' | 'summary'): Promise<void> {
    if (shown === 'lesson') {
      const lesson = this.renderRoot.querySelector<WfLessonView>('wf-lesson-view');
      await lesson?.updateComplete;
      lesson?.focusTitle();
    } else if (shown === 'item') {
      const item = this.renderRoot.querySelector<WfPracticeItem>('wf-practice-item');
      // Only an unanswered item sends focus to its question; back from the lesson after feedback, focus is left alone.
      if (!this.practice.state.feedback) await item?.focusQuestion();
    } else {
      this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
    }
  }
}

customElements.define('wf-practice-page', WfPracticePage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-practice-page': WfPracticePage;
  }
}
