/**
 * Spreadsheet tasks on a freshly drawn table: aggregate a column (SUM/AVERAGE/MIN/MAX/COUNT),
 * compute a column row by row (filled down), or a share of a total with an absolute reference.
 * Every formula item also carries a second table of the same shape, so a typed-in number fails.
 */
import * as v from 'valibot';
import { Sheet, evaluateFormula } from '../formula/evaluate.ts';
import type { Table } from '../table-schema.ts';
import { defineGenerator } from './kind.ts';
import { range } from './fraction-shared.ts';
import type { Rng } from './prng.ts';

const PRODUCTS = ['Notebook', 'Stapler', 'Pens', 'Folder', 'Tape', 'Markers', 'Paper', 'Scissors', 'Glue', 'Labels'];
const AGGREGATES = ['SUM', 'AVERAGE', 'MIN', 'MAX', 'COUNT'] as const;
const MEANING: Record<(typeof AGGREGATES)[number], string> = {
  SUM: 'the total of', AVERAGE: 'the average (mean) of', MIN: 'the smallest of', MAX: 'the largest of', COUNT: 'how many numbers there are in',
};

function salesTable(rng: Rng, rows: number, priced: boolean): Table {
  const names = rng.shuffle(PRODUCTS).slice(0, rows);
  const body = names.map((name) => (priced ? [name, rng.int(1, 20), rng.int(2, 40) / 2] : [name, rng.int(5, 250)]));
  return { header: true, rows: [priced ? ['Product', 'Qty', 'Price'] : ['Product', 'Sales'], ...body] };
}

const valueOf = (formula: string, table: Table, target: string) => evaluateFormula(formula, new Sheet(table).withCell(target, '=0')).value;

const aggregate = defineGenerator({
  kind: 'sheet-aggregate',
  summary: 'A column of sales: write (or give the result of) SUM/AVERAGE/MIN/MAX/COUNT over it. Params: functions (list), ask ("formula" | "value"), rows [min,max].',
  params: v.strictObject({
    functions: v.optional(v.pipe(v.array(v.picklist(AGGREGATES)), v.minLength(1, 'list at least one function')), [...AGGREGATES]),
    ask: v.optional(v.picklist(['formula', 'value']), 'formula'),
    rows: range(4, 7, 2, 12),
  }),
  generate({ functions, ask, rows }, { rng }) {
    const fn = rng.pick(functions);
    const n = rng.int(rows[0], rows[1]);
    const table = salesTable(rng, n, false);
    const last = n + 1;
    const target = `B${last + 1}`;
    const answer = `=${fn}(B2:B${last})`;
    const hints = [
      `The numbers are in B2 to B${last}; a range of cells is written with a colon: B2:B${last}.`,
      `Use ${fn} on that range: =${fn}(...)`,
      `The formula is ${answer}.`,
    ];
    if (ask === 'value') {
      const value = valueOf(answer, table, target);
      return {
        type: 'numeric',
        table,
        stem: `What does \`${answer}\` show for this table?`,
        answer: typeof value === 'number' ? Number(value.toFixed(4)) : 0,
        tolerance: 0.01,
        hints: [`${answer} finds ${MEANING[fn]} the numbers in B2:B${last}.`, `Look at each number in column B${fn === 'SUM' || fn === 'AVERAGE' ? ' and add them up' : ''}.`],
        solution: `${answer} gives ${MEANING[fn]} B2:B${last}: ${typeof value === 'number' ? String(Number(value.toFixed(4))) : ''}.`,
      };
    }
    return {
      type: 'formula',
      table,
      target,
      stem: `In cell ${target}, write a formula for ${MEANING[fn]} the sales in column B.`,
      answer,
      requireFunctions: [fn],
      checkTables: [salesTable(rng, n, false)],
      hints,
      solution: `The sales are in B2:B${last}, so ${target} holds \`${answer}\`. It updates by itself when a number changes.`,
    };
  },
});

const rowArithmetic = defineGenerator({
  kind: 'sheet-line-total',
  summary: 'Qty and Price per row: write the line total in D2 and fill it down. Params: rows [min,max].',
  params: v.strictObject({ rows: range(3, 6, 2, 12) }),
  generate({ rows }, { rng }) {
    const n = rng.int(rows[0], rows[1]);
    const table = salesTable(rng, n, true);
    table.rows[0] = [...table.rows[0], 'Total'];
    const check = salesTable(rng, n, true);
    check.rows[0] = [...check.rows[0], 'Total'];
    return {
      type: 'formula',
      table,
      target: 'D2',
      fillDown: n - 1,
      stem: `Write a formula in D2 for the total of the first line (quantity times price). It will be copied down to D${n + 1}.`,
      answer: '=B2*C2',
      checkTables: [check],
      hints: ['Multiply the quantity in B2 by the price in C2.', 'Use relative references so each copy uses its own row: =B2*C2.'],
      solution: 'In D2, `=B2*C2`. Copied down, it becomes =B3*C3, =B4*C4 and so on, because relative references move with the formula.',
      misconceptions: [{ answer: '=$B$2*$C$2', feedback: 'With `$` on both references every copied row uses row 2. Leave these references relative so they move down with the formula.' }],
    };
  },
});

const shareOfTotal = defineGenerator({
  kind: 'sheet-share-of-total',
  summary: 'Sales per row and a total: write each row\'s share of the total, copied down (needs an absolute reference). Params: rows [min,max].',
  params: v.strictObject({ rows: range(3, 6, 2, 12) }),
  generate({ rows }, { rng }) {
    const n = rng.int(rows[0], rows[1]);
    const build = () => {
      const t = salesTable(rng, n, false);
      t.rows[0] = [...t.rows[0], 'Share'];
      t.rows.push(['Total', `=SUM(B2:B${n + 1})`]);
      return t;
    };
    const table = build();
    const totalCell = `B${n + 2}`;
    const absolute = `$B$${n + 2}`;
    return {
      type: 'formula',
      table,
      target: 'C2',
      fillDown: n - 1,
      stem: `The total is in ${totalCell}. Write a formula in C2 for the first product's share of the total (sales ÷ total). It will be copied down to C${n + 1}, so the reference to the total must not move.`,
      answer: `=B2/${absolute}`,
      checkTables: [build()],
      hints: [
        `Divide the product's sales (B2) by the total (${totalCell}).`,
        `When the formula is copied down, ${totalCell} would become B${n + 3}, which is empty. Fix it with dollar signs.`,
        `Write the total as \`${absolute}\`: \`=B2/${absolute}\`.`,
      ],
      solution: `\`=B2/${absolute}\`. B2 is relative, so it becomes B3, B4, ... as the formula is copied down; \`${absolute}\` is absolute, so every copy divides by the same total.`,
      misconceptions: [{ answer: `=B2/${totalCell}`, feedback: `Right in C2, but copied down ${totalCell} moves to B${n + 3} (empty), giving #DIV/0!. Use \`${absolute}\`.` }],
    };
  },
});

export const SHEET_GENERATORS = [aggregate, rowArithmetic, shareOfTotal];
