/**
 * Dates, times, durations and numbers in the learner's locale: the one formatter every page, the
 * learning log's CSV and the term report use, so a learner sees one date style per purpose.
 *
 * Everything goes through Intl (DateTimeFormat, RelativeTimeFormat, NumberFormat with units,
 * PluralRules), so plurals are right in every language ("1 minuto", "5 minutos") without a
 * message per count. Local days are 'YYYY-MM-DD' strings (src/data/day.ts); they are read at
 * noon so that no time zone moves them to another date.
 */
import { getLocale } from './localization.ts';

/**
 * What a date is shown for; each purpose has one style:
 * - `day`: a calendar day in running text and tables ("Dec 5, 2026" / "5 dic 2026");
 * - `day-long`: a day on a certificate or a report's title ("December 5, 2026" / "5 de diciembre de 2026");
 * - `day-short`: a chart axis or a compact list, no year ("Dec 5" / "5 dic");
 * - `moment`: when something happened, with the time ("Dec 5, 2026, 3:40 PM");
 * - `iso`: a machine-readable day for a CSV or a file name ("2026-12-05").
 */
export type DatePurpose = 'day' | 'day-long' | 'day-short' | 'moment' | 'iso';

const DATE_STYLES: Record<Exclude<DatePurpose, 'iso'>, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'medium' },
  'day-long': { dateStyle: 'long' },
  'day-short': { month: 'short', day: 'numeric' },
  moment: { dateStyle: 'medium', timeStyle: 'short' },
};

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Date for a timestamp, a Date, or a local day ('YYYY-MM-DD', read at local noon). */
function toDate(when: number | Date | string): Date | null {
  if (when instanceof Date) return Number.isNaN(when.getTime()) ? null : when;
  if (typeof when === 'number') return Number.isFinite(when) ? new Date(when) : null;
  const day = LOCAL_DAY.exec(when);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12);
  const parsed = new Date(when);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A date in the learner's locale, in the one style its purpose has. Unreadable input comes back as given. */
export function formatDate(when: number | Date | string, purpose: DatePurpose = 'day', locale: string = getLocale()): string {
  const date = toDate(when);
  if (!date) return String(when);
  if (purpose === 'iso') return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return new Intl.DateTimeFormat(locale, DATE_STYLES[purpose]).format(date);
}

/** "today", "tomorrow", "in 3 days", "2 days ago" (and their translations) for a whole number of days from today. */
export function formatDaysFromNow(days: number, locale: string = getLocale()): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(days), 'day');
}

/** A number in the learner's locale ("1,234.5" / "1234,5"). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale: string = getLocale()): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value);
}

/** A share from 0 to 1 as a whole percentage ("48%" / "48 %"). */
export function formatPercent(share: number, locale: string = getLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count of whole minutes with its unit, pluralised by the locale ("1 minute", "5 minutes", "1 minuto"). */
export function formatMinutes(minutes: number, display: 'long' | 'short' = 'long', locale: string = getLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: display, maximumFractionDigits: 0 }).format(minutes);
}

/** A short duration: "45 s", "2 min 5 s" (units abbreviated the locale's way). */
export function formatDuration(ms: number, locale: string = getLocale()): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  return minutes === 0 ? unit(seconds, 'second') : `${unit(minutes, 'minute')} ${unit(seconds % 60, 'second')}`;
}

/** Picks the form for a count by the locale's plural rules: plural(n, { one: ..., other: ... }). */
export function plural(count: number, forms: { one: string; other: string }, locale: string = getLocale()): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
