import { describe, expect, it } from 'vitest';
import { readMatrix } from './matrix.ts';

describe('readMatrix', () => {
  const text = '1,0,1\n0,0,1,\n1,1,1\n\n';

  it('makes one learner per row with the column as the skill', () => {
    expect(readMatrix(text)).toEqual([
      { skills: [0, 1, 2], correct: [1, 0, 1] },
      { skills: [0, 1, 2], correct: [0, 0, 1] },
      { skills: [0, 1, 2], correct: [1, 1, 1] },
    ]);
  });

  it('keeps only the requested half-open row range', () => {
    expect(readMatrix(text, { rows: [1, 3] }).map((row) => row.correct)).toEqual([
      [0, 0, 1],
      [1, 1, 1],
    ]);
  });

  it('rejects a row of a different width with its line number', () => {
    expect(() => readMatrix('1,0,1\n1,0,1\n1,0\n')).toThrow(/^line 3: expected 3 answers like the first row, found 2/);
  });

  it('rejects answers other than 0 and 1 with their line number', () => {
    expect(() => readMatrix('1,0\n1,0\n\n0,3\n')).toThrow(/^line 4: answer 2 is 3, expected 0 or 1/);
    expect(() => readMatrix('1,0\n1,0.5\n')).toThrow(/^line 2: answer value 2 is "0.5"/);
  });
});
