/** DATE, YEAR, MONTH, DAY and a DATEDIF that knows the "Y", "M", "D", "YM" and "MD" units. */
import { serialFromParts, serialToParts, wholeMonthsBetween } from './dates.ts';
import { err, isError, toNumber, toText, type Value } from './values.ts';

type Fn = (args: Value[], charge: (units: number) => void) => Value;

const part = (key: 'year' | 'month' | 'day'): Fn => ([v]) => {
  const n = toNumber(v ?? null);
  if (isError(n)) return n;
  return n < 1 ? err('#NUM!') : serialToParts(n)[key];
};

export const DATE_FUNCTIONS: Record<string, Fn> = {
  DATE: (args) => {
    if (args.length !== 3) return err('#VALUE!');
    const [y, m, d] = args.map(toNumber);
    if (isError(y)) return y;
    if (isError(m)) return m;
    if (isError(d)) return d;
    return serialFromParts(Math.trunc(y), Math.trunc(m), Math.trunc(d));
  },
  YEAR: part('year'),
  MONTH: part('month'),
  DAY: part('day'),
  /** Today's date in the learner's time zone (a learner's and the author's formula read the same day). */
  TODAY: (args) => {
    if (args.length !== 0) return err('#VALUE!');
    const now = new Date();
    return serialFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  },
  DATEDIF: (args) => {
    if (args.length !== 3) return err('#VALUE!');
    const start = toNumber(args[0]);
    const end = toNumber(args[1]);
    const unit = toText(args[2]);
    if (isError(start)) return start;
    if (isError(end)) return end;
    if (isError(unit)) return unit;
    if (start > end) return err('#NUM!');
    const months = wholeMonthsBetween(start, end);
    switch (unit.toUpperCase()) {
      case 'D': return Math.floor(end) - Math.floor(start);
      case 'M': return months;
      case 'Y': return Math.floor(months / 12);
      case 'YM': return months % 12;
      case 'MD': {
        const a = serialToParts(start);
        const b = serialToParts(end);
        if (b.day >= a.day) return b.day - a.day;
        const daysInPrevMonth = new Date(Date.UTC(b.year, b.month - 1, 0)).getUTCDate();
        return daysInPrevMonth - a.day + b.day;
      }
      default: return err('#NUM!');
    }
  },
};
