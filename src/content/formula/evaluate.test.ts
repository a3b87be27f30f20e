/** The formula evaluator, table-driven against hand-computed spreadsheet results. */
import { describe, expect, it } from 'vitest';
import type { Table } from '../table-schema.ts';
import { Sheet, evaluateFormula } from './evaluate.ts';
import { isError, type Scalar } from './values.ts';

const TABLE: Table = {
  rows: [
    ['Item', 'Qty', 'Price', 'Region', 'Date'],
    ['Pen', 3, 1.5, 'North', { date: '2024-03-15' }],
    ['Book', 2, 12, 'south', { date: '2024-01-31' }],
    ['Cup', 5, 4, 'North', { date: '2023-12-25' }],
    ['  Big   mug ', 'n/a', null, 'East', '=B2*C2'],
    [0, 10, '=1/0', '=E5+1', '=D6'],
  ],
};
const sheet = new Sheet(TABLE);
const value = (formula: string): Scalar | string => {
  const r = evaluateFormula(formula, sheet);
  if (!r.ok) return `SYNTAX: ${r.message}`;
  return isError(r.value) ? r.value.code : r.value;
};

const CASES: [string, Scalar | string][] = [
  ['=1+2*3', 7], ['=(1+2)*3', 9], ['=-2^2', 4], ['=2^3^2', 64], ['=10%', 0.1], ['=50%*B3', 1],
  ['=B2*C2', 4.5], ['=$B$2*C2', 4.5], ['=B2/0', '#DIV/0!'], ['=A2+1', '#VALUE!'], ['="3"+1', 4],
  ['=SUM(B2:B4)', 10], ['=SUM(B2:B5)', 10], ['=SUM(B2:B4,10,"5")', 25], ['=AVERAGE(C2:C4)', 17.5 / 3], ['=AVERAGE(C5:C5)', '#DIV/0!'],
  ['=MIN(B2:B4)', 2], ['=MAX(C2:C4)', 12], ['=COUNT(A1:C5)', 6], ['=COUNTA(B2:B5)', 4],
  ['=B2>2', true], ['=D2="north"', true], ['=D2<>"North"', false], ['=A2<A3', false], ['=1<"a"', true],
  ['=IF(B2>2,"big","small")', 'big'], ['=IF(B3>2,"big")', false], ['=AND(B2>1,C2<2)', true], ['=OR(B2>5,C2>5)', false], ['=NOT(B2=3)', false],
  ['=COUNTIF(D2:D5,"North")', 2], ['=COUNTIF(B2:B5,">2")', 2], ['=COUNTIF(D2:D5,"<>North")', 2], ['=COUNTIF(A2:A4,"?o*")', 1], ['=SUMIF(D2:D5,"north",B2:B5)', 8],
  ['=VLOOKUP("book",A2:C4,3,FALSE)', 12], ['=VLOOKUP("Mug",A2:C4,2,FALSE)', '#N/A'], ['=VLOOKUP("Pen",A2:C4,4,FALSE)', '#REF!'], ['=VLOOKUP("Pen",A2:C4,0,FALSE)', '#VALUE!'],
  ['=XLOOKUP("Cup",A2:A4,C2:C4)', 4], ['=XLOOKUP("Tea",A2:A4,C2:C4,"none")', 'none'], ['=XLOOKUP("Tea",A2:A4,C2:C4)', '#N/A'],
  ['=INDEX(A2:C4,2,3)', 12], ['=INDEX(A2:A4,MATCH("Cup",A2:A4,0))', 'Cup'], ['=MATCH(4,B2:B4,0)', '#N/A'], ['=MATCH(2.5,{1},1)', 'SYNTAX: Unexpected character "{" at position 12.'],
  ['=ROUND(2.675,2)', 2.68], ['=ROUND(-2.5,0)', -3], ['=ROUND(1234.5,-2)', 1200], ['=ROUNDUP(1.01,0)', 2], ['=ROUNDUP(-1.01,0)', -2], ['=ROUNDDOWN(1.99,0)', 1], ['=ROUNDDOWN(-1.99,1)', -1.9],
  ['=LEFT(A2,2)', 'Pe'], ['=RIGHT(A3,2)', 'ok'], ['=MID(A3,2,2)', 'oo'], ['=LEN(A5)', 12], ['=TRIM(A5)', 'Big mug'], ['=UPPER(A2)&LOWER("X")', 'PENx'],
  ['=CONCAT(A2:A4)', 'PenBookCup'], ['=A2&" x"&B2', 'Pen x3'], ['=1/3&""', '0.333333333333333'], ['=TEXT(1234.5,"#,##0.00")', '1,234.50'], ['=TEXT(0.256,"0.0%")', '25.6%'],
  ['=TEXT(E2,"yyyy-mm-dd")', '2024-03-15'], ['=TEXT(E2,"d mmm yyyy")', '15 Mar 2024'],
  ['=E2', 45366], ['=DATE(2024,3,15)', 45366], ['=DATE(2024,13,1)', 45658], ['=YEAR(E2)', 2024], ['=MONTH(E3)', 1], ['=DAY(E4)', 25],
  ['=E2-E3', 44], ['=DATEDIF(E4,E2,"M")', 2], ['=DATEDIF(E4,E2,"Y")', 0], ['=DATEDIF(E4,E2,"D")', 81], ['=DATEDIF(E2,E4,"D")', '#NUM!'], ['=DATEDIF(E4,E2,"MD")', 19], ['=DATEDIF(E4,E2,"YM")', 2],
  ['=IFERROR(1/0,"none")', 'none'], ['=IFERROR(B2,"none")', 3], ['=C6', '#DIV/0!'], ['=IFERROR(C6,0)', 0], ['=E5', 4.5], ['=D6', 5.5], ['=E6', 5.5],
  ['=FOO(1)', '#NAME?'], ['=SUM(B2:B4', 'SYNTAX: Expected ")" at the end.'], ['=1+', 'SYNTAX: The formula ends too early: something is missing at the end.'],
];

describe('formula evaluator', () => {
  it.each(CASES)('%s', (formula, expected) => {
    const got = value(formula);
    if (typeof expected === 'number' && typeof got === 'number') expect(got).toBeCloseTo(expected, 9);
    else expect(got).toEqual(expected);
  });

  it('catches circular references as #REF!', () => {
    const loop = new Sheet({ rows: [['=B1', '=A1']] });
    const r = evaluateFormula('=A1', loop);
    expect(r.ok && isError(r.value) && r.value.code).toBe('#REF!');
  });

  it('moves relative references and keeps absolute ones when copied', () => {
    const grid = new Sheet({ rows: [[null, 1, 2], [10, null, null], [20, null, null]] });
    const copy = (rows: number, cols: number) => evaluateFormula('=$A2*B$1', grid, { rows, cols }).value;
    expect([copy(0, 0), copy(0, 1), copy(1, 0), copy(1, 1)]).toEqual([10, 20, 20, 40]);
  });
});

describe('COUNTIF wildcards', () => {
  const words = new Sheet({ rows: [['apple'], ['Apricot'], ['banana'], ['a?c'], ['a'.repeat(300) + 'c']] });
  it.each([
    ['=COUNTIF(A1:A5,"a*")', 4],
    ['=COUNTIF(A1:A5,"*an*")', 1],
    ['=COUNTIF(A1:A5,"a?c")', 1],
    ['=COUNTIF(A1:A5,"a~?c")', 1],
    ['=COUNTIF(A1:A5,"?????")', 1],
    ['=COUNTIF(A1:A5,"*a*a*a*a*a*a*a*b")', 0],
    ['=COUNTIF(A1:A5,"<>apple")', 4],
  ])('%s', (formula, expected) => {
    expect(evaluateFormula(formula, words).value).toBe(expected);
  });
});

describe('bounds: hostile formulas are refused with a message, never a crash', () => {
  const one = new Sheet({ rows: [[1]] });
  const refusal = (formula: string) => {
    const r = evaluateFormula(formula, one);
    return r.ok ? `value ${String(r.value)}` : r.message;
  };

  it.each([
    ['nested 10,000 deep', `=${'('.repeat(10_000)}1${')'.repeat(10_000)}`, /20002 characters long; the limit is 1000/],
    ['100,000 unary minus signs', `=${'-'.repeat(100_000)}1`, /100002 characters long/],
    ['nested 65 deep', `=${'('.repeat(65)}1${')'.repeat(65)}`, /nested too deeply/],
    ['65 unary minus signs', `=${'-'.repeat(65)}1`, /nested too deeply/],
    ['65 nested calls', `=${'ABS('.repeat(65)}1${')'.repeat(65)}`, /nested too deeply/],
  ])('%s', (_label, formula, message) => {
    expect(refusal(formula)).toMatch(message);
  });

  it('evaluates 64 levels, the limit, and a long flat sum', () => {
    expect(refusal(`=${'('.repeat(64)}1${')'.repeat(64)}`)).toBe('value 1');
    expect(refusal(`=${Array.from({ length: 330 }, () => 'A1').join('+')}`)).toBe('value 330');
  });

  it('works out a chain of 5,200 cells, each reading the next, without recursion', () => {
    const rows = Array.from({ length: 200 }, (_, r) => Array.from({ length: 26 }, (_, c) => (r === 199 && c === 25 ? 7 : c < 25 ? `=${String.fromCharCode(66 + c)}${r + 1}+1` : `=A${r + 2}+1`)));
    const r = evaluateFormula('=A1', new Sheet({ rows }));
    expect(r.ok && r.value).toBe(7 + 5199);
  });

  it('stops a sheet whose formulas read too many cells', () => {
    const rows = Array.from({ length: 200 }, (_, r) => Array.from({ length: 26 }, () => (r === 0 ? 1 : `=SUM($A$1:$Z$${r})`)));
    const r = evaluateFormula('=Z200', new Sheet({ rows }));
    expect(r).toMatchObject({ ok: false, limit: true });
    expect(!r.ok && r.message).toMatch(/too much work/);
  });

  it('caps text a formula builds, and formats that cannot be', () => {
    const rows = [['x'.repeat(400), ...Array.from({ length: 25 }, (_, c) => `=${String.fromCharCode(65 + c)}1&${String.fromCharCode(65 + c)}1`)]];
    const r = evaluateFormula('=Z1', new Sheet({ rows }));
    expect(r.ok && isError(r.value) && r.value.code).toBe('#VALUE!');
    expect(refusal(`=TEXT(A1,"0.${'0'.repeat(400)}")`)).toBe('value #VALUE!');
    expect(refusal(`=MIN(${Array.from({ length: 90 }, () => 'A1:Z200').join(',')})`)).toBe('value 1');
  });

  it('reads error values through a formula full of "#" in one pass', () => {
    expect(refusal(`=IFERROR(#N/A,"${'#'.repeat(900)}")`)).toBe(`value ${'#'.repeat(900)}`);
    expect(refusal('=#BOGUS+1')).toMatch(/is not a known error value/);
  });
});

