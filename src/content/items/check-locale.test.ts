/**
 * The checkers' own feedback (not the author's misconception feedback) follows the UI language:
 * msg() runs when the answer is checked, so switching to Spanish the way the app does changes it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getLocale, setLocale } from '../../i18n/localization.ts';
import type { Item } from '../schema.ts';
import { checkAnswer } from './check.ts';

const base = { skill: 's', stem: 'Question', hints: ['nudge'], solution: 'worked' };
const numeric = { ...base, id: 'n', type: 'numeric', answer: 5, unit: 'kg', requireUnit: true } as Item;
const fraction = { ...base, id: 'f', type: 'fraction', answer: '3/4' } as Item;
const formula = { ...base, id: 'sum', type: 'formula', table: { rows: [[1], [2], [null]] }, target: 'A3', answer: '=SUM(A1:A2)' } as Item;

describe('checker feedback in Spanish', () => {
  // setLocale announces its progress with an event on window, which Node does not have.
  beforeAll(() => vi.stubGlobal('window', new EventTarget()));
  afterEach(async () => {
    await setLocale('en');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is English by default and Spanish once the locale is es', async () => {
    expect(checkAnswer(numeric, 'lots').feedback).toBe('Type a number, such as 12 or 3.5.');

    await setLocale('es');
    expect(getLocale()).toBe('es');
    expect(checkAnswer(numeric, 'lots')).toMatchObject({ correct: false, unreadable: true, feedback: 'Escribe un número, como 12 o 3,5.' });
    expect(checkAnswer(numeric, '5').feedback).toBe('El número es correcto: ahora añade la unidad (kg).');
    expect(checkAnswer(fraction, '3/0').feedback).toBe('Un denominador no puede ser 0.');
    expect(checkAnswer(formula, '=SUM(A1:A2').feedback).toBe('Falta «)» al final.');
  });

  it('accepts Spanish formula spellings (and English ones) once the locale is es', async () => {
    const rounded = { ...base, id: 'r', type: 'formula', table: { rows: [[2.5], [null]] }, target: 'A2', answer: '=ROUND(A1*1.5,2)', requireFunctions: ['ROUND'] } as Item;
    expect(checkAnswer(formula, '=SUMA(A1:A2)').correct).toBe(false);

    await setLocale('es');
    expect(checkAnswer(formula, '=SUMA(A1:A2)').correct).toBe(true);
    expect(checkAnswer(formula, '=SUM(A1:A2)').correct).toBe(true);
    expect(checkAnswer(rounded, '=REDONDEAR(A1*1,5;2)').correct).toBe(true);
    expect(checkAnswer(rounded, '=redondear(A1*1,5; 2)').correct).toBe(true);
    expect(checkAnswer(rounded, '=ROUND(A1*1.5,2)').correct).toBe(true);
    // The requirement names the function as a Spanish spreadsheet writes it.
    expect(checkAnswer(rounded, '=A1*1,5').feedback).toBe('El resultado es correcto; este ejercicio te pide usar REDONDEAR.');
    expect(checkAnswer(formula, '=SUMA(A1:A2').feedback).toBe('Falta «)» al final.');
    expect(checkAnswer(rounded, '=A1*1,4').feedback).toBe('Tu fórmula da 3,5.');
    expect(checkAnswer(rounded, '=A1>1').feedback).toBe('Tu fórmula da VERDADERO.');
    // An explicit locale wins over the UI's (the pack check always reads authors' English).
    expect(checkAnswer(formula, '=SUMA(A1:A2)', { locale: 'en' }).correct).toBe(false);
  });
});

describe('answers in the learner\'s number format', () => {
  const half = { ...base, id: 'h', type: 'numeric', answer: 0.5 } as Item;
  const price = { ...base, id: 'p', type: 'numeric', answer: 1250.5 } as Item;
  const quarterDecimal = { ...base, id: 'q', type: 'fraction', answer: '3/4', allowDecimal: true } as Item;
  const mixed = { ...base, id: 'm', type: 'fraction', answer: '7/4' } as Item;

  it('takes a decimal comma in Spanish ("0,5", "1,25", "1.250,5") and still a lone decimal point', () => {
    expect(checkAnswer(half, '0,5', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer(half, '0.5', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer({ ...half, answer: 1.25 } as Item, '1,25', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer(price, '1.250,5', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer({ ...price, answer: 1250 } as Item, '1.250', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer(quarterDecimal, '0,75', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer(mixed, '1 y 3/4', { locale: 'es' }).correct).toBe(true);
  });

  it('keeps the English reading in English ("1,250" is a thousand two hundred and fifty)', () => {
    expect(checkAnswer({ ...price, answer: 1250 } as Item, '1,250').correct).toBe(true);
    expect(checkAnswer({ ...half, answer: 1.25 } as Item, '1,250', { locale: 'es' }).correct).toBe(true);
    expect(checkAnswer(quarterDecimal, '0,75').unreadable).toBe(true);
    expect(checkAnswer(mixed, '1 y 3/4').unreadable).toBe(true);
  });
});
