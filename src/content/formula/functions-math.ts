/** Aggregates, conditional aggregates and rounding. */
import { makeCriterion } from './criteria.ts';
import { err, flatten, isError, isRange, toNumber, type Scalar, type SheetError, type Value } from './values.ts';

type Fn = (args: Value[], charge: (units: number) => void) => Value;

/**
 * Numbers an aggregate sees: inside ranges only real numbers count (text and TRUE/FALSE are
 * skipped, as in spreadsheets); typed directly as arguments, values are converted.
 */
function numbersOf(args: Value[]): number[] | SheetError {
  const out: number[] = [];
  for (const arg of args) {
    if (isRange(arg)) {
      for (const cell of flatten(arg)) {
        if (isError(cell)) return cell;
        if (typeof cell === 'number') out.push(cell);
      }
    } else if (arg !== null) {
      const n = toNumber(arg);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

const aggregate = (minArgs: number, reduce: (ns: number[]) => Value): Fn => (args) => {
  if (args.length < minArgs) return err('#VALUE!');
  const ns = numbersOf(args);
  return isError(ns) ? ns : reduce(ns);
};

function digitsRound(mode: 'half' | 'up' | 'down'): Fn {
  return (args) => {
    if (args.length < 1 || args.length > 2) return err('#VALUE!');
    const x = toNumber(args[0]);
    const d = args.length > 1 ? toNumber(args[1]) : 0;
    if (isError(x)) return x;
    if (isError(d)) return d;
    const digits = Math.trunc(d);
    const scale = 10 ** Math.abs(digits);
    // toPrecision(15) removes binary noise first, so ROUND(2.675, 2) is 2.68 as in a spreadsheet.
    const scaled = Number((digits >= 0 ? Math.abs(x) * scale : Math.abs(x) / scale).toPrecision(15));
    const whole = mode === 'half' ? Math.floor(scaled + 0.5) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
    const result = digits >= 0 ? whole / scale : whole * scale;
    return Math.sign(x) * result + 0;
  };
}

/** Pairs each cell of the criteria range with the cell at the same place in the sum range. */
function conditional(args: Value[], charge: (units: number) => void, use: (matched: Scalar[]) => Value): Value {
  if (args.length < 2 || args.length > 3) return err('#VALUE!');
  const [range, criterionArg] = args;
  const criterionValue = isRange(criterionArg) ? flatten(criterionArg)[0] ?? null : criterionArg;
  const test = makeCriterion(criterionValue, charge);
  const cells = flatten(range);
  const values = args.length === 3 ? flatten(args[2]) : cells;
  const matched: Scalar[] = [];
  cells.forEach((cell, i) => { if (test(cell)) matched.push(values[i] ?? null); });
  return use(matched);
}

export const MATH_FUNCTIONS: Record<string, Fn> = {
  SUM: aggregate(1, (ns) => ns.reduce((a, b) => a + b, 0)),
  AVERAGE: aggregate(1, (ns) => (ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : err('#DIV/0!'))),
  // A loop, not Math.min(...ns): spreading hundreds of thousands of arguments overflows the stack.
  MIN: aggregate(1, (ns) => (ns.length ? ns.reduce((a, b) => Math.min(a, b)) : 0)),
  MAX: aggregate(1, (ns) => (ns.length ? ns.reduce((a, b) => Math.max(a, b)) : 0)),
  COUNT: (args) => args.reduce<number>((n, arg) => n + flatten(arg).filter((c) => typeof c === 'number').length, 0),
  COUNTA: (args) => args.reduce<number>((n, arg) => n + flatten(arg).filter((c) => c !== null && c !== '').length, 0),
  COUNTBLANK: (args) => flatten(args[0] ?? null).filter((c) => c === null || c === '').length,
  ABS: (args) => {
    const x = toNumber(args[0] ?? null);
    return isError(x) ? x : Math.abs(x);
  },
  ROUND: digitsRound('half'),
  ROUNDUP: digitsRound('up'),
  ROUNDDOWN: digitsRound('down'),
  COUNTIF: (args, charge) => (args.length !== 2 ? err('#VALUE!') : conditional(args, charge, (m) => m.length)),
  SUMIF: (args, charge) => conditional(args, charge, (m) => m.reduce<number>((s, c) => s + (typeof c === 'number' ? c : 0), 0)),
  AVERAGEIF: (args, charge) => conditional(args, charge, (m) => {
    const ns = m.filter((c): c is number => typeof c === 'number');
    return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : err('#DIV/0!');
  }),
};
