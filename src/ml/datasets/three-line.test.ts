import { describe, expect, it } from 'vitest';
import { buildSkillIndex, toDenseSequences } from './sequence.ts';
import { readThreeLine } from './three-line.ts';

describe('readThreeLine', () => {
  it('reads records with trailing commas, CRLF endings and blank lines', () => {
    const text = '3\r\n10,7,10,\r\n1,0,1,\r\n\n1\n42\n0\n\n';
    expect(readThreeLine(text)).toEqual([
      { skills: [10, 7, 10], correct: [1, 0, 1] },
      { skills: [42], correct: [0] },
    ]);
  });

  it('maps non-contiguous ids to a dense index in ascending id order', () => {
    const raw = readThreeLine('2\n45,3\n1,1\n1\n900\n0\n');
    const index = buildSkillIndex(raw);
    expect(index.ids).toEqual([3, 45, 900]);
    const { sequences, droppedResponses } = toDenseSequences(raw, index);
    expect(Array.from(sequences[0]!.skills)).toEqual([1, 0]);
    expect(Array.from(sequences[1]!.skills)).toEqual([2]);
    expect(droppedResponses).toBe(0);
  });

  it('drops (and counts) responses on skills the index does not know', () => {
    const index = buildSkillIndex(readThreeLine('1\n5\n1\n'));
    const { sequences, droppedResponses } = toDenseSequences(readThreeLine('3\n5,6,5\n1,0,0\n'), index);
    expect(droppedResponses).toBe(1);
    expect(Array.from(sequences[0]!.correct)).toEqual([1, 0]);
  });

  it.each([
    ['a skill count that disagrees with the header', '2\n1,2\n1,0\n3\n1,2\n0,1,1\n', /^line 5: expected 3 skill ids \(line 4\), found 2/],
    ['a correctness count that disagrees', '2\n1,2\n1\n', /^line 3: expected 2 correctness values/],
    ['a non-numeric skill id', '2\n1,x\n1,0\n', /^line 2: skill id value 2 is "x"/],
    ['a negative id', '1\n-4\n1\n', /^line 2: skill id value 1 is "-4"/],
    ['a correctness value that is not 0 or 1', '2\n1,2\n1,2\n', /^line 3: correctness value 2 is 2, expected 0 or 1/],
    ['a header with two numbers', '2,3\n1,2\n1,0\n', /^line 1: expected one response count/],
    ['a record cut short at the end of the file', '2\n1,2\n1,0\n2\n4,4\n', /^line 4: a record needs three lines/],
    ['an empty value between commas', '3\n1,,2\n1,0,1\n', /^line 2: skill id value 2 is ""/],
  ])('rejects %s with its line number', (_label, text, message) => {
    expect(() => readThreeLine(text)).toThrow(message);
  });
});
