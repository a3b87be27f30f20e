/**
 * Dates that cannot exist. `new Date('2026-02-30T00:00:00Z')` quietly becomes 2 March, so a
 * credential "valid from 30 February" would be read as a real date; here any date-like string
 * anywhere in a credential (validFrom, awardedDate, a proof's created, evidence...) must name a
 * day the calendar has.
 */
import type { JsonValue } from './open-badge-credential.ts';

// Year-month-day, optionally followed by a time: the shapes of xsd:date and xsd:dateTime.
const DATE_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/i;
const MAX_DEPTH = 64;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** False for "2026-02-30", "2026-13-01" or "2026-05-01T24:30:00Z"; true for any other text. */
export function isPossibleDate(text: string): boolean {
  const match = DATE_LIKE.exec(text);
  if (!match) return true;
  const [, year, month, day, hour = '0', minute = '0', second = '0', offsetHour = '0', offsetMinute = '0'] = match;
  const m = Number(month);
  return m >= 1 && m <= 12 && Number(day) >= 1 && Number(day) <= daysIn(Number(year), m)
    && Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59
    && Number(offsetHour) <= 23 && Number(offsetMinute) <= 59;
}

/** The first impossible date in `value` (searched to a bounded depth), or null. */
export function firstImpossibleDate(value: JsonValue | undefined, depth = 0): string | null {
  if (typeof value === 'string') return isPossibleDate(value) ? null : value;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = firstImpossibleDate(item, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
