/**
 * The Spanish function names, one test per function: every function the engine knows has a row
 * in the table, and each of its Spanish spellings (typed with ";" and decimal commas) gives what
 * the English formula gives.
 */
import { describe, expect, it } from 'vitest';
import { Sheet, evaluateFormula } from './evaluate.ts';
import { FUNCTIONS } from './functions.ts';
import { SPANISH_FUNCTION_NAMES, englishFunctionName, localFunctionName } from './function-names.ts';
import { toLocaleFormula } from './translate.ts';
import { isError, type Scalar } from './values.ts';

const sheet = new Sheet({ rows: [[1.5, 'Ana', { date: '2024-03-15' }], [2, '  tú  ', { date: '2023-01-31' }], [null, 'b', 'x']] });

/** One English formula per function, with decimals and several arguments where it takes them. */
const SAMPLES: Record<string, string> = {
  SUM: '=SUM(A1:A3,0.5)', AVERAGE: '=AVERAGE(A1:A2)', MIN: '=MIN(A1:A2)', MAX: '=MAX(A1:A2,1.75)', COUNT: '=COUNT(A1:C3)',
  COUNTA: '=COUNTA(A1:B3)', COUNTBLANK: '=COUNTBLANK(A1:A3)', ABS: '=ABS(-A1)', ROUND: '=ROUND(A1*1.5,1)', ROUNDUP: '=ROUNDUP(A1*1.11,1)',
  ROUNDDOWN: '=ROUNDDOWN(A1*1.19,1)', COUNTIF: '=COUNTIF(A1:A3,">1.5")', SUMIF: '=SUMIF(B1:B3,"b",A1:A3)', AVERAGEIF: '=AVERAGEIF(A1:A3,">0")',
  IF: '=IF(A1>1,"big","small")', AND: '=AND(A1>1,A2>1)', OR: '=OR(A1>5,A2>1)', NOT: '=NOT(A1>1)', IFERROR: '=IFERROR(A1/0,2.5)',
  IFNA: '=IFNA(MATCH(9,A1:A2,0),0)', ISERROR: '=ISERROR(A1/0)', ISNUMBER: '=ISNUMBER(A1)', ISBLANK: '=ISBLANK(A3)',
  LEFT: '=LEFT(B1,2)', RIGHT: '=RIGHT(B1,2)', MID: '=MID(B1,2,1)', LEN: '=LEN(B2)', UPPER: '=UPPER(B2)', LOWER: '=LOWER(B1)',
  PROPER: '=PROPER("ana pérez")', TRIM: '=TRIM(B2)', CONCAT: '=CONCAT(B1,"-",A1)', CONCATENATE: '=CONCATENATE(B1," ",B3)',
  TEXT: '=TEXT(A1,"0.00")', VALUE: '=VALUE("2.5")+A1', NUMBERTEXT: '=NUMBERTEXT(A1)', VLOOKUP: '=VLOOKUP(2,A1:B2,2,FALSE)',
  XLOOKUP: '=XLOOKUP("b",B1:B3,A1:A3,0.5)', INDEX: '=INDEX(A1:B2,2,2)', MATCH: '=MATCH(2,A1:A2,0)', DATE: '=DATE(2024,3,15)-C1',
  YEAR: '=YEAR(C1)', MONTH: '=MONTH(C1)', DAY: '=DAY(C2)', DATEDIF: '=DATEDIF(C2,C1,"M")', TODAY: '=TODAY()>C1',
};

const value = (formula: string, locale: 'en' | 'es'): Scalar | string => {
  const r = evaluateFormula(formula, sheet, undefined, { locale });
  if (!r.ok) return `SYNTAX: ${r.message}`;
  return isError(r.value) ? r.value.code : r.value;
};

describe('Spanish function names', () => {
  it('has a row, and a sample, for every function the engine knows', () => {
    expect(Object.keys(SPANISH_FUNCTION_NAMES).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  it.each(Object.entries(SPANISH_FUNCTION_NAMES))('%s is written %s in Spanish, with the same result', (english, spanish) => {
    const sample = SAMPLES[english];
    const expected = value(sample, 'en');
    expect(String(expected)).not.toMatch(/^SYNTAX|^#NAME/);
    const shown = toLocaleFormula(sample, 'es');
    expect(shown.startsWith(`=${spanish[0]}(`)).toBe(true);
    expect(localFunctionName(english, 'es')).toBe(spanish[0]);
    for (const name of spanish) {
      expect(englishFunctionName(name, 'es', (n) => Object.hasOwn(FUNCTIONS, n))).toBe(english);
      const typed = `=${name}${shown.slice(spanish[0].length + 1)}`;
      const got = value(typed, 'es');
      if (typeof expected === 'number' && typeof got === 'number') expect(got).toBeCloseTo(expected, 9);
      else expect(got).toEqual(expected);
      // English names still work for a Spanish learner, with either separator style.
      expect(value(sample, 'es')).toEqual(got);
    }
  });

  it('keeps the English names for an English learner only', () => {
    expect(value('=SUMA(A1:A2)', 'en')).toBe('#NAME?');
    expect(value('=SUMA(A1:A2)', 'es')).toBe(3.5);
    expect(value('=si(VERDADERO;1;2)', 'es')).toBe(1);
  });
});

describe('toLocaleFormula', () => {
  it.each([
    ['=ROUND(A2*1.5,2)', '=REDONDEAR(A2*1,5;2)'],
    ['=IF(AND(B2>=10, C2="sí, claro"), TRUE, 0.25)', '=SI(Y(B2>=10; C2="sí, claro"); VERDADERO; 0,25)'],
    ['=IFERROR(VLOOKUP(A2,$D$2:$E$9,2,FALSE),"none")', '=SI.ERROR(BUSCARV(A2;$D$2:$E$9;2;FALSO);"none")'],
    ['=SUM(A1:A3)/COUNT(A1:A3)', '=SUMA(A1:A3)/CONTAR(A1:A3)'],
    ['=FOO(1.5,2)', '=FOO(1,5;2)'],
    ['=A1*1.21', '=A1*1,21'],
  ])('%s <-> %s', (english, spanish) => {
    expect(toLocaleFormula(english, 'es')).toBe(spanish);
    expect(toLocaleFormula(spanish, 'en')).toBe(english);
  });

  it('leaves what it cannot read unchanged', () => {
    expect(toLocaleFormula('=SUM(A1:A2', 'es')).toBe('=SUMA(A1:A2');
    expect(toLocaleFormula('not a formula', 'es')).toBe('not a formula');
    expect(toLocaleFormula('="unclosed', 'es')).toBe('="unclosed');
  });
});
