import * as tf from '@tensorflow/tfjs-core';
import { decodeDktModel, encodeDktModel } from '../dkt/artifacts.ts';
import type { DktModel } from '../dkt/model.ts';
import type { PackModelMetadata } from '../dkt/pack-metadata.ts';
import { cloneDktModel } from '../dkt/personalize.ts';
import { DktStepper } from '../dkt/step.ts';
import { chooseBackend, configureWasm } from './backend.ts';
import { CheckedEngine } from './engines.ts';
import type { KtPrediction, LearnerState, StoredAttempt } from './protocol.ts';

/**
 * Everything in the worker that needs TensorFlow.js, loaded by a dynamic import on the first
 * DKT load. If it cannot load (a damaged or missing chunk, or an unbundled test server that
 * cannot run tfjs' CommonJS dependencies) the worker still answers, with BKT.
 */
export { chooseBackend, cloneDktModel, configureWasm, decodeDktModel, encodeDktModel };

export function tensorMemory(): { backend: string | null; numTensors: number; numBytes: number } {
  const memory = tf.memory();
  return { backend: tf.engine().backendName ?? null, numTensors: memory.numTensors, numBytes: memory.numBytes };
}

/** The DKT behind the engine interface: one GRU step per answer (see DktStepper). */
export class DktEngine extends CheckedEngine {
  readonly name = 'dkt' as const;
  readonly #model: DktModel;
  readonly #stepper: DktStepper;

  /** The metadata.json the model came with, carried into a personalized copy's files. */
  readonly metadata: PackModelMetadata;

  constructor(model: DktModel, skillIds: readonly string[], metadata: PackModelMetadata) {
    super(skillIds);
    this.metadata = metadata;
    if (model.config.numSkills !== skillIds.length) {
      throw new Error(`the model has ${model.config.numSkills} skill outputs, its metadata lists ${skillIds.length} skills`);
    }
    this.#model = model;
    this.#stepper = new DktStepper(model);
  }

  rebuild(attempts: readonly StoredAttempt[]): KtPrediction {
    // Checked up front so a bad attempt late in a long history fails before any work is done.
    this.checkAttempts(attempts);
    const { state, predictions } = this.#stepper.replay(attempts.map((a) => ({ skill: a.skillIndex, correct: a.correct })));
    return { state: { engine: 'dkt', values: state }, predictions };
  }

  step(state: LearnerState, skillIndex: number, correct: boolean): KtPrediction {
    this.checkAttempt(skillIndex, correct);
    const values = this.checkState(state, this.#model.config.hiddenUnits);
    const next = this.#stepper.step(values, skillIndex, correct);
    return { state: { engine: 'dkt', values: next.state }, predictions: next.predictions };
  }

  predict(state: LearnerState): Float32Array {
    return this.#stepper.predict(this.checkState(state, this.#model.config.hiddenUnits));
  }

  /** The network itself, for fine-tuning a copy of it (personalization). */
  get model(): DktModel {
    return this.#model;
  }

  dispose(): void {
    this.#model.dispose();
  }
}

