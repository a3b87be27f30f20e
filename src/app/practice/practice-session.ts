/**
 * One practice session for the current learner and pack.
 *
 * Start: loads the learner's answers and skill states for the pack, rebuilds the model from the
 * answers, and opens a session record. Then, item by item:
 * - `next()` asks the tutor policy (tutor-policy.ts, through session-tutor.ts) for the next
 *   item: skills whose prerequisites are met and that are not yet mastered (chosen by the
 *   model's look-ahead for the goal, goal-gain.ts), plus due reviews, or the skill the
 *   learner chose on the map (kept until they leave it or it is mastered). No item repeats within
 *   the session while the skill has a fresh one (generators make more on demand). It returns null
 *   only when the learner is caught up: every skill of their goal (the whole pack without a goal)
 *   mastered and no review due. Showing an item marks an answer as in progress (AnswerGuard), so
 *   an app update waits for it.
 * - `revealHint()` unlocks one hint at a time, then the worked solution; the count is stored
 *   with the answer and lowers the evidence of mastery.
 * - `answer()` checks the response with the content code. An unreadable response ("3/0") gets
 *   its message and changes nothing. Otherwise the answer, the skill's new estimate, mastery
 *   level and review card are STORED FIRST, and only then is the feedback returned.
 * - `end()` closes the session and returns its summary with the practice streak.
 */
import { checkAnswer, type LearnerResponse } from '../../content/items/check.ts';
import type { Pack, Skill } from '../../content/schema.ts';
import type { MasteryLevel, Session } from '../../data/records.ts';
import type { PracticeAnswer } from './mastery.ts';
import { SessionTutor } from './session-tutor.ts';
import { FallbackModel } from './fallback-model.ts';
import { buildItemPool, type ItemPool } from './item-pool.ts';
import type { PracticeStore } from './practice-store.ts';
import { helpShown, nextHintCount, noHelp } from './help.ts';
import { activeSince, newAttempt, practiceAnswerOf } from './new-attempt.ts';
import { summariseSession } from './session-summary.ts';
import { readStoredCard } from './skill-update.ts';
import { answerOutcome, assessAnswer } from './assess-answer.ts';
import { SessionSkills, type StartingSkillState } from './session-skills.ts';
import type { AnswerOutcome, HelpShown, PracticeSessionOptions, PresentedItem, SessionEntry, SessionSummary } from './session-types.ts';

export type { AnswerOutcome, HelpShown, PracticeSessionOptions, PresentedItem, SessionSummary, SkillMove } from './session-types.ts';

export const REFLECTION_PROMPT = 'One thing I learned or found hard today';

export class PracticeSession {
  readonly pack: Pack;
  readonly session: Session;
  #options: PracticeSessionOptions;
  #model: FallbackModel;
  #now: () => number;
  #skills: SessionSkills;
  #history: PracticeAnswer[];
  #goalSkillIds: string[];
  #entries: SessionEntry[] = [];
  #current: PresentedItem | null = null;
  /** When the last answer of this session was stored: reading its feedback is practice time too. */
  #lastAnsweredAt: number | null = null;
  #release: (() => void) | null = null;
  #ended: SessionSummary | null = null;
  #learnerChoice: string | undefined;
  /** What the tutor policy is shown, and its look-ahead (session-tutor.ts). */
  readonly #tutor: SessionTutor;
  #busy = false;

  private constructor(init: {
    options: PracticeSessionOptions;
    session: Session;
    model: FallbackModel;
    pool: ItemPool;
    states: Map<string, StartingSkillState>;
    predictions: Map<string, number>;
    history: PracticeAnswer[];
    goalSkillIds: string[];
  }) {
    this.#options = init.options;
    this.pack = init.options.pack;
    this.session = init.session;
    this.#model = init.model;
    this.#now = init.options.now ?? Date.now;
    this.#skills = new SessionSkills(init.states, init.predictions);
    this.#history = init.history;
    this.#goalSkillIds = init.goalSkillIds;
    const choice = init.options.learnerChoice;
    this.#learnerChoice = choice !== undefined && this.pack.skills.some((s) => s.id === choice) ? choice : undefined;
    this.#tutor = new SessionTutor({
      pack: this.pack, sessionId: this.session.id, model: this.#model, pool: init.pool, skills: this.#skills, history: this.#history,
      entries: this.#entries, goalSkillIds: this.#goalSkillIds, learnerChoice: () => this.#learnerChoice,
    });
  }

  static async start(options: PracticeSessionOptions): Promise<PracticeSession> {
    const { store, pack, learnerId } = options;
    const now = (options.now ?? Date.now)();
    const [attempts, states, goalSkillIds] = await Promise.all([
      store.history(learnerId, pack.id),
      store.skillStates(learnerId, pack.id),
      store.goalSkillIds(learnerId, pack.id),
    ]);
    const history = attempts.map(practiceAnswerOf);
    const { model, predictions } = await FallbackModel.open(pack, options.model, history);
    const lastAnsweredAt = new Map<string, number>();
    for (const attempt of attempts) lastAnsweredAt.set(attempt.itemId, attempt.answeredAt);
    const pool = buildItemPool(pack, { seed: options.seed ?? randomSeed(), lastAnsweredAt });
    const stateMap = new Map(states.map((s) => [s.skillId, { level: s.masteryLevel, card: readStoredCard(s.reviewCard), placed: s.placed === true }]));
    const session = await store.startSession(learnerId, pack.id, now);
    const practice = new PracticeSession({ options, session, model, pool, states: stateMap, predictions, history, goalSkillIds });
    await practice.#tutor.lookAhead();
    return practice;
  }

  get current(): PresentedItem | null {
    return this.#current;
  }

  get engine(): string {
    return this.#model.engine;
  }

  get ended(): boolean {
    return this.#ended !== null;
  }

  /** The skill the learner chose, while it is still honoured. */
  get learnerChoice(): string | undefined {
    return this.#learnerChoice;
  }

  /** Hands the choice back to the tutor. */
  clearLearnerChoice(): void {
    this.#learnerChoice = undefined;
  }

  levelOf(skillId: string): MasteryLevel {
    return this.#skills.levelOf(skillId);
  }

  /** The skill's level rests on placement, not yet confirmed by practice. */
  placedOf(skillId: string): boolean {
    return this.#skills.placedOf(skillId);
  }

  /**
   * Nothing left to practise: every skill of the learner's goal (the whole pack when they have
   * none on it) is mastered and no review is due. The only time `next()` gives no item.
   */
  caughtUp(now = this.#now()): boolean {
    const goal = this.#goalSkillIds.length > 0 ? this.#goalSkillIds : this.pack.skills.map((skill) => skill.id);
    return goal.every((id) => this.levelOf(id) === 'mastered') && this.#skills.dueReviewSkills(now).length === 0;
  }

  predictedFor(skillId: string): number {
    return this.#skills.predictedFor(skillId);
  }

  /** Items answered in this session so far. */
  get answered(): number {
    return this.#entries.filter((entry) => entry.correct !== undefined).length;
  }

  skill(skillId: string): Skill | undefined {
    return this.pack.skills.find((skill) => skill.id === skillId);
  }

  /** Moves on to the next item (skipping the current one if unanswered); null when none is left. */
  next(): PresentedItem | null {
    if (this.#ended) return null;
    const now = this.#now();
    if (this.caughtUp(now)) {
      this.#present(null);
      return null;
    }
    const { choice, item } = this.#tutor.choose(now);
    const skill = choice ? this.skill(choice.skillId) : undefined;
    if (!choice || !item || !skill) {
      this.#present(null);
      return null;
    }
    const review = choice.why.kind === 'review';
    // A skill placed as known (placement) has a level but no answers: it needs no lesson first.
    const firstOfSkill =
      this.levelOf(skill.id) === 'not-started' && !this.#history.some((a) => a.skillId === skill.id) && !this.#entries.some((e) => e.skillId === skill.id);
    this.#entries.push({ skillId: skill.id, itemId: item.id, review });
    this.#present({
      item,
      skill,
      why: choice.why,
      review,
      firstOfSkill,
      level: this.levelOf(skill.id),
      predicted: this.predictedFor(skill.id),
      hintsUsed: 0,
      startedAt: activeSince(this.#lastAnsweredAt, now),
    });
    return this.#current;
  }

  /** Unlocks the next hint, or the worked solution after the last hint. */
  revealHint(): HelpShown {
    const current = this.#current;
    if (current && this.#entry()?.correct === undefined) current.hintsUsed = nextHintCount(current.item, current.hintsUsed);
    return this.help();
  }

  /** The help shown so far for the current item. */
  help(): HelpShown {
    return this.#current ? helpShown(this.#current.item, this.#current.hintsUsed) : noHelp();
  }

  /**
   * Checks and stores an answer to the current item. The returned promise resolves only after
   * the answer is in the database.
   */
  async answer(response: LearnerResponse): Promise<AnswerOutcome> {
    const current = this.#current;
    const entry = this.#entry();
    if (!current || !entry || this.#ended) return { stored: false, message: 'There is no item to answer.' };
    if (entry.correct !== undefined) return { stored: false, message: 'This item is already answered.' };
    if (this.#busy) return { stored: false, message: 'The previous answer is still being saved.' };
    // The pack is shown in the learner's language (a localized view): numbers are read as it writes them.
    const check = checkAnswer(current.item, response, { locale: this.pack.language });
    if (check.unreadable) return { stored: false, message: check.feedback ?? 'That answer could not be read.' };
    this.#busy = true;
    try {
      const now = this.#now();
      const skillId = current.skill.id;
      const answer: PracticeAnswer = { skillId, itemId: current.item.id, correct: check.correct, hintsUsed: current.hintsUsed, sessionId: this.session.id };
      const previousLevel = this.levelOf(skillId);
      const assessed = await assessAnswer(this.#model, {
        answer,
        history: this.#history,
        previousLevel,
        previousPlaced: this.placedOf(skillId),
        line: this.#model.lineFor(skillId),
        predictedBefore: this.predictedFor(skillId),
        card: this.#skills.cardOf(skillId),
        review: current.review,
        now,
      });
      const { predictions, predicted, update } = assessed;
      await this.#store(
        newAttempt({
          learnerId: this.#options.learnerId,
          packId: this.pack.id,
          sessionId: this.session.id,
          item: current.item,
          response,
          correct: check.correct,
          hintsUsed: current.hintsUsed,
          startedAt: current.startedAt,
          answeredAt: now,
          estimate: predicted,
        }),
        [{ skillId, packId: this.pack.id, estimate: predicted, masteryLevel: update.masteryLevel, placed: update.placed, ...(update.reviewCard ? { reviewCard: update.reviewCard } : {}) }],
        current.review ? 'review' : 'answer',
      );
      // Only now, with the answer stored, does the session move on.
      this.#lastAnsweredAt = now;
      this.#history.push(assessed.answer);
      this.#skills.apply(skillId, update, predictions);
      await this.#tutor.lookAhead();
      entry.correct = check.correct;
      current.level = update.masteryLevel;
      current.predicted = predicted;
      if (update.masteryLevel === 'mastered' && this.#learnerChoice === skillId) this.#learnerChoice = undefined;
      this.#releaseGuard();
      return answerOutcome(current.item, check, previousLevel, assessed);
    } finally {
      this.#busy = false;
    }
  }

  /** Ends the session (idempotent) and summarises it. */
  async end(): Promise<SessionSummary> {
    if (this.#ended) return this.#ended;
    const now = this.#now();
    this.#present(null);
    await this.#options.store.endSession(this.session.id, now);
    this.#ended = summariseSession({
      sessionId: this.session.id,
      startedAt: this.session.startedAt,
      now,
      skills: this.pack.skills,
      entries: this.#entries,
      levelAtStart: (skillId) => this.#skills.levelAtStart(skillId),
      levelNow: (skillId) => this.levelOf(skillId),
      practiceDays: await this.#options.store.practiceDays(this.#options.learnerId, now, 366),
    });
    return this.#ended;
  }

  /** Stores the learner's one-line reflection in their journal (private by default). */
  async saveReflection(text: string, prompt = REFLECTION_PROMPT): Promise<boolean> {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line === '') return false;
    await this.#options.store.addReflection({ learnerId: this.#options.learnerId, sessionId: this.session.id, prompt, text: line.slice(0, 500) }, this.#now());
    return true;
  }

  #entry(): SessionEntry | undefined {
    return this.#current ? this.#entries.at(-1) : undefined;
  }

  #present(item: PresentedItem | null): void {
    this.#releaseGuard();
    this.#current = item;
    if (item && this.#options.guard) this.#release = this.#options.guard.begin();
  }

  #releaseGuard(): void {
    this.#release?.();
    this.#release = null;
  }

  /** Stores an answer; if that fails, the model forgets the answer it was just given. */
  async #store(...args: Parameters<PracticeStore['recordAnswer']>): Promise<void> {
    try {
      await this.#options.store.recordAnswer(...args);
    } catch (error) {
      await this.#model.forgetLastStep(this.#history);
      throw error;
    }
  }
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
