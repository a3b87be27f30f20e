/**
 * Evaluates formula trees against a small table. A formula can be evaluated "as if copied"
 * by an offset, which is how fill-down items check relative and absolute references: relative
 * parts of a reference move with the copy, "$" parts stay.
 */
import type { Cell, Table } from '../table-schema.ts';
import { FUNCTIONS } from './functions.ts';
import { FormulaSyntaxError } from './tokens.ts';
import { parseFormula, parseRef, type CellRef, type Node } from './parser.ts';
import { compareScalars, err, isError, toNumber, toScalar, toText, type Scalar, type Value } from './values.ts';
import { dateToSerial } from './dates.ts';

export interface Offset { rows: number; cols: number }

/** A table whose formula cells are evaluated on demand, with circular references caught. */
export class Sheet {
  private readonly cache = new Map<string, Scalar>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly table: Table, private readonly overrides = new Map<string, string>()) {}

  /** Puts a formula (or value as text) into a cell, as a learner would. */
  withCell(address: string, formula: string): Sheet {
    const { row, col } = parseRef(address);
    const overrides = new Map(this.overrides);
    overrides.set(`${row},${col}`, formula);
    return new Sheet(this.table, overrides);
  }

  cell(row: number, col: number): Scalar {
    if (row < 0 || col < 0) return err('#REF!');
    const key = `${row},${col}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(key)) return err('#REF!');
    this.inProgress.add(key);
    const raw: Cell | undefined = this.overrides.has(key) ? this.overrides.get(key) : this.table.rows[row]?.[col];
    const value = this.valueOf(raw ?? null);
    this.inProgress.delete(key);
    this.cache.set(key, value);
    return value;
  }

  private valueOf(raw: Cell): Scalar {
    if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    if (typeof raw === 'object') return dateToSerial(raw.date);
    if (!raw.startsWith('=')) return raw;
    return evaluateFormula(raw, this).value;
  }
}

export type Evaluation = { ok: true; value: Scalar; tree: Node } | { ok: false; message: string; value: Scalar };

/** Evaluates a formula text; a syntax problem comes back as a message for the learner. */
export function evaluateFormula(formula: string, sheet: Sheet, offset: Offset = { rows: 0, cols: 0 }): Evaluation {
  let tree: Node;
  try {
    tree = parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, message: e.message, value: err('#NAME?') };
    throw e;
  }
  const value = toScalar(evaluate(tree, sheet, offset));
  return { ok: true, value, tree };
}

function shift(ref: CellRef, offset: Offset): { row: number; col: number } {
  return { row: ref.rowAbs ? ref.row : ref.row + offset.rows, col: ref.colAbs ? ref.col : ref.col + offset.cols };
}

export function evaluate(node: Node, sheet: Sheet, offset: Offset): Value {
  switch (node.kind) {
    case 'num': case 'str': case 'bool': return node.value;
    case 'err': return err(node.code);
    case 'name': return node.name === '' ? null : err('#NAME?');
    case 'ref': {
      const at = shift(node.ref, offset);
      return sheet.cell(at.row, at.col);
    }
    case 'range': {
      const a = shift(node.from, offset);
      const b = shift(node.to, offset);
      if (Math.min(a.row, b.row, a.col, b.col) < 0) return err('#REF!');
      const rows: Scalar[][] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
        const row: Scalar[] = [];
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) row.push(sheet.cell(r, c));
        rows.push(row);
      }
      return { kind: 'range', rows };
    }
    case 'unary': {
      const n = toNumber(evaluate(node.arg, sheet, offset));
      return isError(n) ? n : node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = toNumber(evaluate(node.arg, sheet, offset));
      return isError(n) ? n : n / 100;
    }
    case 'binary': return binary(node.op, evaluate(node.left, sheet, offset), evaluate(node.right, sheet, offset));
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) return err('#NAME?');
      return fn(node.args.map((a) => evaluate(a, sheet, offset)));
    }
  }
}

function binary(op: string, leftValue: Value, rightValue: Value): Value {
  const left = toScalar(leftValue);
  const right = toScalar(rightValue);
  if (isError(left)) return left;
  if (isError(right)) return right;
  if (op === '&') {
    const a = toText(left);
    const b = toText(right);
    return isError(a) ? a : isError(b) ? b : a + b;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
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

