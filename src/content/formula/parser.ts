/**
 * Parses a formula into a tree, with spreadsheet precedence (lowest first): comparison, "&",
 * "+ -", "* /", "^" (left to right, as spreadsheets do), unary minus (binds tighter than "^", so
 * =-2^2 is 4), then postfix "%".
 */
import { msg, str } from '@lit/localize';
import { FUNCTIONS } from './functions.ts';
import { englishFunctionName, logicalConstant, type FormulaLocale } from './function-names.ts';
import { MAX_FORMULA_LENGTH, MAX_NESTING, tooDeep, tooLong } from './limits.ts';
import { FormulaSyntaxError, tokenize, usesSemicolons, type Token } from './tokens.ts';
import type { ErrorCode } from './values.ts';

export interface ParseOptions {
  /** The learner's spelling: in Spanish, Spanish function names and "1,5" with ";" are read too. */
  locale?: FormulaLocale;
}

export interface CellRef { col: number; row: number; colAbs: boolean; rowAbs: boolean }

export type Node =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'err'; code: ErrorCode }
  | { kind: 'ref'; ref: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  | { kind: 'unary'; op: '-' | '+'; arg: Node }
  | { kind: 'percent'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'name'; name: string };

/** "$B$3" -> zero-based column 1, row 2, both absolute. */
export function parseRef(text: string): CellRef {
  const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(text.toUpperCase());
  if (!m) throw new FormulaSyntaxError(msg(str`"${text}" is not a cell reference.`));
  let col = 0;
  for (const ch of m[2]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[4]) - 1, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
}

export function columnName(col: number): string {
  let name = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

const LEVELS: string[][] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

const known = (name: string) => Object.hasOwn(FUNCTIONS, name);

/**
 * Parses "=SUM(A1:A3)*2" (the leading "=" is required). Function names in the tree are always
 * the engine's English names, whatever spelling was typed. Refuses (FormulaSyntaxError) a formula
 * longer than MAX_FORMULA_LENGTH or nested deeper than MAX_NESTING: the parser recurses only per
 * nesting level, so these two bounds keep it, and every walk over the tree, far from the stack's end.
 */
export function parseFormula(formula: string, options: ParseOptions = {}): Node {
  const locale = options.locale ?? 'en';
  if (formula.length > MAX_FORMULA_LENGTH) throw new FormulaSyntaxError(tooLong(formula.length));
  const text = formula.trim();
  if (!text.startsWith('=')) throw new FormulaSyntaxError(msg('A formula starts with "=".'));
  const body = text.slice(1);
  if (locale === 'en' || usesSemicolons(body)) return parseTokens(tokenize(body, 1, { decimalComma: locale === 'es' }), locale);
  // Spanish without ";": read the English way ("=SUMA(A1,A2)"); if that fails, "1,5" may be a
  // decimal ("=B2*1,21"). The English reading's message is the one shown if neither reads.
  try {
    return parseTokens(tokenize(body, 1), locale);
  } catch (english) {
    if (!(english instanceof FormulaSyntaxError) || !body.includes(',')) throw english;
    try {
      return parseTokens(tokenize(body, 1, { decimalComma: true }), locale);
    } catch {
      throw english;
    }
  }
}

/** The spelling a formula body is read with (see parseFormula), for rewriting it (translate.ts). */
export function decimalCommaReading(body: string, locale: FormulaLocale): boolean {
  if (locale === 'en') return false;
  if (usesSemicolons(body)) return true;
  try {
    parseTokens(tokenize(body), locale);
    return false;
  } catch {
    return true;
  }
}

function parseTokens(tokens: Token[], locale: FormulaLocale): Node {
  if (tokens.length === 0) throw new FormulaSyntaxError(msg('The formula is empty after "=".'));
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (tok: Token | undefined, ops: string[]) => tok?.t === 'op' && ops.includes(tok.v);
  const isPunct = (tok: Token | undefined, p: string) => tok?.t === 'punct' && tok.v === p;
  const expect = (p: string) => {
    const next = peek();
    if (!isPunct(next, p)) {
      throw new FormulaSyntaxError(next ? msg(str`Expected "${p}" before "${String(next.v)}".`) : msg(str`Expected "${p}" at the end.`));
    }
    pos++;
  };

  let depth = 0;
  function nested<T>(parse: () => T): T {
    if (++depth > MAX_NESTING) throw new FormulaSyntaxError(tooDeep());
    const node = parse();
    depth--;
    return node;
  }

  function binary(level: number): Node {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (isOp(peek(), LEVELS[level])) {
      const op = String(tokens[pos++].v);
      left = { kind: 'binary', op, left, right: binary(level + 1) };
    }
    return left;
  }
  function unary(): Node {
    if (isOp(peek(), ['-', '+'])) {
      const op = tokens[pos++].v as '-' | '+';
      return { kind: 'unary', op, arg: nested(unary) };
    }
    let node = primary();
    while (isOp(peek(), ['%'])) { pos++; node = { kind: 'percent', arg: node }; }
    return node;
  }
  function primary(): Node {
    const tok = tokens[pos++];
    if (!tok) throw new FormulaSyntaxError(msg('The formula ends too early: something is missing at the end.'));
    switch (tok.t) {
      case 'num': return { kind: 'num', value: tok.v };
      case 'str': return { kind: 'str', value: tok.v };
      case 'err': return { kind: 'err', code: tok.v as ErrorCode };
      case 'ref': {
        const from = parseRef(tok.v);
        if (!isPunct(peek(), ':')) return { kind: 'ref', ref: from };
        pos++;
        const end = tokens[pos++];
        if (end?.t !== 'ref') throw new FormulaSyntaxError(msg('A range needs a cell after ":", as in A1:A5.'));
        return { kind: 'range', from, to: parseRef(end.v) };
      }
      case 'name': {
        if (!isPunct(peek(), '(')) {
          const logical = logicalConstant(tok.v, locale);
          return logical === undefined ? { kind: 'name', name: tok.v } : { kind: 'bool', value: logical };
        }
        pos++;
        const args: Node[] = [];
        if (!isPunct(peek(), ')')) {
          for (;;) {
            args.push(isPunct(peek(), ',') || isPunct(peek(), ')') ? { kind: 'name', name: '' } : nested(() => binary(0)));
            if (isPunct(peek(), ',')) { pos++; continue; }
            break;
          }
        }
        expect(')');
        return { kind: 'call', name: englishFunctionName(tok.v, locale, known), args };
      }
      case 'punct':
        if (tok.v === '(') {
          const inner = nested(() => binary(0));
          expect(')');
          return inner;
        }
        throw new FormulaSyntaxError(msg(str`Unexpected "${tok.v}".`));
      case 'op':
        throw new FormulaSyntaxError(msg(str`Unexpected "${tok.v}": an operator needs a value before it.`));
    }
  }

  const tree = binary(0);
  if (pos < tokens.length) throw new FormulaSyntaxError(msg(str`Unexpected "${String(tokens[pos].v)}" after a complete formula.`));
  return tree;
}

/** Names of every function a formula calls (for "use SUM here" requirements). */
export function functionNames(node: Node, into = new Set<string>()): Set<string> {
  if (node.kind === 'call') { into.add(node.name); node.args.forEach((a) => functionNames(a, into)); }
  if (node.kind === 'unary' || node.kind === 'percent') functionNames(node.arg, into);
  if (node.kind === 'binary') { functionNames(node.left, into); functionNames(node.right, into); }
  return into;
}

/** Whether a formula reads any cell (a typed-in constant does not). */
export function readsCells(node: Node): boolean {
  switch (node.kind) {
    case 'ref': case 'range': return true;
    case 'call': return node.args.some(readsCells);
    case 'unary': case 'percent': return readsCells(node.arg);
    case 'binary': return readsCells(node.left) || readsCells(node.right);
    default: return false;
  }
}

/** Whether a formula reads the given cell (directly or inside a range): a circular reference if it is its own cell. */
export function readsCell(node: Node, row: number, col: number): boolean {
  switch (node.kind) {
    case 'ref': return node.ref.row === row && node.ref.col === col;
    case 'range':
      return row >= Math.min(node.from.row, node.to.row) && row <= Math.max(node.from.row, node.to.row)
        && col >= Math.min(node.from.col, node.to.col) && col <= Math.max(node.from.col, node.to.col);
    case 'call': return node.args.some((a) => readsCell(a, row, col));
    case 'unary': case 'percent': return readsCell(node.arg, row, col);
    case 'binary': return readsCell(node.left, row, col) || readsCell(node.right, row, col);
    default: return false;
  }
}
