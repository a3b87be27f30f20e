/**
 * Exact fractions for checking and generating fraction items. Values stay small (school maths),
 * so plain safe integers are enough; every result is normalised (denominator > 0, lowest terms).
 */
import { msg } from '@lit/localize';
export interface Rational {
  readonly n: number;
  readonly d: number;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1;
}

export function lcm(a: number, b: number): number {
  return Math.abs(a * b) / gcd(a, b);
}

export function rational(n: number, d = 1): Rational {
  if (d === 0) throw new RangeError('denominator is zero');
  const sign = d < 0 ? -1 : 1;
  const g = gcd(n, d);
  return { n: (sign * n) / g + 0, d: (sign * d) / g };
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const equals = (a: Rational, b: Rational) => a.n * b.d === b.n * a.d;
export const compare = (a: Rational, b: Rational) => Math.sign(a.n * b.d - b.n * a.d);
export const toNumber = (r: Rational) => r.n / r.d;

/** "3/4", "2" or "-5/3": lowest terms, improper when needed. */
export function formatFraction(r: Rational): string {
  return r.d === 1 ? String(r.n) : `${r.n}/${r.d}`;
}

/** "1 2/3", "3/4", "2": the mixed-number form of a value. */
export function formatMixed(r: Rational): string {
  const whole = Math.trunc(r.n / r.d);
  const rest = Math.abs(r.n % r.d);
  if (rest === 0) return String(whole);
  if (whole === 0) return formatFraction(r);
  return `${whole} ${rest}/${r.d}`;
}

/** TeX for a value, as a fraction or a mixed number. */
export function texFraction(r: Rational, mixed = false): string {
  if (r.d === 1) return String(r.n);
  const whole = Math.trunc(r.n / r.d);
  if (mixed && whole !== 0) return `${whole}\\tfrac{${Math.abs(r.n % r.d)}}{${r.d}}`;
  return `${r.n < 0 ? '-' : ''}\\tfrac{${Math.abs(r.n)}}{${r.d}}`;
}

export type WrittenForm = 'integer' | 'fraction' | 'mixed' | 'decimal';

export interface ParsedFraction {
  value: Rational;
  form: WrittenForm;
  /** True when written in lowest terms with any fractional part proper in a mixed number. */
  simplest: boolean;
  /** True for an improper fraction such as 7/4 (numerator >= denominator, not an integer form). */
  improper: boolean;
}

export type FractionParse = { ok: true; parsed: ParsedFraction } | { ok: false; reason: string };

const SIGN = '([+-]?)';
const INT = '(\\d{1,9})';

/**
 * Reads what a learner typed: "3/4", "1 1/2", "-2", "0.75", with the fraction slash "⁄" too. In
 * Spanish ("es") a decimal takes a comma as well ("0,75") and a mixed number may read "1 y 3/4".
 */
export function parseFraction(input: string, locale = 'en'): FractionParse {
  const spanish = locale.toLowerCase().split('-')[0] === 'es';
  // "1½" must read as 1 1/2, not 11/2: give a vulgar fraction its own space before NFKC expands it.
  const s = input.replace(/[\u00BC-\u00BE\u2150-\u215E]/g, (c) => ` ${c}`).normalize('NFKC').replace(/[\u2044\u2215÷]/g, '/').replace(/[\u2212\u2013]/g, '-').trim().replace(/\s+/g, ' ');
  if (!s) return { ok: false, reason: msg('Type an answer, for example 3/4 or 1 1/2.') };
  let m = new RegExp(`^${SIGN}${INT}$`).exec(s);
  if (m) {
    return { ok: true, parsed: { value: rational(signed(m[1], +m[2])), form: 'integer', simplest: true, improper: false } };
  }
  m = new RegExp(`^${SIGN}${INT} ?/ ?${INT}$`).exec(s);
  if (m) {
    const n = +m[2];
    const d = +m[3];
    if (d === 0) return { ok: false, reason: msg('A denominator cannot be 0.') };
    const simplest = gcd(n, d) === 1 && d !== 1 && n !== 0;
    return { ok: true, parsed: { value: rational(signed(m[1], n), d), form: 'fraction', simplest, improper: n >= d } };
  }
  m = new RegExp(`^${SIGN}${INT}(?: |-| and ${spanish ? '| y ' : ''})${INT} ?/ ?${INT}$`).exec(s);
  if (m) {
    const whole = +m[2];
    const n = +m[3];
    const d = +m[4];
    if (d === 0) return { ok: false, reason: msg('A denominator cannot be 0.') };
    if (whole === 0) return { ok: false, reason: msg('Leave out a whole-number part of 0: write just the fraction.') };
    const simplest = n > 0 && n < d && gcd(n, d) === 1;
    return { ok: true, parsed: { value: rational(signed(m[1], whole * d + n), d), form: 'mixed', simplest, improper: false } };
  }
  m = new RegExp(`^${SIGN}(\\d{0,9})${spanish ? '[.,]' : '\\.'}(\\d{1,9})$`).exec(s);
  if (m) {
    const scale = 10 ** m[3].length;
    const n = Number(m[2] || '0') * scale + Number(m[3]);
    return { ok: true, parsed: { value: rational(signed(m[1], n), scale), form: 'decimal', simplest: true, improper: false } };
  }
  return { ok: false, reason: msg('Write a fraction like 3/4, a mixed number like 1 1/2, or a whole number.') };
}

function signed(sign: string, n: number): number {
  return sign === '-' ? -n : n;
}
