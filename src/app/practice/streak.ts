/**
 * The practice streak: consecutive local days with at least one answer. A streak is still alive
 * until a whole day passes without practice, so it counts back from today, or from yesterday when
 * the learner has not practised yet today.
 */
import { lastDays } from '../../data/day.ts';

export function practiceStreak(daysWithPractice: Iterable<string>, now: number, horizon = 366): number {
  const practised = new Set(daysWithPractice);
  const days = lastDays(now, horizon).reverse(); // today first
  let start = 0;
  if (!practised.has(days[0]!)) start = 1;
  let streak = 0;
  for (let i = start; i < days.length && practised.has(days[i]!); i++) streak++;
  return streak;
}
