/** The binary operators: "&" joins text, comparisons, and arithmetic with spreadsheet errors. */
import { MAX_TEXT_LENGTH } from './limits.ts';
import { compareScalars, err, isError, toNumber, toScalar, toText, type Value } from './values.ts';

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

export function binaryOperation(op: string, leftValue: Value, rightValue: Value): Value {
  const left = toScalar(leftValue);
  const right = toScalar(rightValue);
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === '&') {
    const a = toText(left);
    const b = toText(right);
    if (isError(a)) return a;
    if (isError(b)) return b;
    // Text doubling from cell to cell would otherwise reach gigabytes within a 26-column row.
    return a.length + b.length > MAX_TEXT_LENGTH ? err('#VALUE!') : a + b;
  }
  if (COMPARISONS.includes(op)) {
    const c = compareScalars(left, right);
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? err('#DIV/0!') : a / b;
    case '^': {
      const p = a ** b;
      return Number.isFinite(p) ? p : err('#NUM!');
    }
  }
  return err('#VALUE!');
}
