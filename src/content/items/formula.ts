/**
 * Spreadsheet formula items: the learner's formula is put in the target cell and evaluated on
 * the item's table; it is right when it gives the same result as the author's formula there,
 * in every filled-down copy and on every alternative table (so typing the number is not enough).
 *
 * Each table is one sheet for the learner's formula and one for the author's, with the formula
 * filled into the whole block as a spreadsheet would (not one sheet per copy), so a copy that
 * reads another copy sees that copy's result, and a long fill-down costs one evaluation per cell.
 * A Spanish learner may write Spanish function names, and "1,5" with ";" between arguments.
 */
import { msg, str } from '@lit/localize';
import type { FormulaItem } from '../schema.ts';
import type { Table } from '../table-schema.ts';
import { Sheet, parseForLearner, type PlacedFormula } from '../formula/evaluate.ts';
import { localConstant, localFunctionName, type FormulaLocale } from '../formula/function-names.ts';
import { FormulaLimitError } from '../formula/limits.ts';
import { functionNames, parseRef, readsCell, readsCells, type Node } from '../formula/parser.ts';
import { canonicalFormula } from '../formula/translate.ts';
import { describeValue, sameResult, type Scalar } from '../formula/values.ts';
import { asText, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

interface Outcome { learner: Scalar; expected: Scalar }

/** The cells of the filled block: the target, then each copy k rows lower and j columns right. */
function block(item: FormulaItem): { row: number; col: number; offset: { rows: number; cols: number } }[] {
  const target = parseRef(item.target);
  const cells = [];
  for (let k = 0; k <= (item.fillDown ?? 0); k++) {
    for (let j = 0; j <= (item.fillRight ?? 0); j++) cells.push({ row: target.row + k, col: target.col + j, offset: { rows: k, cols: j } });
  }
  return cells;
}

function filledSheet(table: Table, item: FormulaItem, tree: Node): Sheet {
  // Relative references move with each copy, "$" ones stay: that is the offset each copy carries.
  return new Sheet(table).withCells(block(item).map(({ row, col, offset }): [number, number, PlacedFormula] => [row, col, { tree, offset }]));
}

function outcomes(item: FormulaItem, learner: Node, expected: Node, table: Table): Outcome[] {
  const learnerSheet = filledSheet(table, item, learner);
  const expectedSheet = filledSheet(table, item, expected);
  return block(item).map(({ row, col }) => ({ learner: learnerSheet.cell(row, col), expected: expectedSheet.cell(row, col) }));
}

export function checkFormula(item: FormulaItem, response: LearnerResponse, locale: FormulaLocale = 'en'): CheckResult {
  const formula = asText(response).trim();
  if (formula === '') return { correct: false, unreadable: true, feedback: msg('Type a formula, starting with "=".') };
  if (!formula.startsWith('=')) {
    return { correct: false, unreadable: true, feedback: msg('A formula starts with "=", for example =A2+B2.') };
  }
  const first = parseForLearner(formula, { locale });
  if (!first.ok) return { correct: false, unreadable: true, feedback: first.message };
  if (!readsCells(first.tree)) {
    return { correct: false, feedback: msg('Use cell references (like B2) instead of typing the numbers, so the formula updates when the data changes.') };
  }
  const target = parseRef(item.target);
  if (readsCell(first.tree, target.row, target.col)) {
    return { correct: false, feedback: msg(str`The formula refers to its own cell, ${item.target} (a circular reference): leave ${item.target} out of the references.`) };
  }
  // The author's formula is in English spelling (content:check has proved it parses).
  const reference = parseForLearner(item.answer);
  if (!reference.ok) return { correct: false, unreadable: true, feedback: reference.message };
  let perTable: Outcome[][];
  try {
    perTable = [item.table, ...(item.checkTables ?? [])].map((t) => outcomes(item, first.tree, reference.tree, t));
  } catch (e) {
    if (e instanceof FormulaLimitError) return { correct: false, unreadable: true, feedback: e.message };
    throw e;
  }
  const used = functionNames(first.tree);
  const missing = (item.requireFunctions ?? []).filter((f) => !used.has(f));
  const results = perTable.flat();
  const allMatch = results.every((o) => sameResult(o.learner, o.expected));
  if (allMatch && missing.length === 0) return { correct: true };
  if (allMatch) {
    const names = missing.map((f) => localFunctionName(f, locale)).join(', ');
    return { correct: false, feedback: msg(str`The result is right; this exercise asks you to use ${names}.`) };
  }
  const firstResult = results[0].learner;
  const typed = canonicalFormula(formula, locale);
  const authored = misconceptionFeedback(item.misconceptions, firstResult, (answer, result) =>
    answer.startsWith('=')
      ? canonicalFormula(answer, 'en') === typed
      : describeValue(result) === answer || String(result) === answer,
  );
  if (authored) return authored;
  if (sameResult(results[0].learner, results[0].expected)) {
    return perTable[0].every((o) => sameResult(o.learner, o.expected))
      ? { correct: false, feedback: msg('Right for these numbers, but it would give a wrong result if the data changed: build it from the cells that hold the data.') }
      : { correct: false, feedback: msg('Right in the first cell, but not when the formula is copied: check which references (or which parts of them) should be fixed with $.') };
  }
  // describeValue stays English (misconceptions match its output); what the learner reads is in
  // their spreadsheet's spelling: "(vacía)", VERDADERO, 1,5.
  const shown = firstResult === null ? msg('(empty)') : shownValue(firstResult, locale);
  return { correct: false, feedback: msg(str`Your formula gives ${shown}.`) };
}

function shownValue(value: Exclude<Scalar, null>, locale: FormulaLocale): string {
  if (typeof value === 'boolean') return localConstant(value ? 'TRUE' : 'FALSE', locale);
  const text = describeValue(value);
  return typeof value === 'number' && locale === 'es' ? text.replace('.', ',') : text;
}

export const formulaAnswer = (item: FormulaItem): string => item.answer;
