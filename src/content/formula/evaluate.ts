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

/** Cells are keyed by one number (columns stop at ZZZ, 18,278, well below the multiplier). */
const COLUMN_SPAN = 20_000;
const keyOf = (row: number, col: number) => row * COLUMN_SPAN + col;

const parsedTables = new WeakMap<Table, Map<number, PlacedFormula | SheetError>>();

/** A table whose formula cells are evaluated on demand, with circular references caught. */
export class Sheet {
  private readonly cache = new Map<number, Scalar>();
  private readonly inProgress = new Set<number>();
  private readonly meter = new WorkMeter(SHEET_WORK_LIMIT);
  private readonly shared = sharedMeter();

  constructor(private readonly table: Table, private readonly overrides = new Map<number, string | PlacedFormula>()) {}

  /** Puts a formula (or value as text) into a cell, as a learner would. */
  withCell(address: string, formula: string): Sheet {
    const { row, col } = parseRef(address);
    return this.withCells([[row, col, formula]]);
  }

  /** Puts formulas into many cells at once (a filled-down block), each with its own copy offset. */
  withCells(cells: Iterable<[row: number, col: number, content: string | PlacedFormula]>): Sheet {
    const overrides = new Map(this.overrides);
    for (const [row, col, content] of cells) overrides.set(keyOf(row, col), content);
    return new Sheet(this.table, overrides);
  }

  /** Charges work to this sheet's meter (and to a running pack check's); throws at the limit. */
  charge(units: number): void {
    this.meter.charge(units);
    this.shared?.charge(units);
  }

  cell(row: number, col: number): Scalar {
    this.charge(1);
    return this.read(row, col);
  }

  /** A cell's value without charging (the caller has charged for a whole range). */
  read(row: number, col: number): Scalar {
    if (row < 0 || col < 0) return err('#REF!');
    const key = keyOf(row, col);
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
      const key = keyOf(task.row, task.col);
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
      for (const [r, c] of dependencies(content, this)) todo.push({ row: r, col: c });
    }
  }

  /** Whether a cell still has to be worked out: a formula not yet evaluated nor being evaluated. */
  pending(row: number, col: number): boolean {
    const key = keyOf(row, col);
    if (this.cache.has(key) || this.inProgress.has(key)) return false;
    const raw = this.overrides.has(key) ? this.overrides.get(key) : this.table.rows[row]?.[col];
    return (typeof raw === 'string' && raw.startsWith('=')) || isPlaced(raw);
  }

  /** A cell's plain value, or its formula parsed (once per sheet). */
  private contentAt(row: number, col: number): Scalar | PlacedFormula {
    const key = keyOf(row, col);
    const raw: string | PlacedFormula | Cell | undefined = this.overrides.has(key) ? this.overrides.get(key) : this.table.rows[row]?.[col];
    if (raw === undefined || raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw ?? null;
    if (isPlaced(raw)) return raw;
    if (typeof raw === 'object') return dateToSerial(raw.date);
    if (!raw.startsWith('=')) return raw;
    // Formulas typed in the table are parsed once per table, however many sheets show it.
    let parsed = parsedTables.get(this.table);
    if (!parsed) parsedTables.set(this.table, (parsed = new Map()));
    let placed = this.overrides.has(key) ? undefined : parsed.get(key);
    if (!placed) {
      try {
        placed = { tree: parseFormula(raw), offset: { rows: 0, cols: 0 } };
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        placed = err('#NAME?');
      }
      if (!this.overrides.has(key)) parsed.set(key, placed);
    }
    return placed;
  }
}

/**
 * The formula cells a placed formula reads (by reference or inside a range) that still have to be
 * worked out, each once. Scanning a range is charged by its size (a range read twice, twice).
 */
function dependencies(formula: PlacedFormula, sheet: Sheet): [number, number][] {
  const out: [number, number][] = [];
  const seen = new Set<number>();
  const add = (row: number, col: number) => {
    const key = keyOf(row, col);
    if (!seen.has(key) && sheet.pending(row, col)) out.push([row, col]);
    seen.add(key);
  };
  const walk = (node: Node): void => {
    switch (node.kind) {
      case 'ref': {
        const at = shift(node.ref, formula.offset);
        if (at.row >= 0 && at.col >= 0) add(at.row, at.col);
        return;
      }
      case 'range': {
        const box = rangeBox(node, formula.offset);
        if (!box) return;
        sheet.charge((box.bottom - box.top + 1) * (box.right - box.left + 1));
        for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) add(r, c);
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

/** Evaluates a node, charging one unit plus one per 32 characters of any text it yields. */
export function evaluate(node: Node, sheet: Sheet, offset: Offset): Value {
  const value = evaluateNode(node, sheet, offset);
  sheet.charge(typeof value === 'string' ? 1 + (value.length >> 5) : 1);
  return value;
}

function evaluateNode(node: Node, sheet: Sheet, offset: Offset): Value {
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
      sheet.charge((box.bottom - box.top + 1) * (box.right - box.left + 1));
      const rows: Scalar[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: Scalar[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(sheet.read(r, c));
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
      // A function's own work beyond one look at each cell it is given is charged by the function.
      return fn(node.args.map((a) => evaluate(a, sheet, offset)), (units) => sheet.charge(units));
    }
  }
}
