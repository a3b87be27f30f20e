/**
 * Table-driven answer-checker cases across every item type: each listed equivalent form must be
 * accepted and each listed wrong answer rejected (with the author's feedback where one is given).
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../schema.ts';
import { checkAnswer, expectedResponse, hintsUpTo } from './check.ts';
import { initialOrder, moveEntry } from './ordering.ts';

const base = { skill: 's', stem: 'Question', hints: ['nudge', 'almost the answer'], solution: 'worked' };
const fraction = (answer: string, extra: Partial<Item> = {}): Item => ({ ...base, id: 'f', type: 'fraction', answer, ...extra }) as Item;
const numeric = (answer: number, extra: Partial<Item> = {}): Item => ({ ...base, id: 'n', type: 'numeric', answer, ...extra }) as Item;
const text = (answers: string[], extra: Partial<Item> = {}): Item => ({ ...base, id: 't', type: 'short-text', answers, ...extra }) as Item;

const threeQuarters = fraction('3/4', { misconceptions: [{ answer: '4/3', feedback: 'upside down' }] });
const simplestHalf = fraction('1/2', { requireSimplest: true });
const sevenQuartersMixed = fraction('1 3/4', { form: 'mixed', requireSimplest: true });
const sevenQuartersImproper = fraction('7/4', { form: 'improper' });
const decimalOk = fraction('1/4', { allowDecimal: true });
const negative = fraction('-2/3');

const cm = numeric(12.5, { unit: 'cm', unitAliases: ['centimetres', 'centimeters'], tolerance: 0.05, misconceptions: [{ answer: '125', feedback: 'decimal point' }] });
const dollars = numeric(1250, { unit: '$' });
const plain = numeric(-3);
const withUnitRequired = numeric(5, { unit: 'kg', requireUnit: true });

const capital = text(['Paris'], { misconceptions: [{ answer: 'Lyon', feedback: 'second city' }] });
const denominators = text(['denominator', 'the denominator']);
const caseSensitive = text(['LOPEZ, Ada'], { caseSensitive: true });
const accented = text(['Bogotá']);

const single: Item = { ...base, id: 'mc1', type: 'multiple-choice', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B', feedback: 'B is a trap' }, { id: 'c', text: 'C' }], correct: ['a'] };
const several: Item = { ...base, id: 'mc2', type: 'multiple-choice', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }, { id: 'd', text: 'D' }], correct: ['a', 'c'], misconceptions: [{ answer: 'b,d', feedback: 'the evens' }] };
const order: Item = { ...base, id: 'o', type: 'ordering', entries: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }, { id: 'z', text: 'z' }], correctOrder: ['y', 'x', 'z'], misconceptions: [{ answer: 'z,x,y', feedback: 'reversed' }] };

const sheet = { header: true, rows: [['Item', 'Qty', 'Price', 'Total'], ['Pens', 12, 1.5, null], ['Paper', 5, 4.25, null], ['Glue', 2, 3, null]] };
const sum: Item = { ...base, id: 'sum', type: 'formula', table: sheet, target: 'B5', answer: '=SUM(B2:B4)', requireFunctions: ['SUM'], checkTables: [{ ...sheet, rows: [sheet.rows[0], ['Pens', 2, 1.5, null], ['Paper', 9, 4.25, null], ['Glue', 1, 3, null]] }] };
const total: Item = { ...base, id: 'tot', type: 'formula', table: sheet, target: 'D2', answer: '=B2*C2', fillDown: 2, misconceptions: [{ answer: '=B2+C2', feedback: 'multiply, do not add' }] };
const absolute: Item = { ...base, id: 'abs', type: 'formula', table: { rows: [['Price', 'Tax', 'Rate'], [10, null, 0.2], [20, null, null], [30, null, null]] }, target: 'B2', answer: '=A2*$C$2', fillDown: 2 };
const label: Item = { ...base, id: 'lab', type: 'formula', table: { rows: [['Ada', 'Lopez', null]] }, target: 'C1', answer: '=A1&" "&B1' };

type Case = [label: string, item: Item, response: string | string[], correct: boolean, feedback?: RegExp];

const CASES: Case[] = [
  // Fractions: equivalent forms accepted.
  ['3/4 exact', threeQuarters, '3/4', true],
  ['3/4 as 6/8', threeQuarters, '6/8', true],
  ['3/4 as 75/100', threeQuarters, '75/100', true],
  ['3/4 with spaces', threeQuarters, ' 3 / 4 ', true],
  ['3/4 with fraction slash', threeQuarters, '3⁄4', true],
  ['3/4 as 9/12', threeQuarters, '9/12', true],
  ['3/4 rejects 4/3 with feedback', threeQuarters, '4/3', false, /upside down/],
  ['3/4 rejects 3/5', threeQuarters, '3/5', false],
  ['3/4 rejects decimal by default', threeQuarters, '0.75', false, /as a fraction/],
  ['3/4 unreadable text', threeQuarters, 'three quarters', false, /Write a fraction/],
  ['3/4 rejects zero denominator', threeQuarters, '3/0', false, /cannot be 0/],
  ['1/2 simplest accepted', simplestHalf, '1/2', true],
  ['1/2 simplest rejects 2/4', simplestHalf, '2/4', false, /simplest form/],
  ['1/2 simplest rejects 50/100', simplestHalf, '50/100', false, /simplest form/],
  ['1 3/4 mixed accepted', sevenQuartersMixed, '1 3/4', true],
  ['1 3/4 mixed with hyphen', sevenQuartersMixed, '1-3/4', true],
  ['1 3/4 mixed with "and"', sevenQuartersMixed, '1 and 3/4', true],
  ['1 3/4 mixed rejects 7/4', sevenQuartersMixed, '7/4', false, /mixed number/],
  ['1 3/4 mixed rejects 1 6/8', sevenQuartersMixed, '1 6/8', false, /simplest form/],
  ['1 3/4 mixed rejects 1 1/4', sevenQuartersMixed, '1 1/4', false],
  ['7/4 improper accepted', sevenQuartersImproper, '7/4', true],
  ['7/4 improper accepts 14/8', sevenQuartersImproper, '14/8', true],
  ['7/4 improper rejects 1 3/4', sevenQuartersImproper, '1 3/4', false, /improper/],
  ['any form: 7/4 accepts 1 3/4', fraction('7/4'), '1 3/4', true],
  ['any form: 1 3/4 accepts 7/4', fraction('1 3/4'), '7/4', true],
  ['whole number 2 accepts 2', fraction('2'), '2', true],
  ['whole number 2 accepts 8/4', fraction('2'), '8/4', true],
  ['whole number 2 accepts 6/3', fraction('2'), '6/3', true],
  ['simplest whole rejects 4/2', fraction('2', { requireSimplest: true }), '4/2', false, /simplest/],
  ['1/4 decimal allowed', decimalOk, '0.25', true],
  ['1/4 decimal allowed .25', decimalOk, '.25', true],
  ['1/4 decimal rejects 0.4', decimalOk, '0.4', false],
  ['negative -2/3', negative, '-2/3', true],
  ['negative with unicode minus', negative, '−4/6', true],
  ['negative rejects 2/3', negative, '2/3', false],
  ['zero answer', fraction('0'), '0/5', true],
  ['vulgar fraction ¾', threeQuarters, '¾', true],
  ['mixed with vulgar fraction 1¾', fraction('7/4'), '1¾', true],
  ['vulgar fraction not misread as 11/2', fraction('3/2'), '1½', true],
  ['empty fraction response', threeQuarters, '', false, /Type an answer/],
  // Numeric: tolerance and units.
  ['12.5 cm exact', cm, '12.5 cm', true],
  ['12.5 without unit', cm, '12.5', true],
  ['12.5 within tolerance', cm, '12.54', true],
  ['12.5 within tolerance below', cm, '12.46cm', true],
  ['12.5 unit alias', cm, '12.5 centimetres', true],
  ['12.5 unit case-insensitive', cm, '12.5 CM', true],
  ['12.5 outside tolerance', cm, '12.6', false],
  ['12.5 misconception 125', cm, '125', false, /decimal point/],
  ['12.5 wrong unit', cm, '12.5 m', false, /unit/],
  ['12.5 unreadable', cm, 'twelve', false, /Type a number/],
  ['$1250 with symbol', dollars, '$1250', true],
  ['$1250 with thousands comma', dollars, '$1,250', true],
  ['$1250 plain', dollars, '1250', true],
  ['$1250 rejects 125', dollars, '125', false],
  ['-3 accepted', plain, '-3', true],
  ['-3 as -3.0', plain, '-3.0', true],
  ['-3 rejects 3', plain, '3', false],
  ['plain number refuses a unit', plain, '-3 kg', false, /plain number/],
  ['required unit missing', withUnitRequired, '5', false, /add the unit/],
  ['required unit given', withUnitRequired, '5 kg', true],
  ['float noise 0.1+0.2', numeric(0.3), '0.30000000000000004', true],
  ['decimal comma 12,5 cm', cm, '12,5 cm', true],
  ['decimal comma 0,75', numeric(0.75), '0,75', true],
  ['thousands comma stays thousands', numeric(1250), '1,250', true],
  // Short text: normalisation and alternatives.
  ['Paris exact', capital, 'Paris', true],
  ['Paris lower case', capital, 'paris', true],
  ['Paris with spaces and full stop', capital, '  Paris. ', true],
  ['Paris rejects Lyon with feedback', capital, 'Lyon', false, /second city/],
  ['Paris rejects London', capital, 'London', false],
  ['denominator alternative', denominators, 'The Denominator', true],
  ['denominator collapsed spaces', denominators, 'the   denominator', true],
  ['denominator rejects numerator', denominators, 'numerator', false],
  ['case-sensitive exact', caseSensitive, 'LOPEZ, Ada', true],
  ['case-sensitive rejects lower', caseSensitive, 'lopez, ada', false, /capital/],
  ['accents ignored', accented, 'Bogota', true],
  ['accents kept', accented, 'BOGOTÁ', true],
  ['curly quotes normalised', text(["it's"]), 'it’s', true],
  ['empty text', capital, '   ', false, /Type an answer/],
  // Multiple choice.
  ['single correct', single, ['a'], true],
  ['single correct as string', single, 'a', true],
  ['single wrong with choice feedback', single, ['b'], false, /trap/],
  ['single wrong plain', single, ['c'], false],
  ['single two picked', single, ['a', 'b'], false],
  ['several exact set', several, ['a', 'c'], true],
  ['several any order', several, ['c', 'a'], true],
  ['several partial', several, ['a'], false, /more correct choices/],
  ['several extra', several, ['a', 'b', 'c'], false],
  ['several misconception set', several, ['d', 'b'], false, /evens/],
  ['several nothing chosen', several, [], false, /Choose/],
  // Ordering.
  ['ordering right', order, ['y', 'x', 'z'], true],
  ['ordering as text', order, 'y,x,z', true],
  ['ordering wrong counts places', order, ['x', 'y', 'z'], false, /1 of 3/],
  ['ordering misconception', order, ['z', 'x', 'y'], false, /reversed/],
  ['ordering missing entry', order, ['y', 'x'], false, /exactly once/],
  ['ordering duplicate entry', order, ['y', 'y', 'z'], false, /exactly once/],
  // Spreadsheet formulas.
  ['SUM accepted', sum, '=SUM(B2:B4)', true],
  ['SUM lower case and spaces', sum, '= sum( b2 : b4 )', true],
  ['SUM with absolute range', sum, '=SUM($B$2:$B$4)', true],
  ['SUM by addition lacks SUM', sum, '=B2+B3+B4', false, /use SUM/],
  ['SUM typed constant', sum, '=19', false, /cell references/],
  ['SUM partly hard-coded', sum, '=SUM(B2:B3)+2', false, /data changed/],
  ['SUM wrong range', sum, '=SUM(B2:B3)', false, /gives 17/],
  ['SUM missing =', sum, 'SUM(B2:B4)', false, /starts with "="/],
  ['SUM including its own cell', sum, '=SUM(B2:B5)', false, /circular reference/],
  ['SUM syntax error', sum, '=SUM(B2:B4', false, /Expected "\)"/],
  ['SUM unknown function', sum, '=SUMM(B2:B4)', false, /#NAME\?/],
  ['line total relative', total, '=B2*C2', true],
  ['line total commuted', total, '=C2*B2', true],
  ['line total misconception', total, '=B2+C2', false, /multiply/],
  ['line total absolute fails when copied', total, '=$B$2*$C$2', false, /copied/],
  ['absolute rate accepted', absolute, '=A2*$C$2', true],
  ['absolute rate with mixed ref', absolute, '=A2*C$2', true],
  ['relative rate fails when copied', absolute, '=A2*C2', false, /copied/],
  ['join with &', label, '=A1&" "&B1', true],
  ['join with CONCAT', label, '=CONCAT(A1," ",B1)', true],
  ['join without space', label, '=A1&B1', false, /AdaLopez/],
];

describe('answer checkers', () => {
  it('has at least 100 table cases', () => expect(CASES.length).toBeGreaterThanOrEqual(100));

  it.each(CASES)('%s', (_label, item, response, correct, feedback) => {
    const result = checkAnswer(item, response);
    expect(result.correct).toBe(correct);
    if (feedback) expect(result.feedback ?? '').toMatch(feedback);
  });

  it('accepts every item\'s own expected response', () => {
    for (const item of [threeQuarters, simplestHalf, sevenQuartersMixed, cm, dollars, capital, single, several, order, sum, total, absolute, label]) {
      expect(checkAnswer(item, expectedResponse(item)).correct, item.id).toBe(true);
    }
  });

  it('gives hints progressively, never more than exist', () => {
    expect(hintsUpTo(single, 0)).toEqual([]);
    expect(hintsUpTo(single, 1)).toEqual(['nudge']);
    expect(hintsUpTo(single, 5)).toEqual(['nudge', 'almost the answer']);
  });

  it('orders entries by keyboard moves without dragging', () => {
    if (order.type !== 'ordering') throw new Error('fixture');
    let current = initialOrder(order);
    expect(current).toEqual(['x', 'y', 'z']);
    current = moveEntry(current, 'y', -1);
    expect(current).toEqual(['y', 'x', 'z']);
    expect(moveEntry(current, 'y', -1)).toEqual(current);
    expect(checkAnswer(order, current).correct).toBe(true);
  });
});
