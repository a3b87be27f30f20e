/**
 * The knowledge-tracing model as one practice session uses it: rebuilt once from the learner's
 * stored answers, then stepped answer by answer, each time giving every skill's predicted chance
 * of success. The app runs the pack's DKT in the model worker (which itself falls back to BKT
 * when the DKT cannot load); if the worker cannot start at all, a BKT replay in this thread
 * takes over, so practice never stops for want of a model.
 *
 * What the model counts as correct: an answer given without hints. A learner who needed hints
 * has not shown they can do it alone (the public data sets the DKT was trained on score hint
 * requests the same way), so hint use lowers the model's estimate, and with it the mastery level.
 */
import type { Pack } from '../../content/schema.ts';
import type { KtBridge, LearnerState } from '../../ml/bridge.ts';
import { DEFAULT_BKT_PARAMS } from '../../ml/bkt/bkt.ts';
import type { WayfindDb } from '../../data/db.ts';
import { openPackModel } from './knowledge-model.ts';
import { bktPredictor, type PracticeAnswer, type SkillPredictor } from './mastery.ts';

export interface PracticeModel {
  /** Which engine answers: 'dkt', 'bkt' (in the worker) or 'bkt-local' (in this thread). */
  readonly engine: string;
  /** Starts from the learner's answers on the pack, oldest first. */
  rebuild(history: readonly PracticeAnswer[]): Promise<Map<string, number>>;
  /** Folds one new answer in. */
  step(answer: PracticeAnswer): Promise<Map<string, number>>;
  /**
   * Every skill's prediction if the next answer on `skillId` were right and unaided (or wrong),
   * without keeping that answer: the tutor's look-ahead (goal-gain.ts).
   */
  predictIfAnswered(skillId: string, correct: boolean): Promise<Map<string, number>>;
  /**
   * The highest estimate each skill can reach on this model (the pack model's `estimateLines`),
   * when known; mastery's estimate line follows it (mastery.ts estimateLine).
   */
  readonly estimateReach?: ReadonlyMap<string, number>;
}

/** The model's view of an answer: right and unaided. */
export const countsAsCorrect = (answer: Pick<PracticeAnswer, 'correct' | 'hintsUsed'>): boolean => answer.correct && answer.hintsUsed === 0;

/** A SkillPredictor replayed over the whole history at each step (BKT is cheap enough). */
export function predictorPracticeModel(predictor: SkillPredictor, engine = 'bkt-local'): PracticeModel {
  const history: PracticeAnswer[] = [];
  const run = async () => new Map(await predictor.predict(history.map((a) => ({ ...a, correct: countsAsCorrect(a), hintsUsed: 0 }))));
  return {
    engine,
    rebuild(answers) {
      history.splice(0, history.length, ...answers);
      return run();
    },
    step(answer) {
      history.push(answer);
      return run();
    },
    async predictIfAnswered(skillId, correct) {
      const hypothetical = [...history, { skillId, itemId: '', correct, hintsUsed: 0 }];
      return new Map(await predictor.predict(hypothetical.map((a) => ({ ...a, correct: countsAsCorrect(a), hintsUsed: 0 }))));
    },
  };
}

/** Textbook BKT for every skill of the pack, run in this thread. */
export function localBktModel(pack: Pick<Pack, 'skills'>): PracticeModel {
  return predictorPracticeModel(bktPredictor(new Map(pack.skills.map((skill) => [skill.id, DEFAULT_BKT_PARAMS]))));
}

/**
 * The pack's model in the knowledge-tracing worker, opened with what this household has for it
 * (a model trained here for an imported pack, weights tuned on its answers).
 */
export async function workerPracticeModel(bridge: KtBridge, pack: Pick<Pack, 'id' | 'version' | 'skills'>, db?: WayfindDb): Promise<PracticeModel> {
  const loaded = await openPackModel(pack, db, bridge);
  const index = new Map(loaded.skillIds.map((id, i) => [id, i]));
  const toMap = (predictions: Float32Array) => new Map(loaded.skillIds.map((id, i) => [id, predictions[i] ?? 0.5]));
  let state: LearnerState | undefined;
  const lines = loaded.engine === 'dkt' ? loaded.estimateLines : undefined;
  return {
    engine: loaded.engine,
    ...(lines ? { estimateReach: new Map(Object.entries(lines)) } : {}),
    async rebuild(history) {
      const attempts = history
        .filter((a) => index.has(a.skillId))
        .map((a) => ({ skillIndex: index.get(a.skillId)!, correct: countsAsCorrect(a) }));
      const result = await bridge.rebuild(pack.id, attempts);
      state = result.state;
      return toMap(result.predictions);
    },
    async step(answer) {
      const skillIndex = index.get(answer.skillId);
      if (state === undefined || skillIndex === undefined) throw new Error('The model was not rebuilt before the first answer.');
      const result = await bridge.step(pack.id, state, skillIndex, countsAsCorrect(answer));
      state = result.state;
      return toMap(result.predictions);
    },
    async predictIfAnswered(skillId, correct) {
      const skillIndex = index.get(skillId);
      if (state === undefined || skillIndex === undefined) throw new Error(`The model cannot look ahead on ${skillId}.`);
      // The worker returns a new state; the session's own state stays as it was.
      const result = await bridge.step(pack.id, state, skillIndex, correct);
      return toMap(result.predictions);
    },
  };
}

/** The worker's model when it starts, the local BKT when it does not. */
export async function practiceModelFor(pack: Pick<Pack, 'id' | 'version' | 'skills'>, bridge?: KtBridge, db?: WayfindDb): Promise<PracticeModel> {
  if (!bridge) return localBktModel(pack);
  try {
    return await workerPracticeModel(bridge, pack, db);
  } catch (error) {
    console.warn('Wayfind practises with the simpler BKT model in this tab:', error);
    return localBktModel(pack);
  }
}
