/**
 * Hostile packs aimed at the formula engine and the checker's running time, built in code (some
 * are hundreds of kilobytes). The tests assert each one's refusal; bench:content-check times them.
 */
import { columnName } from '../formula/parser.ts';
import { minimalPack } from './minimal-pack.ts';

type Pack = ReturnType<typeof minimalPack>;

export interface HostilePack {
  label: string;
  pack: Pack;
  /** The problem expected (path and message), or 'accepted' when the pack is fine and must simply be checked in time. */
  expect: { path: string; message: RegExp } | 'accepted';
}

type Row = (string | number | null)[];

function withFormulaItems(items: Record<string, unknown>[]): Pack {
  const pack = minimalPack();
  pack.items.push(...items.map((item, i) => ({
    id: `fx${i}`, skill: 'halves', type: 'formula', stem: 'Write the formula.', hints: ['Look at the table.', 'Use the cells.'], solution: 'See the answer.', ...item,
  })));
  return pack;
}

/** A table of `rows` x `cols` whose every cell is made by `cell`. */
function grid(rows: number, cols: number, cell: (r: number, c: number) => string | number | null): { rows: Row[] } {
  return { rows: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c))) };
}

/** Every cell sums the whole block above it: quadratic work in the table's size. */
const sumsAbove = (rows: number, cols: number) => grid(rows, cols, (r) => (r === 0 ? 1 : `=SUM($A$1:$${columnName(cols - 1)}$${r})`));

export function hostileFormulaPacks(): HostilePack[] {
  // The first item after the minimal pack's own.
  const item0 = `$.items[${minimalPack().items.length}].answer`;
  return [
    { label: 'formula nested 10,000 deep', pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=${'('.repeat(10_000)}A1${')'.repeat(10_000)}` }]), expect: { path: item0, message: /characters long; the limit is 1000/ } },
    { label: 'formula nested 400 deep (within the length limit)', pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=${'SUM('.repeat(150)}A1${')'.repeat(150)}` }]), expect: { path: item0, message: /nested too deeply/ } },
    { label: '100,000 unary minus signs', pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=${'-'.repeat(100_000)}A1` }]), expect: { path: item0, message: /characters long/ } },
    { label: '900 unary minus signs', pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=${'-'.repeat(900)}A1` }]), expect: { path: item0, message: /nested too deeply/ } },
    { label: '"#" repeated through a long formula', pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=A1&"${'#'.repeat(900)}"&#N/A#` }]), expect: { path: item0, message: /is not a known error value/ } },
    { label: 'misconception formula nested deeply', pack: withFormulaItems([{ table: { rows: [[1, 2]] }, target: 'C1', answer: '=A1+B1', misconceptions: [{ answer: `=${'('.repeat(150)}A1${')'.repeat(150)}`, feedback: 'Add both.' }] }]), expect: 'accepted' },
    {
      label: 'a chain of 5,200 cells, each reading the next',
      pack: withFormulaItems([{ table: grid(200, 26, (r, c) => (r === 199 && c === 25 ? 1 : c < 25 ? `=${columnName(c + 1)}${r + 1}+0` : `=A${r + 2}+0`)), target: 'A201', answer: '=A1*2' }]),
      expect: 'accepted',
    },
    {
      label: 'filled-down copies over tables of range formulas',
      pack: withFormulaItems([{ table: sumsAbove(200, 12), target: 'M2', answer: '=SUM($A$1:$L$200)+A2', fillDown: 50, fillRight: 10, checkTables: [sumsAbove(200, 12), sumsAbove(200, 12)] }]),
      expect: { path: item0, message: /too much work/ },
    },
    {
      label: 'a range formula copied to 1,071 cells',
      pack: withFormulaItems([{ table: grid(60, 26, (r, c) => (r === 0 ? c : r === 1 ? '=SUM(A1:Z1)' : null)), target: 'A3', answer: '=SUM($A$1:$Z$2)+A1', fillDown: 50, fillRight: 20 }]),
      expect: 'accepted',
    },
    {
      label: 'twenty tables each just within one sheet\'s work',
      pack: withFormulaItems(Array.from({ length: 20 }, () => ({ table: sumsAbove(36, 26), target: 'A37', answer: '=SUM(A1:A36)' }))),
      expect: { path: '$', message: /formulas need too much work/ },
    },
    {
      label: 'text doubling from cell to cell',
      pack: withFormulaItems([{ table: { rows: [['x'.repeat(400), ...Array.from({ length: 25 }, (_, c) => `=${columnName(c)}1&${columnName(c)}1`)]] }, target: 'A2', answer: '=LEN(Z1)' }]),
      expect: 'accepted',
    },
    {
      label: 'a wildcard made to backtrack over long text',
      pack: withFormulaItems([{ table: grid(50, 26, () => 'a'.repeat(300)), target: 'A1', answer: `=COUNTIF(B1:Z50,"${'*a'.repeat(180)}*b")` }]),
      // The matcher only ever returns to the last "*", so this stays cheap (and its steps are charged).
      expect: 'accepted',
    },
    {
      label: 'TEXT with 400 decimal places',
      pack: withFormulaItems([{ table: { rows: [[1]] }, target: 'B1', answer: `=TEXT(A1,"0.${'0'.repeat(400)}")` }]),
      expect: 'accepted',
    },
    {
      label: 'MIN over ninety copies of the whole table',
      pack: withFormulaItems([{ table: grid(200, 26, (r, c) => r + c), target: 'A201', answer: `=MIN(${Array.from({ length: 90 }, () => 'A1:Z200').join(',')})` }]),
      expect: 'accepted',
    },
  ];
}
