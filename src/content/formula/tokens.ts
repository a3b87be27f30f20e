/**
 * Splits a formula (after its "=") into tokens in one pass: every pattern is matched in place
 * (sticky regular expressions, no copies of the rest of the text), so the work is linear in the
 * formula's length whatever it holds.
 *
 * Two spellings of numbers and separators exist. English: "1.5" and "," between arguments (";"
 * is accepted as well, as many spreadsheets write it). Spanish: "1,5" and ";" between arguments;
 * a Spanish learner who writes no ";" at all is read the English way, so "=SUMA(A1,A2)" works too.
 */
import { msg, str } from '@lit/localize';
import { ERROR_CODES } from './values.ts';

export type Token = (
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'err'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string }
  | { t: 'punct'; v: '(' | ')' | ',' | ':' }
) & { start: number; end: number };

export class FormulaSyntaxError extends Error {}

export interface Spelling {
  /** "," is the decimal mark and only ";" separates arguments. */
  decimalComma: boolean;
}

const REF = /\$?[A-Za-z]{1,3}\$?[0-9]+/y;
const AFTER_REF = /[A-Za-z0-9_.(\u00C0-\u024F]/;
const NAME = /[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*/y;
const NUMBER_POINT = /(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y;
const NUMBER_COMMA = /(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?/y;
const OPERATORS = ['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&', '%'];
const SPACE = /\s/;

function matchAt(pattern: RegExp, src: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(src)?.[0];
}

/** Whether a formula in Spanish spelling uses ";" (outside text) and so "," as its decimal mark. */
export function usesSemicolons(src: string): boolean {
  let inText = false;
  for (const ch of src) {
    if (ch === '"') inText = !inText;
    else if (ch === ';' && !inText) return true;
  }
  return false;
}

/** `offset` is added to reported positions (the parser strips the leading "="). */
export function tokenize(src: string, offset = 0, spelling: Spelling = { decimalComma: false }): Token[] {
  const out: Token[] = [];
  const numberPattern = spelling.decimalComma ? NUMBER_COMMA : NUMBER_POINT;
  let i = 0;
  const push = (token: Omit<Token, 'start' | 'end'>, length: number) => {
    out.push({ ...token, start: i, end: i + length } as Token);
    i += length;
  };
  while (i < src.length) {
    const ch = src[i];
    if (SPACE.test(ch)) { i++; continue; }
    if (ch === '"') {
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const close = src.indexOf('"', j);
        if (close < 0) throw new FormulaSyntaxError(msg('A text value is missing its closing quote (").'));
        parts.push(src.slice(j, close));
        if (src[close + 1] !== '"') { j = close + 1; break; }
        parts.push('"');
        j = close + 2;
      }
      push({ t: 'str', v: parts.join('') }, j - i);
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => src.slice(i, i + c.length).toUpperCase() === c);
      if (!code) throw new FormulaSyntaxError(msg(str`"${src.slice(i, i + 8)}" is not a known error value.`));
      push({ t: 'err', v: code }, code.length);
      continue;
    }
    const num = matchAt(numberPattern, src, i);
    if (num) { push({ t: 'num', v: Number(num.replace(',', '.')) }, num.length); continue; }
    const ref = matchAt(REF, src, i);
    if (ref && !AFTER_REF.test(src[i + ref.length] ?? '')) { push({ t: 'ref', v: ref.toUpperCase() }, ref.length); continue; }
    const name = matchAt(NAME, src, i);
    if (name) { push({ t: 'name', v: name.toUpperCase() }, name.length); continue; }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) { push({ t: 'op', v: op }, op.length); continue; }
    if (ch === '(' || ch === ')' || ch === ':' || (ch === ',' && !spelling.decimalComma)) { push({ t: 'punct', v: ch }, 1); continue; }
    if (ch === ';') { push({ t: 'punct', v: ',' }, 1); continue; }
    throw new FormulaSyntaxError(msg(str`Unexpected character "${ch}" at position ${i + 1 + offset}.`));
  }
  return out;
}
