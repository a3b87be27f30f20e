/**
 * The local calendar day of a moment, as YYYY-MM-DD. Learners think in their own days ("I
 * practised on Tuesday"), so per-day totals use local time, not UTC.
 */
export function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The last `count` local days ending with the day of `endMs`, oldest first. */
export function lastDays(endMs: number, count: number): string[] {
  const end = new Date(endMs);
  const days: string[] = [];
  for (let offset = count - 1; offset >= 0; offset--) {
    // Calendar arithmetic (not 24 h steps) so daylight-saving days are neither skipped nor doubled.
    const moment = new Date(end.getFullYear(), end.getMonth(), end.getDate() - offset, 12);
    days.push(localDay(moment.getTime()));
  }
  return days;
}
