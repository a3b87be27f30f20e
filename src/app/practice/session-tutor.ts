/**
 * The practice session's side of the tutor: what the policy (tutor-policy.ts) is shown before each
 * item, through fresh-choice.ts, and the model's look-ahead it chooses by (goal-gain.ts), which
 * the session refreshes after every stored answer. It reads the session's state and changes none
 * of it; the skills resting until another session come from session-rest.ts.
 */
import type { Item, Pack } from '../../content/schema.ts';
import type { FallbackModel } from './fallback-model.ts';
import { chooseFreshItem } from './fresh-choice.ts';
import { answerCounts, gainTargets, goalGains, rightAnswerMasters } from './goal-gain.ts';
import type { ItemPool } from './item-pool.ts';
import type { PracticeAnswer } from './mastery.ts';
import { restingSkills } from './session-rest.ts';
import type { SessionSkills } from './session-skills.ts';
import type { SessionEntry } from './session-types.ts';
import { readySkillIds, type TutorChoice } from './tutor-policy.ts';

/** The session state the tutor reads (the arrays are the session's own, kept up to date by it). */
export interface SessionTutorState {
  pack: Pack;
  sessionId: string;
  model: FallbackModel;
  pool: ItemPool;
  skills: SessionSkills;
  /** Every answer of the learner on the pack, this session's included, oldest first. */
  history: readonly PracticeAnswer[];
  /** This session's items so far. */
  entries: readonly SessionEntry[];
  goalSkillIds: readonly string[];
  learnerChoice(): string | undefined;
}

export class SessionTutor {
  readonly #state: SessionTutorState;
  /** Goal gain per ready skill; empty when the model cannot look ahead (the policy then scores without it). */
  #goalGains = new Map<string, number>();

  constructor(state: SessionTutorState) {
    this.#state = state;
  }

  /** Refreshes the look-ahead from the current levels and predictions. */
  async lookAhead(): Promise<void> {
    const { pack, skills, history, model, sessionId, goalSkillIds } = this.#state;
    const targets = gainTargets(pack.skills.map((skill) => skill.id), skills.levels, goalSkillIds);
    const masters = (skillId: string, estimate: number) => rightAnswerMasters(history.filter((a) => a.skillId === skillId), sessionId, estimate, model.lineFor(skillId));
    this.#goalGains = await goalGains(model, readySkillIds(pack.skills, skills.levels), targets, skills.predictions, masters);
  }

  /** The tutor's next choice with a fresh item, from this moment's state. */
  choose(now: number): { choice: TutorChoice | null; item: Item | undefined } {
    const { pack, pool, entries, skills, history, goalSkillIds } = this.#state;
    const learnerChoice = this.#state.learnerChoice();
    return chooseFreshItem({
      pool,
      entries,
      policy: {
        skills: pack.skills,
        levels: skills.levels,
        predictions: skills.predictions,
        goalSkillIds,
        dueReviewSkillIds: skills.dueReviewSkills(now),
        resting: this.#restingSkills(),
        goalFirst: true,
        ...(this.#goalGains.size > 0 ? { goalGains: this.#goalGains, answerCounts: answerCounts(history) } : {}),
        ...(learnerChoice !== undefined ? { learnerChoice } : {}),
      },
    });
  }

  #restingSkills(): Set<string> {
    const { pack, skills, history, entries, model } = this.#state;
    return restingSkills({
      skills: pack.skills,
      levelOf: (id) => skills.levelOf(id),
      history,
      rightToday: new Set(entries.filter((entry) => entry.correct === true).map((entry) => entry.skillId)),
      predictedFor: (id) => skills.predictedFor(id),
      lineFor: (id) => model.lineFor(id),
    });
  }
}
