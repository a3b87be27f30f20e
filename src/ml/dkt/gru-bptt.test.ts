import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { gruSequence } from './gru-bptt.ts';
import { perStepTensors, runGru } from './gru.ts';
import { createDktWeights, weightList } from './weights.ts';

describe('gruSequence (hand-written backpropagation through time)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('matches tfjs autodiff of the step loop in value and in every gradient', () => {
    const numSkills = 4;
    const lanes = 3;
    const steps = 5;
    const weights = createDktWeights({ numSkills, hiddenUnits: 6 }, 21);
    const random = seededRandom(4);
    const inputs = Int32Array.from({ length: lanes * steps }, () => Math.floor(random() * 2 * numSkills));
    // A fixed random projection of the states makes a scalar that depends on every state.
    const probe = tf.randomNormal([lanes * steps, 6], 0, 1, 'float32', 8);
    const initial = tf.randomNormal([lanes, 6], 0, 0.5, 'float32', 9) as tf.Tensor2D;
    const variables = weightList(weights).slice(0, 3);

    const handWritten = tf.variableGrads(() => {
      const states = gruSequence(weights.inputKernel, weights.recurrentKernel, weights.gateBias, tf.tensor1d(inputs, 'int32'), initial);
      return tf.sum(tf.mul(tf.tanh(states), probe)) as tf.Scalar;
    }, variables);
    const autodiff = tf.variableGrads(() => {
      const { states } = runGru(weights, perStepTensors(inputs, steps), initial);
      return tf.sum(tf.mul(tf.tanh(tf.concat(states, 0)), probe)) as tf.Scalar;
    }, variables);

    expect(handWritten.value.dataSync()[0]).toBeCloseTo(autodiff.value.dataSync()[0]!, 5);
    for (const variable of variables) {
      const mine = handWritten.grads[variable.name]!.dataSync();
      const reference = autodiff.grads[variable.name]!.dataSync();
      expect(mine.length).toBe(reference.length);
      const worst = Math.max(...Array.from(mine, (value, i) => Math.abs(value - reference[i]!)));
      expect(worst).toBeLessThan(1e-5);
      // A gradient that is all zeros would match trivially; these must not be.
      expect(Math.max(...Array.from(reference, Math.abs))).toBeGreaterThan(1e-3);
    }
  });
});
