/**
 * Spreadsheet values and the coercion rules the evaluator shares. Errors are values, as in a
 * spreadsheet: they flow through arithmetic instead of being thrown, so IFERROR can catch them.
 */
export const ERROR_CODES = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class SheetError {
  constructor(readonly code: ErrorCode) {}
  toString(): string {
    return this.code;
  }
}

/** null is an empty cell. */
export type Scalar = number | string | boolean | SheetError | null;
export interface RangeValue {
  readonly kind: 'range';
  readonly rows: readonly (readonly Scalar[])[];
}
export type Value = Scalar | RangeValue;

export const err = (code: ErrorCode) => new SheetError(code);
export const isError = (v: unknown): v is SheetError => v instanceof SheetError;
export const isRange = (v: Value): v is RangeValue => typeof v === 'object' && v !== null && 'kind' in v;

/** Every scalar of a range (row by row), or the value itself. */
export function flatten(v: Value): Scalar[] {
  if (!isRange(v)) return [v];
  // A plain loop: Array.prototype.flat is several times slower, and ranges are read often.
  const out: Scalar[] = [];
  for (const row of v.rows) for (const cell of row) out.push(cell);
  return out;
}

/** A range used where one value is expected: a 1x1 range is its cell, anything larger is #VALUE!. */
export function toScalar(v: Value): Scalar {
  if (!isRange(v)) return v;
  return v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : err('#VALUE!');
}

export function toNumber(v: Value): number | SheetError {
  const s = toScalar(v);
  if (s === null) return 0;
  if (typeof s === 'number') return s;
  if (typeof s === 'boolean') return s ? 1 : 0;
  if (isError(s)) return s;
  const text = s.trim();
  if (text === '') return err('#VALUE!');
  const n = Number(text.replace(/,(?=\d{3}(\D|$))/g, ''));
  if (Number.isFinite(n)) return n;
  const pct = /^([+-]?[\d.]+)%$/.exec(text);
  return pct && Number.isFinite(Number(pct[1])) ? Number(pct[1]) / 100 : err('#VALUE!');
}

/** Numbers as a spreadsheet shows them in text: at most 15 significant digits, no float noise. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

export function toText(v: Value): string | SheetError {
  const s = toScalar(v);
  if (s === null) return '';
  if (typeof s === 'number') return formatNumber(s);
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  if (isError(s)) return s;
  return s;
}

export function toBoolean(v: Value): boolean | SheetError {
  const s = toScalar(v);
  if (s === null) return false;
  if (typeof s === 'boolean') return s;
  if (typeof s === 'number') return s !== 0;
  if (isError(s)) return s;
  const up = s.trim().toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  return err('#VALUE!');
}

/** Spreadsheet ordering across types: numbers < text < booleans; text compares without case. */
export function compareScalars(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const rank = (x: Scalar) => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** Whether two results are the same answer (numbers to within float noise; text exactly). */
export function sameResult(a: Scalar, b: Scalar): boolean {
  if (isError(a) || isError(b)) return isError(a) && isError(b) && a.code === b.code;
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return (a ?? '') === (b ?? '') || (a === null && b === 0) || (a === 0 && b === null);
}

export function describeValue(v: Scalar): string {
  if (v === null) return '(empty)';
  if (typeof v === 'string') return JSON.stringify(v);
  return typeof v === 'number' ? formatNumber(v) : String(v).toUpperCase();
}
