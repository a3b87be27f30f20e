/**
 * A learner's pace: practice minutes per day and per item over recent days, and whether there is
 * enough practice yet to project a date from it (MIN_PACE_EVIDENCE).
 */
import { lastDays, localDay } from '../../data/day.ts';
import type { Attempt } from '../../data/records.ts';
import { attemptMinutes, noonOf } from './goal-days.ts';

/** When the learner has no timed answers yet, one item is taken to take this long. */
export const DEFAULT_MINUTES_PER_ITEM = 1;

export interface LearnerPace {
  /** The local days measured, oldest first, each with its practice minutes. */
  days: { day: string; minutes: number }[];
  minutesPerDay: number;
  /** Mean minutes per answered item, or null without any timed answer. */
  minutesPerItem: number | null;
  skillsMasteredPerWeek: number;
  /** Answers so far (any day up to now), and the days they fall on: the evidence a projection rests on. */
  answers: number;
  practiceDays: number;
}

/**
 * The least evidence a date projection needs: a pace measured from two answers is a guess, and a
 * learner told "you reach it by February 5" after two answers is told something nobody knows.
 * Below this, goals say it is too early to tell.
 */
export const MIN_PACE_EVIDENCE = { answers: 20, days: 2 } as const;

export function paceIsKnown(pace: Pick<LearnerPace, 'answers' | 'practiceDays'>): boolean {
  return pace.answers >= MIN_PACE_EVIDENCE.answers && pace.practiceDays >= MIN_PACE_EVIDENCE.days;
}

export type PaceAttempt = Pick<Attempt, 'answeredAt' | 'durationMs'>;

/**
 * The learner's pace over the last `windowDays` local days ending today. `since` (the learner's
 * first day, say) shortens the window for a new learner, whose first days would otherwise be
 * averaged with days before they existed.
 */
export function measurePace(
  attempts: readonly PaceAttempt[],
  skills: readonly { masteredAt: number | null }[],
  now: number,
  options: { windowDays?: number; since?: number | null } = {},
): LearnerPace {
  const windowDays = Math.max(1, Math.floor(options.windowDays ?? 14));
  let dayList = lastDays(now, windowDays);
  if (options.since != null) {
    const first = localDay(options.since);
    dayList = dayList.filter((day) => day >= first);
    if (dayList.length === 0) dayList = [localDay(now)];
  }
  const minutesByDay = new Map(dayList.map((day) => [day, 0]));
  const firstNoon = noonOf(dayList[0]);
  const startMs = new Date(firstNoon.getFullYear(), firstNoon.getMonth(), firstNoon.getDate()).getTime();
  let windowMinutes = 0;
  let windowItems = 0;
  let answersSoFar = 0;
  const practiceDays = new Set<string>();
  let allMinutes = 0;
  let allItems = 0;
  for (const attempt of attempts) {
    const minutes = attemptMinutes(attempt.durationMs);
    if (attempt.answeredAt <= now) {
      answersSoFar += 1;
      practiceDays.add(localDay(attempt.answeredAt));
    }
    if (minutes > 0) {
      allMinutes += minutes;
      allItems += 1;
    }
    if (attempt.answeredAt < startMs || attempt.answeredAt > now) continue;
    const day = localDay(attempt.answeredAt);
    const sofar = minutesByDay.get(day);
    if (sofar === undefined) continue;
    minutesByDay.set(day, sofar + minutes);
    windowMinutes += minutes;
    if (minutes > 0) windowItems += 1;
  }
  // Prefer the recent minutes per item; fall back to older answers before the default.
  const minutesPerItem = windowItems > 0 ? windowMinutes / windowItems : allItems > 0 ? allMinutes / allItems : null;
  const mastered = skills.filter((skill) => skill.masteredAt !== null && skill.masteredAt >= startMs && skill.masteredAt <= now);
  return {
    days: dayList.map((day) => ({ day, minutes: minutesByDay.get(day) ?? 0 })),
    minutesPerDay: windowMinutes / dayList.length,
    minutesPerItem,
    skillsMasteredPerWeek: (mastered.length * 7) / dayList.length,
    answers: answersSoFar,
    practiceDays: practiceDays.size,
  };
}
