import { describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { seededRandom } from '../seeded-random.ts';
import { MAX_GUESS_OR_SLIP, predictBktSequences, predictCorrect, updateKnown, type BktSkillParams } from './bkt.ts';
import { fitBkt } from './fit-em.ts';

const params: BktSkillParams = { prior: 0.4, learn: 0.1, guess: 0.2, slip: 0.1 };
const sequence = (skills: number[], correct: number[]): Sequence => ({ skills: Int32Array.from(skills), correct: Uint8Array.from(correct) });

describe('BKT updates', () => {
  it('matches a hand-computed correct-then-wrong history', () => {
    // P(correct) = 0.4 * 0.9 + 0.6 * 0.2 = 0.48
    expect(predictCorrect(params, 0.4)).toBeCloseTo(0.48, 12);
    // Correct: posterior 0.36 / 0.48 = 0.75; learning: 0.75 + 0.25 * 0.1 = 0.775
    const afterCorrect = updateKnown(params, 0.4, true);
    expect(afterCorrect).toBeCloseTo(0.775, 12);
    // P(correct) = 0.775 * 0.9 + 0.225 * 0.2 = 0.7425
    expect(predictCorrect(params, afterCorrect)).toBeCloseTo(0.7425, 12);
    // Wrong: posterior 0.0775 / (0.0775 + 0.225 * 0.8) = 0.0775 / 0.2575 = 0.30097087...
    // learning: 0.30097087 + 0.69902913 * 0.1 = 0.37087379
    const afterWrong = updateKnown(params, afterCorrect, false);
    expect(afterWrong).toBeCloseTo(0.0775 / 0.2575 + (1 - 0.0775 / 0.2575) * 0.1, 12);
    expect(afterWrong).toBeCloseTo(0.37087379, 7);
  });

  it('predicts each response after the first from the skills seen before it', () => {
    const model = { skills: [params, { prior: 0.9, learn: 0.2, guess: 0.25, slip: 0.05 }] };
    // Skill 0 correct, skill 1 (fresh: 0.9 * 0.95 + 0.1 * 0.25 = 0.88), skill 0 again (0.7425).
    const predictions = predictBktSequences(model, [sequence([0, 1, 0], [1, 0, 1])]);
    expect(predictions[0]).toBeCloseTo(0.88, 6);
    expect(predictions[1]).toBeCloseTo(0.7425, 6);
    expect(predictions).toHaveLength(2);
  });
});

describe('fitBkt', () => {
  function simulate(truth: BktSkillParams, learners: number, length: number, seed: number): Sequence[] {
    const random = seededRandom(seed);
    return Array.from({ length: learners }, () => {
      let known = random() < truth.prior;
      const correct: number[] = [];
      for (let t = 0; t < length; t++) {
        correct.push(known ? (random() < truth.slip ? 0 : 1) : random() < truth.guess ? 1 : 0);
        if (!known && random() < truth.learn) known = true;
      }
      return sequence(new Array<number>(length).fill(0), correct);
    });
  }

  it('recovers the parameters that generated the data', () => {
    const truth = { prior: 0.3, learn: 0.15, guess: 0.2, slip: 0.1 };
    const fitted = fitBkt(simulate(truth, 800, 12, 3), 1).skills[0]!;
    expect(fitted.prior).toBeCloseTo(truth.prior, 1);
    expect(fitted.learn).toBeCloseTo(truth.learn, 1);
    expect(fitted.guess).toBeCloseTo(truth.guess, 1);
    expect(fitted.slip).toBeCloseTo(truth.slip, 1);
  });

  it('keeps guess and slip at most 0.3 even when the data would push them higher', () => {
    // Coin flips: no learning signal, so unbounded EM drifts to guess or slip near 0.5.
    const random = seededRandom(11);
    const coins = Array.from({ length: 200 }, () => sequence([0, 0, 0, 0, 0, 0], Array.from({ length: 6 }, () => (random() < 0.5 ? 1 : 0))));
    const fitted = fitBkt(coins, 2).skills;
    expect(fitted[0]!.guess).toBeLessThanOrEqual(MAX_GUESS_OR_SLIP);
    expect(fitted[0]!.slip).toBeLessThanOrEqual(MAX_GUESS_OR_SLIP);
    // Skill 1 has no data and keeps the defaults.
    expect(fitted[1]).toEqual({ prior: 0.4, learn: 0.1, guess: 0.2, slip: 0.1 });
  });
});
