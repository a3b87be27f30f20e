import { describe, expect, it } from 'vitest';
import { practiceStreak } from './streak.ts';

describe('practiceStreak', () => {
  const today = new Date(2026, 2, 10, 15).getTime();
  it.each([
    [[], 0],
    [['2026-03-10'], 1],
    [['2026-03-10', '2026-03-09', '2026-03-08'], 3],
    [['2026-03-09', '2026-03-08'], 2],
    [['2026-03-10', '2026-03-08'], 1],
    [['2026-03-07'], 0],
  ] as [string[], number][])('%j -> %i', (days, streak) => {
    expect(practiceStreak(days, today)).toBe(streak);
  });
});
