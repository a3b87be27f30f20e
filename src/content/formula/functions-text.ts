/** Text functions, including a small TEXT() that knows the common number and date formats. */
import { serialToParts } from './dates.ts';
import { MAX_TEXT_LENGTH } from './limits.ts';
import { err, flatten, formatNumber, isError, toNumber, toText, type SheetError, type Value } from './values.ts';

type Fn = (args: Value[], charge: (units: number) => void) => Value;

function textArg(v: Value | undefined): string | SheetError {
  return toText(v ?? null);
}
function countArg(v: Value | undefined, fallback: number): number | SheetError {
  if (v === undefined || v === null) return fallback;
  const n = toNumber(v);
  if (isError(n)) return n;
  return n < 0 ? err('#VALUE!') : Math.trunc(n);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** TEXT(value, format) for "0", "0.00", "#,##0.00", "0%", "$#,##0" and dates like "yyyy-mm-dd". */
export function formatText(value: number, format: string): string | SheetError {
  const num = /^([$€£]?)(#,##0|0)(?:\.(0+))?(%?)$/.exec(format);
  if (num) {
    const [, currency, intPart, decimals = '', percent] = num;
    // toFixed takes at most 100 digits, and no format needs more than a handful.
    if (decimals.length > 20 || !Number.isFinite(value)) return err('#VALUE!');
    const x = percent ? value * 100 : value;
    const fixed = roundHalfAway(Math.abs(x), decimals.length).toFixed(decimals.length);
    const [whole, frac] = fixed.split('.');
    const grouped = intPart === '#,##0' ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
    return `${x < 0 && Number(fixed) !== 0 ? '-' : ''}${currency}${grouped}${frac ? `.${frac}` : ''}${percent}`;
  }
  if (/^[dmy]+([-/. ][dmy]+)*$/i.test(format)) {
    const { year, month, day } = serialToParts(value);
    return format.replace(/y+|m+|d+/gi, (token) => {
      const t = token.toLowerCase();
      if (t === 'yyyy') return String(year);
      if (t === 'yy') return String(year % 100).padStart(2, '0');
      if (t === 'mmmm') return MONTHS[month - 1];
      if (t === 'mmm') return MONTHS[month - 1].slice(0, 3);
      if (t === 'mm') return String(month).padStart(2, '0');
      if (t === 'm') return String(month);
      if (t === 'dd') return String(day).padStart(2, '0');
      if (t === 'd') return String(day);
      return token;
    });
  }
  return err('#VALUE!');
}

function roundHalfAway(x: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.floor(Number((x * scale).toPrecision(15)) + 0.5) / scale;
}

export const TEXT_FUNCTIONS: Record<string, Fn> = {
  LEFT: ([t, n]) => {
    const s = textArg(t); const k = countArg(n, 1);
    return isError(s) ? s : isError(k) ? k : s.slice(0, k);
  },
  RIGHT: ([t, n]) => {
    const s = textArg(t); const k = countArg(n, 1);
    return isError(s) ? s : isError(k) ? k : k === 0 ? '' : s.slice(-k);
  },
  MID: ([t, start, n]) => {
    const s = textArg(t); const from = countArg(start, -1); const k = countArg(n, -1);
    if (isError(s)) return s;
    if (isError(from)) return from;
    if (isError(k)) return k;
    return from < 1 || k < 0 ? err('#VALUE!') : s.slice(from - 1, from - 1 + k);
  },
  LEN: ([t]) => { const s = textArg(t); return isError(s) ? s : s.length; },
  UPPER: ([t]) => { const s = textArg(t); return isError(s) ? s : s.toUpperCase(); },
  LOWER: ([t]) => { const s = textArg(t); return isError(s) ? s : s.toLowerCase(); },
  PROPER: ([t]) => {
    const s = textArg(t);
    return isError(s) ? s : s.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  },
  TRIM: ([t]) => { const s = textArg(t); return isError(s) ? s : s.replace(/ +/g, ' ').trim(); },
  CONCAT: (args) => {
    let out = '';
    for (const cell of args.flatMap(flatten)) {
      const s = toText(cell);
      if (isError(s)) return s;
      out += s;
      if (out.length > MAX_TEXT_LENGTH) return err('#VALUE!');
    }
    return out;
  },
  CONCATENATE: (args, charge) => TEXT_FUNCTIONS.CONCAT(args, charge),
  TEXT: ([v, f]) => {
    const n = toNumber(v ?? null);
    const format = textArg(f);
    if (isError(format)) return format;
    if (isError(n)) return typeof v === 'string' ? v : n;
    return formatText(n, format);
  },
  VALUE: ([v]) => toNumber(v ?? null),
  NUMBERTEXT: ([v]) => { const n = toNumber(v ?? null); return isError(n) ? n : formatNumber(n); },
};
