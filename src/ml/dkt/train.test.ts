import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { auc } from '../metrics.ts';
import { nextResponseLabels } from '../next-response.ts';
import { cutWindows, encodeBatch } from './encoding.ts';
import { seededRandom } from '../seeded-random.ts';
import { DktModel } from './model.ts';
import { predictDktSequences } from './predict.ts';
import { trainDkt, type DktEpochProgress } from './train.ts';

/**
 * Learners whose answers on a skill repeat their previous answer on it with probability 0.9:
 * learnable only from history, so a falling loss means the recurrent part is learning.
 */
function stickyLearners(count: number, seed: number): Sequence[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const last = [random() < 0.5 ? 1 : 0, random() < 0.5 ? 1 : 0, random() < 0.5 ? 1 : 0];
    const skills: number[] = [];
    const correct: number[] = [];
    for (let t = 0; t < 16; t++) {
      const skill = Math.floor(random() * 3);
      const answer = random() < 0.9 ? last[skill]! : 1 - last[skill]!;
      last[skill] = answer;
      skills.push(skill);
      correct.push(answer);
    }
    return { skills: Int32Array.from(skills), correct: Uint8Array.from(correct) };
  });
}

describe('trainDkt', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('lowers the loss on a tiny data set and beats chance on new learners', async () => {
    const train = stickyLearners(48, 1);
    const test = stickyLearners(24, 2);
    const model = new DktModel({ numSkills: 3, hiddenUnits: 8 }, undefined, 3);
    const batch = encodeBatch(cutWindows(train, 16), 3);
    const lossBefore = tf.tidy(() => model.loss(batch).dataSync()[0]!);
    const epochs: DktEpochProgress[] = [];
    const result = await trainDkt(model, train, { epochs: 6, batchSize: 16, learningRate: 0.05, windowLength: 16, onEpoch: (p) => void epochs.push(p) });
    const lossAfter = tf.tidy(() => model.loss(batch).dataSync()[0]!);
    expect(lossAfter).toBeLessThan(lossBefore - 0.05);
    expect(epochs.map((p) => p.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(epochs[5]!.remainingMs).toBe(0);
    expect(result.epochsRun).toBe(6);
    expect(auc(nextResponseLabels(test), predictDktSequences(model, test))).toBeGreaterThan(0.7);
    model.dispose();
  });

  it('keeps the best validation epoch and stops when asked', async () => {
    const model = new DktModel({ numSkills: 3, hiddenUnits: 4 }, undefined, 4);
    let batches = 0;
    const result = await trainDkt(model, stickyLearners(32, 5), {
      epochs: 5,
      batchSize: 8,
      validation: stickyLearners(8, 6),
      onBatch: () => void batches++,
      shouldStop: () => batches >= 6,
    });
    expect(result.stopped).toBe(true);
    expect(result.epochsRun).toBe(2);
    expect(result.bestValidationAuc).toBeGreaterThan(0);
    model.dispose();
  });
});
