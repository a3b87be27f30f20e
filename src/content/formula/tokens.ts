/** Splits a formula (after its "=") into tokens. */
import { msg, str } from '@lit/localize';
import { ERROR_CODES } from './values.ts';

export type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'err'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string }
  | { t: 'punct'; v: '(' | ')' | ',' | ':' };

export class FormulaSyntaxError extends Error {}

const REF = /^\$?[A-Za-z]{1,3}\$?[0-9]+/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const OPERATORS = ['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&', '%'];

/** `offset` is added to reported positions (the parser strips the leading "="). */
export function tokenize(src: string, offset = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError(msg('A text value is missing its closing quote (").'));
        if (src[j] === '"') {
          if (src[j + 1] === '"') { text += '"'; j += 2; continue; }
          break;
        }
        text += src[j++];
      }
      out.push({ t: 'str', v: text });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) throw new FormulaSyntaxError(msg(str`"${rest.slice(0, 8)}" is not a known error value.`));
      out.push({ t: 'err', v: code });
      i += code.length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) { out.push({ t: 'num', v: Number(num[0]) }); i += num[0].length; continue; }
    const ref = REF.exec(rest);
    if (ref && !/^[A-Za-z0-9_.(]/.test(rest.slice(ref[0].length))) {
      out.push({ t: 'ref', v: ref[0].toUpperCase() });
      i += ref[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) { out.push({ t: 'name', v: name[0].toUpperCase() }); i += name[0].length; continue; }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) { out.push({ t: 'op', v: op }); i += op.length; continue; }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':') { out.push({ t: 'punct', v: ch }); i++; continue; }
    // Many European spreadsheets separate arguments with ";": accept it as a comma.
    if (ch === ';') { out.push({ t: 'punct', v: ',' }); i++; continue; }
    throw new FormulaSyntaxError(msg(str`Unexpected character "${ch}" at position ${i + 1 + offset}.`));
  }
  return out;
}
