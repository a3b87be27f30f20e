import { describe, expect, it } from 'vitest';
import { lastDays, localDay } from './day.ts';

describe('local days', () => {
  it('names the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0).getTime())).toBe('2026-12-31');
  });

  it('lists consecutive days ending today, oldest first, across month ends', () => {
    const days = lastDays(new Date(2026, 2, 2, 8).getTime(), 4);
    expect(days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    const long = lastDays(new Date(2026, 9, 30, 1).getTime(), 365);
    expect(new Set(long).size).toBe(365);
  });
});
