import { describe, expect, it } from 'vitest';
import { ConsistencyAccumulator, dropAfterCorrect } from './consistency.ts';

describe('consistency figures', () => {
  it('dropAfterCorrect counts correct answers whose own skill fell, ignoring wrong answers', () => {
    expect(
      dropAfterCorrect([
        { correct: true, before: 0.5, after: 0.6 },
        { correct: true, before: 0.6, after: 0.55 },
        { correct: false, before: 0.6, after: 0.4 },
        { correct: true, before: 0.7, after: 0.7 },
      ]),
    ).toBeCloseTo(1 / 3);
    expect(dropAfterCorrect([{ correct: false, before: 0.5, after: 0.6 }])).toBeNaN();
  });

  it('the accumulator gives drops, rises and waviness over consecutive post-answer vectors, per lane', () => {
    const acc = new ConsistencyAccumulator();
    acc.startLearner([0.5, 0.5], 0);
    acc.startLearner([0.5, 0.5], 1);
    acc.answer(0, true, [0.4, 0.5], 0); // correct, own skill fell
    acc.answer(1, false, [0.5, 0.6], 1); // wrong, own skill rose
    acc.answer(0, true, [0.6, 0.3], 0); // correct, rose; change (0.2, -0.2)
    acc.answer(1, false, [0.5, 0.5], 1); // wrong, fell; change (0, -0.1)
    const f = acc.figures();
    expect(f.dropAfterCorrect).toBeCloseTo(0.5);
    expect(f.riseAfterWrong).toBeCloseTo(0.5);
    expect(f.correctAnswers).toBe(2);
    expect(f.wrongAnswers).toBe(2);
    // Only the second answer of each lane forms a pair: |changes| 0.2, 0.2, 0, 0.1 over 4 values.
    expect(f.w1).toBeCloseTo(0.5 / 4);
    expect(f.w2).toBeCloseTo(Math.sqrt((0.04 + 0.04 + 0 + 0.01) / 4));
  });

  it('refuses an answer before startLearner and vectors of another length', () => {
    const acc = new ConsistencyAccumulator();
    expect(() => acc.answer(0, true, [0.5])).toThrow(/startLearner/);
    acc.startLearner([0.5, 0.5]);
    expect(() => acc.answer(0, true, [0.5])).toThrow(/length/);
  });
});
