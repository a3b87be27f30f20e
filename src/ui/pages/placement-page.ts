import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { appDb, type WayfindDb } from '../../data/db.ts';
import { listLibrary, readCatalog } from '../../app/library/index.ts';
import { chosenPackId, openPack } from '../../app/library/index.ts';
import {
  finishPlacement,
  PlacementSession,
  startPlacementSession,
  storePlacementAnswer,
  type PlacementSkillResult,
  type PlacementStep,
} from '../../app/placement/index.ts';
import type { PlacementOptions } from '../../app/placement/index.ts';
import { DEFAULT_PLACEMENT_OPTIONS, loadPlacementCalibration } from '../../app/placement/index.ts';
import type { Pack } from '../../content/index.ts';
import { getLocale } from '../../i18n/localization.ts';
import { HouseholdController } from '../controllers/household-controller.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/placement-question/placement-question.ts';
import type { PlacementAnswerDetail, WfPlacementQuestion } from '../components/placement-question/placement-question.ts';
import '../components/skill-map/skill-map.ts';
import '../components/pack-language-note/pack-language-note.ts';
import type { SkillStanding } from '../components/skill-map/skill-map.ts';
import { mapSkillsOf } from '../components/skill-map/map-skills.ts';

type Phase = 'loading' | 'intro' | 'asking' | 'done' | 'error';

/**
 * `<wf-placement-page>` (/placement): the placement check for the current learner in their
 * course. Each answer is stored as an attempt of a 'placement' session before the next question
 * shows; at the end the skill states are written (applyPlacement) and the result is shown as the
 * skill list, with how many questions were asked.
 *
 * @property catalogUrl - where the built-in pack catalog is read (tests pass a data: URL).
 * @property placementOptions - Placement settings (tests shorten the check).
 * @property modelBaseUrl - where built-in packs' models and placement calibrations are served.
 */
export class WfPlacementPage extends LitElement {
  static override properties = {
    catalogUrl: { type: String },
    placementOptions: { attribute: false },
    modelBaseUrl: { type: String },
    phase: { state: true },
    step: { state: true },
    message: { state: true },
    busy: { state: true },
    results: { state: true },
    error: { state: true },
  };
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--wf-focus);
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        list-style: none;
        padding: 0;
      }
      .links a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        font-weight: 600;
      }
      .count {
        color: var(--wf-text-muted);
      }
    `,
  ];

  declare catalogUrl: string;
  declare placementOptions: Partial<PlacementOptions> | undefined;
  declare modelBaseUrl: string;
  declare phase: Phase;
  declare step: PlacementStep | null;
  declare message: string;
  declare busy: boolean;
  declare results: PlacementSkillResult[] | null;
  declare error: string;

  readonly household = new HouseholdController(this);
  #pack: Pack | null = null;
  #session: PlacementSession | null = null;
  #sessionId = '';
  #shownAt = 0;
  #loadedFor: string | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.catalogUrl = '/content/index.json';
    this.placementOptions = undefined;
    this.modelBaseUrl = '/models/';
    this.phase = 'loading';
    this.step = null;
    this.message = '';
    this.busy = false;
    this.results = null;
    this.error = '';
  }

  get #db(): WayfindDb {
    return this.household.service?.db ?? appDb();
  }

  protected override willUpdate() {
    const learnerId = this.household.current?.id ?? null;
    // A learner switched mid-check starts over: answers belong to the learner who gave them.
    if (learnerId && learnerId !== this.#loadedFor) {
      this.#loadedFor = learnerId;
      this.#session = null;
      this.step = null;
      this.results = null;
      this.phase = 'loading';
      void this.#load(learnerId);
    }
  }

  async #load(learnerId: string) {
    try {
      const catalog = await readCatalog(this.catalogUrl).catch(() => []);
      const library = await listLibrary(this.#db, catalog, getLocale());
      const packId = await chosenPackId(this.#db, learnerId, library);
      if (!packId) throw new Error(msg('No course is installed. Add one in Settings.'));
      this.#pack = await openPack(this.#db, packId, catalog, getLocale());
      this.phase = 'intro';
    } catch (error) {
      this.#fail(error);
    }
  }

  protected override render() {
    const { loaded } = this.household.snapshot;
    const learner = this.household.current;
    if (!loaded) return html`<p>${msg('Loading…')}</p>`;
    if (!learner) {
      return html`<section><h2>${msg('No profile yet')}</h2><p><a href="/welcome">${msg('Create a profile first, then take the placement check')}</a></p></section>`;
    }
    switch (this.phase) {
      case 'loading':
        return html`<p>${msg('Loading the course…')}</p>`;
      case 'error':
        return html`<section><h2>${msg('The placement check could not run')}</h2><p role="alert">${this.error}</p></section>`;
      case 'intro':
        return this.#intro();
      case 'asking':
        return this.#asking();
      case 'done':
        return this.#done();
    }
  }

  #intro() {
    const pack = this.#pack!;
    const title = pack.l10n?.[getLocale()]?.title ?? pack.title;
    return html`<section aria-labelledby="intro-heading">
      <h2 id="intro-heading" tabindex="-1">${title}</h2>
      <wf-pack-language-note .pack=${pack}></wf-pack-language-note>
      <p>${msg(str`A few questions find which skills you already know, so practice can start where you are. Each question is chosen from your earlier answers, and the check stops as soon as it is sure, after at most ${DEFAULT_PLACEMENT_OPTIONS.maxQuestions} questions.`)}</p>
      <p>${msg('There is no score and no feedback. If you do not know an answer, choose "I don\'t know yet": guessing only makes the check less accurate.')}</p>
      <button class="primary" type="button" ?disabled=${this.busy} @click=${this.#start}>${msg('Start the check')}</button>
      <p role="status">${this.busy ? msg('Preparing the check…') : ''}</p>
    </section>`;
  }

  #asking() {
    const step = this.step;
    if (!step) return html`<p>${msg('Working out the result…')}</p>`;
    // The page's h1 already says "Placement check"; the section heading names the course.
    const pack = this.#pack;
    return html`<section aria-labelledby="check-heading">
      <h2 id="check-heading">${pack?.l10n?.[getLocale()]?.title ?? pack?.title ?? ''}</h2>
      <wf-pack-language-note .pack=${pack}></wf-pack-language-note>
      <wf-placement-question
        .item=${step.item}
        .assets=${this.#pack?.assets}
        number=${step.number}
        message=${this.message}
        ?busy=${this.busy}
        @wf-placement-answer=${this.#onAnswer}
      ></wf-placement-question>
    </section>`;
  }

  #done() {
    const pack = this.#pack!;
    const results = this.results ?? [];
    const placed = results.filter((r) => r.placed).length;
    const standings = new Map<string, SkillStanding>(results.map((r) => [r.skillId, { level: r.masteryLevel, estimate: r.estimate, placed: r.placed === true }]));
    const asked = this.#session?.questionsAsked ?? 0;
    // A skill answered right once can stay below one never asked (a prerequisite of a skill
    // answered right): say why, so the list does not read as contradicting the answers.
    const unsure = results.some((r) => !r.placed && r.masteryLevel === 'practising');
    return html`<section aria-labelledby="done-heading">
      <h2 id="done-heading" tabindex="-1">${msg('Your placement result')}</h2>
      <p>${msg(str`You showed ${placed} of ${results.length} skills: they are Proficient (from placement) until practice confirms them.`)}</p>
      ${unsure
        ? html`<p>${msg('A skill counts as shown when the check is sure of it: from your answers on it, or on a skill that builds on it. Skills it asked about but is not yet sure of are Practising: practice will tell.')}</p>`
        : nothing}
      <p class="count">${msg(str`Questions asked: ${asked}`)}</p>
      <ul class="links">
        <li><a href="/practice">${msg('Start practising')}</a></li>
        <li><a href="/map">${msg('Open the skill map')}</a></li>
      </ul>
      <wf-skill-map view="list" .skills=${mapSkillsOf(pack, getLocale())} .standings=${standings}></wf-skill-map>
    </section>`;
  }

  async #start() {
    const learner = this.household.current;
    if (!learner || !this.#pack) return;
    this.busy = true;
    try {
      // Let "Preparing the check…" paint: building the belief over the pack takes a moment.
      await new Promise((resolve) => setTimeout(resolve, 30));
      // A built-in pack ships its calibration; an imported one (or a missing file) gets the fallback.
      const calibration = await loadPlacementCalibration(this.#pack, this.modelBaseUrl);
      this.#session = new PlacementSession(this.#pack, { placement: this.placementOptions, calibration });
      this.#sessionId = (await startPlacementSession(this.#db, learner.id, this.#pack.id)).id;
      this.phase = 'asking';
      await this.#advance();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #onAnswer(event: CustomEvent<PlacementAnswerDetail>) {
    const session = this.#session;
    const learner = this.household.current;
    const step = this.step;
    if (!session || !learner || !step || this.busy) return;
    const { response } = event.detail;
    const result = response === null ? { correct: false } : session.check(response);
    if ('unreadable' in result && result.unreadable) {
      this.message = result.feedback ?? msg('That answer could not be read. Please check it and try again.');
      return;
    }
    this.busy = true;
    try {
      // Stored first: if this fails, the question stays and nothing is counted.
      await storePlacementAnswer(this.#db, {
        learnerId: learner.id,
        packId: this.#pack!.id,
        sessionId: this.#sessionId,
        item: step.item,
        response,
        correct: result.correct,
        startedAt: this.#shownAt,
        answeredAt: Date.now(),
      });
      session.commit(result.correct);
      this.message = '';
      await this.#advance();
    } catch (error) {
      this.message = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** The next question, or the end: results stored, then shown. */
  async #advance() {
    const session = this.#session!;
    this.step = null;
    // Let "Working out the result…" paint before the belief update's heavier work.
    await new Promise((resolve) => setTimeout(resolve));
    const next = session.next();
    if (next) {
      this.step = next;
      this.#shownAt = Date.now();
      await this.updateComplete;
      await this.renderRoot.querySelector<WfPlacementQuestion>('wf-placement-question')?.focusQuestion();
      return;
    }
    const learner = this.household.current!;
    this.results = await finishPlacement(this.#db, session, learner.id, this.#sessionId);
    this.phase = 'done';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done-heading')?.focus();
  }

  #fail(error: unknown) {
    this.error = error instanceof Error ? error.message : String(error);
    this.phase = 'error';
  }
}

customElements.define('wf-placement-page', WfPlacementPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-placement-page': WfPlacementPage;
  }
}
