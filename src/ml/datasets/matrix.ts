import { parseIntegerList, splitLines } from './parse-line.ts';
import type { RawSequence } from './sequence.ts';

export interface MatrixReadOptions {
  /** Learner rows to keep, as a half-open range [start, end) of 0-based data rows. Default: all. */
  readonly rows?: readonly [number, number];
}

/**
 * Reads the Synthetic-5 matrix format: one learner per row, one 0/1 answer per column, every
 * learner answering exercises 0..n-1 in column order. The column number is the skill id (the
 * hidden concept in the `_info` file is ground truth for analysis and is never read here).
 * Every row must have the same number of columns. Errors name the 1-based line number.
 */
export function readMatrix(text: string, options: MatrixReadOptions = {}): RawSequence[] {
  const lines = splitLines(text);
  const rows: RawSequence[] = [];
  let width = -1;
  let dataRow = 0;
  const [start, end] = options.rows ?? [0, Number.POSITIVE_INFINITY];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const lineNumber = i + 1;
    const answers = parseIntegerList(line, lineNumber, 'answer');
    if (width < 0) width = answers.length;
    if (answers.length !== width) {
      throw new Error(`line ${lineNumber}: expected ${width} answers like the first row, found ${answers.length}`);
    }
    const notBinary = answers.findIndex((value) => value > 1);
    if (notBinary >= 0) {
      throw new Error(`line ${lineNumber}: answer ${notBinary + 1} is ${answers[notBinary]}, expected 0 or 1`);
    }
    if (dataRow >= start && dataRow < end) rows.push({ skills: answers.map((_, column) => column), correct: answers });
    dataRow++;
  });
  return rows;
}
