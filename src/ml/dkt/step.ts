import * as tf from '@tensorflow/tfjs-core';
import { inputIndex } from './encoding.ts';
import { gruStep, probabilitiesForAllSkills, projectInputs } from './gru.ts';
import type { DktModel } from './model.ts';

/**
 * The app's view of the model: one learner's recurrent state as a plain Float32Array (so it
 * can be posted from the worker and stored), and one recurrent step per answer rather than a
 * re-run of the whole history. Arrays in, arrays out: no tensor outlives a call.
 */
export interface DktStepResult {
  readonly state: Float32Array;
  /** P(correct) on the next attempt, per dense skill index. */
  readonly predictions: Float32Array;
}

export class DktStepper {
  readonly #model: DktModel;

  constructor(model: DktModel) {
    this.#model = model;
  }

  /** The state of a learner with no answers yet. */
  initialState(): Float32Array {
    return new Float32Array(this.#model.config.hiddenUnits);
  }

  /** P(correct) per skill for a learner in `state`, before any further answer. */
  predict(state: Float32Array): Float32Array {
    const probabilities = tf.tidy(() => probabilitiesForAllSkills(this.#model.weights, this.#stateTensor(state)));
    return readAndDispose(probabilities);
  }

  /** Folds one answer into the state and predicts every skill from the new state. */
  step(state: Float32Array, skill: number, correct: boolean): DktStepResult {
    const { numSkills } = this.#model.config;
    if (!Number.isInteger(skill) || skill < 0 || skill >= numSkills) {
      throw new Error(`skill ${skill} is outside the model's 0..${numSkills - 1}`);
    }
    const [next, probabilities] = tf.tidy(() => {
      const input = tf.tensor1d([inputIndex(skill, correct ? 1 : 0, numSkills)], 'int32');
      const newState = gruStep(this.#model.weights, projectInputs(this.#model.weights, input), this.#stateTensor(state));
      return [newState, probabilitiesForAllSkills(this.#model.weights, newState)];
    });
    return { state: readAndDispose(next!), predictions: readAndDispose(probabilities!) };
  }

  /** Rebuilds a learner's state from stored attempts (on load), one step per attempt. */
  replay(attempts: Iterable<{ readonly skill: number; readonly correct: boolean }>): DktStepResult {
    let state = this.initialState();
    let predictions: Float32Array | undefined;
    for (const attempt of attempts) ({ state, predictions } = this.step(state, attempt.skill, attempt.correct));
    return { state, predictions: predictions ?? this.predict(state) };
  }

  #stateTensor(state: Float32Array): tf.Tensor2D {
    const hidden = this.#model.config.hiddenUnits;
    if (state.length !== hidden) throw new Error(`state has ${state.length} values, the model has ${hidden} hidden units`);
    return tf.tensor2d(state, [1, hidden]);
  }
}

function readAndDispose(tensor: tf.Tensor): Float32Array {
  const values = tensor.dataSync() as Float32Array;
  tensor.dispose();
  return Float32Array.from(values);
}
