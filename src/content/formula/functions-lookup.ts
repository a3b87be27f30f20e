/** VLOOKUP, XLOOKUP, INDEX and MATCH over the small tables items show. */
import { compareScalars, err, flatten, isError, isRange, toBoolean, toNumber, toScalar, type Scalar, type Value } from './values.ts';

type Fn = (args: Value[], charge: (units: number) => void) => Value;

const rowsOf = (v: Value): readonly (readonly Scalar[])[] => (isRange(v) ? v.rows : [[v]]);
const matches = (a: Scalar, b: Scalar) => a !== null && compareScalars(a, b) === 0 && typeof a === typeof b;

/** Position (0-based) of a value in a list; mode 0 exact, 1 largest <= value (sorted up), -1 smallest >= value (sorted down). */
function position(list: Scalar[], wanted: Scalar, mode: number): number {
  if (mode === 0) return list.findIndex((cell) => matches(cell, wanted) || (typeof cell === 'string' && typeof wanted === 'string' && cell.toLowerCase() === wanted.toLowerCase()));
  let found = -1;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === null || typeof c !== typeof wanted) continue;
    const cmp = compareScalars(c, wanted);
    if (mode > 0 ? cmp <= 0 : cmp >= 0) found = i;
    else break;
  }
  return found;
}

export const LOOKUP_FUNCTIONS: Record<string, Fn> = {
  VLOOKUP: (args) => {
    if (args.length < 3 || args.length > 4) return err('#VALUE!');
    const wanted = toScalar(args[0]);
    if (isError(wanted)) return wanted;
    const rows = rowsOf(args[1]);
    const col = toNumber(args[2]);
    if (isError(col)) return col;
    if (col < 1) return err('#VALUE!');
    if (col > (rows[0]?.length ?? 0)) return err('#REF!');
    const approximate = args.length === 4 && args[3] !== null ? toBoolean(args[3]) : true;
    if (isError(approximate)) return approximate;
    const at = position(rows.map((r) => r[0]), wanted, approximate ? 1 : 0);
    return at < 0 ? err('#N/A') : rows[at][Math.trunc(col) - 1] ?? 0;
  },
  XLOOKUP: (args) => {
    if (args.length < 3 || args.length > 5) return err('#VALUE!');
    const wanted = toScalar(args[0]);
    if (isError(wanted)) return wanted;
    const keys = flatten(args[1]);
    const results = flatten(args[2]);
    if (keys.length !== results.length) return err('#VALUE!');
    const modeArg = args[4] === undefined || args[4] === null ? 0 : toNumber(args[4]);
    if (isError(modeArg)) return modeArg;
    let at = -1;
    if (modeArg === 0) at = position(keys, wanted, 0);
    else {
      // -1: exact or next smaller; 1: exact or next larger (no sorting needed, as in XLOOKUP).
      let best = -1;
      keys.forEach((k, i) => {
        if (k === null || typeof k !== typeof wanted) return;
        const cmp = compareScalars(k, wanted);
        if (cmp === 0) { if (best < 0 || compareScalars(keys[best], wanted) !== 0) best = i; return; }
        if ((modeArg < 0 && cmp < 0) || (modeArg > 0 && cmp > 0)) {
          if (best < 0 || (compareScalars(keys[best], wanted) !== 0 && (modeArg < 0 ? compareScalars(k, keys[best]) > 0 : compareScalars(k, keys[best]) < 0))) best = i;
        }
      });
      at = best;
    }
    if (at >= 0) return results[at] ?? 0;
    return args.length >= 4 && args[3] !== null ? toScalar(args[3]) : err('#N/A');
  },
  INDEX: (args) => {
    if (args.length < 2 || args.length > 3) return err('#VALUE!');
    const rows = rowsOf(args[0]);
    const r = toNumber(args[1]);
    const c = args.length === 3 ? toNumber(args[2]) : 1;
    if (isError(r)) return r;
    if (isError(c)) return c;
    // A one-row range indexed by one number picks a column, as in a spreadsheet.
    if (args.length === 2 && rows.length === 1) return rows[0][Math.trunc(r) - 1] ?? err('#REF!');
    if (r < 1 || c < 1) return err('#VALUE!');
    return rows[Math.trunc(r) - 1]?.[Math.trunc(c) - 1] ?? err('#REF!');
  },
  MATCH: (args) => {
    if (args.length < 2 || args.length > 3) return err('#VALUE!');
    const wanted = toScalar(args[0]);
    if (isError(wanted)) return wanted;
    const mode = args.length === 3 && args[2] !== null ? toNumber(args[2]) : 1;
    if (isError(mode)) return mode;
    const at = position(flatten(args[1]), wanted, Math.sign(mode));
    return at < 0 ? err('#N/A') : at + 1;
  },
};
