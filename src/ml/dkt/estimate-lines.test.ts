import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { nextResponseLabels } from '../next-response.ts';
import { ancestorsInOrder, estimateLines, scriptedRunProbe } from './estimate-lines.ts';
import { measureDkt } from './measure.ts';
import { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { DktStepper } from './step.ts';

describe('probes and measurement of a trained model', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('orders every prerequisite, direct or not, after its own prerequisites, once', () => {
    // 0 <- 1 <- 3, 0 <- 2 <- 3
    const prerequisites = [[], [0], [0], [1, 2]];
    expect(ancestorsInOrder(prerequisites, 3)).toEqual([0, 1, 2]);
    expect(ancestorsInOrder(prerequisites, 0)).toEqual([]);
  });

  it('estimate lines are the peak of 15 right answers after the prerequisites, less 0.02, capped at 0.8', () => {
    const model = new DktModel({ numSkills: 3, hiddenUnits: 6 }, undefined, 11);
    const stepper = new DktStepper(model);
    const prerequisites = [[], [0], [1]];
    const { peaks, lines } = estimateLines(stepper, prerequisites);
    // Skill 2 by hand: 3 right on 0, 3 right on 1, then 15 right on 2.
    let state = stepper.initialState();
    for (const s of [0, 0, 0, 1, 1, 1]) state = stepper.step(state, s, true).state;
    let peak = 0;
    for (let k = 0; k < 15; k++) {
      const next = stepper.step(state, 2, true);
      state = next.state;
      peak = Math.max(peak, next.predictions[2]!);
    }
    expect(peaks[2]).toBeCloseTo(peak, 6);
    lines.forEach((line, s) => {
      expect(line).toBeLessThanOrEqual(0.8);
      expect(line).toBeCloseTo(Math.min(0.8, Math.floor((peaks[s]! - 0.02) * 100) / 100), 6);
    });
    model.dispose();
  });

  it('measureDkt predicts exactly what whole-sequence prediction does, and the probe counts every scripted answer', () => {
    const model = new DktModel({ numSkills: 4, hiddenUnits: 5 }, undefined, 2);
    const sequences: Sequence[] = [
      { skills: Int32Array.from([0, 1, 2, 3, 0, 1]), correct: Uint8Array.from([1, 1, 0, 1, 0, 1]) },
      { skills: Int32Array.from([3, 3]), correct: Uint8Array.from([0, 1]) },
    ];
    const measured = measureDkt(model, sequences, 4);
    const expected = predictDktSequences(model, sequences);
    // measureDkt runs longest learners first; compare as multisets of (label, score).
    const pairs = (labels: ArrayLike<number>, scores: ArrayLike<number>) =>
      Array.from(labels, (l, i) => `${l}:${scores[i]!.toFixed(5)}`).sort();
    expect(pairs(measured.labels, measured.scores)).toEqual(pairs(nextResponseLabels(sequences), expected));
    expect(measured.consistency.correctAnswers + measured.consistency.wrongAnswers).toBe(8);
    const probe = scriptedRunProbe(new DktStepper(model), 4, 5, 2);
    expect(probe.correctAnswers).toBe(20);
    expect(probe.wrongAnswers).toBe(8);
    model.dispose();
  });
});
