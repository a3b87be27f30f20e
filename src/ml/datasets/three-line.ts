import { parseIntegerList, splitLines } from './parse-line.ts';
import type { RawSequence } from './sequence.ts';

/**
 * Reads the three-line format of the DKT and DKVMN benchmark files: per learner a line with the
 * number of responses, a line of skill ids and a line of 0/1 correctness. Blank lines between
 * or after records are skipped. Throws an Error whose message starts with `line N:`.
 */
export function readThreeLine(text: string): RawSequence[] {
  // Trailing blank lines would otherwise pass for the missing lines of a truncated last record.
  const lines = splitLines(text.trimEnd());
  const sequences: RawSequence[] = [];
  let i = 0;
  const nextContentLine = (): number => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    return i;
  };
  while (nextContentLine() < lines.length) {
    const countLine = i + 1;
    const countValues = parseIntegerList(lines[i]!, countLine, 'response count');
    if (countValues.length !== 1) {
      throw new Error(`line ${countLine}: expected one response count, found ${countValues.length} values`);
    }
    const count = countValues[0]!;
    const skillsLine = countLine + 1;
    const correctLine = countLine + 2;
    if (i + 2 >= lines.length) {
      throw new Error(`line ${countLine}: a record needs three lines (count, skills, correctness) but the file ends`);
    }
    const skills = parseIntegerList(lines[i + 1]!, skillsLine, 'skill id');
    const correct = parseIntegerList(lines[i + 2]!, correctLine, 'correctness');
    if (skills.length !== count) {
      throw new Error(`line ${skillsLine}: expected ${count} skill ids (line ${countLine}), found ${skills.length}`);
    }
    if (correct.length !== count) {
      throw new Error(`line ${correctLine}: expected ${count} correctness values (line ${countLine}), found ${correct.length}`);
    }
    const notBinary = correct.findIndex((value) => value > 1);
    if (notBinary >= 0) {
      throw new Error(`line ${correctLine}: correctness value ${notBinary + 1} is ${correct[notBinary]}, expected 0 or 1`);
    }
    sequences.push({ skills, correct });
    i += 3;
  }
  return sequences;
}
