/**
 * Rewrites a formula from one spelling to the other, for showing: lessons and worked solutions
 * written with English names are shown to a Spanish learner as a Spanish spreadsheet writes them
 * ("=ROUND(A2*1.5,2)" -> "=REDONDEAR(A2*1,5;2)"), and back. Only function names, TRUE/FALSE,
 * decimal marks and argument separators change; text in quotes, references and spacing stay.
 */
import { FUNCTIONS } from './functions.ts';
import { englishFunctionName, localConstant, localFunctionName, logicalConstant, type FormulaLocale } from './function-names.ts';
import { MAX_FORMULA_LENGTH } from './limits.ts';
import { decimalCommaReading } from './parser.ts';
import { FormulaSyntaxError, tokenize } from './tokens.ts';

const known = (name: string) => Object.hasOwn(FUNCTIONS, name);

/**
 * The formula in `to`'s spelling. `from` is how it is written now (by default the other
 * language; a Spanish-spelled formula without ";" is read the English way, as the checker does).
 * A formula that cannot be read is returned unchanged: this is for display, never for checking.
 */
export function toLocaleFormula(formula: string, to: FormulaLocale, from: FormulaLocale = to === 'es' ? 'en' : 'es'): string {
  const lead = /^\s*=/.exec(formula);
  if (!lead || formula.length > MAX_FORMULA_LENGTH) return formula;
  const body = formula.slice(lead[0].length);
  let tokens;
  try {
    tokens = tokenize(body, 0, { decimalComma: decimalCommaReading(body, from) });
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return formula;
    throw e;
  }
  let out = lead[0];
  let at = 0;
  tokens.forEach((token, i) => {
    out += body.slice(at, token.start);
    const written = body.slice(token.start, token.end);
    at = token.end;
    const next = tokens[i + 1];
    if (token.t === 'name' && next?.t === 'punct' && next.v === '(') {
      const english = englishFunctionName(token.v, from, known);
      out += known(english) ? localFunctionName(english, to) : written;
    } else if (token.t === 'name') {
      const logical = logicalConstant(token.v, from);
      out += logical === undefined ? written : localConstant(logical ? 'TRUE' : 'FALSE', to);
    } else if (token.t === 'num') {
      out += to === 'es' ? written.replace('.', ',') : written.replace(',', '.');
    } else if (token.t === 'punct' && token.v === ',') {
      out += to === 'es' ? ';' : ',';
    } else {
      out += written;
    }
  });
  return out + body.slice(at);
}

/** A formula's English spelling without spaces, upper-case: two formulas are the same text if these agree. */
export function canonicalFormula(formula: string, from: FormulaLocale): string {
  return toLocaleFormula(formula, 'en', from).replace(/\s+/g, '').toUpperCase();
}
