/**
 * Dates as spreadsheet serial numbers (1900 system: 1 = 1900-01-01, and 25569 = 1970-01-01).
 * Serials are computed from the Unix epoch, so they match spreadsheets from 1900-03-01 on; the
 * phantom 1900-02-29 of old spreadsheets is deliberately not reproduced.
 */
import { err, type SheetError } from './values.ts';

const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

export function serialFromParts(year: number, month: number, day: number): number | SheetError {
  if (year < 0 || year > 9999) return err('#NUM!');
  if (year < 1900) year += 1900; // as spreadsheets do: DATE(24, 1, 1) is 1924-01-01
  const ms = Date.UTC(year, month - 1, day);
  const serial = ms / DAY_MS + UNIX_EPOCH_SERIAL;
  return serial < 61 ? err('#NUM!') : serial;
}

export function dateToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS + UNIX_EPOCH_SERIAL;
}

export function serialToParts(serial: number): { year: number; month: number; day: number } {
  const date = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function serialToIso(serial: number): string {
  const { year, month, day } = serialToParts(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months from one date to another, counting a month only once its day is reached. */
export function wholeMonthsBetween(start: number, end: number): number {
  const a = serialToParts(start);
  const b = serialToParts(end);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return months;
}
