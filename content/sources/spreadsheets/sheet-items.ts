/**
 * Helpers for the spreadsheet pack's hand-written items. Value answers are computed from the
 * table with the same evaluator the app uses, so an item's answer always matches its table; the
 * built pack is then checked item by item by content:check.
 */
import { Sheet, evaluateFormula } from '../../../src/content/formula/evaluate.ts';
import type { Item } from '../../../src/content/schema.ts';
import type { Cell, Table } from '../../../src/content/table-schema.ts';

type ItemBody = Item extends infer I ? (I extends Item ? Omit<I, 'id' | 'skill'> : never) : never;
type Misconception = { answer: string; feedback: string };

export const table = (...rows: Cell[][]): Table => ({ header: true, rows });

/**
 * The same layout with different numbers (each number shifted by a small, position-dependent
 * amount), used as a check table so that a formula with typed-in numbers fails.
 */
export function perturb(t: Table): Table {
  return {
    ...t,
    rows: t.rows.map((row, r) => row.map((cell, c) => (typeof cell === 'number' && r > 0 ? cell + ((r * 7 + c * 3) % 5) + 1 : cell))),
  };
}

export interface FormulaOptions {
  fillDown?: number;
  fillRight?: number;
  requireFunctions?: string[];
  misconceptions?: Misconception[];
  /** Skip the perturbed check table (e.g. when the numbers are codes, not quantities). */
  fixedData?: boolean;
}

export function formulaItem(t: Table, target: string, stem: string, answer: string, hints: string[], solution: string, options: FormulaOptions = {}): ItemBody {
  return {
    type: 'formula',
    table: t,
    target,
    stem,
    answer,
    hints,
    solution,
    ...(options.fillDown ? { fillDown: options.fillDown } : {}),
    ...(options.fillRight ? { fillRight: options.fillRight } : {}),
    ...(options.requireFunctions ? { requireFunctions: options.requireFunctions } : {}),
    ...(options.fixedData ? {} : { checkTables: [perturb(t)] }),
    ...(options.misconceptions ? { misconceptions: options.misconceptions } : {}),
  };
}

/** The value a formula shows in this table (numbers, text, TRUE/FALSE or an error code). */
export function valueOf(t: Table, formula: string): string | number {
  const result = evaluateFormula(formula, new Sheet(t));
  if (!result.ok) throw new Error(`bad formula in pack source: ${formula}: ${result.message}`);
  const v = result.value;
  if (typeof v === 'number') return Number(v.toPrecision(12));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null) return 0;
  return String(v);
}

export interface ValueOptions {
  hints: string[];
  /** "{value}" is replaced by the computed value. */
  solution: string;
  misconceptions?: Misconception[];
  stem?: string;
  caseSensitive?: boolean;
}

/** "What does this formula show?": a numeric or text answer computed from the table. */
export function valueItem(t: Table, formula: string, options: ValueOptions): ItemBody {
  const value = valueOf(t, formula);
  const base = {
    table: t,
    stem: options.stem ?? `What does \`${formula}\` show for this table?`,
    hints: options.hints,
    solution: options.solution.replace('{value}', String(value)),
    ...(options.misconceptions?.length ? { misconceptions: options.misconceptions } : {}),
  };
  if (typeof value === 'number') return { ...base, type: 'numeric', answer: value, tolerance: 0.005 };
  return { ...base, type: 'short-text', answers: [value], ...(options.caseSensitive ? { caseSensitive: true } : {}) };
}
