/**
 * What the spreadsheet generators need to write one item in each pack language: the locales they
 * write, numbers as prose in that locale, and formulas as that locale's spreadsheet shows them
 * (Spanish Excel/Calc: SUMA, SI, BUSCARV, ";" between arguments, a decimal comma).
 *
 * The function-name table here only formats text shown to the learner. Answers stay in the
 * engine's canonical (English) spelling; the engine accepting Spanish spellings is the formula
 * engine's job (issue 16 part 4), which keeps its own table.
 */
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

const SPANISH_NAMES: Readonly<Record<string, string>> = {
  SUM: 'SUMA', AVERAGE: 'PROMEDIO', MIN: 'MIN', MAX: 'MAX', COUNT: 'CONTAR', COUNTA: 'CONTARA',
  IF: 'SI', AND: 'Y', OR: 'O', NOT: 'NO', IFERROR: 'SI.ERROR', COUNTIF: 'CONTAR.SI', SUMIF: 'SUMAR.SI',
  VLOOKUP: 'BUSCARV', XLOOKUP: 'BUSCARX', INDEX: 'INDICE', MATCH: 'COINCIDIR',
  LEFT: 'IZQUIERDA', RIGHT: 'DERECHA', MID: 'EXTRAE', LEN: 'LARGO', TRIM: 'ESPACIOS', UPPER: 'MAYUSC',
  LOWER: 'MINUSC', PROPER: 'NOMPROPIO', CONCAT: 'CONCAT', TEXT: 'TEXTO',
  DATE: 'FECHA', YEAR: 'AÑO', MONTH: 'MES', DAY: 'DIA', DATEDIF: 'SIFECHA',
  ROUND: 'REDONDEAR', ROUNDUP: 'REDONDEAR.MAS', ROUNDDOWN: 'REDONDEAR.MENOS', ABS: 'ABS',
  TRUE: 'VERDADERO', FALSE: 'FALSO',
};

/** A function's name as the locale's spreadsheet spells it (SUM -> SUMA in Spanish). */
export const fn = (loc: SheetLocale, name: string): string => (loc === 'es' ? (SPANISH_NAMES[name] ?? name) : name);

/**
 * A formula as the locale's spreadsheet writes it. Text in double quotes is left alone; outside
 * it, Spanish swaps function names (and TRUE/FALSE), turns "," between arguments into ";" and
 * writes decimal points as commas.
 */
export function fx(loc: SheetLocale, formula: string): string {
  if (loc === 'en') return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/,/g, ';')
            .replace(/(\d)\.(\d)/g, '$1,$2')
            .replace(/\b([A-Z][A-Z.]*)\b(?![0-9])/g, (name) => SPANISH_NAMES[name] ?? name),
    )
    .join('');
}

/** The words a comparison result takes in the locale (TRUE/FALSE, VERDADERO/FALSO). */
export const bool = (loc: SheetLocale, value: boolean): string => fn(loc, value ? 'TRUE' : 'FALSE');
