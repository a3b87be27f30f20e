/**
 * The one table of function names by language. The engine works with the English names; a
 * Spanish learner may type the names a spreadsheet in Spanish uses (Excel's spelling first, then
 * other accepted spellings: the accented forms and LibreOffice Calc's where they differ).
 * Every function the engine knows has a row here (function-names.test.ts checks that).
 */
export type FormulaLocale = 'en' | 'es';

/** English name -> Spanish names; the first is the one shown to a Spanish learner. */
export const SPANISH_FUNCTION_NAMES: Readonly<Record<string, readonly [string, ...string[]]>> = {
  // Aggregates and rounding
  SUM: ['SUMA'],
  AVERAGE: ['PROMEDIO'],
  MIN: ['MIN'],
  MAX: ['MAX'],
  COUNT: ['CONTAR'],
  COUNTA: ['CONTARA'],
  COUNTBLANK: ['CONTAR.BLANCO'],
  ABS: ['ABS'],
  ROUND: ['REDONDEAR'],
  ROUNDUP: ['REDONDEAR.MAS', 'REDONDEAR.MÁS'],
  ROUNDDOWN: ['REDONDEAR.MENOS'],
  COUNTIF: ['CONTAR.SI'],
  SUMIF: ['SUMAR.SI'],
  AVERAGEIF: ['PROMEDIO.SI'],
  // Logic
  IF: ['SI'],
  AND: ['Y'],
  OR: ['O'],
  NOT: ['NO'],
  IFERROR: ['SI.ERROR'],
  IFNA: ['SI.ND'],
  ISERROR: ['ESERROR'],
  ISNUMBER: ['ESNUMERO', 'ESNÚMERO'],
  ISBLANK: ['ESBLANCO'],
  // Text
  LEFT: ['IZQUIERDA'],
  RIGHT: ['DERECHA'],
  MID: ['EXTRAE'],
  LEN: ['LARGO'],
  UPPER: ['MAYUSC', 'MAYÚSC', 'MAYÚSCULAS'],
  LOWER: ['MINUSC', 'MINÚSC', 'MINÚSCULAS'],
  PROPER: ['NOMPROPIO'],
  TRIM: ['ESPACIOS', 'RECORTAR'],
  CONCAT: ['CONCAT'],
  CONCATENATE: ['CONCATENAR'],
  TEXT: ['TEXTO'],
  VALUE: ['VALOR'],
  // LibreOffice's NUMBERTEXT keeps its name in a Spanish interface.
  NUMBERTEXT: ['NUMBERTEXT'],
  // Lookup
  VLOOKUP: ['BUSCARV', 'CONSULTAV'],
  XLOOKUP: ['BUSCARX'],
  INDEX: ['INDICE', 'ÍNDICE'],
  MATCH: ['COINCIDIR'],
  // Dates
  DATE: ['FECHA'],
  YEAR: ['AÑO'],
  MONTH: ['MES'],
  DAY: ['DIA', 'DÍA'],
  DATEDIF: ['SIFECHA'],
  TODAY: ['HOY'],
};

/** The logical constants, which a Spanish spreadsheet also spells in Spanish. */
export const SPANISH_CONSTANTS: Readonly<Record<'TRUE' | 'FALSE', string>> = { TRUE: 'VERDADERO', FALSE: 'FALSO' };

const ENGLISH_BY_SPANISH = new Map<string, string>();
for (const [english, spanish] of Object.entries(SPANISH_FUNCTION_NAMES)) {
  for (const name of spanish) ENGLISH_BY_SPANISH.set(name, english);
}
const CONSTANT_BY_SPANISH = new Map(Object.entries(SPANISH_CONSTANTS).map(([en, es]) => [es, en]));

/**
 * The engine's (English) name for a function name as typed, upper-cased. In English only the
 * English names count; in Spanish both do (an English name wins where both spellings agree).
 */
export function englishFunctionName(typed: string, locale: FormulaLocale, known: (name: string) => boolean): string {
  if (locale === 'en' || known(typed)) return typed;
  return ENGLISH_BY_SPANISH.get(typed) ?? typed;
}

/** TRUE/FALSE for a typed constant name (VERDADERO/FALSO too in Spanish), else undefined. */
export function logicalConstant(typed: string, locale: FormulaLocale): boolean | undefined {
  const english = typed === 'TRUE' || typed === 'FALSE' ? typed : locale === 'es' ? CONSTANT_BY_SPANISH.get(typed) : undefined;
  return english === undefined ? undefined : english === 'TRUE';
}

/** How a function (by its English name) is written for a learner in `locale`. */
export function localFunctionName(english: string, locale: FormulaLocale): string {
  return locale === 'es' ? (SPANISH_FUNCTION_NAMES[english]?.[0] ?? english) : english;
}

export function localConstant(english: 'TRUE' | 'FALSE', locale: FormulaLocale): string {
  return locale === 'es' ? SPANISH_CONSTANTS[english] : english;
}

/** The formula locale for a UI/learner locale tag ("es-MX" -> "es"); anything else is English. */
export function formulaLocale(tag: string | undefined): FormulaLocale {
  return tag?.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}
