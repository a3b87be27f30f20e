/**
 * The session's model with its fallback: whatever goes wrong with the worker's model (it cannot
 * rebuild the learner, or it stops mid-session), practice carries on with a BKT replay of the
 * same answers in this tab. Predictions are never lost and never block an answer.
 */
import type { Pack } from '../../content/schema.ts';
import { estimateLine, type PracticeAnswer } from './mastery.ts';
import { localBktModel, type PracticeModel } from './practice-model.ts';
import type { LookaheadModel } from './goal-gain.ts';

export class FallbackModel implements LookaheadModel {
  #model: PracticeModel;
  readonly #pack: Pack;

  private constructor(pack: Pack, model: PracticeModel) {
    this.#pack = pack;
    this.#model = model;
  }

  /** Opens `model` (the local BKT when left out) on the learner's answers, oldest first. */
  static async open(pack: Pack, model: PracticeModel | undefined, history: readonly PracticeAnswer[]) {
    const opened = new FallbackModel(pack, model ?? localBktModel(pack));
    try {
      return { model: opened, predictions: await opened.#model.rebuild(history) };
    } catch (error) {
      console.warn('The model could not rebuild this learner; using BKT in this tab.', error);
      return { model: opened, predictions: await opened.#fallBack(history) };
    }
  }

  /** The estimate "mastered" needs on this skill: from the model's reach when it gives one. */
  lineFor(skillId: string): number {
    return estimateLine(this.#model.estimateReach?.get(skillId));
  }

  /** Which engine answers now: 'dkt', 'bkt' (in the worker) or 'bkt-local' (in this tab). */
  get engine(): string {
    return this.#model.engine;
  }

  /** Folds one answer in; `history` (without it) rebuilds the fallback if the model stopped. */
  async step(answer: PracticeAnswer, history: readonly PracticeAnswer[]): Promise<Map<string, number>> {
    try {
      return await this.#model.step(answer);
    } catch (error) {
      console.warn('The model stopped; continuing with BKT in this tab.', error);
      await this.#fallBack(history);
      return this.#model.step(answer);
    }
  }

  /**
   * Every skill's prediction after one more (hypothetical) answer on `skillId`; undefined if the
   * model cannot say, and the tutor then chooses without it (goal-gain.ts LookaheadModel).
   */
  async predictIfAnswered(skillId: string, correct: boolean): Promise<ReadonlyMap<string, number> | undefined> {
    try {
      return await this.#model.predictIfAnswered(skillId, correct);
    } catch (error) {
      console.warn('The model could not look one answer ahead.', skillId, error);
      return undefined;
    }
  }

  /** Makes the model forget a step whose answer could not be stored. */
  async forgetLastStep(history: readonly PracticeAnswer[]): Promise<void> {
    await this.#model.rebuild(history).catch(() => undefined);
  }

  async #fallBack(history: readonly PracticeAnswer[]): Promise<Map<string, number>> {
    this.#model = localBktModel(this.#pack);
    return this.#model.rebuild(history);
  }
}
