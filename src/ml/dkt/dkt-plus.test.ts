import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { cutWindows, encodeBatch } from './encoding.ts';
import { DktModel } from './model.ts';
import { DktStepper } from './step.ts';

const sequences: Sequence[] = [
  { skills: Int32Array.from([0, 1, 1, 2, 0]), correct: Uint8Array.from([1, 0, 1, 1, 0]) },
  { skills: Int32Array.from([2, 2, 1]), correct: Uint8Array.from([0, 1, 1]) },
];

/** Reference values by stepping each learner through the app's stepper, in plain JS. */
function reference(model: DktModel): { next: number; reconstruction: number; w1: number; w2: number } {
  const stepper = new DktStepper(model);
  const bce = (y: number, p: number) => -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  let next = 0, nextCount = 0, rec = 0, recCount = 0, abs = 0, sq = 0, values = 0;
  for (const s of sequences) {
    let state = stepper.initialState();
    let previous: Float32Array | undefined;
    for (let t = 0; t < s.skills.length; t++) {
      const step = stepper.step(state, s.skills[t]!, s.correct[t] === 1);
      state = step.state;
      const y = step.predictions;
      rec += bce(s.correct[t]!, y[s.skills[t]!]!);
      recCount++;
      if (t + 1 < s.skills.length) {
        next += bce(s.correct[t + 1]!, y[s.skills[t + 1]!]!);
        nextCount++;
      }
      if (previous) {
        y.forEach((p, k) => {
          abs += Math.abs(p - previous![k]!);
          sq += (p - previous![k]!) ** 2;
        });
        values += y.length;
      }
      previous = y;
    }
  }
  return { next: next / nextCount, reconstruction: rec / recCount, w1: abs / values, w2: sq / values };
}

describe('DKT+ loss terms', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('add reconstruction and waviness exactly as defined, computed independently through the stepper', () => {
    const model = new DktModel({ numSkills: 3, hiddenUnits: 4 }, undefined, 3);
    const batch = encodeBatch(cutWindows(sequences, 10), 3);
    const ref = reference(model);
    const lossOf = (plus?: { reconstruction: number; waviness1: number; waviness2: number }) => {
      const loss = model.loss(batch, 0, undefined, plus);
      const value = loss.dataSync()[0]!;
      loss.dispose();
      return value;
    };
    expect(lossOf()).toBeCloseTo(ref.next, 5);
    expect(lossOf({ reconstruction: 0, waviness1: 0, waviness2: 0 })).toBeCloseTo(ref.next, 5);
    expect(lossOf({ reconstruction: 0.7, waviness1: 0, waviness2: 0 })).toBeCloseTo(ref.next + 0.7 * ref.reconstruction, 5);
    expect(lossOf({ reconstruction: 0, waviness1: 2, waviness2: 0 })).toBeCloseTo(ref.next + 2 * ref.w1, 5);
    expect(lossOf({ reconstruction: 0, waviness1: 0, waviness2: 5 })).toBeCloseTo(ref.next + 5 * ref.w2, 5);
    expect(ref.w1).toBeGreaterThan(0);
    model.dispose();
  });

  it('are differentiable through the hand-written GRU backward pass (the gradient matches a finite difference)', () => {
    const model = new DktModel({ numSkills: 3, hiddenUnits: 4 }, undefined, 5);
    const batch = encodeBatch(cutWindows(sequences, 10), 3);
    const plus = { reconstruction: 1, waviness1: 1, waviness2: 1 };
    const variable = model.weights.recurrentKernel;
    const { grads } = tf.variableGrads(() => model.loss(batch, 0, undefined, plus), [variable]);
    const analytic = grads[variable.name]!.dataSync()[5]!;
    const original = variable.dataSync().slice();
    const at = (delta: number) => {
      const moved = original.slice();
      moved[5]! += delta;
      variable.assign(tf.tensor(moved, variable.shape));
      return model.loss(batch, 0, undefined, plus).dataSync()[0]!;
    };
    const numeric = (at(1e-3) - at(-1e-3)) / 2e-3;
    expect(analytic).toBeCloseTo(numeric, 3);
    expect(Math.abs(analytic)).toBeGreaterThan(1e-6);
    model.dispose();
  });
});
