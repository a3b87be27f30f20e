import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { seededRandom } from '../seeded-random.ts';
import { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { DktStepper } from './step.ts';

function randomSequences(count: number, numSkills: number, seed: number): Sequence[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const length = 2 + Math.floor(random() * 15);
    return {
      skills: Int32Array.from({ length }, () => Math.floor(random() * numSkills)),
      correct: Uint8Array.from({ length }, () => (random() < 0.6 ? 1 : 0)),
    };
  });
}

describe('DKT stateful step', () => {
  let model: DktModel;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    model = new DktModel({ numSkills: 6, hiddenUnits: 8 }, undefined, 5);
  });

  it('gives the same predictions one answer at a time as over the whole sequence', () => {
    const sequences = randomSequences(5, 6, 1);
    // Small chunks and batches make the whole-sequence path carry state across calls too.
    const whole = predictDktSequences(model, sequences, { chunkSteps: 4, batchSize: 2 });
    const stepper = new DktStepper(model);
    let at = 0;
    let compared = 0;
    for (const sequence of sequences) {
      let state = stepper.initialState();
      for (let t = 0; t + 1 < sequence.skills.length; t++) {
        const result = stepper.step(state, sequence.skills[t]!, sequence.correct[t] === 1);
        state = result.state;
        expect(Math.abs(result.predictions[sequence.skills[t + 1]!]! - whole[at]!)).toBeLessThan(1e-5);
        at++;
        compared++;
      }
    }
    expect(compared).toBe(whole.length);
  });

  it('replays stored attempts into the same state as stepping', () => {
    const stepper = new DktStepper(model);
    const attempts = [
      { skill: 1, correct: true },
      { skill: 4, correct: false },
      { skill: 1, correct: true },
    ];
    let state = stepper.initialState();
    for (const a of attempts) state = stepper.step(state, a.skill, a.correct).state;
    const replayed = stepper.replay(attempts);
    expect(Array.from(replayed.state)).toEqual(Array.from(state));
    expect(Array.from(replayed.predictions)).toEqual(Array.from(stepper.predict(state)));
  });

  it('leaves no tensors behind and rejects unknown skills', () => {
    const stepper = new DktStepper(model);
    let state = stepper.initialState();
    state = stepper.step(state, 0, true).state;
    const before = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) state = stepper.step(state, i % 6, i % 3 === 0).state;
    expect(tf.memory().numTensors).toBe(before);
    expect(() => stepper.step(state, 6, true)).toThrow(/outside the model's 0..5/);
  });
});
