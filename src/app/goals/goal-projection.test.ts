import { describe, expect, it } from 'vitest';
import { localDay } from '../../data/day.ts';
import {
  addDays,
  attemptMinutes,
  daysBetween,
  defaultItemsToMastery,
  itemsFromPredictedSuccess,
  measurePace,
  projectGoal,
  snapshotOf,
  type GoalSpec,
  type GoalTarget,
  type PaceAttempt,
  type SkillSnapshot,
} from './goal-projection.ts';

// 18:00 local time on 10 March 2026; days are built with local constructors, so any time zone works.
const NOW = new Date(2026, 2, 10, 18, 0).getTime();
const TODAY = localDay(NOW);
const day = (offset: number) => addDays(TODAY, offset);
const at = (daysAgo: number, hour = 10) => new Date(2026, 2, 10 - daysAgo, hour).getTime();

/** `items` answers of `minutesEach` on each of the given days ago. */
function history(daysAgo: number[], items: number, minutesEach: number): PaceAttempt[] {
  return daysAgo.flatMap((ago) =>
    Array.from({ length: items }, (_, index) => ({ answeredAt: at(ago, 8 + index / 10), durationMs: minutesEach * 60_000 })),
  );
}
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

const skill = (skillId: string, masteryLevel: SkillSnapshot['masteryLevel'], estimate: number | null = null): SkillSnapshot => ({
  skillId,
  estimate,
  masteryLevel,
  masteredAt: masteryLevel === 'mastered' ? at(3) : null,
});
// s2: 12 items by level, s3: 9 items by level, s4: 14 items from a 0.5 predicted success.
const SKILLS = [skill('s1', 'mastered'), skill('s2', 'not-started'), skill('s3', 'practising'), skill('s4', 'familiar', 0.5)];

// 10 minutes a day (5 answers of 2 minutes) on each of the last 14 days, today included.
const STEADY = history(range(14), 5, 2);
// An hour a day.
const KEEN = history(range(14), 30, 2);

const skillsGoal = (skillIds: string[], targetOffset: number | null, completedAt: number | null = null): GoalSpec => ({
  id: 'g',
  target: { kind: 'skills', skillIds },
  targetAt: targetOffset === null ? null : at(-targetOffset, 9),
  completedAt,
});

interface Case {
  name: string;
  goal: GoalSpec;
  attempts: PaceAttempt[];
  itemsToMastery?: (skill: SkillSnapshot) => number;
  expected: Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: 'no history: too early to project anything, and how much practice it takes',
    goal: skillsGoal(['s2', 's3'], null),
    attempts: [],
    expected: { status: 'early', progress: 0, projectedDay: null, suggestion: { kind: 'too-early', answersNeeded: 20, daysNeeded: 2 } },
  },
  {
    name: 'two answers today are no pace to promise a date by (the goal says so)',
    goal: skillsGoal(['s2', 's3'], 10),
    attempts: history([0], 2, 2),
    expected: { status: 'early', projectedDay: null, suggestion: { kind: 'too-early', answersNeeded: 18, daysNeeded: 1 } },
  },
  {
    name: 'enough answers on one day only: still too early',
    goal: skillsGoal(['s2', 's3'], 10),
    attempts: history([0], 30, 1),
    expected: { status: 'early', suggestion: { kind: 'too-early', answersNeeded: 0, daysNeeded: 1 } },
  },
  {
    name: 'done: every required skill mastered, dated by the last mastery',
    goal: skillsGoal(['s1'], 5),
    attempts: STEADY,
    expected: { status: 'done', progress: 1, projectedDay: localDay(at(3)), minutesNeeded: 0, suggestion: { kind: 'none' } },
  },
  {
    name: 'done: the coach marked it complete although skills remain',
    goal: skillsGoal(['s2'], 5, at(1)),
    attempts: STEADY,
    expected: { status: 'done', progress: 1, projectedDay: day(-1) },
  },
  {
    name: 'no target with a pace: 12 items x 2 min at 10 min a day',
    goal: skillsGoal(['s1', 's2'], null),
    attempts: STEADY,
    expected: { status: 'no-target', progress: 0.5, projectedDay: day(3), minutesNeeded: 24, suggestion: { kind: 'keep-going', reachesBy: day(3) } },
  },
  {
    name: 'on track: 42 minutes at 10 a day lands 5 days before a 10-day target',
    goal: skillsGoal(['s2', 's3'], 10),
    attempts: STEADY,
    expected: { status: 'on-track', progress: 0, projectedDay: day(5), minutesNeeded: 42 },
  },
  {
    name: 'ahead: an hour a day finishes tomorrow',
    goal: skillsGoal(['s2', 's3'], 30),
    attempts: KEEN,
    expected: { status: 'on-track', projectedDay: day(1), suggestion: { kind: 'keep-going', reachesBy: day(1) } },
  },
  {
    name: 'behind: 42 minutes in 2 days needs 21 a day, i.e. 15 more rounded up',
    goal: skillsGoal(['s2', 's3'], 2),
    attempts: STEADY,
    expected: { status: 'behind', projectedDay: day(5),
      suggestion: { kind: 'more-minutes', extraMinutesPerDay: 15, totalMinutesPerDay: 25, reachesBy: day(2) } },
  },
  {
    name: 'way behind: 70 minutes by tomorrow would need 70 a day, over the cap: move the date',
    goal: skillsGoal(['s2', 's3', 's4'], 1),
    attempts: STEADY,
    expected: { status: 'behind', minutesNeeded: 70, projectedDay: day(7), suggestion: { kind: 'move-target', minutesPerDay: 10, reachesBy: day(7) } },
  },
  {
    name: 'target already passed: move the date to where the pace leads',
    goal: skillsGoal(['s2'], -3),
    attempts: STEADY,
    expected: { status: 'behind', targetDay: day(-3), suggestion: { kind: 'move-target', minutesPerDay: 10, reachesBy: day(3) } },
  },
  {
    name: 'zero recent pace with a target: no projection; 21 minutes over 6 days rounds to 5 a day',
    goal: skillsGoal(['s2', 's3'], 6),
    attempts: history([40, 41], 10, 1),
    expected: { status: 'behind', projectedDay: null,
      suggestion: { kind: 'more-minutes', extraMinutesPerDay: 5, totalMinutesPerDay: 5, reachesBy: day(5) } },
  },
  {
    name: 'zero recent pace, old answers still give the minutes per item',
    goal: skillsGoal(['s2'], 4),
    attempts: history([40, 41], 10, 3),
    expected: { status: 'behind', projectedDay: null, minutesNeeded: 36,
      suggestion: { kind: 'more-minutes', extraMinutesPerDay: 10, totalMinutesPerDay: 10, reachesBy: day(4) } },
  },
  {
    name: 'credential goal: an unknown required skill counts as not started',
    goal: { id: 'g', target: { kind: 'credential', achievementName: 'Fractions I', skillIds: ['s1', 'zz'] }, targetAt: null, completedAt: null },
    attempts: STEADY,
    expected: { status: 'no-target', progress: 0.5, minutesNeeded: 24, projectedDay: day(3) },
  },
  {
    name: "the model's estimate of items replaces the default",
    goal: skillsGoal(['s2', 's3'], null),
    attempts: STEADY,
    itemsToMastery: () => 4,
    expected: { minutesNeeded: 16, projectedDay: day(2) },
  },
  {
    name: 'a skill listed twice counts once',
    goal: skillsGoal(['s1', 's2', 's2'], null),
    attempts: STEADY,
    expected: { progress: 0.5, minutesNeeded: 24 },
  },
];

const habit = (minutesPerDay: number, targetOffset: number | null): GoalSpec => ({
  id: 'h',
  target: { kind: 'daily-minutes', minutesPerDay } satisfies GoalTarget,
  targetAt: targetOffset === null ? null : at(-targetOffset, 9),
  completedAt: null,
});

const habitCases: Case[] = [
  {
    name: 'habit behind: 10 a day against 20, today half done',
    goal: habit(20, null),
    attempts: STEADY,
    expected: { status: 'behind', progress: 0.5, suggestion: { kind: 'more-minutes', extraMinutesPerDay: 10, totalMinutesPerDay: 20, reachesBy: null } },
  },
  {
    name: 'habit on track: 10 a day against 10, today complete',
    goal: habit(10, 7),
    attempts: STEADY,
    expected: { status: 'on-track', progress: 1, projectedDay: day(7), suggestion: { kind: 'keep-going', reachesBy: day(7) } },
  },
  {
    name: 'habit whose end date has passed is done',
    goal: habit(10, -1),
    attempts: [],
    expected: { status: 'done', progress: 0, suggestion: { kind: 'none' } },
  },
  {
    name: 'habit with no history: all of it to do',
    goal: habit(20, null),
    attempts: [],
    expected: { status: 'behind', progress: 0, suggestion: { kind: 'more-minutes', extraMinutesPerDay: 20, totalMinutesPerDay: 20, reachesBy: null } },
  },
];

describe('projectGoal', () => {
  it.each([...cases, ...habitCases])('$name', ({ goal, attempts, itemsToMastery, expected }) => {
    const pace = measurePace(attempts, SKILLS, NOW);
    const projection = projectGoal(goal, SKILLS, pace, NOW, itemsToMastery ? { itemsToMastery } : {});
    expect(projection).toMatchObject(expected);
    expect(projection.progress).toBeGreaterThanOrEqual(0);
    expect(projection.progress).toBeLessThanOrEqual(1);
  });

  it('a suggestion that adds minutes always reaches the goal by its target day', () => {
    for (const target of [1, 2, 3, 5, 8, 13]) {
      const projection = projectGoal(skillsGoal(['s2', 's3', 's4'], target), SKILLS, measurePace(STEADY, SKILLS, NOW), NOW);
      if (projection.suggestion.kind === 'more-minutes') expect(projection.suggestion.reachesBy! <= day(target)).toBe(true);
      else expect(projection.status === 'on-track' || projection.suggestion.kind === 'move-target').toBe(true);
    }
  });
});

describe('measurePace', () => {
  it('averages minutes over the window, today included', () => {
    const pace = measurePace(STEADY, SKILLS, NOW);
    expect(pace.days).toHaveLength(14);
    expect(pace.minutesPerDay).toBeCloseTo(10);
    expect(pace.minutesPerItem).toBeCloseTo(2);
  });

  it('ignores answers after now and before the window', () => {
    const pace = measurePace([...history([20], 5, 2), { answeredAt: NOW + 3_600_000, durationMs: 600_000 }], [], NOW, { windowDays: 7 });
    expect(pace.minutesPerDay).toBe(0);
  });

  it('shortens the window for a learner who started recently', () => {
    const pace = measurePace(history([0, 1], 5, 2), [], NOW, { since: at(1, 7) });
    expect(pace.days.map((entry) => entry.day)).toEqual([day(-1), day(0)]);
    expect(pace.minutesPerDay).toBeCloseTo(10);
  });

  it('counts a forgotten open answer as at most ten minutes', () => {
    expect(attemptMinutes(3 * 3_600_000)).toBe(10);
    expect(attemptMinutes(-5)).toBe(0);
    const pace = measurePace([{ answeredAt: at(0), durationMs: 5 * 3_600_000 }], [], NOW, { windowDays: 1 });
    expect(pace.minutesPerDay).toBe(10);
  });

  it('reports skills mastered per week within the window', () => {
    const skills = [skill('a', 'mastered'), skill('b', 'mastered'), { ...skill('c', 'mastered'), masteredAt: at(30) }];
    expect(measurePace([], skills, NOW, { windowDays: 14 }).skillsMasteredPerWeek).toBeCloseTo(1);
  });
});

describe('items to mastery', () => {
  it.each([
    [1, 3],
    [0.9, 4],
    [0.5, 14],
    [0, 40],
    [0.05, 40],
  ])('predicted success %f -> %i items', (success, items) => {
    expect(itemsFromPredictedSuccess(success)).toBe(items);
  });

  it('falls back to the mastery level without a model, and a mastered skill needs nothing', () => {
    expect(defaultItemsToMastery(skill('x', 'not-started'))).toBe(12);
    expect(defaultItemsToMastery(skill('x', 'proficient'))).toBe(3);
    expect(defaultItemsToMastery(skill('x', 'mastered', 0.2))).toBe(0);
  });

  it('reads a stored skill state, dating mastery by its last update', () => {
    const state = { skillId: 'k', estimate: 0.97, masteryLevel: 'mastered' as const, updatedAt: 123 };
    expect(snapshotOf(state)).toEqual({ skillId: 'k', estimate: 0.97, masteryLevel: 'mastered', masteredAt: 123 });
    expect(snapshotOf({ ...state, masteryLevel: 'familiar' }).masteredAt).toBeNull();
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 0, '2026-03-29'],
  ])('%s + %i = %s', (from, count, to) => {
    expect(addDays(from, count)).toBe(to);
    expect(daysBetween(from, to)).toBe(count);
  });

  it('spans a daylight-saving change as whole days', () => {
    // The spring change falls in this span in Europe and North America alike.
    expect(daysBetween('2026-03-01', '2026-04-05')).toBe(35);
    expect(addDays('2026-03-01', 35)).toBe('2026-04-05');
  });
});
