/**
 * COUNTIF/SUMIF criteria: 5, "apples", ">=10", "<>done", "a*" (wildcards * and ?), "" (empty).
 * Text matches ignore case, as spreadsheets do.
 */
import { isError, toNumber, type Scalar } from './values.ts';

export type Criterion = (cell: Scalar) => boolean;

/** `charge` is told the steps of each wildcard match (a long text against a long pattern is slow). */
export function makeCriterion(raw: Scalar, charge: (units: number) => void = () => {}): Criterion {
  if (typeof raw === 'number' || typeof raw === 'boolean') return (cell) => cell === raw;
  if (raw === null || isError(raw)) return (cell) => cell === null || cell === '';
  const m = /^(<=|>=|<>|=|<|>)?(.*)$/s.exec(raw)!;
  const op = m[1] ?? '=';
  const operand = m[2];
  const asNumber = operand.trim() === '' ? NaN : Number(operand);
  if (!Number.isNaN(asNumber)) {
    return (cell) => {
      if (typeof cell !== 'number') {
        if (op === '<>') return true;
        if (op !== '=' || typeof cell !== 'string') return false;
        const n = toNumber(cell);
        return !isError(n) && n === asNumber;
      }
      return compareNumbers(op, cell, asNumber);
    };
  }
  if (operand === '') return op === '<>' ? (cell) => cell !== null && cell !== '' : (cell) => cell === null || cell === '';
  const pattern = wildcardPattern(operand, charge);
  if (op === '=') return (cell) => typeof cell === 'string' && pattern.test(cell);
  if (op === '<>') return (cell) => !(typeof cell === 'string' && pattern.test(cell));
  const needle = operand.toLowerCase();
  return (cell) => {
    if (typeof cell !== 'string') return false;
    charge(1 + (cell.length >> 3)); // comparing by locale is slow per character
    return compareNumbers(op, cell.toLowerCase().localeCompare(needle), 0);
  };
}

function compareNumbers(op: string, a: number, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
    case '<>': return a !== b;
    default: return a === b;
  }
}

interface Wildcard { test(text: string): boolean }

/**
 * Spreadsheet wildcards (* any run, ? one character, ~ escapes) matched without regular
 * expressions: the classic two-pointer algorithm is linear-ish and cannot be made to backtrack
 * catastrophically by a criterion such as "*a*a*a*a*b".
 */
function wildcardPattern(pattern: string, charge: (units: number) => void): Wildcard {
  const tokens: { ch: string; kind: 'char' | 'any' | 'one' }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) tokens.push({ ch: pattern[++i].toLowerCase(), kind: 'char' });
    else if (ch === '*') tokens.push({ ch, kind: 'any' });
    else if (ch === '?') tokens.push({ ch, kind: 'one' });
    else tokens.push({ ch: ch.toLowerCase(), kind: 'char' });
  }
  return {
    test(input: string): boolean {
      const text = input.toLowerCase();
      let t = 0;
      let p = 0;
      let star = -1;
      let resume = 0;
      let steps = 0;
      while (t < text.length) {
        steps++;
        const token = tokens[p];
        if (token && (token.kind === 'one' || (token.kind === 'char' && token.ch === text[t]))) { t++; p++; }
        else if (token?.kind === 'any') { star = p++; resume = t; }
        else if (star >= 0) { p = star + 1; t = ++resume; }
        else return false;
      }
      charge(steps);
      while (tokens[p]?.kind === 'any') p++;
      return p === tokens.length;
    },
  };
}
