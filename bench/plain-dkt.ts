/**
 * The pack DKT's one-answer step in plain loops, for bench:policy's rollout oracle only.
 *
 * The oracle plays each learner forward thousands of times per decision, and every simulated
 * answer needs the mastery judge's DKT estimate. Through TensorFlow.js a 32-unit step costs about
 * 0.16 ms here, nearly all of it per-operation overhead; the same arithmetic in loops is about 30
 * times faster. The numbers are those of src/ml/dkt/gru.ts (same gate order and reset-after
 * form); plain-dkt.test.ts checks the two agree over a long sequence. The app never uses this.
 */
import type { DktStepResult } from '../src/ml/dkt/step.ts';
import type { DktModel } from '../src/ml/dkt/model.ts';

/** What a mastery judge needs of a DKT: DktStepper's shape. */
export interface DktStepping {
  initialState(): Float32Array;
  predict(state: Float32Array): Float32Array;
  step(state: Float32Array, skill: number, correct: boolean): DktStepResult;
}

export class PlainDktStepper implements DktStepping {
  readonly #skills: number;
  readonly #hidden: number;
  readonly #input: Float32Array;
  readonly #recurrent: Float32Array;
  readonly #bias: Float32Array;
  readonly #output: Float32Array;
  readonly #outputBias: Float32Array;

  constructor(model: DktModel) {
    this.#skills = model.config.numSkills;
    this.#hidden = model.config.hiddenUnits;
    const read = (v: { dataSync(): unknown }) => Float32Array.from(v.dataSync() as Float32Array);
    this.#input = read(model.weights.inputKernel);
    this.#recurrent = read(model.weights.recurrentKernel);
    this.#bias = read(model.weights.gateBias);
    this.#output = read(model.weights.outputKernel);
    this.#outputBias = read(model.weights.outputBias);
  }

  initialState(): Float32Array {
    return new Float32Array(this.#hidden);
  }

  predict(state: Float32Array): Float32Array {
    const h = this.#hidden;
    const out = new Float32Array(this.#skills);
    for (let s = 0; s < this.#skills; s++) {
      let logit = this.#outputBias[s]!;
      for (let j = 0; j < h; j++) logit += state[j]! * this.#output[s * h + j]!;
      out[s] = 1 / (1 + Math.exp(-logit));
    }
    return out;
  }

  step(state: Float32Array, skill: number, correct: boolean): DktStepResult {
    const h = this.#hidden;
    if (!Number.isInteger(skill) || skill < 0 || skill >= this.#skills) throw new Error(`skill ${skill} is outside the model's 0..${this.#skills - 1}`);
    if (state.length !== h) throw new Error(`state has ${state.length} values, the model has ${h} hidden units`);
    // Gates: the input's row (one-hot, so a lookup) plus bias, and the recurrent product state x [H, 3H].
    const row = (skill + (correct ? this.#skills : 0)) * 3 * h;
    const recurrent = new Float64Array(3 * h);
    for (let i = 0; i < h; i++) {
      const x = state[i]!;
      if (x === 0) continue;
      const base = i * 3 * h;
      for (let k = 0; k < 3 * h; k++) recurrent[k]! += x * this.#recurrent[base + k]!;
    }
    const next = new Float32Array(h);
    for (let j = 0; j < h; j++) {
      const inZ = this.#input[row + j]! + this.#bias[j]!;
      const inR = this.#input[row + h + j]! + this.#bias[h + j]!;
      const inH = this.#input[row + 2 * h + j]! + this.#bias[2 * h + j]!;
      const update = 1 / (1 + Math.exp(-(inZ + recurrent[j]!)));
      const reset = 1 / (1 + Math.exp(-(inR + recurrent[h + j]!)));
      const candidate = Math.tanh(inH + reset * recurrent[2 * h + j]!);
      next[j] = candidate + update * (state[j]! - candidate);
    }
    return { state: next, predictions: this.predict(next) };
  }
}
