/**
 * What the spreadsheet generators need to write one item in each pack language: the locales they
 * write, numbers as prose in that locale, and formulas as that locale's spreadsheet shows them
 * (Spanish Excel/Calc: SUMA, SI, BUSCARV, ";" between arguments, a decimal comma). Answers stay in
 * the engine's English spelling, which the checker accepts in both languages.
 */
import { SPANISH_FUNCTION_NAMES, localConstant, localFunctionName } from '../formula/function-names.ts';
import { toLocaleFormula } from '../formula/translate.ts';

export const SHEET_LOCALES = ['en', 'es'] as const;
export type SheetLocale = (typeof SHEET_LOCALES)[number];

/** A template table: one entry per locale, so a missing translation is a type error. */
export type PerLocale<T> = Record<SheetLocale, T>;

const NUMBER_FORMATS: PerLocale<Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false }),
  es: new Intl.NumberFormat('es-ES', { maximumFractionDigits: 6, useGrouping: false }),
};

/** A number as written in a sentence: 1.5 in English, 1,5 in Spanish (no thousands grouping, as in a cell). */
export const num = (loc: SheetLocale, n: number): string => NUMBER_FORMATS[loc].format(n);

/** A function's name (or TRUE/FALSE) as the locale's spreadsheet spells it (SUM -> SUMA in Spanish). */
export const fn = (loc: SheetLocale, name: string): string =>
  name === 'TRUE' || name === 'FALSE' ? localConstant(name, loc) : Object.hasOwn(SPANISH_FUNCTION_NAMES, name) ? localFunctionName(name, loc) : name;

/**
 * A formula, or a piece of one such as "MATCH(F2,A2:A5,0)", as the locale's spreadsheet writes it:
 * in Spanish, function names, TRUE/FALSE, ";" between arguments and decimal commas, through the
 * formula engine's own name table (toLocaleFormula). Text in double quotes is left alone.
 */
export function fx(loc: SheetLocale, formula: string): string {
  if (loc === 'en') return formula;
  if (/^[A-Z][A-Z.]*$/.test(formula)) return fn(loc, formula);
  const lead = formula.startsWith('=');
  const out = toLocaleFormula(lead ? formula : `=${formula}`, loc, 'en');
  return lead ? out : out.slice(1);
}

/** The words a comparison result takes in the locale (TRUE/FALSE, VERDADERO/FALSO). */
export const bool = (loc: SheetLocale, value: boolean): string => fn(loc, value ? 'TRUE' : 'FALSE');
