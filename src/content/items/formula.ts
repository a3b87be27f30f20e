/**
 * Spreadsheet formula items: the learner's formula is put in the target cell and evaluated on
 * the item's table; it is right when it gives the same result as the author's formula there,
 * in every filled-down copy and on every alternative table (so typing the number is not enough).
 */
import { msg, str } from '@lit/localize';
import type { FormulaItem } from '../schema.ts';
import type { Table } from '../table-schema.ts';
import { Sheet, evaluateFormula } from '../formula/evaluate.ts';
import { columnName, functionNames, parseRef, readsCell, readsCells } from '../formula/parser.ts';
import { describeValue, sameResult, type Scalar } from '../formula/values.ts';
import { asText, misconceptionFeedback, type CheckResult, type LearnerResponse } from './result.ts';

interface Outcome { learner: Scalar; expected: Scalar }

function outcomes(item: FormulaItem, formula: string, table: Table): Outcome[] {
  const target = parseRef(item.target);
  const out: Outcome[] = [];
  for (let k = 0; k <= (item.fillDown ?? 0); k++) {
    for (let j = 0; j <= (item.fillRight ?? 0); j++) {
      // Each copy sits k rows lower and j columns right: relative references move, "$" ones stay.
      const cell = `${columnName(target.col + j)}${target.row + k + 1}`;
      const sheet = new Sheet(table).withCell(cell, '=0');
      const offset = { rows: k, cols: j };
      out.push({
        learner: evaluateFormula(formula, sheet, offset).value,
        expected: evaluateFormula(item.answer, sheet, offset).value,
      });
    }
  }
  return out;
}

export function checkFormula(item: FormulaItem, response: LearnerResponse): CheckResult {
  const formula = asText(response).trim();
  if (formula === '') return { correct: false, unreadable: true, feedback: msg('Type a formula, starting with "=".') };
  if (!formula.startsWith('=')) {
    return { correct: false, unreadable: true, feedback: msg('A formula starts with "=", for example =A2+B2.') };
  }
  const first = evaluateFormula(formula, new Sheet(item.table));
  if (!first.ok) return { correct: false, unreadable: true, feedback: first.message };
  if (first.tree && !readsCells(first.tree)) {
    return { correct: false, feedback: msg('Use cell references (like B2) instead of typing the numbers, so the formula updates when the data changes.') };
  }
  const target = parseRef(item.target);
  if (readsCell(first.tree, target.row, target.col)) {
    return { correct: false, feedback: msg(str`The formula refers to its own cell, ${item.target} (a circular reference): leave ${item.target} out of the references.`) };
  }
  const used = functionNames(first.tree);
  const missing = (item.requireFunctions ?? []).filter((f) => !used.has(f));
  const perTable = [item.table, ...(item.checkTables ?? [])].map((t) => outcomes(item, formula, t));
  const results = perTable.flat();
  const allMatch = results.every((o) => sameResult(o.learner, o.expected));
  if (allMatch && missing.length === 0) return { correct: true };
  if (allMatch) return { correct: false, feedback: msg(str`The result is right; this exercise asks you to use ${missing.join(', ')}.`) };
  const firstResult = results[0].learner;
  const authored = misconceptionFeedback(item.misconceptions, { formula, firstResult }, (answer, r) =>
    answer.startsWith('=')
      ? answer.replace(/\s+/g, '').toUpperCase() === r.formula.replace(/\s+/g, '').toUpperCase()
      : describeValue(r.firstResult) === answer || String(r.firstResult) === answer,
  );
  if (authored) return authored;
  if (sameResult(results[0].learner, results[0].expected)) {
    return perTable[0].every((o) => sameResult(o.learner, o.expected))
      ? { correct: false, feedback: msg('Right for these numbers, but it would give a wrong result if the data changed: build it from the cells that hold the data.') }
      : { correct: false, feedback: msg('Right in the first cell, but not when the formula is copied: check which references (or which parts of them) should be fixed with $.') };
  }
  // describeValue stays English-only (misconceptions match its output); only its "(empty)" is a word.
  const shown = firstResult === null ? msg('(empty)') : describeValue(firstResult);
  return { correct: false, feedback: msg(str`Your formula gives ${shown}.`) };
}

export const formulaAnswer = (item: FormulaItem): string => item.answer;
