import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { readPackModelFiles } from '../models/make-golden.ts';
import { decodeDktModel } from '../src/ml/dkt/artifacts.ts';
import { DktStepper } from '../src/ml/dkt/step.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import { PlainDktStepper } from './plain-dkt.ts';

describe('PlainDktStepper', () => {
  it('gives the app stepper’s state and predictions over a long sequence of answers', async () => {
    await tf.setBackend('cpu');
    const files = await readPackModelFiles('fractions-3-6');
    const model = decodeDktModel(files.modelJson, files.weights);
    const app = new DktStepper(model);
    const plain = new PlainDktStepper(model);
    const random = seededRandom(5);
    let a = app.initialState();
    let b = plain.initialState();
    let worst = 0;
    expect(Array.from(plain.predict(b))).toEqual(Array.from(app.predict(a)).map((x) => expect.closeTo(x, 5)));
    for (let t = 0; t < 200; t++) {
      const skill = Math.floor(random() * model.config.numSkills);
      const correct = random() < 0.6;
      const x = app.step(a, skill, correct);
      const y = plain.step(b, skill, correct);
      for (let i = 0; i < x.predictions.length; i++) worst = Math.max(worst, Math.abs(x.predictions[i]! - y.predictions[i]!));
      for (let i = 0; i < x.state.length; i++) worst = Math.max(worst, Math.abs(x.state[i]! - y.state[i]!));
      a = x.state;
      b = y.state;
    }
    expect(worst).toBeLessThan(1e-4);
    // The states must have moved, or agreeing would prove nothing.
    expect(Math.max(...Array.from(a).map(Math.abs))).toBeGreaterThan(0.1);
  });

  it('refuses a skill outside the model', async () => {
    const files = await readPackModelFiles('fractions-3-6');
    const plain = new PlainDktStepper(decodeDktModel(files.modelJson, files.weights));
    expect(() => plain.step(plain.initialState(), -1, true)).toThrow(/outside/);
  });
});
