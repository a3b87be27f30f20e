/**
 * Local calendar days and learning time, as goals count them: whole local days (the same
 * YYYY-MM-DD days as src/data/day.ts) and practice minutes per answer, capped and rounded the way
 * every page shows them.
 */
import { localDay } from '../../data/day.ts';
export function noonOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  // Noon, so adding calendar days never lands on the wrong side of a daylight-saving change.
  return new Date(year, month - 1, date, 12);
}

/** The local day `count` calendar days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  const noon = noonOf(day);
  return localDay(new Date(noon.getFullYear(), noon.getMonth(), noon.getDate() + count, 12).getTime());
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  // Rounding absorbs the 23- and 25-hour days of daylight-saving changes.
  return Math.round((noonOf(to).getTime() - noonOf(from).getTime()) / 86_400_000);
}

/**
 * An attempt's time as practice minutes. One answer left open over lunch must not count as an
 * hour of learning, so each attempt counts for at most ten minutes.
 */
export const MAX_MINUTES_PER_ATTEMPT = 10;
export function attemptMinutes(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return 0;
  return Math.min(durationMs / 60_000, MAX_MINUTES_PER_ATTEMPT);
}

/**
 * Practice minutes as people read them: whole minutes, rounded to the nearest, and never 0 for
 * time that was spent (40 seconds of practice is "1 minute", not "0 minutes"). Every page, the
 * learning log and the term report round through here, so they agree.
 */
export function shownMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.max(1, Math.round(minutes));
}
