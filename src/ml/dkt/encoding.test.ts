import { describe, expect, it } from 'vitest';
import type { Sequence } from '../datasets/sequence.ts';
import { cutWindows, encodeBatch, inputIndex } from './encoding.ts';

const sequence = (skills: number[], correct: number[]): Sequence => ({ skills: Int32Array.from(skills), correct: Uint8Array.from(correct) });

describe('DKT input encoding', () => {
  it('puts correct answers in the upper half of the 2S inputs', () => {
    expect(inputIndex(3, 0, 10)).toBe(3);
    expect(inputIndex(3, 1, 10)).toBe(13);
  });

  it('cuts overlapping windows so every response after the first is a target exactly once', () => {
    const long = sequence([0, 1, 2, 3, 4, 5, 6], [1, 1, 0, 0, 1, 1, 0]);
    const windows = cutWindows([long, sequence([2], [1])], 3);
    expect(windows.map((w) => [w.start, w.length])).toEqual([
      [0, 3],
      [2, 3],
      [4, 3],
    ]);
    const batch = encodeBatch(windows, 7);
    const targets: number[] = [];
    for (let i = 0; i < batch.mask.length; i++) if (batch.mask[i] === 1) targets.push(batch.targetSkills[i]!);
    expect(targets.sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lays batches out time-major and masks padding and the last step', () => {
    const batch = encodeBatch(
      [
        { sequence: sequence([0, 1, 2], [1, 0, 1]), start: 0, length: 3 },
        { sequence: sequence([2, 0], [0, 1]), start: 0, length: 2 },
      ],
      3,
    );
    expect(batch.steps).toBe(3);
    // step 0: lane 0 (skill 0, correct) -> 3; lane 1 (skill 2, wrong) -> 2
    expect(Array.from(batch.inputs)).toEqual([3, 2, 1, 3, 5, 0]);
    expect(Array.from(batch.targetSkills.slice(0, 4))).toEqual([1, 0, 2, 0]);
    expect(Array.from(batch.targetCorrect.slice(0, 4))).toEqual([0, 1, 1, 0]);
    expect(Array.from(batch.mask)).toEqual([1, 1, 1, 0, 0, 0]);
  });
});
