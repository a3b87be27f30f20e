/**
 * Evaluates formula trees against a small table. A formula can be evaluated "as if copied"
 * by an offset, which is how fill-down items check relative and absolute references: relative
 * parts of a reference move with the copy, "$" parts stay.
 *
 * A cell's formula may read cells that hold formulas themselves. Those are worked out first, from
 * an explicit to-do list rather than by recursion, so a chain of 5,200 cells each reading the
 * next cannot overflow the stack; the only recursion left is over one formula's tree, which the
 * parser's length and nesting limits keep shallow. All work is charged to a WorkMeter.
 */
import type { Cell, Table } from '../table-schema.ts';
import { FUNCTIONS } from './functions.ts';
import { FormulaLimitError, SHEET_WORK_LIMIT, WorkMeter, sharedMeter, tooMuchWork } from './limits.ts';
import { FormulaSyntaxError } from './tokens.ts';
import { parseFormula, parseRef, type CellRef, type Node, type ParseOptions } from './parser.ts';
import { binaryOperation } from './operators.ts';
import { err, isError, toNumber, toScalar, type Scalar, type SheetError, type Value } from './values.ts';
import { dateToSerial } from './dates.ts';

export interface Offset { rows: number; cols: number }

/** A formula placed in a cell: its tree, and how far it was copied from where it was written. */
export interface PlacedFormula { tree: Node; offset: Offset }

type Content = Cell | Scalar | PlacedFormula | undefined;
const isPlaced = (c: Content): c is PlacedFormula => typeof c === 'object' && c !== null && 'tree' in c;

/** A table whose formula cells are evaluated on demand, with circular references caught. */
export class Sheet {
  private readonly cache = new Map<string, Scalar>();
  private readonly inProgress = new Set<string>();
  private readonly parsed = new Map<string, PlacedFormula | SheetError>();
  private readonly meter = new WorkMeter(SHEET_WORK_LIMIT);
  private readonly shared = sharedMeter();

  constructor(private readonly table: Table, private readonly overrides = new Map<string, string | PlacedFormula>()) {}

  /** Puts a formula (or value as text) into a cell, as a learner would. */
  withCell(address: string, formula: string): Sheet {
    const { row, col } = parseRef(address);
    return this.withCells([[row, col, formula]]);
  }

  /** Puts formulas into many cells at once (a filled-down block), each with its own copy offset. */
  withCells(cells: Iterable<[row: number, col: number, content: string | PlacedFormula]>): Sheet {
    const overrides = new Map(this.overrides);
    for (const [row, col, content] of cells) overrides.set(`${row},${col}`, content);
    return new Sheet(this.table, overrides);
  }

  /** Charges work to this sheet's meter (and to a running pack check's); throws at the limit. */
  charge(units: number): void {
    this.meter.charge(units);
    this.shared?.charge(units);
  }

  cell(row: number, col: number): Scalar {
    if (row < 0 || col < 0) return err('#REF!');
    this.charge(1);
    const key = `${row},${col}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(key)) return err('#REF!');
    this.resolve(row, col);
    return this.cache.get(key) ?? null;
  }

  /** Works out a cell and, first, every formula cell it depends on (depth first, on a list). */
  private resolve(row: number, col: number): void {
    const todo: { row: number; col: number; formula?: PlacedFormula }[] = [{ row, col }];
    while (todo.length > 0) {
      const task = todo[todo.length - 1];
      const key = `${task.row},${task.col}`;
      if (task.formula) {
        const value = toScalar(evaluate(task.formula.tree, this, task.formula.offset));
        this.cache.set(key, value);
        this.inProgress.delete(key);
        todo.pop();
        continue;
      }
      if (this.cache.has(key) || this.inProgress.has(key)) { todo.pop(); continue; }
      const content = this.contentAt(task.row, task.col);
      if (!isPlaced(content)) {
        this.cache.set(key, content);
        todo.pop();
        continue;
      }
      this.inProgress.add(key);
      task.formula = content;
      for (const [r, c] of dependencies(content, this)) {
        const depKey = `${r},${c}`;
        if (!this.cache.has(depKey) && !this.inProgress.has(depKey)) todo.push({ row: r, col: c });
      }
    }
  }

  /** A cell's plain value, or its formula parsed (once per sheet). */
  private contentAt(row: number, col: number): Scalar | PlacedFormula {
    const key = `${row},${col}`;
    const raw: string | PlacedFormula | Cell | undefined = this.overrides.has(key) ? this.overrides.get(key) : this.table.rows[row]?.[col];
    if (raw === undefined || raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw ?? null;
    if (isPlaced(raw)) return raw;
    if (typeof raw === 'object') return dateToSerial(raw.date);
    if (!raw.startsWith('=')) return raw;
    let placed = this.parsed.get(key);
    if (!placed) {
      try {
        placed = { tree: parseFormula(raw), offset: { rows: 0, cols: 0 } };
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        placed = err('#NAME?');
      }
      this.parsed.set(key, placed);
    }
    return placed;
  }
}

/** The cells a placed formula reads (references and every cell of its ranges), each charged. */
function dependencies(formula: PlacedFormula, sheet: Sheet): [number, number][] {
  const out: [number, number][] = [];
  const walk = (node: Node): void => {
    switch (node.kind) {
      case 'ref': {
        const at = shift(node.ref, formula.offset);
        if (at.row >= 0 && at.col >= 0) out.push([at.row, at.col]);
        return;
      }
      case 'range': {
        const box = rangeBox(node, formula.offset);
        if (!box) return;
        sheet.charge((box.bottom - box.top + 1) * (box.right - box.left + 1));
        for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push([r, c]);
        return;
      }
      case 'call': node.args.forEach(walk); return;
      case 'unary': case 'percent': walk(node.arg); return;
      case 'binary': walk(node.left); walk(node.right); return;
      default: return;
    }
  };
  walk(formula.tree);
  return out;
}

export type Evaluation =
  | { ok: true; value: Scalar; tree: Node }
  | { ok: false; message: string; value: Scalar; limit?: boolean };

/** Parses a formula text; a syntax problem (or a formula too long or too deep) is a message. */
export function parseForLearner(formula: string, options: ParseOptions = {}): { ok: true; tree: Node } | { ok: false; message: string } {
  try {
    return { ok: true, tree: parseFormula(formula, options) };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Evaluates a formula text; a syntax problem or a limit reached comes back as a message for the learner. */
export function evaluateFormula(formula: string, sheet: Sheet, offset: Offset = { rows: 0, cols: 0 }, options: ParseOptions = {}): Evaluation {
  const parsed = parseForLearner(formula, options);
  if (!parsed.ok) return { ok: false, message: parsed.message, value: err('#NAME?') };
  return guarded(() => ({ ok: true, value: toScalar(evaluate(parsed.tree, sheet, offset)), tree: parsed.tree }));
}

/**
 * Runs an evaluation and turns a reached limit into a message. A stack overflow should be
 * impossible within the limits; if one happens anyway it is refused the same way, not thrown.
 */
export function guarded(task: () => Evaluation): Evaluation {
  try {
    return task();
  } catch (e) {
    if (e instanceof FormulaLimitError) return { ok: false, message: e.message, value: err('#VALUE!'), limit: true };
    if (e instanceof RangeError) return { ok: false, message: tooMuchWork(), value: err('#VALUE!'), limit: true };
    throw e;
  }
}

function shift(ref: CellRef, offset: Offset): { row: number; col: number } {
  return { row: ref.rowAbs ? ref.row : ref.row + offset.rows, col: ref.colAbs ? ref.col : ref.col + offset.cols };
}

function rangeBox(node: Extract<Node, { kind: 'range' }>, offset: Offset) {
  const a = shift(node.from, offset);
  const b = shift(node.to, offset);
  if (Math.min(a.row, b.row, a.col, b.col) < 0) return undefined;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

export function evaluate(node: Node, sheet: Sheet, offset: Offset): Value {
  sheet.charge(1);
  switch (node.kind) {
    case 'num': case 'str': case 'bool': return node.value;
    case 'err': return err(node.code);
    case 'name': return node.name === '' ? null : err('#NAME?');
    case 'ref': {
      const at = shift(node.ref, offset);
      return sheet.cell(at.row, at.col);
    }
    case 'range': {
      const box = rangeBox(node, offset);
      if (!box) return err('#REF!');
      const rows: Scalar[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: Scalar[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(sheet.cell(r, c));
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
    case 'binary': return binaryOperation(node.op, evaluate(node.left, sheet, offset), evaluate(node.right, sheet, offset));
    case 'call': {
      const fn = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : undefined;
      if (!fn) return err('#NAME?');
      const args = node.args.map((a) => evaluate(a, sheet, offset));
      // A function's own work grows with the cells it is given (lookups, criteria, joins).
      for (const a of args) if (typeof a === 'object' && a !== null && 'kind' in a) sheet.charge(a.rows.length * (a.rows[0]?.length ?? 0));
      return fn(args, (units) => sheet.charge(units));
    }
  }
}
