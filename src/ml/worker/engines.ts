import { predictCorrect, updateKnown, type BktSkillParams } from '../bkt/bkt.ts';
import type { EngineName, KtPrediction, LearnerState, StoredAttempt } from './protocol.ts';

/**
 * What the worker needs from a knowledge-tracing model, whichever it is: the DKT when its files
 * load, BKT when they do not. Both keep a learner as a small Float32Array and answer with
 * P(correct) for every skill, so the app does not care which one is behind the bridge.
 */
export interface KtEngine {
  readonly name: EngineName;
  readonly skillIds: readonly string[];
  rebuild(attempts: readonly StoredAttempt[]): KtPrediction;
  step(state: LearnerState, skillIndex: number, correct: boolean): KtPrediction;
  predict(state: LearnerState): Float32Array;
  dispose(): void;
}

export abstract class CheckedEngine implements KtEngine {
  abstract readonly name: EngineName;
  readonly skillIds: readonly string[];

  constructor(skillIds: readonly string[]) {
    this.skillIds = skillIds;
  }

  abstract rebuild(attempts: readonly StoredAttempt[]): KtPrediction;
  abstract step(state: LearnerState, skillIndex: number, correct: boolean): KtPrediction;
  abstract predict(state: LearnerState): Float32Array;
  abstract dispose(): void;

  /** Messages cross a thread boundary, so nothing about their contents is taken on trust. */
  protected checkAttempt(skillIndex: unknown, correct: unknown): asserts skillIndex is number {
    const count = this.skillIds.length;
    if (typeof skillIndex !== 'number' || !Number.isInteger(skillIndex) || skillIndex < 0 || skillIndex >= count) {
      throw new Error(`skill index ${String(skillIndex)} is outside 0..${count - 1}`);
    }
    if (typeof correct !== 'boolean') throw new Error(`"correct" must be true or false, not ${String(correct)}`);
  }

  checkAttempts(attempts: readonly StoredAttempt[]): void {
    for (const attempt of attempts) this.checkAttempt(attempt?.skillIndex, attempt?.correct);
  }

  protected checkState(state: LearnerState, length: number): Float32Array {
    if (!state || state.engine !== this.name) {
      throw new Error(`this learner state was made by the ${String(state?.engine)} model, but ${this.name} is loaded: rebuild it from the stored attempts`);
    }
    if (!(state.values instanceof Float32Array) || state.values.length !== length) {
      throw new Error(`learner state has ${String(state.values?.length)} values, expected ${length}: rebuild it from the stored attempts`);
    }
    return state.values;
  }
}

/** The fallback: one BKT per skill; the state is P(known) for every skill. */
export class BktEngine extends CheckedEngine {
  readonly name = 'bkt' as const;
  readonly #params: readonly BktSkillParams[];

  constructor(params: readonly BktSkillParams[], skillIds: readonly string[]) {
    super(skillIds);
    if (params.length !== skillIds.length) throw new Error(`BKT has ${params.length} parameter sets for ${skillIds.length} skills`);
    this.#params = params;
  }

  rebuild(attempts: readonly StoredAttempt[]): KtPrediction {
    for (const attempt of attempts) this.checkAttempt(attempt?.skillIndex, attempt?.correct);
    const known = Float32Array.from(this.#params, (p) => p.prior);
    for (const { skillIndex, correct } of attempts) known[skillIndex] = updateKnown(this.#params[skillIndex]!, known[skillIndex]!, correct);
    return { state: { engine: 'bkt', values: known }, predictions: this.#predictAll(known) };
  }

  step(state: LearnerState, skillIndex: number, correct: boolean): KtPrediction {
    this.checkAttempt(skillIndex, correct);
    const known = Float32Array.from(this.checkState(state, this.skillIds.length));
    known[skillIndex] = updateKnown(this.#params[skillIndex]!, known[skillIndex]!, correct);
    return { state: { engine: 'bkt', values: known }, predictions: this.#predictAll(known) };
  }

  predict(state: LearnerState): Float32Array {
    return this.#predictAll(this.checkState(state, this.skillIds.length));
  }

  dispose(): void {
    // Plain numbers: nothing to free.
  }

  #predictAll(known: Float32Array): Float32Array {
    return Float32Array.from(this.#params, (p, skill) => predictCorrect(p, known[skill]!));
  }
}
